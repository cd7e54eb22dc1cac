"""A slash chain of gene symbols that names a transgenic strain ("APP/PS1 mice") is no signalling axis
(nlp/slash_lists.py ``names_strain``, nlp/pathways.py ``_slash_chains``), and its transgenes are no relation
partners (relations/strain_transgenes.py). Sentences from BioRED train PMID30442153 (also validation39_en) and
PMID24853300, and the axes that must stay."""

import pytest

from pipeline.nlp.slash_lists import names_strain, names_transgenic_strain


def mentions(annotator, text):
    adoc = annotator.annotate("t", text)
    return [m for item in adoc.sentences for m in item.mentions]


@pytest.mark.parametrize("text", [
    # BioRED train PMID30442153 (validation39_en): the APP/PS1 double-transgenic Alzheimer's model
    "METHODS: KCa3.1 channels expression and cell localization in the brains of AD patients and APP/PS1 mice model "
    "were measured by immunoblotting and immunostaining.",
    "Elimination of KCa3.1 in KCa3.1-/-/APP/PS1 mice corrected these abnormal responses.",
    "In addition, memory deficits and neuronal loss in APP/PS1 mice were reversed in KCa3.1-/-/APP/PS1 mice.",
    "in both Abeta-stimulated primary astrocytes and brain lysates of AD patients and APP/PS1 AD mice.",
])
def test_a_strain_named_by_its_transgenes_is_no_axis(annotator, text):
    found = mentions(annotator, text)
    assert not [m for m in found if m.entity_id.startswith("AXIS:")]
    # the transgenes stay gene mentions, as "KCa3.1-/- mice" keeps KCa3.1 (BioRED annotates APP and PS1 there)
    assert {"HGNC:620", "HGNC:9508"} <= {m.entity_id for m in found}


@pytest.mark.parametrize("text, end_after", [
    ("brain lysates of AD patients and APP/PS1 AD mice.", "APP/PS1"),
    ("were increased in APP/PS1 AD mouse model.", "APP/PS1"),
    # BioRED train PMID24853300
    ("removal of CB from amyloid precursor protein/presenilin transgenic mice aggravates AD pathogenesis",
     "amyloid precursor protein/presenilin"),
    ("APP/PS1双转基因小鼠", "APP/PS1"),
    ("APP/PS1小鼠", "APP/PS1"),
    ("Ldlr/Apoe double knockout mice", "Ldlr/Apoe"),
])
def test_a_strain_head_after_the_chain_names_a_strain(text, end_after):
    assert names_strain(text, text.index(end_after) + len(end_after))


@pytest.mark.parametrize("text, end_after", [
    ("regulating autophagy via AMPK/mTOR/p70S6K in mice", "AMPK/mTOR/p70S6K"),
    ("activated the PI3K/Akt pathway in rats", "PI3K/Akt"),
    ("PI3K/Akt信号通路在小鼠中", "PI3K/Akt"),
    ("AMPK/mTOR modulates", "AMPK/mTOR"),
])
def test_an_axis_before_other_words_is_no_strain(text, end_after):
    assert not names_strain(text, text.index(end_after) + len(end_after))


def test_an_axis_in_a_mouse_sentence_stays(annotator):
    text = "Metformin alleviates dexamethasone-induced apoptosis by regulating autophagy via AMPK/mTOR/p70S6K in mice."
    assert "AXIS:FPLX:AMPK/HGNC:3942/HGNC:10436" in {m.entity_id for m in mentions(annotator, text)}


@pytest.mark.parametrize("text, end_after, carried", [
    ("In addition, memory deficits and neuronal loss in APP/PS1 mice were reversed", "APP/PS1", True),
    ("APP/PS1双转基因小鼠", "APP/PS1", True),
    # a strain named by the genes it lacks: their loss of function (GUIDELINES 5.5), left to the knockout rules
    ("Ldlr/Apoe double knockout mice", "Ldlr/Apoe", False),
    ("Ldlr/Apoe敲除小鼠", "Ldlr/Apoe", False),
])
def test_a_strain_named_by_its_transgenes_not_its_losses(text, end_after, carried):
    assert names_transgenic_strain(text, text.index(end_after) + len(end_after)) is carried


# BioRED train PMID30442153 (validation39_en): no row pairs the strain's transgenes with the knockout or the read-outs
STRAIN_SENTENCES = [
    "In addition, memory deficits and neuronal loss in APP/PS1 mice were reversed in KCa3.1-/-/APP/PS1 mice.",
    "Consistent with these in vitro data, expression levels of the ER stress markers 78-kDa glucose-regulated protein "
    "and CCAAT/enhancer-binding protein homologous protein, as well as that of the RA marker glial fibrillary acidic "
    "protein were increased in APP/PS1 AD mouse model.",
]


def _pairs(annotator, text: str) -> set[frozenset[str]]:
    from pipeline.relations.facts import facts_of

    facts = facts_of(annotator.annotate("t", text))
    return {frozenset((p.row[1], p.row[3])) for s in facts.sentences for p in s.typed_pairs()}


@pytest.mark.parametrize("text", STRAIN_SENTENCES)
def test_the_transgenes_of_a_strain_are_no_partners(annotator, text):
    assert not [p for p in _pairs(annotator, text) if {"HGNC:620", "HGNC:9508"} & p]


def test_the_read_outs_measured_in_the_strain_keep_their_pairs(annotator):
    assert frozenset(("HGNC:2726", "HGNC:4235")) in _pairs(annotator, STRAIN_SENTENCES[1])  # CHOP and GFAP
