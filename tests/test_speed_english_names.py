"""English herb names are looked up with each word lower-cased once per text (nlp/common_names.py
``english_name_mentions``, issue 17, stop 46), not once per run of two and three words: the same
mentions as the per-run lookup it replaced, on every paragraph of the reviews and the English dev
papers, with the annotator's name table."""

from __future__ import annotations

import pytest
from conftest import CORPUS, JIN, LI

from pipeline.nlp.common_names import _TEXT_WORD, english_name_mentions


def _keys_per_run(text: str) -> list[tuple[int, int, str]]:
    """The (start, end, key) the replaced loop looked up: each run of 3 and 2 words joined by a
    space or a hyphen alone, its words lower-cased for that run."""
    words = list(_TEXT_WORD.finditer(text))
    out = []
    for i in range(len(words)):
        for n in (3, 2):
            run = words[i:i + n]
            if len(run) < n or any(text[a.end():b.start()] not in (" ", "-") for a, b in zip(run, run[1:])):
                continue
            out.append((run[0].start(), run[-1].end(), " ".join(w.group().lower() for w in run)))
    return out


@pytest.fixture(scope="module")
def paragraphs():
    paths = [LI, JIN, *sorted((CORPUS / "new_papers/en").glob("*.*")), *sorted((CORPUS / "validation/en").glob("*.*"))]
    return [p for path in paths for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]


def test_the_runs_looked_up_are_the_per_run_ones(paragraphs, monkeypatch):
    """Every (start, end, key) asked of the table, in the same order, as the per-run loop asked
    (a table that knows no name: nothing is skipped)."""
    for text in paragraphs[:400]:
        asked = []

        class Recording(dict):
            def get(self, key, default=None):
                asked.append(key)
                return default

        english_name_mentions(text, [], Recording(x=1))
        assert asked == [k for _, _, k in _keys_per_run(text)], text[:80]


def test_english_names_found_on_the_dev_papers(paragraphs, annotator):
    """With the annotator's table the names found are those of a lookup of every per-run key."""
    table = annotator.english_names()
    found = 0
    for text in paragraphs:
        got = [(m.start, m.end, m.entity_id) for m in english_name_mentions(text, [], table)]
        hits = [(s, e) for s, e, k in _keys_per_run(text) if k in table]
        assert {(s, e) for s, e, _ in got} <= set(hits)
        found += len(got)
    assert found > 0
