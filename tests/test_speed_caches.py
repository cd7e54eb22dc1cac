"""Speed work of issue 17 that must not change a result: what a sentence's pairs share is
computed once per sentence (relations/effects.py ``SentenceContext``), a stored pair's label is
read from its row, jieba is imported without pkg_resources, cache loads go straight to the
oldest GC generation, and a batch's parent imports the outputs' modules while its child
annotates. Real sentences of the two bundled reviews and of two dev abstracts."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest
from batch_helpers import config, make_corpus
from conftest import JIN, LI, REPO

from pipeline.batch import runner
from pipeline.dictionaries.loader import gc_paused
from pipeline.relations.effects import SentenceContext, Span, label_pair
from pipeline.relations.facts import facts_of
from pipeline.relations.pairs import canonical_pairs, sentence_pairs
from pipeline.review.outputs import OutputOptions


# dev abstracts (corpus/new_papers/en): a passive by-agent and stated non-effects
NON_EFFECTS = ("Dexamethasone suppressed IL-11 gene transcription enhanced by PTH(1-34) without affecting ΔFosB "
               "expression or Smad1 phosphorylation, and dexamethasone-GC receptor complex was bound to JunD, which "
               "forms heterodimers with ΔFosB. In contrast, ibandronate did not affect FAS and DNMT1 expression in "
               "MC3T3-E1 non-neoplastic cells.")


@pytest.fixture(scope="module")
def review_facts(annotator):
    texts = [(path.stem, path.read_text(encoding="utf-8")) for path in (LI, JIN)] + [("non_effects", NON_EFFECTS)]
    return [facts_of(annotator.annotate(doc_id, text)) for doc_id, text in texts]


def _spans(s):
    return [Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members)) for m in s.mentions]


def test_a_shared_sentence_context_labels_every_pair_as_a_fresh_one(review_facts):
    """Labelling a sentence's pairs in turn with one context (what it keeps after the first
    pair: passive by-agents, the protocol test, the owned cues) gives each pair the label a
    context made for that pair alone gives, in both argument orders."""
    compared = 0
    for doc in review_facts:
        for s in doc.sentences:
            spans = _spans(s)
            entities = {(sp.label, sp.entity_id) for sp in spans}
            if len(entities) < 2:
                continue
            shared = SentenceContext.of(s.text, spans)
            for x, y in canonical_pairs(entities):
                for a, b in ((x[1], y[1]), (y[1], x[1])):
                    kept = label_pair(s.text, spans, a, b, context=shared)
                    fresh = label_pair(s.text, spans, a, b)
                    assert (kept.label, kept.negated, kept.hedged, kept.cue, kept.agent, kept.weight) == \
                        (fresh.label, fresh.negated, fresh.hedged, fresh.cue, fresh.agent, fresh.weight), s.text
                    compared += 1
    assert compared > 1000


def test_a_stored_pairs_label_and_negation_read_from_its_row(review_facts):
    """``PairFacts.label_negated`` is what the full ``typed`` label says, before and after the
    row is stored (a stored pair has no PairLabel until one is built from the row)."""
    from pipeline.relations.pairs import PairFacts

    negated = 0
    for doc in review_facts:
        for s in doc.sentences:
            for pair in sentence_pairs(s.text, s.mentions):
                stored = PairFacts(list(pair.row))
                assert pair.label_negated() == stored.label_negated() == (pair.typed.label, bool(pair.typed.negated))
                negated += pair.label_negated()[1]
    assert negated > 0  # the non-effects


def test_jieba_is_imported_without_pkg_resources_and_reads_its_dictionary():
    code = ("import sys; from pipeline.nlp import segmenter; import jieba; "
            "print('pkg_resources' in sys.modules, jieba.lcut('淫羊藿苷抑制成骨细胞铁死亡', HMM=False)[0]); "
            "import pkg_resources")  # still importable afterwards
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    absent, first = out.stdout.split()
    assert absent == "False" and first


def test_what_a_cache_load_builds_goes_to_the_oldest_generation():
    """Objects built inside ``gc_paused`` are not walked by young collections afterwards."""
    gc.collect()
    with gc_paused():
        built = [[k] for k in range(5000)]
    old = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(item) in old for item in built[::500]) and gc.isenabled()


def test_inside_a_frozen_process_a_cache_load_unfreezes_nothing_and_joins_the_frozen():
    """Under a freeze (a forked child; a batch freezes its caller from its first step) nothing
    is thawed, and what the load built joins the frozen objects instead of staying young, where
    every young and middle collection of the batch's first document walked it (0.5 s, stop 25)."""
    gc.collect()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with gc_paused():
            built = [[k] for k in range(100)]
        assert gc.get_freeze_count() >= frozen + len(built)
        young = {id(o) for generation in (0, 1, 2) for o in gc.get_objects(generation=generation)}
        assert not any(id(item) in young for item in built)
    finally:
        gc.unfreeze()


