"""Capitalised ordinary English words are no gene symbols (pipeline/nlp/word_symbols.py), while a
gene named by a word keeps its mention where the capital makes it a name. Real sentences."""

from __future__ import annotations

from nlp_helpers import named

from pipeline.nlp.word_symbols import capitalised_by_position, is_capitalised_word, named_in

WORDS = frozenset({"impact", "age", "damage", "sex", "set", "nodal"})


def test_a_capitalised_word_is_one_of_the_learned_words() -> None:
    assert is_capitalised_word("Impact", WORDS)
    assert not is_capitalised_word("IMPACT", WORDS)  # the symbol as HGNC writes it
    assert not is_capitalised_word("Deptor", WORDS)  # "deptor" is no word of the text
    assert not is_capitalised_word("impact", WORDS)


def test_the_capital_is_explained_by_a_sentence_start_or_a_title_run() -> None:
    title = "Impact of CCR5delta32 host genetic background and disease progression"  # BioRED 21135151
    assert capitalised_by_position(title, 0, 6)
    text = "the deletion frequencies in both German Bronze Age and Swedish Neolithic populations"  # BioRED 18790087
    at = text.index("Age")
    assert capitalised_by_position(text, at, at + 3)
    text = "signaling factor closely related to mouse Nodal."  # BC2GM P10660676A0000
    at = text.index("Nodal")
    assert not capitalised_by_position(text, at, at + 5)
    assert named_in(text, "Nodal")


# BioRED 21135151 (title): IMPACT is no gene here, nor is AGE in BioRED 18790087
def test_impact_opening_a_title_is_the_word(annotator) -> None:
    text = ("Impact of CCR5delta32 host genetic background and disease progression on HIV-1 intrahost "
            "evolutionary processes: efficient hypothesis testing through hierarchical phylogenetic models.")
    assert "Impact" not in [t for t, _ in named(annotator, text)]


def test_bronze_age_is_no_gene(annotator) -> None:
    text = ("Moreover, other studies have shown that the deletion frequencies in both German Bronze Age and "
            "Swedish Neolithic populations were similar to those found in modern Europeans.")
    assert "Age" not in [t for t, _ in named(annotator, text)]


def test_title_case_reference_words_are_no_genes(annotator) -> None:
    # sample ChinaXiv-202207.00046V1 reference [10] (SEX, PLXNA3) and ChinaXiv-202107.00008V2 (SET)
    text = ("[10] Lumsden AL,MartinAM,Sun EW,et al. Sugar Responses of Human Enterochromaffin Cells Dependon "
            "Gut Region, Sex,and Body MassJ]. Nutrients. 2019,11(2):234.")
    assert "Sex" not in [t for t, _ in named(annotator, text)]
    text = ("Supplementary Table 1. Identification of GT198 inhibitors from 129 clinical oncology drugs. The FDA "
            "Approved Oncology Drug Set VI from NCI, Plate 4845 and Plate 4846, were tested")
    assert "Set" not in [t for t, _ in named(annotator, text)]


def test_a_gene_named_by_a_word_keeps_its_mention(annotator) -> None:
    # BC2GM P10660676A0000: "nodal" is an ordinary word, "mouse Nodal." the gene NODAL
    text = ("Zebrafish cyclops (cyc) encodes a Transforming Growth Factor beta (TGFbeta) signaling factor "
            "closely related to mouse Nodal.")
    assert "Nodal" in [t for t, _ in named(annotator, text)]
    # BC2GM P11116084A0000: a gene cue after it
    text = "Mouse Impact is a paternally expressed gene encoding an evolutionarily conserved protein of unknown function."
    assert "Impact" in [t for t, _ in named(annotator, text)]
