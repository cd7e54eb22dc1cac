"""Stop 52 (s52-en-under): English read-outs whose change is an attributive participle, and English process nouns that
name a gene as the process's part.

* relations/attributive_changes.py: "reduced expression of MMP-9, PLAU, and cathepsin B were found after … FX11
  treatment" — the treatment of the adjunct lowers each read-out (BioRED train PMID25983002, read ``associated``
  before); the panel metabolites of "reduced glucose consumption and lactate secretion" are measured read-outs
  (measured_readouts.py), no agents that kept FX11 from being the sentence's one treatment.
* process_members.py: "Autophagy receptor OPTN" (GUIDELINES 2 names it ``member_of``), and effects._EN_MEMBER_BEFORE:
  "AMPK, a key component of metabolic stress and autophagy regulation" (validation_en PMID26102294, gold ``member_of``).
"""

from __future__ import annotations

import csv
from pathlib import Path

from nlp_helpers import sentence_rows

from pipeline.relations.cues import find_cues
from pipeline.relations.effects import Span

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = {row["key"]: row["text"] for row in csv.DictReader(
    (Path(__file__).parent / "data" / "attributive_change_sentences.tsv").open(encoding="utf-8"), delimiter="\t")}
FX11 = "MESH:C547455"
AUTOPHAGY = "hsa04140"


def test_a_treatment_lowers_the_readouts_an_attributive_participle_names(annotator, gene_id):
    rows = sentence_rows(annotator, SENTENCES["fx11_warburg"])
    for gene in ("MMP9", "PLAU", "CTSB"):
        typed = rows[(FX11, gene_id(gene))]
        assert (typed.label, typed.agent, typed.cue.text) == ("downregulates", FX11, "reduced")
    # the metabolites measured as the Warburg effect's read-outs are nobody's partner
    assert not any(a.startswith("CPD:glucose") or a.startswith("CPD:lactate") for a, _ in rows)


def _span(text: str, name: str, label: str = "GENE") -> Span:
    start = text.index(name)
    return Span(start, start + len(name), label, name)


def test_the_participle_must_be_attributive():
    from pipeline.relations.attributive_changes import attributive_change

    text = SENTENCES["fx11_warburg"]
    spans = [_span(text, n) for n in ("MMP-9", "PLAU", "cathepsin B")]
    found = attributive_change(text, spans[1], find_cues(text), spans)  # an item inside the list
    assert found is not None and (found.kind, found.text) == ("down", "reduced")
    # a finite verb after its subject is no attributive participle (BioRED train PMID21810259:
    # "SB 202190 significantly decreased IDO expression induced by Tat")
    verb = "SB 202190 significantly decreased IDO expression induced by Tat"
    assert attributive_change(verb, _span(verb, "IDO"), find_cues(verb), [_span(verb, "IDO")]) is None


def test_a_process_noun_before_its_part_names_a_member(annotator):
    title = next(line for line in (ROOT / "corpus" / "jin2025_autophagy_osteoporosis.md").read_text(encoding="utf-8")
                 .splitlines() if "Autophagy receptor OPTN" in line)
    rows = sentence_rows(annotator, title)
    typed = rows[("HGNC:17142", AUTOPHAGY)]
    assert (typed.label, typed.agent) == ("member_of", "HGNC:17142")


def test_an_anti_process_adjective_stays_a_role():
    """"the anti-apoptotic proteins Bcl-xL and Mcl-1" (new_papers_en PMID23313376): a role descriptor (roles.py), not
    the bare process noun of "autophagy receptor"."""
    from pipeline.relations import process_members

    text = ("PTE also down-regulated the expression of STAT3 target genes, including the anti-apoptotic proteins "
            "Bcl-xL and Mcl-1")
    assert process_members.related_noun_end(text, text.index("apoptotic") + len("apoptotic")) is None


def test_a_component_of_coordinated_processes_is_a_member(annotator):
    text = (ROOT / "corpus" / "validation" / "en" / "26102294.txt").read_text(encoding="utf-8")
    sentence = next(s.strip() + "." for s in text.split(". ") if "a key component of metabolic stress" in s)
    typed = sentence_rows(annotator, sentence)[("FPLX:AMPK", AUTOPHAGY)]
    assert (typed.label, typed.agent) == ("member_of", "FPLX:AMPK")


def test_a_comparative_before_the_readout_states_its_change(annotator, gene_id):
    """validation_en PMID15207385: "Rats fed diets containing 20% dehulled adlay had less COX-2 protein expression in
    both proximal and distal colon tumors" (gold: adlay ``downregulates`` COX-2); the read-out named before its head
    noun ("COX-2 protein expression")."""
    from nlp_helpers import typed_sentence

    doc = (ROOT / "corpus" / "validation" / "en" / "15207385.txt").read_text(encoding="utf-8")
    sentence, typed = typed_sentence(annotator, "PMID15207385", doc, "had less COX-2 protein expression")
    (herb,) = {m.entity_id for m in sentence.mentions if m.label == "HERB"}
    result = typed(herb, gene_id("PTGS2"))
    assert (result.label, result.agent, result.cue.text) == ("downregulates", herb, "less")


def test_an_immunostaining_readout_is_a_level(annotator, gene_id):
    """validation_en PMID15224410: "Increased intensity of staining for insulin, and preservation of beta-cell numbers
    were apparent in the NS-treated diabetic rats" (gold: Nigella sativa ``upregulates`` insulin)."""
    from nlp_helpers import typed_sentence

    doc = (ROOT / "corpus" / "validation" / "en" / "15224410.txt").read_text(encoding="utf-8")
    sentence, typed = typed_sentence(annotator, "PMID15224410", doc, "Increased intensity of staining for insulin")
    (herb,) = {m.entity_id for m in sentence.mentions if m.label == "HERB"}
    result = typed(herb, gene_id("INS"))
    assert (result.label, result.agent, result.cue.text) == ("upregulates", herb, "Increased")


def test_a_process_after_a_role_noun_names_no_member(annotator):
    """"Impacting tumor cellfate by targeting the inhibitor of apoptosis protein survivin" (a reference title of the
    ChinaXiv sample paper ChinaXiv-201806.00153V1): survivin is an inhibitor of apoptosis (an IAP), no part of it."""
    rows = sentence_rows(annotator, "Impacting tumor cellfate by targeting the inhibitor of apoptosis protein survivin")
    assert rows[("HGNC:593", "hsa04210")].label != "member_of"


def test_a_readout_s_presence_is_its_amount(annotator, gene_id):
    """new_papers_en PMID23380477: "… whereas the p53(mut) presence decreased with CoCl2 time exposure" (gold: CoCl2
    ``downregulates`` p53; treatment._PREDICATE_GAP)."""
    from nlp_helpers import typed_sentence

    doc = (ROOT / "corpus" / "new_papers" / "en" / "23380477.txt").read_text(encoding="utf-8")
    _, typed = typed_sentence(annotator, "PMID23380477", doc, "presence decreased with CoCl2")
    result = typed("MESH:C018021", gene_id("TP53"))
    assert (result.label, result.agent, result.cue.text) == ("downregulates", "MESH:C018021", "decreased")
