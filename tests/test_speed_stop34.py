"""Speed (issue 17, stop 34): regular expressions tried at fewer places, with the same answers on
every paragraph or sentence of the default run's corpus and the sample batch.

The cue scan (relations/cues.py ``find_cues``):

- ``_anchors`` splits a class's pattern at its top-level ``|`` only: the split at every ``|``
  made "s", "ed", "ing" anchors of the down/activate/inhibit classes (pieces of groups such as
  "clear(?:ing|s|ed|ance)"), so those classes were tried in nearly every English sentence.
- The "contains" class's "(?:active|bioactive|main|major) (?:compound|…)" had no anchor, so the
  class was scanned over every sentence; its group's words are its anchors now.
- ``_cue_starts`` translates the four letters ``re.IGNORECASE`` matches with ASCII letters (İ ı ſ K)
  only when one of them is in the sentence.

Tests that need a word before a pattern is tried at every character, or that test the cheap and
rare side of a conjunction first (the old definitions are kept here and compared):
- nlp/cell_lines.py ``cell_line_names``: a bank's name, "SC", "cell", a species word;
- nlp/symbol_variants.py ``designated_tokens``: a Greek designator, a digit before A/B, "v" + digit;
- relations/baseline_groups.py ``is_baseline_group``: 组 or "group" after the mention first;
- relations/process_members.py ``named_before``: the "-related proteins" noun after the process first
  (``_GENE_THEN_PROCESS`` backtracks over a blanked gap's spaces);
- nlp/herb_context.py ``contractions``: the table's characters joined in the table's order, not sorted
  per paragraph (a character class: the same pattern).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from nlp_helpers import corpus_files

from pipeline.relations import cues
from pipeline.text.sections import split_sections
from pipeline.text.sentences import split_sentences

REPO = Path(__file__).resolve().parents[1]
SAMPLE = Path("/work/shared/data/dev/chinaxiv/sample")


@pytest.fixture(scope="module")
def corpus_documents() -> list[list]:
    """The paragraphs of every document of the reviews, corpus/new_papers, corpus/validation and
    (when present) the 20 ChinaXiv sample papers."""
    from pipeline.io.readers import read_file

    files = corpus_files(REPO)
    docs = [split_sections(doc.doc_id, doc.text)
            for path in files for doc in read_file(str(path), path.read_bytes(), path.stem)]
    assert len(docs) > 150
    return docs


@pytest.fixture(scope="module")
def corpus_sentences(corpus_documents) -> list[str]:
    out = [s.text for paragraphs in corpus_documents for s in split_sentences(paragraphs)]
    assert len(out) > 5000
    return out


def test_cues_tried_at_the_anchors_equal_a_scan_of_every_class_everywhere(corpus_sentences, monkeypatch):
    variants = ["Icariin UP-REGULATED GPX4 and Did Not change ACSL4.", "Baicalein ınhibits İNDUCED ſuppression",
                "the MAIN COMPONENTS of the extract; Bioactive principles", "clearance of Aβ, clears and cleared"]
    texts = corpus_sentences + variants
    fast = [cues.find_cues(t) for t in texts]
    monkeypatch.setattr(cues, "_cue_starts", lambda text: dict.fromkeys(cues.CUE_PATTERNS))  # scan everywhere
    full = [cues.find_cues(t) for t in texts]
    assert fast == full
    assert sum(map(len, full)) > 10000  # 14,194 cues: not vacuous
    assert {c.kind for c in fast[-2]} == {"contains"} and {c.kind for c in fast[-1]} == {"down"}


def test_every_alternative_of_every_class_has_an_anchor():
    # "(?:active|bioactive|main|major) (?:compound|component|principle)s?" had none: the class was
    # scanned over every sentence
    assert not cues._ALWAYS
    assert {"active", "bioactive", "main", "major"} <= set(cues._ANCHORS["contains"])


def test_pieces_of_groups_are_no_anchors():
    # "clear(?:ing|s|ed|ance)\b", "evok(?:e|es|ed|ing)\b": "s", "ed", "ing" are inside groups
    assert not {"s", "ed", "es", "ing", "ance"} & {a for anchors in cues._ANCHORS.values() for a in anchors}
    assert cues._alternatives(r"a(?:b|c)|[|x]|\||d") == ["a(?:b|c)", "[|x]", r"\|", "d"]


def test_a_sentence_without_their_words_opens_neither_class():
    # li2025_ferroptosis_osteoporosis (reviews): no word of "contains" or "down"; its "s" and "ed"
    # opened "down" and "contains" was opened everywhere
    text = "The development of OP is closely related to iron-induced cell death."
    present = cues._cue_starts(text)
    assert "contains" not in present and "down" not in present
    assert present["activate"] == [text.index("induced")]


# --- tests before patterns, and conjunctions reordered: the old definitions, kept to compare ---

def _old_cell_line_names(texts):
    from pipeline.nlp.cell_lines import (
        _CATALOGUE, _CELL_INITIALISM, _CELL_THEN_NAME, _CELLS_THEN_NAME, _NAMED_AS_CELLS, _NAMED_AS_TYPED_CELLS,
        _SPECIES_THEN_NAME,
        _SPLIT_LIST, _STEM_CELL_SOURCE, _TWO_PART_THEN_CELLS, _listed, _strong_shape, is_capital_code,
        is_capital_initialism, is_cell_line_shape)

    names = set()
    for text in texts:
        names.update(m.group(1) for m in _CATALOGUE.finditer(text) if is_cell_line_shape(m.group(1)))
        if "细胞" not in text and "cell" not in text:
            continue
        for pattern, shape, from_end in ((_NAMED_AS_CELLS, is_cell_line_shape, True),
                                         (_NAMED_AS_TYPED_CELLS, is_cell_line_shape, True),  # stop 42
                                         (_CELLS_THEN_NAME, is_cell_line_shape, False),
                                         (_CELL_THEN_NAME, _strong_shape, False)):
            for m in pattern.finditer(text):
                names.update(n for n in _listed(m.group(1), from_end) if shape(n))
                if pattern is _NAMED_AS_CELLS:  # stop 38: "HK2 cells", "HEK cells"
                    last = _SPLIT_LIST.split(m.group(1))[-1].rstrip(".")
                    if is_capital_code(last) or (is_capital_initialism(last) and "细胞" not in m.group(0)):
                        names.add(last)
        names.update(m.group(1) for m in _SPECIES_THEN_NAME.finditer(text) if is_cell_line_shape(m.group(1)))
        names.update(m.group(1) for m in _CELL_INITIALISM.finditer(text))
        names.update(m.group(1) for m in _STEM_CELL_SOURCE.finditer(text))
        names.update(m.group(1) for m in _TWO_PART_THEN_CELLS.finditer(text) if is_cell_line_shape(m.group(1)))
    return frozenset(names)


_VARIANTS = ["HeLa细胞（ATCC，CCL-2）; hUC-MSCs and BM-MSCs; U-2 OS human osteosarcoma cells",
             "MOUSE CCL-51 breast cancer cells, muri\u0307ne X-12 cells, hum\u0430n, ſuman U-2 cells, RAT H-4 cells",
             "Hsp90beta, PKC zeta, OCT4A and OCT4B, CD44v6, FLNBv4, frizzled3, Frizzled-7, PKCθ"]


def test_cell_line_names_equal_the_scan_of_every_pattern(corpus_documents):
    from pipeline.nlp.cell_lines import cell_line_names

    found = 0
    for texts in [[p.text.text for p in paragraphs] for paragraphs in corpus_documents] + [_VARIANTS]:
        names = cell_line_names(texts)
        assert names == _old_cell_line_names(texts), texts[0][:80]
        found += len(names)
    assert found > 100  # not vacuous
    assert {"CCL-2", "hUC-MSCs", "U-2", "CCL-51", "H-4"} <= cell_line_names(_VARIANTS)


def test_designated_tokens_equal_the_scan_of_every_pattern(corpus_documents, monkeypatch):
    import re

    from pipeline.nlp import symbol_variants

    texts = [p.text.text for paragraphs in corpus_documents for p in paragraphs] + _VARIANTS
    fast = [symbol_variants.designated_tokens(t) for t in texts]
    everywhere = re.compile("")
    for name in ("_ANY_GREEK", "_ANY_ISOFORM", "_ANY_VARIANT"):
        monkeypatch.setattr(symbol_variants, name, everywhere)
    assert fast == [symbol_variants.designated_tokens(t) for t in texts]
    assert sum(map(len, fast)) > 500
    assert {d.suffix for d in fast[-1]} >= {"beta", "zeta", "A", "B", "v6", "v4", "3", "7", "θ"}


def _old_is_baseline_group(text, start, end):
    import re

    from pipeline.relations.baseline_groups import (
        _COMPARE_AFTER, _DIRECT_BEFORE, _EN_BEFORE, _GROUP_EN, _GROUP_ZH, _WITH_BEFORE)

    before = text[max(0, start - 24):start]
    if _DIRECT_BEFORE.search(before) and re.match(_GROUP_ZH, text[end:end + 16]):
        return True
    if _WITH_BEFORE.search(before) and _COMPARE_AFTER.match(text, end):
        return True
    return bool(_EN_BEFORE.search(text[max(0, start - 40):start]) and re.match(_GROUP_EN, text[end:end + 32]))


def _spans(text: str, longest: int = 8):
    """Every span of 1..``longest`` characters that starts and ends at a word or character edge."""
    import re

    edges = sorted({0, len(text), *(i for m in re.finditer(r"[A-Za-z0-9]+|[\u4e00-\u9fff]", text) for i in m.span())})
    return [(a, b) for i, a in enumerate(edges) for b in edges[i + 1:i + 1 + longest]]


def test_baseline_groups_equal_the_old_order_of_tests(corpus_sentences):
    from pipeline.relations.baseline_groups import is_baseline_group

    texts = [t for t in corpus_sentences if "组" in t or "group" in t]
    texts += ["O+B组(0.93±0.04)显著低于OXA组(1.30±0.03)", "与LPS组相比, AOPPs+牛蒡子苷组GRP78较AOPPs组明显降低",
              "IL-6 was lower compared with the LPS group"]
    checked = baseline = 0
    for text in texts:
        for a, b in _spans(text):
            new = is_baseline_group(text, a, b)
            assert new == _old_is_baseline_group(text, a, b), (text, a, b)
            checked += 1
            baseline += new
    assert checked > 100000 and baseline > 500


def _old_named_before(text, gene_end, process_start, process_end, blanked_gap=None):
    from pipeline.relations.process_members import _GENE_THEN_PROCESS, _MAX_APPOSITION, _PROCESS_NOUN_AFTER

    if process_start < gene_end or process_start - gene_end > _MAX_APPOSITION:
        return False
    gap = text[gene_end:process_start] if blanked_gap is None else blanked_gap
    return bool(_GENE_THEN_PROCESS.match(gap)) and bool(_PROCESS_NOUN_AFTER.match(text[process_end:process_end + 24]))


def test_named_before_equals_the_old_order_of_tests(corpus_sentences):
    from pipeline.relations.process_members import named_before

    texts = [t for t in corpus_sentences if any(w in t for w in ("相关", "标志", "标记", "related", "associated", "marker"))]
    texts += ["AMBRA1:自噬相关基因", "P62、Beclin1蛋白也可作为自噬的标志物", "Beclin 1, an autophagy-related gene"]
    checked = named = 0
    for text in texts:
        spans = _spans(text, 6)
        for gene_end in sorted({b for _, b in spans}):
            for start, end in spans:
                if gene_end <= start <= gene_end + 45:
                    new = named_before(text, gene_end, start, end)
                    assert new == _old_named_before(text, gene_end, start, end), (text, gene_end, start, end)
                    checked += 1
                    named += new
    assert checked > 100000 and named > 20


def test_contraction_starts_do_not_depend_on_the_order_of_the_table(annotator, corpus_documents):
    from pipeline.nlp.herb_context import _pair_pattern

    table = annotator.contraction_table()
    texts = [p.text.text for paragraphs in corpus_documents for p in paragraphs if p.lang == "zh"]
    found = 0
    for text in texts:
        starts = [m.start() for m in _pair_pattern("".join(table)).finditer(text)]
        assert starts == [m.start() for m in _pair_pattern("".join(sorted(table))).finditer(text)]
        found += len(starts)
    assert found > 40  # 57 pairs of table characters: not vacuous


class _Untried:
    """Stands for a pattern that must not be tried."""

    def __getattr__(self, name):
        raise AssertionError(f"pattern tried ({name})")


# corpus/new_papers ChinaXiv-201707.00654V1: its English abstract and its Chinese conclusion
_EN = "Results: MTT assay showed that W40 had a significant cytotoxic effect on non-small cell lung cancer GLC-82 cells."
_ZH = "结论:W40通过抑制BRAF/MAPK/ERK及Stat3信号通路来诱导细胞凋亡。"


def test_the_slow_patterns_are_not_tried_without_their_words(monkeypatch):
    from pipeline.nlp import cell_lines, symbol_variants
    from pipeline.relations import baseline_groups, process_members

    for module, names in ((cell_lines, ("_CATALOGUE", "_SPECIES_THEN_NAME", "_STEM_CELL_SOURCE")),
                          (symbol_variants, ("_GREEK_DESIGNATED", "_LETTER_DESIGNATED", "_VARIANT_DESIGNATED")),
                          (baseline_groups, ("_DIRECT_BEFORE", "_WITH_BEFORE", "_EN_BEFORE")),
                          (process_members, ("_GENE_THEN_PROCESS",))):
        for name in names:
            monkeypatch.setattr(module, name, _Untried())
    assert cell_lines.cell_line_names([_EN]) == frozenset({"GLC-82"})  # "GLC-82 cells"
    assert [d.stem for d in symbol_variants.designated_tokens(_EN)] == []
    w40 = _EN.index("W40")
    assert not baseline_groups.is_baseline_group(_EN, w40, w40 + 3)
    stat3, apoptosis = _ZH.index("Stat3"), _ZH.index("细胞凋亡")
    assert not baseline_groups.is_baseline_group(_ZH, stat3, stat3 + 5)
    assert not process_members.named_before(_ZH, stat3 + 5, apoptosis, apoptosis + 4)


def test_a_block_without_an_at_sign_is_not_searched_for_an_email(monkeypatch):
    from pipeline.text import sections

    monkeypatch.setattr(sections, "_EMAIL", _Untried())
    assert not sections._front_matter("自噬在骨质疏松症发病中的作用", "body")  # jin2025 (reviews): its title


def test_normalised_blocks_equal_the_unconditional_substitutions(monkeypatch):
    """text/normalize.py ``normalize_block`` tries _CJK_SPACE and _SPACE_BEFORE_CJK_PUNCT only where a
    space or tab stands beside a CJK character or a punctuation mark: the same text and offsets on
    every block of the default corpus and the sample papers."""
    import re

    from pipeline.io.readers import read_file
    from pipeline.text import normalize
    from pipeline.text.offsets import OffsetText
    from pipeline.text.sections import _BLOCK

    corpus = REPO / "corpus"
    files = sorted(corpus.glob("*.md"))
    for folder in ("new_papers", "validation"):
        files += sorted(p for p in (corpus / folder).rglob("*") if p.suffix in (".md", ".txt"))
    files += sorted(SAMPLE.glob("*.md")) if SAMPLE.is_dir() else []
    blocks = [m.group(0) for path in files for doc in read_file(str(path), path.read_bytes(), path.stem)
              for m in _BLOCK.finditer(doc.text)]
    blocks += ["溶质载体家族 7 成员 11", "NF-κB ( p65 ) , 和 IL-6 。", "（ 图1 ）\t结果", "a\tb ,c", "中 文"]
    fast = [normalize.normalize_block(OffsetText.from_original(b)) for b in blocks]
    for name in ("_CJK_RE", "_CJK_BESIDE_SPACE", "_SPACE_BESIDE_PUNCT"):
        monkeypatch.setattr(normalize, name, re.compile(""))
    slow = [normalize.normalize_block(OffsetText.from_original(b)) for b in blocks]
    assert fast == slow
    assert len(blocks) > 3000 and sum(a.text != b for a, b in zip(fast, blocks)) > 1000
    assert [f.text for f in fast[-5:]] == ["溶质载体家族7成员11", "NF-κB (p65), 和IL-6。", "(图1)结果", "a b,c", "中文"]


def test_a_sentence_without_a_reagent_word_has_no_reagent_noun(corpus_sentences, monkeypatch):
    """relations/inhibitor.py ``may_name_reagent`` (effects.SentenceContext.of asks it before the
    case-insensitive REAGENT_NOUN search): never False where REAGENT_NOUN matches."""
    from pipeline.relations import effects, inhibitor

    texts = corpus_sentences + ["the MEK INHIBITOR U0126", "PI3K 抑制剂 LY294002", "an antagonıst of X", "p38 blockerſ"]
    matched = 0
    for text in texts:
        if inhibitor.REAGENT_NOUN.search(text):
            assert inhibitor.may_name_reagent(text), text
            matched += 1
    assert matched > 100
    monkeypatch.setattr(effects, "REAGENT_NOUN", _Untried())
    assert not effects.may_name_reagent(_EN)
    effects.SentenceContext.of(_EN, [])  # not searched


def _old_is_model_inducer(text, start, end, next_start=None):
    from pipeline.relations import model_inducers as M

    salt = M._SALT.match(text, end)
    co = M._CO_STIMULI.match(text, salt.end() if salt else end)
    at = co.end() if co else end
    participle = M._INDUCING_AFTER.match(text, at)
    if participle is not None:
        if not M._WORD.search(text, 0, start):
            return False
        limit = min(len(text), participle.end() + M._PHRASE, next_start if next_start is not None else len(text))
        limit = max(limit, participle.end())
        return bool(M._DISEASE_HEAD.search(text, participle.end(), M._phrase_end(text, participle.end(), limit)))
    before = text[max(0, start - 60):start]
    by = M._INDUCED_BY_BEFORE.search(before)
    if by is None:
        return False
    noun = before[:by.start()]
    clause = max((m.end() for m in M._CLAUSE_END.finditer(noun)), default=0)
    return bool(M._DISEASE_HEAD.search(noun[clause:][-M._PHRASE:]))


def test_model_inducers_equal_the_search_without_the_by_test(corpus_sentences):
    from pipeline.relations.model_inducers import is_model_inducer

    texts = [t for t in corpus_sentences if "by" in t.lower()] + ["acute liver injury caused BY carbon tetrachloride"]
    checked = inducers = 0
    for text in texts:
        for a, b in _spans(text, 4):
            new = is_model_inducer(text, a, b)
            assert new == _old_is_model_inducer(text, a, b), (text, a, b)
            checked += 1
            inducers += new
    assert checked > 100000 and inducers > 10
