"""The compiled core (pipeline/_core/_speedups.pyx, issue 17) gives exactly what the pure-Python
core gives, and is the one in use when it is built.

Texts: the two bundled reviews, excerpts of three ChinaXiv development papers and eight PubMed
development abstracts (tests/data_core, sources in SOURCES.md; outside tests/data, which
other tests read as a corpus) and a synthetic corpus made by
bench/make_corpus.py. End to end, each document is analysed in two fresh interpreters — one with
the compiled core, one with ``PIPELINE_PURE_PYTHON=1`` — and the entities, typed relations,
language mix and the normalised paragraphs with their offset maps must be equal. The
primitives are also compared one by one against the pure module (and the old definitions).
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import re
import subprocess
import sys
from array import array
from pathlib import Path

import pytest
from conftest import REPO

from pipeline import _core
from pipeline._core import pure

sys.path.insert(0, str(REPO / "bench"))
from make_corpus import make_corpus

REVIEWS = [REPO / "corpus" / "li2025_ferroptosis_osteoporosis.md", REPO / "corpus" / "jin2025_autophagy_osteoporosis.md"]
DEV = sorted(p for p in (REPO / "tests" / "data_core").iterdir() if p.name != "SOURCES.md")

BUILT = importlib.util.find_spec("pipeline._core._speedups") is not None
FORCED_PURE = os.environ.get("PIPELINE_PURE_PYTHON", "") not in ("", "0")
needs_compiled = pytest.mark.skipif(not BUILT or FORCED_PURE,
                                    reason="compiled core not built (pip install -e .) or forced off")

DUMP = """
import json, sys, hashlib, warnings
warnings.filterwarnings("ignore")
from pathlib import Path
from pipeline import _core
from pipeline.api import annotator_for
from pipeline.config import Config
from pipeline.io.readers import language_mix, read_file
ann = annotator_for(Config(make_docs=False))
out = {"compiled": _core.COMPILED, "docs": []}
for name in sys.argv[1:]:
    path = Path(name)
    for doc in read_file(path, path.read_bytes(), path.name):
        annotated, facts = ann.analyse(doc.doc_id, doc.text)
        paragraphs = [[p.text.text, hashlib.sha256(p.text.starts.tobytes() + p.text.ends.tobytes()).hexdigest()]
                      for p in annotated.paragraphs]
        out["docs"].append([doc.doc_id, json.loads(facts.to_json()), language_mix(doc.text), paragraphs])
