"""A volume unit written before the next quantity is no mitochondrial ribosomal protein (nlp/non_gene_names.py).

HGNC lists the new mitoribosome names as aliases (mL37 of MRPL37, mL50 of MRPL50). A method step runs a
unit into the next number: "1 mL 50% ethanol" (validation_en PMID15968732) and, after LaTeX is unfolded,
"2mg/mL37°C" (validation_zh ChinaXiv-201812.00642V1); both were read as the gene, and ethanol got a row with
MRPL50 in the top |gold|."""

from pipeline.nlp.non_gene_names import is_bench_notation

# verbatim
ETHANOL = "The gastric ulcers were induced by instilling 1 mL 50% ethanol into the stomach."  # PMID15968732
COLLAGENASE = ("迅速带回实验室，立即取出瓣膜行PBS 清洗，I型胶原酶 $2 \\mathrm { m g / m L } 3 7 ^ { \\circ } \\mathrm { C }$ "
               "孵育 $3 0 \\mathrm { m i n }$ ；")  # ChinaXiv-201812.00642V1


def test_a_unit_run_into_the_next_quantity_is_no_gene(mentions_of):
    assert not [m for m in mentions_of(ETHANOL) if m[1] == "HGNC:16654"]  # MRPL50
    assert not [m for m in mentions_of(COLLAGENASE) if m[1] == "HGNC:14034"]  # MRPL37
    assert ("ethanol", "CPD:ethanol") in mentions_of(ETHANOL)


def test_the_notation_needs_a_quantity_or_a_unit_before_it():
    text = "instilling 1 mL 50% ethanol"
    i = text.index("mL 50")
    assert is_bench_notation(text, i, i + len("mL 50"))
    text = "I型胶原酶2mg/mL37°C孵育"
    i = text.index("mL37")
    assert is_bench_notation(text, i, i + len("mL37"))
    text = "the mitoribosomal protein mL37 was"  # a name written alone keeps its gene
    i = text.index("mL37")
    assert not is_bench_notation(text, i, i + len("mL37"))
