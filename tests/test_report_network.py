"""network.png/.svg: herbs/compounds → genes → pathways, Chinese labels drawn with a CJK font."""

from __future__ import annotations

import io
import warnings
import xml.etree.ElementTree as ET

import pytest

from pipeline.report.fonts import cjk_family, cjk_font_path
from pipeline.report.network import LAYER, network_graph, render_network
from pipeline.review.merge import merge


@pytest.fixture(scope="module")
def relations(corpus_run):
    frame = merge(corpus_run.relations).frame
    return frame


def test_edges_run_from_herbs_and_compounds_to_genes_to_pathways(relations):
    graph = network_graph(relations)
    assert graph.number_of_edges() > 20
    for u, v in graph.edges:
        assert graph.nodes[v]["layer"] > graph.nodes[u]["layer"]
    kinds = {graph.nodes[n]["type"] for n in graph}
    assert {"GENE", "PATHWAY"} <= kinds and kinds & {"HERB", "COMPOUND"}
    assert any("\u4e00" <= ch <= "\u9fff" for n in graph for ch in graph.nodes[n]["label"])


def test_rejected_and_stale_relations_are_left_out(relations):
    chain = relations[relations.a_type.map(LAYER.get).notna() & relations.b_type.map(LAYER.get).notna()]
    chain = chain[(chain.b_type.map(LAYER) - chain.a_type.map(LAYER)) == 1]
    frame = relations.copy()
    first, second = chain.index[0], chain.index[1]
    frame.loc[first, "status"] = "rejected"
    frame.loc[second, "flag"] = "stale"
    graph = network_graph(frame, top_edges=100_000)
    for i in (first, second):
        assert not graph.has_edge(frame.at[i, "a_id"], frame.at[i, "b_id"])
    assert graph.has_edge(chain.at[chain.index[2], "a_id"], chain.at[chain.index[2], "b_id"])


def test_a_cjk_font_is_installed_with_the_project():
    path = cjk_font_path()
    assert path is not None and "mplfonts" in str(path), "pip install -e . should bring mplfonts"
    assert "CJK" in (cjk_family() or "")


def test_png_and_svg_are_drawn_without_missing_glyphs(relations):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        figure = render_network(relations)
    missing = [str(w.message) for w in caught if "missing from" in str(w.message).lower()]
    assert not missing, missing[:3]
    assert figure.png.startswith(b"\x89PNG\r\n\x1a\n") and figure.edges > 20
    root = ET.parse(io.BytesIO(figure.svg)).getroot()
    assert root.tag.endswith("svg") and b"<image" not in figure.svg and b"http://" not in figure.svg.replace(
        b"http://www.w3.org", b"").replace(b"http://purl.org", b"").replace(b"http://creativecommons.org", b"")
    from PIL import Image

    image = Image.open(io.BytesIO(figure.png))
    assert image.width >= 1600 and image.height >= 700


@pytest.fixture
def draws(monkeypatch):
    """How many times the figure was drawn."""
    from pipeline.report import network

    calls = []
    draw = network._draw
    monkeypatch.setattr(network, "_draw", lambda *args: (calls.append(1), draw(*args))[1])
    return calls


def test_an_unchanged_figure_is_kept_from_the_last_run_not_drawn_again(corpus_run, tmp_path, draws):
    from pipeline.review.outputs import write_run_outputs

    paths = write_run_outputs(corpus_run, tmp_path)
    png, svg = paths["network_png"].read_bytes(), paths["network_svg"].read_bytes()
    write_run_outputs(corpus_run, tmp_path)
    assert len(draws) == 1
    assert paths["network_png"].read_bytes() == png and paths["network_svg"].read_bytes() == svg


def test_the_figure_is_drawn_again_when_its_files_or_what_it_shows_changed(corpus_run, tmp_path, draws):
    from pipeline.report.network import figure_key
    from pipeline.review.outputs import write_run_outputs
    from pipeline.review.readers import read_curator_csv
    from pipeline.review.store import csv_bytes

    paths = write_run_outputs(corpus_run, tmp_path)
    png = paths["network_png"].read_bytes()
    paths["network_png"].write_bytes(b"edited")  # not what the last run wrote: drawn again
    write_run_outputs(corpus_run, tmp_path)
    assert len(draws) == 2 and paths["network_png"].read_bytes() == png

    frame = read_curator_csv(paths["relations"]).frame  # a curator rejects an edge of the figure
    graph = network_graph(frame)
    u, v = next(iter(graph.edges))
    frame.loc[(frame.a_id == u) & (frame.b_id == v), "status"] = "rejected"
    paths["relations"].write_bytes(csv_bytes(frame))
    write_run_outputs(corpus_run, tmp_path)
    assert len(draws) == 3 and paths["network_png"].read_bytes() != png

    import matplotlib

    before = figure_key(graph)
    with matplotlib.rc_context({"lines.linewidth": 3.0}):  # a setting the drawing reads
        assert figure_key(graph) != before
    assert figure_key(graph) == before


def test_only_the_top_edges_by_score_are_drawn_and_herb_to_pathway_edges_are_among_them(relations):
    from pipeline.review.merge import normalise_status

    full = network_graph(relations, top_edges=100_000)
    top = network_graph(relations, top_edges=10)
    assert top.number_of_edges() == 10 < full.number_of_edges()
    threshold = min(d["score"] for *_, d in top.edges(data=True))
    assert all(d["score"] <= threshold + 1e-12 for u, v, d in full.edges(data=True) if not top.has_edge(u, v))
    layers = {(full.nodes[u]["layer"], full.nodes[v]["layer"]) for u, v in full.edges}
    assert (0, 2) in layers  # herb/compound -> pathway relations are drawn (as arcs)
    accepted = relations.copy()
    low = accepted[(accepted.a_type == "GENE") & (accepted.b_type == "PATHWAY")].index[-1]
    accepted.loc[low, "status"] = "accepted"
    assert normalise_status(accepted.at[low, "status"]) == "accepted"
    assert network_graph(accepted, top_edges=5).has_edge(accepted.at[low, "a_id"], accepted.at[low, "b_id"])


_GRAPH_ORDER = """
import json, sys
import pandas as pd
from pipeline.report.network import _positions, network_graph
graph = network_graph(pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False).assign(
    score=lambda f: f.score.astype(float)), top_edges=40)
print(json.dumps([list(graph.nodes), list(graph.edges), sorted(_positions(graph).items())]))
"""


def test_the_figure_does_not_depend_on_python_s_string_hashing(relations, tmp_path):
    # the same relations.csv drew a different figure under another PYTHONHASHSEED (the kept
    # edges were a set), so a re-run after any change redrew and rewrote network.svg/.png
    import os
    import subprocess
    import sys

    path = tmp_path / "relations.csv"
    relations.to_csv(path, index=False)
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run([sys.executable, "-c", _GRAPH_ORDER, str(path)], env=env, capture_output=True,
                              text=True, check=True)
        outputs.add(proc.stdout)
    assert len(outputs) == 1
