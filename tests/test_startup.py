"""Start-up caches (issue 8): the parsed dictionary, the compiled matcher, jieba's prepared table.

Each cache must give exactly what building from the TSVs gives, miss when a dictionary
changes, and never be required: an unwritable, read-only or corrupt cache folder means
building in memory. Real dictionaries, real sentences of the two reviews.
"""

import json
import shutil
import subprocess
import sys
from bisect import bisect_right
from pathlib import Path

import pytest
from conftest import JIN, LI, REPO

from pipeline.dictionaries import loader
from pipeline.dictionaries.schema import DICTIONARY_FILES
from pipeline.nlp import segmenter
from pipeline.nlp.matcher import TermIndex, compile_terms
from pipeline.text.sections import split_sections
from pipeline.text.sentences import split_sentences

DICTIONARIES = REPO / "dictionaries"
# li2025, normalised: 黄芩素 is baicalein (CPD:baicalein), 黄芩 the herb
BAICALEIN = "黄芩素作为黄芩的重要活性成分之一,拥有包括抗氧化、抗炎、提高代谢以及神经保护等多种药理效应。"


def corpus_paragraphs():
    """(paragraph text, jieba boundary callback) for every paragraph of both reviews."""
    by_paragraph = {}
    for path in (LI, JIN):
        for s in split_sentences(split_sections(path.stem, path.read_text(encoding="utf-8"))):
            by_paragraph.setdefault((path.stem, s.paragraph.index), []).append(s)
    for sents in by_paragraph.values():
        yield sents[0].paragraph.text.text, _boundaries(sents, sents[0].paragraph.text.text)


def _boundaries(sents, text):
    starts = [s.start for s in sents]

    def boundaries(pos):
        s = sents[max(0, bisect_right(starts, pos) - 1)]
        return frozenset(b + s.start for b in segmenter.cached_boundaries(text[s.start:s.end]))

    return boundaries


def one_paragraph(text):
    sents = split_sentences(split_sections("test", text))
    return text, _boundaries(sents, sents[0].paragraph.text.text)


def copy_dictionaries(target: Path) -> Path:
    (target / "curated").mkdir(parents=True)
    for name in DICTIONARY_FILES:
        shutil.copy(DICTIONARIES / name, target / name)
    shutil.copy(DICTIONARIES / "curated" / loader.STOP_PHRASES_FILE, target / "curated")
    return target


@pytest.fixture(scope="module")
def written(tmp_path_factory, annotator):
    """A cache folder filled from the committed dictionaries, and the matcher compiled in
    memory that wrote it (compiling takes seconds: done once for the module)."""
    cache = tmp_path_factory.mktemp("cache")
    loader._load(DICTIONARIES, cache_dir=cache)
    index = TermIndex(annotator.dictionary, cache_dir=cache)
    assert not index.from_cache
    return cache, index


def cache_copy(written, target: Path) -> Path:
    shutil.copytree(written[0], target)
    return target


def test_dictionary_cache_holds_exactly_the_parsed_tsvs(written):
    parsed = loader._load(DICTIONARIES, cache_dir=False)
    [path] = written[0].glob("dictionary-*.marshal")
    cached = loader._from_cache(path.read_bytes(), DICTIONARIES, parsed.content_hash)
    loaded = loader._load(DICTIONARIES, cache_dir=written[0])
    for d in (cached, loaded):
        assert d.content_hash == parsed.content_hash
        assert d.stop_phrases == parsed.stop_phrases
        assert d.entities == parsed.entities  # every field of all 58k entities
        assert list(d.entities) == list(parsed.entities)  # same order: ids and ranks depend on it
    assert len(parsed) > 50_000


def test_matcher_from_cache_matches_exactly_like_a_fresh_compile(written, annotator):
    cache, compiled = written
    dictionary = annotator.dictionary
    cached = TermIndex(dictionary, cache_dir=cache)
    assert cached.from_cache
    assert cached.n_keys == compiled.n_keys > 100_000
    assert cached.chinese_terms() == compiled.chinese_terms() == annotator.index.chinese_terms()
    # the stored table is the compiled one: every key, every term, in rank order
    for key, terms in compile_terms(dictionary, dictionary.stop_phrases).items():
        assert cached.entries[cached.automaton.get(key)] == (len(key), terms), key
    found = 0
    for text, boundaries in corpus_paragraphs():
        expected = compiled.match(text, boundaries)
        assert cached.match(text, boundaries) == expected, text[:40]
        found += len(expected)
    assert found > 400  # both reviews: ~470 dictionary mentions
    for surface in ("GPX4", "Nrf2", "当归", "黄芩素", "CAT", "cat"):
        assert cached.lookup(surface) == compiled.lookup(surface)


