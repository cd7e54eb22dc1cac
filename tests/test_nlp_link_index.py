"""The fuzzy linker's fast-loading index (pipeline/nlp/link_index.py): the same numbers as
scikit-learn's TfidfVectorizer and scispacy's CandidateGenerator, and a warm process that
reads the cache instead of rebuilding it or importing those libraries (issue 17).

The full index is the session annotator's (genes + families of the committed dictionaries,
53k names); queries are the labelled variants and near-misses of tests/test_nlp_linker.py,
every name of the index, and the candidate spans of the English sentences of the reviews and
of the English development papers (corpus/new_papers/en).
"""

from __future__ import annotations

import json
import subprocess
import sys

import numpy
import pytest
from conftest import JIN, LI, REPO
from test_nlp_linker import NOT_LINKED, VARIANTS, small_dictionary

from pipeline.nlp import link_index
from pipeline.nlp.linker import (
    NEIGHBOURS,
    Linker,
    link_text,
    scispacy_generator,
    unmatched_candidates,
)
from pipeline.text.sections import split_sections
from pipeline.text.sentences import split_sentences


@pytest.fixture(scope="module")
def full_index(annotator):
    """(folder, scispacy's generator, ours) over the committed dictionaries' index."""
    assert annotator.linker.generator() is not None
    folder = annotator.linker.cache_path()
    return folder, scispacy_generator(folder), link_index.load(folder, link_text)


def review_candidates(annotator) -> list[str]:
    """Candidate spans (whole and every word suffix) of the English sentences of the reviews
    and the English development papers."""
    out = []
    for path in (LI, JIN, *sorted((REPO / "corpus" / "new_papers" / "en").glob("*.txt"))):
        for s in split_sentences(split_sections(path.stem, path.read_text(encoding="utf-8"))):
            if s.lang != "en":
                continue
            for a, b in unmatched_candidates(s.text, []):
                words = s.text[a:b].split(" ")
                out += [" ".join(words[i:]) for i in range(len(words))]
    return list(dict.fromkeys(out))


def queries(annotator) -> list[str]:
    odd = ["", " ", "a", "ab", "a  b", "x\ty\nz", "骨质疏松", "GPX4", "NF-κB p65", "IL-1β", "haem  oxygenase-1"]
    return [*[v for v, _ in VARIANTS], *NOT_LINKED, *review_candidates(annotator), *odd]


def same_bits(a, b) -> bool:
    return a.dtype == b.dtype and a.shape == b.shape and numpy.array_equal(a.view(numpy.uint8), b.view(numpy.uint8))


def test_query_vectors_are_scikit_learns_bit_for_bit(full_index, annotator):
    folder, theirs, ours = full_index
    names = json.loads((folder / "concept_aliases.json").read_text(encoding="ascii"))
    texts = queries(annotator) + names
    assert len(texts) > 50_000
    expected, got = theirs.vectorizer.transform(texts), ours.vectorizer.transform(texts)
    assert expected.shape == got.shape
    for field in ("indptr", "indices", "data"):
        assert same_bits(getattr(expected, field).astype(getattr(got, field).dtype), getattr(got, field)), field
    assert got.nnz > 1_000_000


def test_candidates_are_scispacys_candidate_generators(full_index, annotator):
    _, theirs, ours = full_index
    texts = queries(annotator)
    assert len(texts) > 350
    expected, got = theirs(texts, NEIGHBOURS), ours(texts, NEIGHBOURS)
    assert [[tuple(c) for c in row] for row in got] == [[tuple(c) for c in row] for row in expected]
    assert sum(map(len, got)) > 10_000
    for alias in ("heme oxygenase 1", "gpx 4", "hmox1"):  # names and symbols: the exact look-up
        assert set(ours.kb.alias_to_cuis.get(alias, ())) == set(theirs.kb.alias_to_cuis.get(alias, ()))


_WARM = """
import json, sys
from pipeline.dictionaries.loader import load_dictionary
from pipeline.nlp.linker import Linker
linker = Linker(load_dictionary(sys.argv[1]))
found = linker.link("haem oxygenase-1")
print(json.dumps([found.entity_id, linker.from_cache, sorted(m for m in ("sklearn", "scispacy", "spacy", "nmslib")
                                                              if m in sys.modules)]))
"""


