"""A full stop after a name's final capital letter ends the sentence (text/sentences.py
``_split_name_final_letter``); an initial or a botanical author does not."""

from __future__ import annotations

from pipeline.text.sentences import _spans_en, _split_name_final_letter


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in _split_name_final_letter(text, _spans_en(text))]


def test_sentence_ends_after_nuclear_factor_kappa_b():
    # validation38_en PMID16880625
    text = ("SG also reduced the overexpression of cyclooxygenase-2 and inducible nitric oxide synthase in the kidney "
            "induced by hyperglycemia via deactivation the activation of nuclear factor-kappa B. Furthermore, "
            "treatment with SG decreased the levels of 3-nitrotyrosine, carboxymethyllysine and receptors for AGE "
            "which increase under diabetes.")
    got = _sentences(text)
    assert len(got) == 2
    assert got[0].endswith("nuclear factor-kappa B.")
    assert got[1].startswith("Furthermore, treatment with SG")


def test_sentence_ends_after_cyclosporin_a():
    # validation_en PMID11699390
    text = ("Triptolide inhibits both Ca(2+)-dependent and Ca(2+)-independent pathways and affects T cell activation "
            "through inhibition of interleukin-2 transcription at a site different from the target of cyclosporin A. "
            "Triptolide also has inhibitory effects on a variety of proinflammatory cytokines and mediators and on "
            "the expression of adhesion molecules by endothelial cells.")
    got = _sentences(text)
    assert len(got) == 2
    assert got[1].startswith("Triptolide also has")


def test_sentence_ends_after_phase_b():
    # BC5CDR train PMID9812111
    text = ("The advantage of standard dose over low dose was replicated in phase B. In phase A, extrapyramidal signs "
            "tended to be greater with the standard dose than in the other two conditions, primarily because of a "
            "subgroup (20%) who developed moderate to severe signs.")
    assert len(_sentences(text)) == 2


def test_initials_authors_and_linnaeus_do_not_end_a_sentence():
    for text in ("Emodin from Rheum palmatum L. Induces apoptosis in cells (p < 0.05).",
                 "The bark of C. Phellodendri was boiled (p < 0.05).",
                 "Liu Y. New insights into ferroptosis. J Cell Biol. 2019."):
        got = _sentences(text)
        assert not any(s.endswith((" L.", " C.", " Y.")) and s != got[-1] for s in got), got
