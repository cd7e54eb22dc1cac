"""The phosphoinositide second messengers by their Chinese names and short forms
(dictionaries/curated/drugs_zh.tsv, chemical_terms.tsv): PLC cleaves PIP2 into IP3 (or the inositol
phosphates) and DAG, which activates PKC. Chinese papers on PKC/PLC signalling name them in Chinese with
the short form in brackets; none was a mention, and DAG was ChEBI's one lipid species "diacylglycerol 30:1"."""

from nlp_helpers import named

DAG, PIP2, IP3, IPS = "CPD:diacylglycerol", "MESH:D019269", "MESH:D015544", "MESH:D007295"


def test_plc_products_by_chinese_name(annotator):
    # validation_zh ChinaXiv-201712.00947V1 (validation38_zh ChinaXiv-201712.01110V1 has the same clause):
    # PTH receptor signalling through PLC
    text = ("目前认为，PTHR1受体至少通过两条途径激活PKC,其一为激活PLC,PLC催化磷脂酰肌醇4,5-二磷酸(PIP2)分子水解成"
            "磷酸肌醇(IP)和二酰基甘油(DAG)")
    found = named(annotator, text)
    ids = {i for _, i in found}
    assert {DAG, PIP2, IPS} <= ids
    assert ("二酰基甘油", DAG) in found and ("DAG", DAG) in found
    assert "CHEBI:85682" not in ids


def test_short_forms_used_without_definition(annotator):
    # BC2GM train P09418905A1396 and P08798610A0843: DAG and PIP2 written without their long forms
    found = named(annotator, "These results indicate that in addition to Grb2-mediated activation of Ras, PLC-gamma1-mediated "
                             "DAG production is required for EGF- and PDGF-induced S-phase entry and gene expression, possibly "
                             "through activation of PKC.")
    assert ("DAG", DAG) in found
    found = named(annotator, "PIP2, when incorporated into phosphatidylcholine carrier vesicles, binds tightly to the guanine "
                             "nucleotide-depleted form of Cdc42Hs and weakly to the GDP-bound form of the GTP-binding protein but "
                             "does not bind to GTP-bound Cdc42Hs, similar to what was observed for the Dbl oncoprotein.")
    assert ("PIP2", PIP2) in found


def test_inositol_trisphosphate_by_chinese_name(annotator):
    # free-pool construction (三磷酸肌醇, 肌醇三磷酸 in two ChinaXiv papers); the sentence is the dictionary's own pair
    found = named(annotator, "PLC水解PIP2生成三磷酸肌醇和二酰甘油")
    assert ("三磷酸肌醇", IP3) in found and ("二酰甘油", DAG) in found