def test_a_dictionary_edit_misses_every_cache(tmp_path, written):
    """A curator drops 黄芩素 from CPD:baicalein: the parsed dictionary, the matcher and
    jieba's table are all rebuilt, and the sentence no longer links baicalein."""
    folder = copy_dictionaries(tmp_path / "dictionaries")
    cache = cache_copy(written, tmp_path / "cache")
    before = loader.load_dictionary(folder, cache_dir=cache)
    index = TermIndex(before, cache_dir=cache)
    assert index.from_cache  # same content as the committed dictionaries
    assert "CPD:baicalein" in {m.entity_id for m in index.match(*one_paragraph(BAICALEIN))}

    compounds = folder / "compounds.tsv"
    text = compounds.read_text(encoding="utf-8")
    assert text.count("\nCPD:baicalein\tcompound\tBaicalein\t黄芩素\t") == 1
    compounds.write_text(text.replace("\nCPD:baicalein\tcompound\tBaicalein\t黄芩素\t",
                                      "\nCPD:baicalein\tcompound\tBaicalein\t\t"), encoding="utf-8")
    after = loader.load_dictionary(folder, cache_dir=cache)
    assert after.content_hash != before.content_hash
    assert after["CPD:baicalein"].name_zh == "" and before["CPD:baicalein"].name_zh == "黄芩素"
    assert len(list(cache.glob("dictionary-*.marshal"))) == 2
    edited = TermIndex(after, cache_dir=cache)
    assert not edited.from_cache and len(list(cache.glob("matcher-*.pickle"))) == 2
    assert "CPD:baicalein" not in {m.entity_id for m in edited.match(*one_paragraph(BAICALEIN))}
    old_words = segmenter.user_words(index.chinese_terms())
    new_words = segmenter.user_words(edited.chinese_terms())
    assert len(new_words) == len(old_words) - 1
    assert segmenter._cache_path(new_words, cache) != segmenter._cache_path(old_words, cache)


def test_an_unwritable_cache_folder_means_building_in_memory(tmp_path, written, annotator):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    unwritable = blocker / "cache"  # cannot be created, not even by root
    dictionary = loader._load(DICTIONARIES, cache_dir=unwritable)
    assert dictionary.entities == annotator.dictionary.entities
    index = TermIndex(dictionary, cache_dir=unwritable)
    assert not index.from_cache and index.n_keys == written[1].n_keys
    text, boundaries = one_paragraph(BAICALEIN)
    assert index.match(text, boundaries) == written[1].match(text, boundaries)
    assert "CPD:baicalein" in {m.entity_id for m in index.match(text, boundaries)}
    assert blocker.read_text() == "a file where the cache folder should be"


def test_a_read_only_cache_folder_is_read(tmp_path, written, annotator):
    cache = cache_copy(written, tmp_path / "cache")
    names = sorted(p.name for p in cache.iterdir())
    for path in cache.iterdir():
        path.chmod(0o444)
    cache.chmod(0o555)
    try:
        dictionary = loader._load(DICTIONARIES, cache_dir=cache)
        index = TermIndex(dictionary, cache_dir=cache)
    finally:
        cache.chmod(0o755)
    assert index.from_cache and dictionary.entities == annotator.dictionary.entities
    assert sorted(p.name for p in cache.iterdir()) == names


def test_a_corrupt_cache_is_rebuilt_not_trusted(tmp_path, written, annotator):
    cache = cache_copy(written, tmp_path / "cache")
    for path in cache.iterdir():  # cut short: a full disk, a copy interrupted by another tool
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    dictionary = loader._load(DICTIONARIES, cache_dir=cache)
    assert dictionary.entities == annotator.dictionary.entities
    index = TermIndex(dictionary, cache_dir=cache)
    assert not index.from_cache
    assert TermIndex(dictionary, cache_dir=cache).from_cache  # rewritten whole
    text, boundaries = one_paragraph(BAICALEIN)
    assert index.match(text, boundaries) == written[1].match(text, boundaries)


_JIEBA_STATE = """
import hashlib, json, sys
from pathlib import Path
import jieba
from pipeline.dictionaries.loader import load_dictionary
from pipeline.nlp import segmenter
from pipeline.nlp.matcher import TermIndex

dictionary = load_dictionary()
words = TermIndex(dictionary).chinese_terms()
cache = Path(sys.argv[1]) if sys.argv[1] != "-" else False
path = segmenter._cache_path(segmenter.user_words(words), cache) if cache else None
existed = bool(path and path.exists())
added = segmenter.load_user_words(words, dictionary.content_hash, cache_dir=cache)
freq = hashlib.sha256(repr(sorted(jieba.dt.FREQ.items())).encode()).hexdigest()
print(json.dumps([existed, added, jieba.dt.total, len(jieba.dt.FREQ), freq]))
"""


def jieba_state(cache: str) -> list:
    out = subprocess.run([sys.executable, "-c", _JIEBA_STATE, cache], cwd=REPO, capture_output=True,
                         text=True, check=True, timeout=600)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_jiebas_cached_table_equals_adding_the_user_words(tmp_path):
    """jieba is process-global: each state is taken in a fresh interpreter."""
    built = jieba_state("-")  # jieba.initialize() + add_word for each of our words
    miss = jieba_state(str(tmp_path))  # the same, and the table is written
    hit = jieba_state(str(tmp_path))  # the table is read instead
    assert [built[0], miss[0], hit[0]] == [False, False, True]
    assert built[1:] == miss[1:] == hit[1:]
    assert built[1] > 10_000  # user words added
    assert len(list(tmp_path.glob("jieba-*.marshal"))) == 1


def test_annotator_without_docs_imports_neither_spacy_nor_pandas():
    """What keeps start-up short: spaCy comes with the first Doc, pandas with the first frame."""
    code = (
        "import sys, warnings; warnings.filterwarnings('ignore')\n"
        "from pipeline.api import annotator_for\nfrom pipeline.config import Config\n"
        "annotator = annotator_for(Config(make_docs=False))\n"
        "annotator.annotate('t', '黄芩素作为黄芩的重要活性成分之一。')\n"
        "print(sorted(m for m in ('spacy', 'pandas') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         check=True, timeout=600)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_docs_still_carry_the_entities_when_asked_for(annotator):
    assert annotator.make_docs  # the session annotator makes Docs: spaCy is imported on demand
    adoc = annotator.annotate("t", BAICALEIN)
    [doc] = adoc.docs
    assert ("黄芩素", "CPD:baicalein") in {(e.text, e.kb_id_) for e in doc.ents}
    assert doc._.doc_id == "t"
