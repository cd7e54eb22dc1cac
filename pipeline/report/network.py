"""outputs/network.png and .svg: herbs/compounds → genes → pathways.

Three columns (herbs and compounds, genes, pathways); an edge per relation between
neighbouring columns, and herb/compound → pathway relations as arcs past the gene column;
its width by score and its colour by label (co-mention when the pipeline gives no label);
accepted relations solid, others dashed; rejected and stale relations are left out. Only
the ``top_edges`` edges of highest score are drawn (accepted ones first; ``--top-edges``),
so a corpus of thousands of relations still gives a readable figure; labels sit beside
their node (left of the first column, right of the others), never on it. Node order within a column follows the barycentre heuristic
(Sugiyama et al., 1981) so edges cross less. Labels are Chinese + English, drawn with a
CJK font (:mod:`pipeline.report.fonts`). A run whose graph, code, fonts and matplotlib
settings are those of the last run keeps the files it wrote (drawing is deterministic).
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd

from pipeline.report.html import COLORS, entity_label
from pipeline.review.merge import FLAG_STALE, normalise_status, parse_flags

LAYER = {"HERB": 0, "COMPOUND": 0, "GENE": 1, "PATHWAY": 2}
TOP_EDGES = 60  # edges drawn, by score (accepted relations first)
LABEL_COLORS = {
    "upregulates": "#2e9e44", "activates": "#14a3a3", "downregulates": "#d1495b",
    "inhibits": "#9b1d20", "via": "#7b4fc9", "member_of": "#8d99ae", "contains": "#a06b2d",
    "combined_with": "#f08c00", "associated": "#5c7ea3", "co-mention": "#7d8597",
}
MAX_LABEL = 30  # characters of a node label


@dataclass
class NetworkFigure:
    png: bytes
    svg: bytes
    nodes: int
    edges: int
    key: str = ""  # what it was drawn from (:func:`figure_key`)

    def record(self) -> dict:
        """What the last-run snapshot keeps to tell whether the files on disk are this figure."""
        return {"key": self.key, "nodes": self.nodes, "edges": self.edges,
                "png_sha256": hashlib.sha256(self.png).hexdigest(),
                "svg_sha256": hashlib.sha256(self.svg).hexdigest()}

    @classmethod
    def from_files(cls, png: Path, svg: Path, record: dict) -> NetworkFigure | None:
        """The figure in ``png``/``svg`` when they are still the bytes ``record`` describes."""
        try:
            figure = cls(png.read_bytes(), svg.read_bytes(), int(record["nodes"]), int(record["edges"]),
                         str(record["key"]))
        except (OSError, KeyError, TypeError, ValueError):
            return None
        return figure if figure.key and figure.record() == record else None


def _score(value: object) -> float:
    try:
        return float(value or 0)
    except ValueError:
        return 0.0


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def network_graph(relations: pd.DataFrame, top_edges: int | None = None) -> nx.DiGraph:
    """The directed graph drawn: the ``top_edges`` best edges (accepted first, then by score)
    and their nodes, with layer/type/label; edges with score/label/accepted."""
    graph = nx.DiGraph()
    if len(relations) and {"a_type", "b_type"} <= set(relations.columns):
        # only the rows that can be drawn become dicts (a batch's table has tens of thousands)
        a_layer, b_layer = relations["a_type"].map(LAYER), relations["b_type"].map(LAYER)
        relations = relations[a_layer.notna() & b_layer.notna() & (b_layer > a_layer)]
    for row in relations.fillna("").to_dict("records"):
        if FLAG_STALE in parse_flags(row.get("flag", ""), "") or normalise_status(row.get("status")) == "rejected":
            continue
        a_type, b_type = str(row.get("a_type", "")), str(row.get("b_type", ""))
        if a_type not in LAYER or b_type not in LAYER or LAYER[b_type] <= LAYER[a_type]:
            continue
        ends = []
        for side, kind in (("a", a_type), ("b", b_type)):
            node = str(row.get(f"{side}_id", ""))
            label = _short(entity_label(row.get(f"{side}_name", ""), row.get(f"{side}_name_zh", "")))
            graph.add_node(node, layer=LAYER[kind], type=kind, label=label)
            ends.append(node)
        score = _score(row.get("score"))
        old = graph.get_edge_data(*ends)
        if old is None or old["score"] < score:
            graph.add_edge(*ends, score=score, label=str(row.get("label", "") or "co-mention"),
                           accepted=normalise_status(row.get("status")) == "accepted")
    limit = TOP_EDGES if top_edges is None else max(0, top_edges)
    ranked = sorted(graph.edges(data=True), key=lambda e: (not e[2]["accepted"], -e[2]["score"], e[0], e[1]))
    keep = {(u, v) for u, v, _ in ranked[:limit]}
    # built in the table's order: networkx's edge_subgraph iterates the kept *set*, whose order
    # follows Python's string hashing, so the same table drew another figure in another process
    drawn = nx.DiGraph()
    ends = {n for edge in keep for n in edge}
    drawn.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if n in ends)
    drawn.add_edges_from((u, v, d) for u, v, d in graph.edges(data=True) if (u, v) in keep)
    return drawn


def _strength(graph: nx.DiGraph, node: str) -> float:
    return sum(d["score"] for *_, d in graph.edges(node, data=True)) + \
        sum(d["score"] for *_, d in graph.in_edges(node, data=True))


def _place(columns: dict[int, list[str]], height: int) -> dict[str, float]:
    y = {}
    for nodes in columns.values():
        step = height / max(1, len(nodes))
        for i, n in enumerate(nodes):
            y[n] = height - (i + 0.5) * step
    return y


def _centre(graph: nx.DiGraph, node: str, y: dict[str, float]) -> float:
    near = list(graph.predecessors(node)) + list(graph.successors(node))
    return sum(y[m] for m in near) / len(near) if near else y[node]


def _positions(graph: nx.DiGraph) -> dict[str, tuple[float, float]]:
    columns: dict[int, list[str]] = {0: [], 1: [], 2: []}
    for n, data in graph.nodes(data=True):
        columns[data["layer"]].append(n)
    for nodes in columns.values():
        nodes.sort(key=lambda n: -_strength(graph, n))
    height = max(1, *(len(c) for c in columns.values()))
    y = _place(columns, height)
    for _ in range(4):  # barycentre sweeps: genes by both sides, then the outer columns by genes
        for layer in (1, 0, 2, 1):
            before = dict(y)
            columns[layer].sort(key=lambda n, at=before: -_centre(graph, n, at))
            y = _place(columns, height)
    return {n: (float(graph.nodes[n]["layer"]), y[n]) for n in graph}


def figure_key(graph: nx.DiGraph, title: str = "") -> str:
    """A hash of everything the drawing depends on: the graph (order included), the title, this
    code and the fonts, matplotlib's settings and the versions of what draws and encodes."""
    import matplotlib
    import PIL
    from matplotlib import ft2font

    from pipeline.report import fonts

    font = fonts.cjk_font_path()
    stat = font.stat() if font is not None else None
    parts = [
        list(graph.nodes(data=True)), list(graph.edges(data=True)), title, COLORS,
        Path(__file__).read_text(encoding="utf-8"), Path(fonts.__file__).read_text(encoding="utf-8"),
        str(font), stat and (stat.st_size, stat.st_mtime_ns), fonts.font_families(),
        # the stored values (reading rcParams["backend"] would pick a GUI backend); our canvases are explicit
        sorted((k, repr(v)) for k, v in dict.items(matplotlib.rcParams) if not k.startswith("backend")),
        matplotlib.__version__, PIL.__version__, ft2font.__freetype_version__, np.__version__, sys.version,
    ]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, default=repr).encode("utf-8")).hexdigest()


