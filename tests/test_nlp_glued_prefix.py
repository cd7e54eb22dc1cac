"""A hyphen prefix glued by OCR to the word before it: the name is the tail after the glued function word
(nlp/gene_context.py ``glued_prefix_name``)."""

# verbatim
GLUED_E = "The expressonsofE-cadherin,vimentin,andGRP78attheproteinand mRNA l"  # sample ChinaXiv-201712.00938V1 abstract_en
GLUED_E_2 = ("Xu YJ,Wang GT,Wang YR,et al. The potential involvement ofe-cadherin and beta-catenins in "
             "the progression")  # sample ChinaXiv-201712.00524V1, a reference title


def test_glued_prefix_names_the_tail(mentions_of, gene_id):
    for text in (GLUED_E, GLUED_E_2):
        ids = {eid for _, eid in mentions_of(text)}
        assert gene_id("CDH1") in ids, text
        assert "FPLX:Cadherin" not in ids, text


def test_an_own_prefix_stays(mentions_of, gene_id):
    # BioRED PMID28518143
    text = ("proteins (Mfn1, Mfn2), cell gap junction related proteins (Cx43, beta-catenin, N-cadherin), and "
            "intracellular ATP concentration")
    assert gene_id("CDH2") in [eid for _, eid in mentions_of(text)]
