"""Stop 35 (issue 17): the serial tail of a batch — relations.csv's per-(pair, document) cells.

After the last file is folded a parallel run is serial until the network figure is forked:
``api.relations_table`` builds each pair's ``doc_labels``, ``doc_scores`` and ``doc_evidence``
from every document's own best sentence (``conflicts.DocumentLabels.bests``). Three loops per
(pair, document) there do less work and give the same answers:

- ``DocumentLabels.bests`` builds each ``DocumentBest`` with one ``__dict__`` write
  (``conflicts._document_best``), not the frozen dataclass's nine ``object.__setattr__``;
- ``ranking.document_scores`` asks ``score_factor`` once per label and negation of the pair;
- ``api.document_evidence`` stops writing lines once the cell is full and only counts the rest.

The data: the facts of the two bundled reviews, each stored again under 12 document ids (a pair
is then named by up to 24 documents, as in a corpus where many papers name it).
"""

from __future__ import annotations

import dataclasses

import pytest

from pipeline.api import clip, document_evidence
from pipeline.batch.aggregate import Folder
from pipeline.relations import ranking
from pipeline.relations.conflicts import DocumentBest
from pipeline.relations.facts import DocumentFacts


@pytest.fixture(scope="module")
def pair_states(corpus_run):
    """pair -> the batch aggregation's ``PairState`` over the reviews' facts stored 12 times each."""
    folder = Folder(more_evidence=5)
    for copy in range(12):
        for facts in corpus_run.facts:
            doc = DocumentFacts.from_json(facts.to_json())
            folder.add(dataclasses.replace(doc, doc_id=f"{doc.doc_id}#{copy}"))
    states = folder.agg.stats
    assert len(states) > 100 and max(len(s.doc_bests()) for s in states.values()) == 24
    return states


def _old_document_scores(bests, a_type, b_type, disease, n_documents):
    """ranking.document_scores before stop 35."""
    return {
        doc: round(ranking.rank_score(b.weight, ranking.score_factor(a_type, b_type, b.label, b.negated, disease, b.cued),
                                      a_type, b_type, b.label, b.sentences, n_documents, b.section, b.cued), 6)
        for doc, b in bests.items()
    }


def _old_document_evidence(bests, evidence_doc, limit, cell):
    """api.document_evidence before stop 35."""
    lines, size, left = [], 0, 0
    for doc, b in bests.items():
        if doc == evidence_doc or not b.text:
            continue
        line = f"{doc}/{b.section}/{b.sentence_id}: {clip(b.text, limit, 'the sentence', b.length or None)}"
        if left or size + len(line) + 1 > cell:
            left += 1
            continue
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines) + (f"\n… (+{left} more)" if left else "")


def test_each_document_best_is_the_dataclass_built_by_its_constructor(pair_states):
    n = 0
    for state in pair_states.values():
        for doc, best in state.doc_bests().items():
            built = DocumentBest(*(getattr(best, f.name) for f in dataclasses.fields(DocumentBest)))
            assert type(best) is DocumentBest
            assert best == built and hash(best) == hash(built) and repr(best) == repr(built)
            assert list(vars(best).items()) == list(vars(built).items())
            n += 1
    assert n > 3000


def test_a_document_best_stays_frozen(pair_states):
    best = next(iter(next(iter(pair_states.values())).doc_bests().values()))
    with pytest.raises(dataclasses.FrozenInstanceError):
        best.label = "inhibits"


def test_the_bests_are_built_without_the_dataclass_constructor(pair_states, monkeypatch):
    """Fails before stop 35: ``bests`` called ``DocumentBest(...)`` per document."""
    def refuse(*args, **kwargs):
        raise AssertionError("DocumentBest.__init__ called")

    monkeypatch.setattr(DocumentBest, "__init__", refuse)
    for state in list(pair_states.values())[:20]:
        assert all(type(b) is DocumentBest for b in state.doc_bests().values())