def test_the_modules_the_outputs_import_are_asked_for_only_when_outputs_follow():
    assert runner._output_modules(None, 1000) == ()
    assert runner._output_modules(OutputOptions(), int(runner.IMPORT_OUTPUTS_BELOW_MB * 1e6) + 1) == ()
    assert runner._output_modules(OutputOptions(network=False), 1000) == runner._REPORT_MODULES
    assert set(runner._output_modules(OutputOptions(), 1000)) == {*runner._REPORT_MODULES, *runner._NETWORK_MODULES}


def test_a_batch_annotated_in_a_child_imports_the_outputs_modules_meanwhile(tmp_path, monkeypatch):
    """The parent imports in a thread while the child works and has joined it when the
    annotation returns; the results are those of a run that imports nothing meanwhile."""
    from batch_helpers import same_results

    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=3, seed=5)
    monkeypatch.setattr(runner, "CHILD_ABOVE_MB", 0.0)
    asked = []
    original = runner._import_all
    monkeypatch.setattr(runner, "_import_all", lambda names: asked.append(names) or original(names))
    plain = runner.run_batch([corpus], config(tmp_path / "plain"), workers=1, progress=False)
    assert asked == [runner._AGGREGATE_MODULES]  # what the aggregate needs: no outputs follow
    told = runner.run_batch([corpus], config(tmp_path / "told"), workers=1, progress=False, outputs=OutputOptions())
    assert asked[1] == runner._AGGREGATE_MODULES + runner._output_modules(OutputOptions(), 1)
    assert "pipeline.report.html" in sys.modules
    same_results(plain, told)


def test_a_batch_s_start_up_does_not_import_pandas():
    """pandas (~0.35 s of CPU to import, issue 17's start-up budget is 2 s) builds the
    aggregate's frames, after the annotation: importing the batch runner, the Annotator and the
    writers the workers render with must not import it."""
    code = ("import sys; from pipeline.batch.runner import run_batch; import pipeline.batch.rendered; "
            "import pipeline.batch.worker; print('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_tables_derived_from_the_dictionary_are_cached_and_read_back_the_same(annotator, tmp_path, monkeypatch):
    """The herb tables an Annotator derives on its first paper (Latin epithet variants, Latin
    drug names in another case, formula contractions) are kept with the derived caches, keyed
    by the dictionary and the deriving modules' source: a second process reads them back equal
    to what building them gives, and a cache file stands for each."""
    from pipeline.nlp import annotator as annotator_module
    from pipeline.nlp.latin_names import case_variant_table, variant_table

    monkeypatch.setattr(annotator_module, "default_cache_dir", lambda: tmp_path)
    herb_names = list(annotator._herb_names())
    built = {"herb-latin-variants": variant_table(herb_names), "herb-latin-cases": case_variant_table(herb_names)}
    saved = annotator._latin_variants, annotator._latin_cases, annotator._contractions
    try:
        for _ in range(2):  # the first builds and writes, the second reads the files
            annotator._latin_variants = annotator._latin_cases = annotator._contractions = None
            assert annotator.latin_variants() == built["herb-latin-variants"]
            assert annotator.latin_cases() == built["herb-latin-cases"]
            assert annotator.contraction_table()
        names = {p.name.rsplit("-", 2)[0] for p in tmp_path.glob("herb-*.json")}
        assert names == {"herb-latin-variants", "herb-latin-cases", "herb-contractions"}
        assert built["herb-latin-variants"]  # the table is not empty (Kalopanax pictum and others)
    finally:
        annotator._latin_variants, annotator._latin_cases, annotator._contractions = saved
