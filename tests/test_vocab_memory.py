"""The broad vocabulary's memory (stop 32, issue 17): the matcher's 330k entries kept packed, the
loaded dictionary's repeated strings stored once. Values and matches are unchanged; what changes
is how many objects hold them (every full collection walks the gc-tracked ones, and a forked
worker copies the pages it touches)."""

from __future__ import annotations

import gc
from array import array

from pipeline.dictionaries import loader
from pipeline.dictionaries.schema import Entity
from pipeline.nlp.matcher import Compiled, Term, TermIndex, TermTable, compile_terms, pack_entries

# validation_zh (ChinaXiv-201711.00749V1-style phrasing) and an English abstract sentence: a herb
# compound, a gene and a MeSH supplementary chemical, matched through the packed entries
ZH = "淫羊藿苷通过上调GPX4的表达抑制成骨细胞铁死亡。"
EN = "Icariin upregulated GPX4 and SLC7A11 expression, whereas erastin reduced them."


def test_a_matcher_loaded_from_its_cache_builds_no_object_per_term(annotator):
    """Loading the compiled matcher used to unmarshal ~1.9 million tuples and strings (a tuple per
    key, per term and per rank); packed, the entries are a few buffers and a list of shared
    one-tuples."""
    gc.collect()
    before = len(gc.get_objects())
    index = TermIndex(annotator.dictionary)
    added = len(gc.get_objects()) - before
    assert index.from_cache
    assert index.n_keys > 300_000
    assert added < 10_000, added
    assert len({id(t) for t in index.entries.raw}) < 300  # one shared (key length,) per length
    assert len(index.entries) == 0  # nothing materialised before a match touches it


def test_packed_entries_match_real_sentences_as_the_annotator_does(annotator):
    fresh = TermIndex(annotator.dictionary)
    for text in (ZH, EN):
        expected = annotator.index.match(text, lambda pos: frozenset(range(len(text) + 1)))
        assert fresh.match(text, lambda pos: frozenset(range(len(text) + 1))) == expected
        assert expected
    touched = len(fresh.entries)
    assert 0 < touched < 1000  # only the entries the two sentences' keys reach
    key_len, terms = next(iter(fresh.entries.values()))
    assert isinstance(key_len, int) and all(isinstance(t, Term) for t in terms)
    assert {m.entity_id for m in fresh.match(ZH, lambda pos: frozenset(range(len(ZH) + 1)))} >= {
        "CPD:icariin", *(t.entity_id for t in fresh.lookup("GPX4"))}


def test_pack_entries_round_trips_every_term_in_rank_order(annotator):
    """A small real dictionary (entities copied from the committed one): the packed table gives
    back exactly compile_terms' entries, ranks and case rules included."""
    ids = [t.entity_id for t in annotator.index.lookup("GPX4")] + ["CPD:icariin"]
    small = loader.Dictionary({i: annotator.dictionary.entities[i] for i in ids}, "x")
    table = compile_terms(small, ["细胞铁死亡"])
    lengths, offsets, blob = pack_entries(list(table.items()))
    packed = TermTable(lengths, offsets, blob)
    assert len(packed.raw) == len(table) == len(offsets) - 1 and offsets[-1] == len(blob)
    for number, (key, terms) in enumerate(table.items()):
        assert packed[number] == (len(key), terms)
        assert packed.raw[number] == (len(key),)
    assert TermTable(array("H"), array("Q", [0]), b"").raw == []


def test_a_truncated_matcher_cache_is_rejected(annotator):
    compiled = Compiled.build(loader.Dictionary({"CPD:icariin": annotator.dictionary["CPD:icariin"]}, "x"), [])
    assert Compiled.loads(compiled.dumps()) is not None
    cut = compiled._replace(blob=compiled.blob[:-1])
    assert Compiled.loads(cut.dumps()) is None


def test_the_dictionary_cache_stores_each_repeated_string_once(annotator):
    """165k entities repeat a handful of types and sources and many herb ids of origin: loaded
    from the cache, equal strings are one object, and every value is what it was."""
    dictionary = annotator.dictionary
    cached = loader._from_cache(loader._to_cache(dictionary), dictionary.folder, dictionary.content_hash)
    assert cached.entities == dictionary.entities and list(cached.entities) == list(dictionary.entities)
    types = {id(e.type) for e in cached.entities.values()}
    assert len(types) == len({e.type for e in cached.entities.values()}) <= 6
    sources = {e.source for e in cached.entities.values()}
    assert len({id(e.source) for e in cached.entities.values()}) == len(sources)
    # lists stay one per entity: a caller may build on them, none is shared
    assert len({id(e.synonyms) for e in cached.entities.values()}) == len(cached)


def test_shared_strings_keeps_values_and_list_identity():
    shared: dict[str, str] = {}
    first = loader.shared_strings("".join(["com", "pound"]), shared)
    again = loader.shared_strings("".join(["compo", "und"]), shared)
    assert first == again == "compound" and first is again
    values = ["HERB001", "".join(["HERB", "001"])]
    out = loader.shared_strings(values, shared)
    assert out == values and out is not values and out[0] is out[1]
    assert Entity("a", "compound", "x").type == "compound"


def test_the_linker_index_stores_names_and_concept_ids_once(tmp_path):
    """The query index's names are the alias table's keys, and a concept id named by several
    aliases is one string: pickle's memo writes each object once when the objects are shared."""
    import pickle
    from types import SimpleNamespace

    import numpy
    import scipy.sparse

    from pipeline.nlp import link_index

    names = ["glutathione peroxidase 4", "gpx4", "glutathione peroxidase 1"]
    cuis = {"".join(["glutathione peroxidase ", "4"]): {"HGNC:4556"}, "gpx4": {"".join(["HGNC:", "4556"])},
            "glutathione peroxidase 1": {"HGNC:4553"}}
    generator = SimpleNamespace(
        vectorizer=SimpleNamespace(vocabulary_={" gp": 0, "gpx": 1}, idf_=numpy.ones(2, dtype=numpy.float32)),
        ann_index=SimpleNamespace(by_gram=scipy.sparse.csr_matrix(numpy.ones((2, 3), dtype=numpy.float32))),
        ann_concept_aliases_list=names, kb=SimpleNamespace(alias_to_cuis=cuis))
    assert link_index.write(tmp_path, generator)
    state = pickle.loads((tmp_path / link_index.FILE).read_bytes())
    assert state["names"] == names
    assert state["alias_to_cuis"] == {a: tuple(sorted(c)) for a, c in cuis.items()}
    keys = list(state["alias_to_cuis"])
    assert all(n is k for n, k in zip(state["names"], keys))
    assert state["alias_to_cuis"][keys[0]] is state["alias_to_cuis"][keys[1]]  # ("HGNC:4556",) once
    loaded = link_index.load(tmp_path, str)
    assert loaded.ann_concept_aliases_list == names
