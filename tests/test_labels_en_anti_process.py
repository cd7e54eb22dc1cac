"""Stop 44: "anti-apoptotic effect" in English is Chinese 抗凋亡作用 (relations/anti_process.py): the effect's owner
``inhibits`` the process; an agent acting on an "anti-apoptotic protein" acts on the protein, not the process. Since
stop 44 the process adjectives are Apoptosis/Autophagy mentions, and without this reading "its anti-apoptotic effect"
was typed ``activates`` by the sentence's other cue."""

from __future__ import annotations

from nlp_helpers import typed_pairs

APOPTOSIS, AUTOPHAGY = "hsa04210", "hsa04140"


def _pair(annotator, text, a, b):
    return typed_pairs(annotator, text)[(a, b)]


def test_its_anti_apoptotic_effect_is_the_subjects(annotator):
    # validation38_en PMID21029769 (conclusion); gold 大叶冬青 inhibits Apoptosis
    text = ("CONCLUSION: Ilex latifolia ameliorated ischemic injury induced by MCAO/reperfusion in rats, and this "
            "neuroprotective effect might be associated with its anti-apoptotic effect, resulting from anti-oxidative "
            "and anti-inflammatory action.")
    pair = _pair(annotator, text, "HERB001124", APOPTOSIS)
    assert (pair.label, pair.agent) == ("inhibits", "HERB001124")


def test_the_anti_apoptotic_properties_of_x(annotator):
    # validation_en PMID16806112 (abstract); gold Ligustilide inhibits Apoptosis
    text = ("The antioxidant and anti-apoptotic properties of LIG may contribute to the neuroprotective potential "
            "of LIG in cerebral ischemic damage.")
    doc_text = "Ligustilide (LIG) is the main lipophilic component of Danggui. " + text
    pairs = typed_pairs(annotator, doc_text)
    pair = next(v for (a, b), v in pairs.items() if b == APOPTOSIS and "ligustilide" in a.lower())
    assert pair.label == "inhibits"


def test_an_agent_exerting_the_effect(annotator):
    pair = _pair(annotator, "Baicalin exerts anti-apoptotic effects in chondrocytes.", "CPD:baicalin", APOPTOSIS)
    assert (pair.label, pair.agent) == ("inhibits", "CPD:baicalin")


def test_an_agent_acting_on_an_anti_apoptotic_protein_does_not_act_on_apoptosis(annotator):
    # validation_en PMID23313376 (abstract, cut before its second clause): pterostilbene lowers Bcl-xL and Mcl-1;
    # the gold has no pterostilbene–Apoptosis row from it (BCL2L1's role is read by roles.py)
    text = ("Pterostilbene (PTE) was tested. PTE also down-regulated the expression of STAT3 target genes, including "
            "the anti-apoptotic proteins Bcl-xL and Mcl-1.")
    pairs = typed_pairs(annotator, text)
    labels = {v.label for (a, b), v in pairs.items() if b == APOPTOSIS and "pterostilbene" in a.lower()}
    assert labels == {"associated"}
    pair = _pair(annotator, "Baicalin increased the anti-apoptotic protein Bcl-2.", "CPD:baicalin", APOPTOSIS)
    assert pair.label == "associated"


def test_an_agent_suppressing_anothers_anti_apoptotic_effect_promotes_apoptosis(annotator):
    pair = _pair(annotator, "Baicalin suppressed the anti-apoptotic effect of IL-6.", "CPD:baicalin", APOPTOSIS)
    assert pair.label == "activates"


def test_an_agent_raising_a_pro_apoptotic_gene_does_not_act_on_apoptosis(annotator):
    # new_papers_en PMID23103563 (title): the gold has FAS activates Apoptosis (the role), no ibandronate–Apoptosis row
    text = "Ibandronate increases the expression of the pro-apoptotic gene FAS by epigenetic mechanisms in tumor cells."
    pairs = typed_pairs(annotator, text)
    fas = next(v for (a, b), v in pairs.items() if b == APOPTOSIS and a.startswith("HGNC:"))
    drug = next(v for (a, b), v in pairs.items() if b == APOPTOSIS and not a.startswith("HGNC:"))
    assert fas.label == "activates" and drug.label == "associated"