@pytest.mark.parametrize("disease", [False, True])
def test_document_scores_equal_the_per_document_definition(pair_states, disease):
    for (a, b), state in pair_states.items():
        bests = state.doc_bests()
        assert ranking.document_scores(bests, a[0], b[0], disease, len(bests)) == \
            _old_document_scores(bests, a[0], b[0], disease, len(bests))


def test_score_factor_is_asked_once_per_label_of_the_pair(pair_states, monkeypatch):
    """Fails before stop 35: ``score_factor`` was asked once per document."""
    calls: list[tuple] = []
    factor = ranking.score_factor
    monkeypatch.setattr(ranking, "score_factor", lambda *args: calls.append(args) or factor(*args))
    (a, b), state = max(pair_states.items(), key=lambda kv: len(kv[1].doc_bests()))
    bests = state.doc_bests()
    ranking.document_scores(bests, a[0], b[0], False, len(bests))
    assert len(calls) == len({(x.label, x.negated) for x in bests.values()}) < len(bests)


@pytest.mark.parametrize("cell", [1, 80, 200, 1_000, 32_000])
def test_document_evidence_equals_writing_every_line(pair_states, cell):
    overflowed = 0
    for state in pair_states.values():
        bests = state.doc_bests()
        for evidence_doc in (state.best().doc_id, "none"):
            for limit in (40, 500):
                got = document_evidence(bests, evidence_doc, limit, cell)
                assert got == _old_document_evidence(bests, evidence_doc, limit, cell)
                overflowed += "more)" in got
    assert overflowed > 0 or cell == 32_000


def test_a_full_evidence_cell_writes_no_further_line(pair_states, monkeypatch):
    """Fails before stop 35: every document's line was written, then dropped past the cell."""
    import pipeline.api as api

    bests = max((s.doc_bests() for s in pair_states.values()), key=len)
    clipped: list[str] = []
    monkeypatch.setattr(api, "clip", lambda text, *args: clipped.append(text) or clip(text, *args))
    cell = document_evidence(bests, "none", 500, 1)
    assert cell.endswith(f"… (+{len(bests)} more)") and len(clipped) == 1


def test_the_counted_rest_keeps_the_evidence_document_out(pair_states):
    bests = max((s.doc_bests() for s in pair_states.values()), key=len)
    first = next(iter(bests))
    assert document_evidence(bests, first, 500, 1).endswith(f"(+{len(bests) - 1} more)")


# --- the network figure (drawn in a forked child beside the parent's outputs) ------------------

def _arcs(graph) -> int:
    return sum(graph.nodes[v]["layer"] - graph.nodes[u]["layer"] > 1 for u, v in graph.edges)


def test_the_figure_is_the_same_with_its_arcs_added_as_patches(corpus_run, monkeypatch):
    """The arcs (herb/compound -> pathway) are added with ``add_artist``, which leaves the data
    limits alone; the limits are set by hand, so the PNG and SVG bytes are those drawn with
    ``add_patch`` (what the figure did before stop 35)."""
    from matplotlib.axes import Axes
    from matplotlib.patches import FancyArrowPatch

    from pipeline.report import network

    graph = network.network_graph(corpus_run.relations, 1000)
    assert _arcs(graph) >= 3
    now = network._draw(graph, "")
    add_artist = Axes.add_artist
    monkeypatch.setattr(Axes, "add_artist", lambda ax, a: ax.add_patch(a) if isinstance(a, FancyArrowPatch)
                        else add_artist(ax, a))
    before = network._draw(graph, "")
    assert (now.png, now.svg) == (before.png, before.svg)


def test_the_arcs_do_not_update_the_data_limits(corpus_run, monkeypatch):
    """Fails before stop 35: each arc's path was split to update the data limits."""
    from matplotlib.axes import Axes

    from pipeline.report import network

    updated: list = []
    update = Axes._update_patch_limits
    monkeypatch.setattr(Axes, "_update_patch_limits", lambda ax, p: updated.append(p) or update(ax, p))
    graph = network.network_graph(corpus_run.relations, 1000)
    network._draw(graph, "")
    assert _arcs(graph) >= 3 and updated == []
