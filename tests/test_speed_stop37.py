"""Speed (issue 17, stop 37): the same answers from fewer tries.

- nlp/gene_context.py ``disease_parens``: ``_DISEASE_PAREN.finditer`` tried only in the regions
  where a match can start (before a short form "(X;"), with the same matches in the same order as
  the full scan, on every paragraph of the corpus and on made-up texts that put two short forms,
  a parenthetical and "type 3" next to each other (finditer's preference between overlapping
  matches is what the emulation must keep).
- text/sentences.py ``_RUN_ON``: the full stop first, the look-behinds after it (a pattern that
  opens with a look-behind is tried at every character); the same matches as the stop-36 pattern
  (kept here) on every paragraph, on windows of them (``_split_run_on`` searches a sentence's
  span) and on random texts.
- The same for patterns that open with a look-behind before an alternation of words: each is
  searched from the first place where its words stand (nlp/keys.py ``fold_with_map``'s Greek words,
  nlp/linker.py ``_spell_greek``, nlp/salt_formulas.py ``formula_hits``); the answers equal the
  full scans on every paragraph and on texts that hold the words; text/references.py
  ``heading_inline`` and nlp/slash_families.py ``ocr_one_mentions``' "Smadl/5/8" scan likewise.
- text/normalize.py ``_CJK_SPACE`` and ``_SPACE_BEFORE_CJK_PUNCT`` open with the space they remove
  and look behind after it: the same matches as the stop-36 patterns (kept here).
- text/lookbehind.py: a pattern that opens with a look-behind is searched from its body's first
  match (nlp/symbol_variants.py ``designated_tokens``' four patterns, nlp/code_lists.py
  ``_PLURAL_CLASS``): the same matches as ``finditer`` on every paragraph and on made-up texts.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from nlp_helpers import corpus_files

from pipeline.nlp import gene_context
from pipeline.text import sentences

REPO = Path(__file__).resolve().parents[1]


def _full_scan(text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in gene_context._DISEASE_PAREN.finditer(text)]


def _regions(text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in gene_context.disease_parens(text)]


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    """Every paragraph and whole document of the reviews, corpus/new_papers, corpus/validation and
    (when present) the 20 ChinaXiv sample papers."""
    from pipeline.io.readers import read_file
    from pipeline.text.sections import split_sections

    files = corpus_files(REPO)
    out = []
    for path in files:
        for doc in read_file(str(path), path.read_bytes(), path.stem):
            out.append(doc.text)
            out += [p.text.text for p in split_sections(doc.doc_id, doc.text)]
    assert len(out) > 1000
    return out


CASES = [
    "X-linked hypophosphatemic rickets (XLH; OMIM 307800) is caused by mutations of PHEX.",
    "familial partial lipodystrophy (Dunnigan) type 3 (FPLD3; OMIM 604367) and fibrosis (CF, see)",
    # the parenthetical holds a short form itself: finditer takes the longer match (XYZ), not CF
    "cystic fibrosis (CF; see below) (XYZ; OMIM 1) and Alport syndrome type 2 (ATS2, 301050)",
    "中文中文纤维化fibrosis (AB; x) 综合征 syndrome (SY-1; 1) tumours (T1, a) (T2; b) nephropathy 3 (NP,",
    "deficiency deficiency (DD; 1) deficiency (ee; 2) ataxia ataxia(AT;",
]


@pytest.mark.parametrize("text", CASES)
def test_disease_parens_equal_the_full_scan_on_made_up_texts(text):
    assert _full_scan(text), text  # each case has a match: the comparison is not empty
    assert _regions(text) == _full_scan(text)


def test_disease_parens_keep_finditers_choice_of_the_longer_match():
    found = [m.group(m.lastindex) for m in gene_context.disease_parens(CASES[2])]
    assert found == ["XYZ", "ATS2"]


def test_disease_parens_equal_the_full_scan_on_random_texts():
    pieces = ["fibrosis", "syndrome", "nephropathy", "tumour", "type", " 3", "3", " ", "  ", "(", ")", "(", "CF",
              "XY-1", ";", ",", "中文", "纤维化", "-", ".", "a", "IV", "\n",
              " (CF;", "(XY-1,", " (see)", "fibrosis (", "syndrome type 2 (AB;"]
    rng = random.Random(37)
    tried = matched = 0
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        expected = _full_scan(text)
        assert _regions(text) == expected, text
        tried += 1
        matched += bool(expected)
    assert matched > 1000, (tried, matched)


def test_disease_parens_equal_the_full_scan_on_the_corpus(corpus_texts):
    for text in corpus_texts:
        assert _regions(text) == _full_scan(text)


def test_disease_parens_try_no_position_outside_the_regions():
    # a long Chinese paragraph with one "(X;" at its end: only the word run before it is tried
    # (finditer tries every one of its positions, each to the end of the CJK run)
    text = "中" * 3000 + "。纤维化fibrosis (CF; 1)"
    tried = []
    real = gene_context._DISEASE_PAREN

    class Counting:
        def match(self, text, pos):
            tried.append(pos)
            return real.match(text, pos)

    gene_context._DISEASE_PAREN = Counting()
    try:
        found = [m.group(1) for m in gene_context.disease_parens(text)]
    finally:
        gene_context._DISEASE_PAREN = real
    assert found == ["CF"]
    assert min(tried) == 3001 and len(tried) == 1


OLD_RUN_ON = re.compile(
    r"(?:(?<=[a-z]{2})|(?<=[\u4e00-\u9fff)）]))[.](?=[ \t]*(?:[A-Z][a-z]|[\u4e00-\u9fff]))"
    r"|(?<=[A-Z0-9)\]]{2})[.](?=[A-Z][a-z]{2,}\b)"
)


def _run_ons(pattern: re.Pattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, start, end)]


def test_run_on_stops_equal_the_old_pattern_on_the_corpus(corpus_texts):
    rng = random.Random(37)
    found = 0
    for text in corpus_texts:
        expected = _run_ons(OLD_RUN_ON, text, 0, len(text))
        assert _run_ons(sentences._RUN_ON, text, 0, len(text)) == expected
        found += len(expected)
        for _ in range(3):  # a sentence's span: the look-behinds see before it, the look-ahead stops at its end
            a = rng.randint(0, len(text))
            b = rng.randint(a, len(text))
            assert _run_ons(sentences._RUN_ON, text, a, b) == _run_ons(OLD_RUN_ON, text, a, b)
    assert found > 100


def test_run_on_stops_equal_the_old_pattern_on_random_texts():
    pieces = ["ab", "A", "Ab", "Abc", "PCR", "12", ")", "）", "]", "中", ".", ". ", " ", "\t", "x", "B2"]
    rng = random.Random(37)
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        a = rng.randint(0, len(text))
        expected = _run_ons(OLD_RUN_ON, text, a, len(text))
        assert _run_ons(sentences._RUN_ON, text, a, len(text)) == expected, (text, a)
        found += len(expected)
    assert found > 100


def test_split_run_on_splits_a_pdf_run_on_sentence():
    text = "Cells were counted by quantitative PCR.From results we saw it.下一句话。"
    spans = sentences._split_run_on(text, [(0, len(text))])
    assert [text[s:e] for s, e in spans][:2] == ["Cells were counted by quantitative PCR.", "From results we saw it."]



def _old_fold_with_map(text: str):
    """nlp/keys.py ``fold_with_map`` at 39ff3ef (stop 36)."""
    from pipeline.nlp import keys

    words = []
    if "a" in text or "e" in text or "A" in text or "E" in text:
        words = [(m.start(), m.end(), keys._GREEK_WORDS[m.group(1).lower()]) for m in keys._GREEK_WORD_RE.finditer(text)]
    folded, index, ends = keys._core.fold_map(text, words)
    case_form = folded.translate(keys._GREEK_TABLE)
    key = case_form.lower()
    if len(key) != len(case_form):
        key = "".join(c.lower()[:1] for c in case_form)
    return key, case_form, index, ends


def _old_spell_greek(text: str) -> str:
    """nlp/linker.py ``_spell_greek`` at 39ff3ef (stop 36)."""
    from pipeline.nlp import linker

    text = linker._GREEK_CHAR_RE.sub(
        lambda m: " " + linker._GREEK_NAMES[linker._GREEK_CAPITALS.get(m.group(0), m.group(0))] + " ", text)
    return linker._GREEK_WORD_RE.sub(lambda m: " " + m.group(1).lower() + " ", text)


def test_greek_words_and_salt_formulas_equal_the_full_scans(corpus_texts):
    from pipeline.nlp import keys, linker, salt_formulas

    extra = ["TNF-alpha, IL-1Beta and PKCdelta; alphabet Kappa-B zeta", "NaCl, CdCl2 and Pb(NO3)2 with xNaCl, KCl",
             "Na2SeO3 (1 mM) or FeCl3/MgSO4", "betaine", "α-Beta", "Alpha"]
    greek = salt = 0
    for text in [*corpus_texts, *extra]:
        assert keys.fold_with_map(text) == _old_fold_with_map(text)
        assert linker._spell_greek(text) == _old_spell_greek(text)
        greek += sum(1 for _ in keys._GREEK_WORD_RE.finditer(text))
        expected = [(m.start(), m.end(), m.group(0)) for m in salt_formulas.FORMULA.finditer(text)]
        assert list(salt_formulas.formula_hits(text)) == expected
        salt += len(expected)
    assert greek > 20 and salt >= 6, (greek, salt)


def test_look_behind_patterns_are_searched_from_their_words_first_place():
    # the gates are alternations of plain words: the engine's first-character test applies
    import re._compiler as compiler
    import re._parser as parser

    from pipeline.nlp import keys, linker, salt_formulas

    for pattern in (keys.GREEK_WORD_SPELLED, linker._GREEK_WORD_SPELLED, salt_formulas._FORMULA_BODY):
        assert compiler._get_charset_prefix(parser.parse(pattern.pattern, pattern.flags), pattern.flags), pattern
    for pattern in (keys._GREEK_WORD_RE, salt_formulas.FORMULA):  # the look-behind defeats it
        assert not compiler._get_charset_prefix(parser.parse(pattern.pattern, pattern.flags), pattern.flags)


OLD_CJK_SPACE = re.compile(
    "(?<=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[ \t]+(?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9α-ωΑ-Ω(\\[])"
    "|(?<=[A-Za-z0-9α-ωΑ-Ω)\\]])[ \t]+(?=[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")
OLD_SPACE_BEFORE_CJK_PUNCT = re.compile(r"[ \t]+(?=[,.;:!?、。，：；）)\]])|(?<=[(\[（])[ \t]+")


def _spans(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_space_patterns_equal_the_old_ones(corpus_texts):
    from pipeline.text import normalize

    assert normalize.CJK == r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # what OLD_CJK_SPACE spells out
    raw = [block for text in corpus_texts for block in text.split("\n")]
    pieces = ["中", "文", " ", "\t", "  ", "a", "Z", "9", "α", "(", "[", "（", ")", "]", "，", "。", ".", ",", "）", "x"]
    rng = random.Random(37)
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    found = [0, 0]
    for text in [*raw, *made]:
        for n, (new, old) in enumerate(((normalize._CJK_SPACE, OLD_CJK_SPACE),
                                        (normalize._SPACE_BEFORE_CJK_PUNCT, OLD_SPACE_BEFORE_CJK_PUNCT))):
            expected = _spans(old, text)
            assert _spans(new, text) == expected, (n, text)
            found[n] += len(expected)
    assert min(found) > 1000, found


def test_reference_heading_and_ocr_one_scans_equal_the_full_ones(corpus_texts):
    from pipeline.nlp import slash_families
    from pipeline.text import references

    extra = ["细胞的凋亡。 参考文献 [1] 董强，等", "References: 1. Smith J", "x REFERENCES [1] A", "Smadl/5/8 and Smadl/5",
             "pSmadl/5/8, Smad2/3, SMADl/5, Smadl/0, (Smadl/5/8)", "Idl/2 Bcl-xl/3"]
    headings = runs = 0
    for text in [*corpus_texts, *extra]:
        full = references.HEADING_INLINE.search(text)
        found = references.heading_inline(text)
        assert (found and found.span()) == (full and full.span())
        headings += full is not None
        first = slash_families._L_THEN_NUMBER.search(text)
        expected = _spans(slash_families._L_BEFORE_RUN, text)
        assert (_spans_from(slash_families._L_BEFORE_RUN, text, max(0, first.start() - 10)) if first else []) == expected
        runs += len(expected)
    assert headings >= 3 and runs >= 4, (headings, runs)


def _spans_from(pattern, text: str, pos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos)]


def test_ocr_one_mentions_reads_smadl_as_smad1():
    # tests/test_nlp_slash_families.py's SMADL_EN (ChinaXiv-201812.00642V1's construction)
    from pipeline.nlp.slash_families import ocr_one_mentions

    genes = {"SMAD1": "HGNC:6767", "Smad1": "HGNC:6767"}
    found = ocr_one_mentions("The phosphorylated Smadl/5/8 protein was detected by western blot.", [], genes.get)
    assert [(m.text, m.entity_id) for m in found] == [("Smadl", "HGNC:6767")]


def test_lookbehind_patterns_from_their_bodies_equal_finditer(corpus_texts):
    from pipeline.nlp import code_lists, symbol_variants
    from pipeline.text.lookbehind import body_of, finditer_from_body

    patterns = [symbol_variants._GREEK_DESIGNATED, symbol_variants._NUMBER_DESIGNATED,
                symbol_variants._LETTER_DESIGNATED, symbol_variants._VARIANT_DESIGNATED, code_lists._PLURAL_CLASS]
    # by source and flags: a module's name for a pattern holds the compiled one once used, its tuple the lazy one (lazy_re)
    assert [(p.pattern, p.flags, b.pattern) for _, p, b, _ in symbol_variants._DESIGNATED] == \
        [(p.pattern, p.flags, body_of(p).pattern) for p in patterns[:4]]
    assert code_lists._PLURAL_CLASS_BODY.pattern == r"([A-Za-z]{4,})s\s+(?=" + code_lists._CODE + ")"
    assert body_of(symbol_variants._NUMBER_DESIGNATED).pattern.startswith("(?P<stem>[A-Za-z][a-z]{3,})")
    extra = ["frizzled3 and Frizzled-7, xfrizzled3", "OCT4A, OCT4B, E1A", "CD44v6 and FLNBv4", "PKC zeta, Hsp90beta",
             "inhibitors AG490, SP600125 and U0126", "中文Wnt3a与frizzled-7受体"]
    found = [0] * len(patterns)
    for text in [*corpus_texts, *extra]:
        for n, pattern in enumerate(patterns):
            expected = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in finditer_from_body(pattern, body_of(pattern), text)] == expected
            found[n] += len(expected)
    assert min(found) >= 1, found


def test_body_of_refuses_a_pattern_without_an_opening_lookbehind():
    from pipeline.text.lookbehind import body_of

    with pytest.raises(ValueError):
        body_of(re.compile(r"[A-Z]+(?<![a-z])"))