def render_network(relations: pd.DataFrame, title: str = "", previous: NetworkFigure | None = None,
                   top_edges: int | None = None) -> NetworkFigure:
    """PNG and SVG bytes of the figure (the SVG draws text as paths: no font needed to view it).

    ``previous``: the figure the last run wrote; returned as it is when it was drawn from the
    same graph with the same code, fonts and settings (:func:`figure_key`), as drawing it
    again gives the same bytes (1.0-1.3 s of matplotlib drawing and PNG encoding saved)."""
    graph = network_graph(relations, top_edges)
    key = figure_key(graph, title)
    if previous is not None and previous.key == key:
        return previous
    figure = _draw(graph, title)
    figure.key = key
    return figure


def _draw(graph: nx.DiGraph, title: str) -> NetworkFigure:
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch, Patch

    from pipeline.report.fonts import font_families

    pos = _positions(graph)
    rows = max([1] + [sum(1 for n in graph if graph.nodes[n]["layer"] == k) for k in range(3)])
    scores = [d["score"] for *_, d in graph.edges(data=True)] or [1.0]
    low, high = min(scores), max(scores)

    def width(score: float) -> float:
        return 0.6 + 4.4 * ((score - low) / (high - low) if high > low else 0.5)

    with matplotlib.rc_context({"font.family": font_families(), "axes.unicode_minus": False,
                                "svg.fonttype": "path", "svg.hashsalt": "tcm-pipeline"}):
        figure = Figure(figsize=(17, max(7.0, 0.36 * rows + 2.2)), dpi=110)
        ax = figure.add_axes((0.01, 0.06, 0.98, 0.88))
        ax.set_axis_off()
        ax.set_xlim(-0.62, 2.7)
        ax.set_ylim(-0.6, rows + 0.6)
        for u, v, d in sorted(graph.edges(data=True), key=lambda e: e[2]["score"]):
            (x1, y1), (x2, y2) = pos[u], pos[v]
            style = {"color": LABEL_COLORS.get(d["label"], "#555"), "lw": width(d["score"]),
                     "alpha": 0.75 if d["accepted"] else 0.45, "ls": "-" if d["accepted"] else (0, (4, 2))}
            if x2 - x1 > 1:  # herb/compound -> pathway: an arc past the gene column, bowed to the middle
                bow = 0.18 if (y1 + y2) / 2 > rows / 2 else -0.18
                # add_artist, not add_patch: the limits are set above, so the data limits add_patch
                # would update from the arc's path (a Bézier split per arc, ~13 % of the drawing's
                # CPU) change nothing drawn; the figure's bytes are the same (tests/test_speed_stop35.py)
                ax.add_artist(FancyArrowPatch((x1, y1), (x2, y2), arrowstyle="-", connectionstyle=f"arc3,rad={bow}",
                                              zorder=1, **style))
            else:
                ax.plot([x1, x2], [y1, y2], solid_capstyle="round", zorder=1, **style)
        for kind in LAYER:
            nodes = [n for n, data in graph.nodes(data=True) if data["type"] == kind]
            if nodes:
                ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=110,
                           color=COLORS.get(kind, "#ccc"), edgecolors="#333", linewidths=0.6, zorder=3)
        for n, data in graph.nodes(data=True):
            x, y = pos[n]
            ha, dx = {0: ("right", -0.035), 1: ("left", 0.03), 2: ("left", 0.035)}[data["layer"]]
            ax.text(x + dx, y, data["label"], ha=ha, va="center", fontsize=9, zorder=4,
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8}
                    if data["layer"] == 1 else None)
        for x, head in ((0, "草药 / 化合物 Herbs / compounds"), (1, "基因 Genes"), (2, "信号通路 Pathways")):
            ax.text(x, rows + 0.45, head, ha="center", va="bottom", fontsize=12, fontweight="bold")
        used = sorted({d["label"] for *_, d in graph.edges(data=True)})
        handles = [Patch(color=COLORS[k], label=k) for k in ("HERB", "COMPOUND", "GENE", "PATHWAY")]
        handles += [Line2D([], [], color=LABEL_COLORS.get(k, "#555"), lw=3, label=k) for k in used]
        handles += [Line2D([], [], color="#555", lw=2, label="accepted"),
                    Line2D([], [], color="#555", lw=2, ls=(0, (4, 2)), label="not yet accepted")]
        figure.legend(handles=handles, loc="lower center", ncol=min(len(handles), 9), fontsize=9,
                      frameon=False)
        caption = title or "Edge width: score · colour: relation label"
        figure.text(0.01, 0.985, caption, fontsize=10, va="top", color="#444")
        if not graph.number_of_edges():
            ax.text(1, rows / 2, "没有关系 No herb/compound–gene–pathway relations", ha="center", fontsize=14)
        png, svg = io.BytesIO(), io.BytesIO()
        FigureCanvasAgg(figure).print_png(png, metadata={"Software": "python -m pipeline run"})
        FigureCanvasSVG(figure).print_svg(svg, metadata={"Date": None, "Creator": "python -m pipeline run"})
    return NetworkFigure(png.getvalue(), svg.getvalue(), graph.number_of_nodes(), graph.number_of_edges())
