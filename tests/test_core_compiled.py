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
