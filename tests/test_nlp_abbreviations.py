"""Abbreviations defined in the paper win over the dictionary — and only where they apply."""

from conftest import CORPUS


def mentions(annotator, text):
    adoc = annotator.annotate("t", text)
    return [(m.text, m.entity_id, m.how) for item in adoc.sentences for m in item.mentions]


def test_a_defined_short_form_does_not_swallow_longer_symbols(annotator):
    # jin2025: "哺乳动物雷帕霉素蛋白(mTOR)" defines mTOR; mTOR1/mTOR2 (its complexes) stay themselves
    found = mentions(annotator, "哺乳动物雷帕霉素蛋白(mTOR)是一种丝氨酸/苏氨酸蛋白激酶,有两个不同的蛋白复合物的催化亚基"
                                "即mTOR1和mTOR2,是细胞生长、增殖和自噬的主要参与者。")
    assert ("mTOR1", "FPLX:mTORC1", "dictionary") in found
    assert ("mTOR2", "FPLX:mTORC2", "dictionary") in found


def test_plural_of_a_defined_short_form_follows_the_definition(annotator):
    found = mentions(annotator, "骨髓间充质干细胞(bone marrow mesenchymal stem cells, BMSCs)是一种多能干细胞。"
                                "研究表明MSCs和BMSC可以分化为成骨细胞。")
    assert not any(text in ("BMSCs", "BMSC") for text, _, _ in found)


def test_orcinol_glucoside_abbreviation_links_the_compound(annotator):
    found = mentions(annotator, "苔黑酚葡萄糖苷(Orcinol Glucoside, OG)通过激活mTOR和Nrf2/Keap1信号通路,减轻氧化应激和"
                                "破骨细胞自噬。OG还可以预防老年性骨质疏松症。")
    assert ("OG", "CPD:orcinol-glucoside", "abbreviation") in found


def test_a_short_form_is_defined_by_its_own_parenthesis_not_by_a_later_use(annotator):
    # corpus/new_papers/en/23580257.txt (PMID 23580257): "baicalin (BA)" defines BA; the later
    # "dexamethasone (2 mg/kg), and BA (10 mg/kg, ...)" is a use. scispacy lists every use as an
    # abbreviation (in an order that changed from run to run), and a use read as a definition
    # linked BA to dexamethasone in some runs.
    from pipeline.nlp.abbreviations import _english_definitions

    text = (CORPUS / "new_papers" / "en" / "23580257.txt").read_text(encoding="utf-8").split("\n\n", 1)[1]
    found = _english_definitions(text)
    assert [(s, lo) for s, lo, _, _ in found if s == "BA"] == [("BA", "baicalin")]
    assert all(text[p0 + 1:p1 - 1].strip() == s for s, _, p0, p1 in found)
    assert found == sorted(found, key=lambda d: d[2])
    got = mentions(annotator, text)
    assert {e for t, e, _ in got if t == "BA"} == {"CPD:baicalin"}

def test_a_later_use_of_a_short_form_does_not_borrow_an_earlier_parenthesis():
    # BC5CDR PMID 11861791 (abridged): scispacy reports every use of PARP; the "(" nearest
    # before a later use is "(DOX)", which must not make PARP a definition of doxorubicin.
    from pipeline.nlp.abbreviations import _english_definitions

    text = ("Activation of the nuclear enzyme poly(ADP-ribose) polymerase (PARP) by oxidative stress. "
            "Increased oxidative stress is implicated in the cardiotoxicity of doxorubicin (DOX), "
            "a widely used antitumor anthracycline antibiotic. Thus, we hypothesized that the "
            "activation of PARP may contribute to the DOX-induced cardiotoxicity. PARP-1+/+ and "
            "PARP-1-/- mice received a single injection of DOX (25 mg/kg i.p).")
    found = _english_definitions(text)
    parp = [(s, lo, text[a:b]) for s, lo, a, b in found if s == "PARP"]
    assert parp and all(paren == "(PARP)" for _s, _lo, paren in parp)


def test_a_short_form_of_a_phrase_ending_in_a_gene_is_not_that_gene(annotator):
    # BioRED PMID 20105310 (train): "High ASP and TG (HAT)" names a group of subjects; TG (the
    # mention right before the parenthesis) is only the phrase's last word, and HAT's letters are
    # not in it, so HAT is not thyroglobulin. A modifier before a head keeps the head's entity
    # (BioRED PMID 26270232: "des-gamma-carboxy prothrombin (DCP)" is prothrombin, F2).
    text = ("Based on fasting plasma analysis, obese subjects were grouped as Low Acylation Stimulating "
            "protein (ASP) and Triglyceride (TG) (LAT) vs High ASP and TG (HAT). METHODS: LAT and HAT "
            "groups were matched in age, obesity, insulin, and glucose.")
    found = mentions(annotator, text)
    assert not [f for f in found if f[0] == "HAT"]  # LAT: "(TG) (LAT)" pairs with no long form
    found = mentions(annotator, "The diagnostic value of alpha-fetoprotein (AFP) and des-gamma-carboxy prothrombin "
                                "(DCP) is limited. DCP was measured in all patients.")
    assert {e for t, e, _ in found if t == "DCP"} == {"HGNC:3535"}