print(json.dumps(out, ensure_ascii=False))
"""


def _analyse(files: list[Path], pure_python: bool) -> dict:
    env = {**os.environ, "PIPELINE_PURE_PYTHON": "1" if pure_python else "0"}
    proc = subprocess.run([sys.executable, "-c", DUMP, *map(str, files)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=1200, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("synthetic")
    make_corpus(folder, n=24, seed=3)
    return sorted(folder.iterdir())


@needs_compiled
def test_compiled_core_is_the_one_in_use():
    from pipeline._core import _speedups
    from pipeline.nlp import matcher
    from pipeline.relations import effects

    assert _core.COMPILED and _core.impl is _speedups
    assert matcher.edge_candidates is _speedups.edge_candidates
    assert effects.blank_spans is _speedups.blank_spans
    assert _core.crossed is _speedups.crossed and _core.apply_edits is _speedups.apply_edits


def test_the_environment_variable_forces_the_pure_core():
    code = "from pipeline import _core; print(_core.COMPILED, _core.impl.__name__)"
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True,
                          env={**os.environ, "PIPELINE_PURE_PYTHON": "1"})
    assert proc.stdout.split() == ["False", "pipeline._core.pure"]


@needs_compiled
def test_documents_analyse_identically_with_the_compiled_and_the_pure_core(synthetic):
    files = [*REVIEWS, *DEV, *synthetic]
    compiled, plain = _analyse(files, pure_python=False), _analyse(files, pure_python=True)
    assert compiled["compiled"] and not plain["compiled"]
    assert len(compiled["docs"]) == len(files)
    by_doc = {d[0]: d for d in plain["docs"]}
    for doc in compiled["docs"]:
        assert doc == by_doc[doc[0]], doc[0]
    # the comparison has substance: Chinese and English entities, typed relations
    mentions = [m for d in compiled["docs"] for s in d[1]["sentences"] for m in s["mentions"]]
    assert len(mentions) > 2000
    assert sum(len(s["pairs"]) for d in compiled["docs"] for s in d[1]["sentences"]) > 500


def _texts(synthetic: list[Path]) -> list[str]:
    from pipeline.io.readers import read_file

    docs = [d for p in [*REVIEWS, *DEV, *synthetic] for d in read_file(p, p.read_bytes(), p.name)]
    return [d.text for d in docs]


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def test_cjk_latin_counts_are_the_regex_counts(synthetic):
    edges = "\u33ff\u3400\u4dbf\u4dc0\u4e00\u9fff\ua000\uf8ff\uf900\ufaff\ufb00Ａｚ@[`{azAZ"
    for text in [*_texts(synthetic), edges]:
        expected = (len(_CJK.findall(text)), len(_LATIN.findall(text)))
        assert pure.cjk_latin_counts(text) == expected
        assert _core.cjk_latin_counts(text) == expected


@needs_compiled
def test_edge_candidates_match_the_pure_rules_on_every_paragraph(synthetic):
    from pipeline._core import _speedups
    from pipeline.api import annotator_for
    from pipeline.config import Config
    from pipeline.nlp.keys import fold_with_map
    from pipeline.text.sections import split_sections

    index = annotator_for(Config(make_docs=False)).index
    kept = 0
    for n, text in enumerate(_texts(synthetic)):
        for para in split_sections(f"d{n}", text):
            t = para.text.text
            key, _, starts, ends = fold_with_map(t)
            hits = list(index.automaton.iter(key))
            expected = pure.edge_candidates(t, hits, index.entries.raw, starts, ends)
            assert _speedups.edge_candidates(t, iter(hits), index.entries.raw, starts, ends) == expected
            kept += len(expected)
    assert kept > 2000


@needs_compiled
def test_crossed_matches_the_pure_walk_at_every_position_of_the_chinese_sentences():
    import jieba

    from pipeline._core import _speedups
    from pipeline.api import annotator_for
    from pipeline.config import Config
    from pipeline.nlp.boundaries import MAX_WORD

    annotator_for(Config(make_docs=False))  # jieba with the dictionary's words
    jieba.dt.check_initialized()
    freq = jieba.dt.FREQ
    text = REVIEWS[0].read_text(encoding="utf-8")
    sentences = [s for s in re.split(r"[。！？\n]", text) if len(_CJK.findall(s)) > 10][:150]
    answers = []
    for s in sentences:
        for p in range(1, len(s)):
            answer = pure.crossed(s, p, freq, MAX_WORD)
            assert _speedups.crossed(s, p, freq, MAX_WORD) == answer, (s, p)
            # the definition: a word (frequency > 0) from before p to after p
            assert answer == any(freq.get(s[i:j]) for i in range(max(0, p - MAX_WORD), p)
                                 for j in range(p + 1, min(len(s), i + MAX_WORD + 8) + 1)), (s, p)
            answers.append(answer)
    assert 0 < sum(answers) < len(answers)


@needs_compiled
def test_apply_edits_blank_spans_and_offset_range_match_the_pure_ones(synthetic):
    from pipeline._core import _speedups

    class Span:
        def __init__(self, start: int, end: int):
            self.start, self.end = start, end

    rng = random.Random(7)
    for text in _texts(synthetic)[:12]:
        n = len(text)
        starts, ends = array("q", range(5, n + 5)), array("q", range(6, n + 6))
        for _ in range(20):
            cuts = sorted(rng.sample(range(n + 1), k=min(n + 1, 2 * rng.randint(0, 12))))
            edits = [(a, b, rng.choice(["", " ", "-", "αβ", text[a:b], "x" * (b - a)])) for a, b in zip(cuts[::2], cuts[1::2])]
            got, want = _speedups.apply_edits(text, starts, ends, edits), pure.apply_edits(text, starts, ends, edits)
            assert got[0] == want[0] and list(got[1]) == list(want[1]) and list(got[2]) == list(want[2])
            lo = rng.randint(0, n)
            hi = min(n, lo + rng.randint(0, 300))
            spans = [Span(a, a + rng.randint(0, 20)) for a in rng.sample(range(max(1, n)), k=min(n, 6))]
            assert _speedups.blank_spans(text, lo, hi, spans) == pure.blank_spans(text, lo, hi, spans)
            got = _speedups.offset_range(lo, hi)
            assert got.typecode == "q" and list(got) == list(pure.offset_range(lo, hi)) == list(range(lo, hi))


def test_the_report_font_asks_for_every_non_ascii_character():
    from pipeline.report.fonts import _wanted

    text = "".join(p.read_text(encoding="utf-8") for p in REVIEWS) + "é\x7f\x80"
    assert _wanted(text) == sorted({ord(c) for c in text if ord(c) >= 0x80})


def _sentences(synthetic: list[Path]) -> list[str]:
    from pipeline.text.sections import split_sections
    from pipeline.text.sentences import split_sentences

    return [s.text for n, text in enumerate(_texts(synthetic))
            for s in split_sentences(split_sections(f"d{n}", text))]


def test_cue_hits_tried_at_the_anchors_equal_a_full_scan(synthetic):
    """The cue scan (relations/cues.py ``find_cues``) tries each class's pattern only where one
    of its anchors starts: the compiled and the pure scans give exactly what a scan of the whole
    sentence gives, on every sentence of the reviews, the development excerpts and the synthetic
    corpus, plus case and dotted/dotless-i variants (and the old ``finditer`` loop)."""
    from pipeline.relations import cues

    def old_scan(text, pattern):  # find_cues before the scan moved to pipeline._core
        return [(m.start(), m.end()) for m in pattern.finditer(text)
                if not (m.group(0)[0].isascii() and m.start() > 0 and text[m.start() - 1].isascii()
                        and text[m.start() - 1].isalpha())]

    texts = _sentences(synthetic) + ["Icariin UP-REGULATED GPX4 and Did Not change ACSL4.", "Baicalein ınhibits İNDUCED",
                                     "Straße-mediated ſuppression", "alleviates via viaduct; p-via, 通过介导的通过"]
    tried = 0
    for text in texts:
        starts = cues._cue_starts(text)
        for kind, pattern in cues.CUE_PATTERNS.items():
            full = old_scan(text, pattern)
            if kind not in starts:
                assert full == [], (kind, text)
                continue
            assert pure.cue_hits(text, pattern, starts[kind]) == full, (kind, text)
            assert _core.cue_hits(text, pattern, starts[kind]) == full, (kind, text)
            assert _core.cue_hits(text, pattern) == full
            tried += len(full)
    assert tried > 2000  # 2,459 cues: the comparison is not vacuous


def _old_fold_with_map(text: str):
    """keys.fold_with_map before its offsets were built by pipeline._core (lists of ints)."""
    from pipeline.nlp import keys

    separator_run = re.compile("[" + re.escape("".join(sorted(keys.SEPARATORS))) + "]+")
    edits = [(m.start(), m.end(), "") for m in separator_run.finditer(text)]
    if "a" in text or "e" in text or "A" in text or "E" in text:
        edits += [(m.start(), m.end(), keys._GREEK_WORDS[m.group(1).lower()]) for m in keys._GREEK_WORD_RE.finditer(text)]
        edits.sort()
    pieces, index, ends, pos = [], [], [], 0
    for start, end, replacement in edits:
        if start < pos:
            continue
        pieces.append(text[pos:start])
        index.extend(range(pos, start))
        ends.extend(range(pos + 1, start + 1))
        if replacement:
            pieces.append(replacement)
            index.append(start)
            ends.append(end)
        pos = end
    pieces.append(text[pos:])
    index.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    case_form = "".join(pieces).translate(keys._GREEK_TABLE)
    key = case_form.lower()
    if len(key) != len(case_form):
        key = "".join(c.lower()[:1] for c in case_form)
    return key, case_form, index, ends


def test_fold_with_map_equals_the_per_character_definition(synthetic):
    """Key folding (nlp/keys.py) with its offsets from pipeline._core.fold_map gives what the
    old per-character definition gave, on every paragraph; compiled and pure fold_map agree."""
    from pipeline.nlp import keys
    from pipeline.nlp.keys import fold_with_map
    from pipeline.text.sections import split_sections

    assert pure._SEPARATORS == keys.SEPARATORS

    paragraphs = [p.text.text for n, text in enumerate(_texts(synthetic)) for p in split_sections(f"d{n}", text)]
    paragraphs += ["NF-kappaB, IkappaB-alpha and TNF‐α; alphabet - beta", "", " - ", "İL-1β — PPARgamma_2 · x"]
    for text in paragraphs:
        key, case_form, starts, ends = fold_with_map(text)
        want = _old_fold_with_map(text)
        assert (key, case_form, list(starts), list(ends)) == want, text
        assert starts.typecode == ends.typecode == "q"
        words = [(m.start(), m.end(), keys._GREEK_WORDS[m.group(1).lower()]) for m in keys._GREEK_WORD_RE.finditer(text)]
        got, expected = _core.fold_map(text, words), pure.fold_map(text, words)
        assert (got[0], list(got[1]), list(got[2])) == (expected[0], list(expected[1]), list(expected[2]))
