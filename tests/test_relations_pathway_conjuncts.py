"""Stop 51: a gene and a pathway listed side by side, or the gene inside the pathway's name, are no pair
(relations/pathway_conjuncts.py).

Sentences: tests/data/pathway_conjunct_sentences.tsv (real sentences of the development sets, source per row). The
pairs dropped were false positives of new_papers_en at main 5e796ef; an axis member keeps its ``member_of``.
"""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline.relations.effects import Span
from pipeline.relations.facts import facts_of
from pipeline.relations.pathway_conjuncts import listed_with_pathway

DATA = Path(__file__).parent / "data" / "pathway_conjunct_sentences.tsv"
SENTENCES = {row["key"]: row["text"] for row in csv.DictReader(DATA.open(encoding="utf-8"), delimiter="\t")}


def kept_pairs(annotator, text: str) -> dict[frozenset[str], str]:
    """{unordered pair: label} of the pairs the batch keeps for ``text`` (relations/pairs.py ``sentence_pairs``)."""
    facts = facts_of(annotator.annotate("t", text))
    return {frozenset((p.a[1], p.b[1])): p.label for s in facts.sentences for p in s.typed_pairs()}


def test_a_gene_listed_beside_a_pathway_is_no_partner(annotator):
    found = kept_pairs(annotator, SENTENCES["dioscin_title"])  # "PI3K/Akt and ERK and JNK signaling pathways"
    assert frozenset(("FPLX:AKT", "AXIS:FPLX:ERK")) not in found  # "Akt and ERK … signaling pathways"
    assert found.get(frozenset(("FPLX:ERK", "AXIS:FPLX:ERK"))) == "member_of"  # the pathway's own member stays


def test_a_gene_inside_its_pathways_name_is_no_partner(annotator):
    found = kept_pairs(annotator, SENTENCES["mac_pathways"])  # "the NF-kB and MAPKs pathways"
    assert frozenset(("FPLX:NFkappaB", "hsa04064")) not in found
    assert frozenset(("FPLX:MAPK", "hsa04010")) not in found


def test_an_axis_member_keeps_member_of(annotator):
    found = kept_pairs(annotator, SENTENCES["leonurine_axis"])
    assert found.get(frozenset(("FPLX:AKT", "AXIS:FPLX:PI3K/FPLX:AKT/HGNC:3942"))) == "member_of"


def test_listed_with_pathway_reads_the_gap():
    text = "the role of JAK2/STAT3 and apoptosis-related signaling pathways"
    jak2 = Span(text.index("JAK2"), text.index("JAK2") + 4, "GENE", "JAK2")
    stat3 = Span(text.index("STAT3"), text.index("STAT3") + 5, "GENE", "STAT3")
    apoptosis = Span(text.index("apoptosis"), text.index("apoptosis") + 9, "PATHWAY", "hsa04210")
    spans = [jak2, stat3, apoptosis]
    assert listed_with_pathway(text, ("GENE", "PATHWAY"), [stat3], [apoptosis], spans)  # " and "
    assert not listed_with_pathway(text, ("GENE", "GENE"), [jak2], [stat3], spans)  # two genes: siblings.py's
    text = "ERK activation inhibits apoptosis"
    erk = Span(0, 3, "GENE", "ERK")
    apo = Span(text.index("apoptosis"), len(text), "PATHWAY", "hsa04210")
    assert not listed_with_pathway(text, ("GENE", "PATHWAY"), [erk], [apo], [erk, apo])
