"""A family member's final digit 1 read by OCR as the letter l ("Smadl", "Notchl") is the member
(nlp/ocr_symbols.py ``member_ell_forms``)."""

from pipeline.nlp.ocr_symbols import member_ell_forms

# verbatim
SMADL = ("BMP7生物学效应主要是通过与I型受体结合，使I型受体发生磷酸化，该信号转导过程还涉及TGF- $\\cdot \\beta$ "
         "信号通路中的转录因子 Smads，包括受体调节性 Smads(Smadl，Smad5)，共同作用性Smad(Smad4)和抑制性 Smad(Smad6)[16]。"
         )  # validation ChinaXiv-201812.00642V1
NOTCHL = "Sox9 mediates Notchl-induced mesenchymal features in lung adenocarcinoma[J]. Oncotarget,2014,5(11): 3636-50."  # new_papers ChinaXiv-201712.00769V1 (a reference)
# words ending in l whose stem is no family stay words
WORDS = ("chymal stem cells[J]. Proc Natl Acad Sci USA,2007,104(23): 9673-8.",  # sample ChinaXiv-201712.00269V1 (a reference)
         "均能上调成骨细胞中成骨细胞骨形成活性相关标志物I型胶原蛋白(Coll-Ia）、碱性磷酸酶(ALP)、骨桥蛋白(OPN)和α-ENaC基")  # sample ChinaXiv-201801.00630V1


def test_family_member_read_with_an_ell(mentions_of, gene_id):
    assert ("Smadl", gene_id("SMAD1")) in mentions_of(SMADL)
    assert ("Notchl", gene_id("NOTCH1")) in mentions_of(NOTCHL)


def test_words_ending_in_ell_are_left_alone(annotator):
    for text in WORDS:
        assert member_ell_forms(text, annotator._gene_of) == [], text