def test_a_synonym_after_a_coordinated_phrase_keeps_the_last_name(annotator):
    # BC5CDR PMID 11583940 (dev): "mycophenolate mofetil and sirolimus (rapamycin)": gold chemical rapamycin; the
    # parenthesis is sirolimus's other name, not a short form of the whole phrase
    text = ("The immunosuppressive agents, mycophenolate mofetil and sirolimus (rapamycin), have no "
            "nephrotoxicity. The use of these drugs in combination was studied.")
    found = mentions(annotator, text)
    assert any(t == "rapamycin" and e for t, e, _ in found)


def test_a_short_form_that_is_a_gene_symbol_spelled_by_its_long_form_keeps_its_gene(annotator):
    """BioRED: a paper defines a gene by a long form the dictionary does not know and the short
    form is the gene's own symbol or alias, its letters spelled by the long form; the gene is
    meant (not "no entity", which left every later use unlinked). Dev PMID 28259923, train
    PMIDs 16167916 and 22048266."""
    found = mentions(annotator, "Recent studies show that pleomorphic adenoma gene like-2 (PLAGL2) could induce tumor "
                                "EMT and is an independent predictive factor associated with poor prognosis in cancer. "
                                "In the present study, we confirmed the role of PLAGL2 in the prognosis of CRC patients.")
    assert [e for t, e, _ in found if t == "PLAGL2"] == ["HGNC:9047", "HGNC:9047"]
    found = mentions(annotator, "BACKGROUND: Markers of fibrinolysis, thrombin-activatable fibrinolysis inhibitor (TAFI), "
                                "tissue-type plasminogen activator (tPA), and plasminogen activator inhibitor-1 (PAI-1) "
                                "levels were studied for the evaluation of short-term effects of raloxifene administration "
                                "in postmenopausal women.")
    assert ("PAI-1", "HGNC:8583", "dictionary") in found  # SERPINE1
    found = mentions(annotator, "In the present investigation four SNPs in two transcription factors, Single minded 2 "
                                "(SIM2) and V-ets erythroblastosis virus E26 oncogene homolog2 (ETS2), located in the "
                                "21{st} chromosome were genotyped to understand their role in DS.")
    assert ("SIM2", "HGNC:10883", "dictionary") in found


def test_a_short_form_keeps_the_gene_whose_symbol_it_is(annotator):
    """"DNA polymerase gamma (POLG)": POLG is POLG's approved symbol (and an alias of PAPOLG);
    the approved symbol wins. BioRED train PMID 15122711."""
    found = mentions(annotator, "It is an autosomal recessive, developmental mitochondrial DNA depletion disorder "
                                "characterized by deficiency in mitochondrial DNA polymerase gamma (POLG) catalytic "
                                "activity, refractory seizures, neurodegeneration, and liver disease.")
    assert [e for t, e, _ in found if t == "POLG"] == ["HGNC:9179"]


def test_a_disease_or_cell_short_form_stays_no_gene(annotator):
    """The short form's own gene is taken only for a symbol with a digit spelled by the long form:
    "colorectal cancer (CRC)", "osteoclast (OC)" name no gene."""
    found = mentions(annotator, "Colorectal cancer (CRC) is common. Osteoclasts (OC) resorb bone; CRC and OC were studied.")
    assert not any(t in ("CRC", "OC") and e.startswith(("HGNC:", "FPLX:")) for t, e, _ in found)


def test_two_symbols_in_a_parenthesis_are_a_list_not_a_definition(annotator):
    """"steroid synthesis genes (CYP11B2, CYP11B1)": the "(long form, SHORT)" pattern of Chinese
    papers read CYP11B1 as defined by CYP11B2, relinking every later CYP11B1. One word that does
    not spell the short form's letters, before a short form the dictionary knows, is a list.
    BioRED train PMID 20708777; "(vimentin, VIM)" stays a definition."""
    found = mentions(annotator, "The aim of this study was to investigate the association of DNA polymorphisms within "
                                "steroid synthesis genes (CYP11B2, CYP11B1) and the postoperative resolution of "
                                "hypertension. Variants within CYP11B1 were typed.")
    assert [e for t, e, _ in found if t == "CYP11B1"] == ["HGNC:2591", "HGNC:2591"]
    found = mentions(annotator, "波形蛋白(vimentin, VIM)表达升高。")
    assert any(t == "VIM" and e == "HGNC:12692" for t, e, _ in found)


def test_a_long_form_ending_in_gene_names_the_gene(annotator):
    """"the thyroid hormone receptor beta gene (TR-beta)": the long form is the gene's name and
    the word "gene"; the short form is THRB (TR-beta is also an alias of TXNRD2). BioRED train."""
    found = mentions(annotator, "Affected individuals are usually heterozygous for mutations in the thyroid hormone "
                                "receptor beta gene (TR-beta). TR-beta mutants were studied.")
    assert [e for t, e, _ in found if t == "TR-beta"] == ["HGNC:11799", "HGNC:11799"]
