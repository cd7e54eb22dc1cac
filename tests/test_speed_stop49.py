"""Stop 49 (s49-speed-ann, issue 17): gates and remembered answers in the annotator must leave every
result as it was. Each fast path is compared with its definition on every paragraph the annotator reads
of the reviews, corpus/new_papers, corpus/validation, the ChinaXiv dev sample (when present) and a
synthetic corpus (``nlp_helpers.corpus_paragraphs``), and on constructed edge cases:

- nlp/cell_lines.py: ``_NAMED_AS_TYPED_CELLS`` has no match in a paragraph without 细胞;
- nlp/drug_codes.py: the three role-code patterns have no match in a paragraph their word gate rejects;
- nlp/herb_senses.py: ``anatomical_names`` with the homonyms a paragraph does not hold skipped;
- nlp/linker.py: ``_word_kind`` (remembered per word) is what the word's own rules of
  ``unmatched_candidates`` say.
"""

from __future__ import annotations

import pytest
from nlp_helpers import SAMPLE_PAPERS, corpus_paragraphs

from pipeline.nlp import cell_lines, drug_codes, linker
from pipeline.text.word_gate import may_hold

CONSTRUCTED = [
    "",
    "HepG2, MDA-MB-231, PC-9 and A549 cells were cultured",
    "Caco-2和HT-29细胞",
    "cells and HeLa cells",  # a cell word inside the list of a later match
    "x" * 200 + " HEK293 cells",  # a run longer than the walk: searched from the start
    "(" + "a " * 60 + "MCF-7 cell lines",
    "cancel the A549 cels",
    "The \u212aRAS inhibitor AB123 was used",  # the Kelvin sign: IGNORECASE reads it as k
    "FX11 treatment and EPZ015666, a PRMT5 inhibitor, were given",
    "小鼠巨噬细胞(ANA-1细胞)与HL-1心肌细胞",
]


@pytest.fixture(scope="module")
def paragraphs(tmp_path_factory) -> list[str]:
    out = corpus_paragraphs(tmp_path_factory.mktemp("synthetic49"), seed=49)
    if SAMPLE_PAPERS.is_dir():
        from pipeline.text.sections import split_sections

        for path in sorted(SAMPLE_PAPERS.glob("*.md")):
            out += [p.text.text for p in split_sections(path.stem, path.read_text(encoding="utf-8"))]
    return out + CONSTRUCTED


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(1)) for m in matches]


def test_typed_cells_need_the_chinese_cell_word(paragraphs):
    for text in paragraphs:
        if "细胞" not in text:
            assert cell_lines._NAMED_AS_TYPED_CELLS.search(text) is None, text[:120]


def test_cell_line_names_of_real_paragraphs():
    names = cell_lines.cell_line_names(["本研究采用Caco-2和HT-29细胞进行实验", "H9c2心肌细胞", "HepG2, PC-9 and A549 cells"])
    assert {"Caco-2", "HT-29", "H9c2", "PC-9", "A549"} <= names


def test_role_code_patterns_need_their_words(paragraphs):
    seen = {"role": 0, "treatment": 0, "apposition": 0}
    for text in paragraphs:
        for key, pattern, gate in (("role", drug_codes._ROLE_CODE, may_hold(text, drug_codes._ROLE_CODE_WORDS)),
                                   ("treatment", drug_codes._CODE_TREATMENT, drug_codes._any_in(text, drug_codes._TREATMENT_WORDS)),
                                   ("apposition", drug_codes._CODE_APPOSITION, drug_codes._any_in(text, drug_codes._APPOSITION_ROLES))):
            hit = pattern.search(text)
            if not gate:
                assert hit is None, (key, text[:120])
            seen[key] += hit is not None
    assert seen["role"] > 0 and seen["treatment"] > 0 and seen["apposition"] > 0


def test_role_codes_of_real_sentences():
    # BioRED train PMID27860244 / PMID25983002 (drug_codes.role_codes docstring)
    assert drug_codes.role_codes("An inhibitor of PRMT5 (EPZ015666) restrained the phosphorylation", []) == {
        "EPZ015666": drug_codes.code_compound_id("EPZ015666")}
    assert "FX11" in drug_codes.role_codes("inhibition of LDHA activities by FX11", [])
    assert "AB123" in drug_codes.role_codes("The \u212aRAS inhibitor AB123 was used", [])


def _kind_by_definition(word: str) -> int:
    if linker._is_head(word):
        return linker._HEAD_DESIGNATED if linker._HAS_DIGIT_OR_GREEK.search(word) else linker._HEAD
    if linker._symbol_like(word):
        return linker._SYMBOL
    if linker._LONG_WORD.fullmatch(word) and word.lower() not in linker._COUNTED_WORDS \
            and word.lower() not in linker._STOP_LEFT:
        return linker._NUMBERED_NAME
    return linker._PLAIN


def test_remembered_word_kind_is_the_rules_answer(paragraphs):
    words = {m.group(0) for text in paragraphs for m in linker._WORD.finditer(text)}
    kinds = set()
    for word in sorted(words):
        kind = linker._word_kind(word)
        assert kind == _kind_by_definition(word), word
        kinds.add(kind)
    assert kinds == {linker._PLAIN, linker._HEAD, linker._HEAD_DESIGNATED, linker._SYMBOL, linker._NUMBERED_NAME}


def test_unmatched_candidates_of_a_real_sentence():
    # corpus/validation/en/21540101.txt: rule 2 (a symbol with a digit), "activity" no head
    text = "EMSA was performed to monitor Nrf-2 ARE binding activity."
    assert [text[a:b] for a, b in linker.unmatched_candidates(text, [])] == ["Nrf-2"]


def test_anatomical_homonyms_are_literal_names():
    # the gate ``name in text`` answers what ``re.finditer(name, text)`` finds only for literal names
    import re

    from pipeline.nlp import herb_senses

    assert all(re.escape(name) == name for name in herb_senses.ANATOMY_HOMONYMS)


def test_anatomical_names_of_real_paragraphs():
    # corpus/validation/zh/ChinaXiv-201712.01000V1.md: 海马 read as the organ twice, 豌豆 absent
    from pipeline.nlp import herb_senses

    texts = ["电镜观察大鼠海马CA1区超微结构，普通显微镜下HE染色观察大鼠海马CA1区细胞",
             "荧光定量PCR及Westernblotting分别检测大鼠海马DKK-1及β-catenin mRNA和蛋白"]
    assert herb_senses.anatomical_names(texts) == frozenset({"海马"})


def test_remembered_glued_cuts_are_the_rules_answer(paragraphs):
    from pipeline.nlp import glued

    runs = {m.group(0) for text in paragraphs for m in glued._RUN.finditer(text)}
    cut = 0
    for run in sorted(runs):
        for locant in (False, True):
            expected = glued._rule_cuts(run, locant) if len(run) >= glued.MIN_CUT_RUN else []
            assert list(glued._cuts(run, locant)) == expected, run
            cut += bool(expected)
    assert cut > 50


def test_forgetting_texts_forgets_the_word_answers(annotator):
    from pipeline.api import forget_remembered_texts
    from pipeline.nlp import glued

    linker._word_kind("kinase")
    glued._cuts("AKTsignaling")
    forget_remembered_texts(annotator)
    assert linker._word_kind.cache_info().currsize == 0 and glued._remembered_cuts.cache_info().currsize == 0