def test_a_warm_process_reads_the_cached_index_and_imports_no_fitting_library(full_index, gene_id):
    """What makes the linker's start-up short: no rebuild, no scikit-learn/scispacy/spaCy."""
    folder = full_index[0]
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    out = subprocess.run([sys.executable, "-c", _WARM, str(REPO / "dictionaries")], cwd=REPO,
                         capture_output=True, text=True, check=True, timeout=600)
    entity_id, from_cache, imported = json.loads(out.stdout.strip().splitlines()[-1])
    assert entity_id == gene_id("HMOX1") and from_cache is True and imported == []
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == before  # nothing rebuilt or rewritten


def test_a_cache_folder_from_before_the_pickle_gets_it_added(annotator, gene_id, tmp_path):
    dictionary = small_dictionary(annotator)
    built = Linker(dictionary, cache_dir=tmp_path)
    assert built.link("haem oxygenase-1").entity_id == gene_id("HMOX1") and built.from_cache is False
    pickled = built.cache_path() / link_index.FILE
    assert pickled.exists()
    pickled.unlink()  # as a cache written by the previous version holds it
    older = Linker(dictionary, cache_dir=tmp_path)
    assert older.link("haem oxygenase-1").entity_id == gene_id("HMOX1") and older.from_cache is True
    assert pickled.exists()
    again = Linker(dictionary, cache_dir=tmp_path)
    assert isinstance(again.generator(), link_index.QueryGenerator) and again.from_cache is True


def test_a_corrupt_or_older_query_index_is_rebuilt(annotator, gene_id, tmp_path):
    import pickle

    dictionary = small_dictionary(annotator)
    Linker(dictionary, cache_dir=tmp_path).generator()
    pickled = Linker(dictionary, cache_dir=tmp_path).cache_path() / link_index.FILE
    pickled.write_bytes(pickled.read_bytes()[:1000])  # cut short
    again = Linker(dictionary, cache_dir=tmp_path)
    assert again.link("sirtuin-1").entity_id == gene_id("SIRT1") and again.from_cache is False
    state = pickle.loads(pickled.read_bytes())
    pickled.write_bytes(pickle.dumps({**state, "format": link_index.FORMAT - 1}))
    older = Linker(dictionary, cache_dir=tmp_path)
    assert older.link("sirtuin-1").entity_id == gene_id("SIRT1") and older.from_cache is False


def test_the_linker_is_asked_once_per_document_and_links_as_per_paragraph(annotator, monkeypatch):
    """Two abstracts of corpus/new_papers/en as one document (PMID 17049513 and 21251971: the
    dictionary misses gene names in both, which the linker links): one linker batch takes the
    candidates of every paragraph, with the answers of one batch per paragraph."""
    folder = REPO / "corpus" / "new_papers" / "en"
    text = "\n\n".join((folder / name).read_text(encoding="utf-8").strip() for name in ("17049513.txt", "21251971.txt"))
    linker = annotator.linker

    def found(adoc):
        return [(m.start, m.end, m.entity_id, m.how) for s in adoc.sentences for m in s.mentions]

    calls = []

    def batched(items):
        calls.append(len(items))
        return Linker.link_spans_many(linker, items)

    linker.forget()
    monkeypatch.setattr(linker, "link_spans_many", batched)
    together = found(annotator.annotate("two", text))
    assert len(calls) == 1 and calls[0] >= 2  # a paragraph of each abstract holds candidates
    linker.forget()
    monkeypatch.setattr(linker, "link_spans_many",
                        lambda items: [Linker.link_spans_many(linker, [item])[0] for item in items])
    assert found(annotator.annotate("two", text)) == together
    # 2 since "matrix metalloproteinase (MMP)-1" is read as MMP1 (nlp/numbered_abbreviations.py)
    # instead of the linker's guess for "matrix metalloproteinase"
    assert sum(how == "linker" for *_, how in together) >= 2
