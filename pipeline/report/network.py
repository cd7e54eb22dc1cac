"""outputs/network.png and .svg: herbs/compounds → genes → pathways.

Three columns (herbs and compounds, genes, pathways); an edge per relation between
neighbouring columns, its width by score and its colour by label (co-mention when the
pipeline gives no label); accepted relations solid, others dashed; rejected and stale
relations are left out. Node order within a column follows the barycentre heuristic
(Sugiyama et al., 1981) so edges cross less. Labels are Chinese + English, drawn with a
CJK font (:mod:`pipeline.report.fonts`).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import networkx as nx
import pandas as pd

from pipeline.report.html import COLORS, entity_label
from pipeline.review.merge import FLAG_STALE, normalise_status, parse_flags

LAYER = {"HERB": 0, "COMPOUND": 0, "GENE": 1, "PATHWAY": 2}
LIMITS = (22, 26, 18)  # most nodes per column, by summed score
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


def _score(value: object) -> float:
    try:
        return float(value or 0)
    except ValueError:
        return 0.0


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def network_graph(relations: pd.DataFrame, limits: tuple[int, int, int] = LIMITS) -> nx.DiGraph:
    """The directed graph drawn: nodes with layer/type/label, edges with score/label/accepted."""
    graph = nx.DiGraph()
    for row in relations.fillna("").to_dict("records"):
        if FLAG_STALE in parse_flags(row.get("flag", ""), "") or normalise_status(row.get("status")) == "rejected":
            continue
        a_type, b_type = str(row.get("a_type", "")), str(row.get("b_type", ""))
        if a_type not in LAYER or b_type not in LAYER or LAYER[b_type] - LAYER[a_type] != 1:
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
    weight = {n: 0.0 for n in graph}
    for u, v, data in graph.edges(data=True):
        weight[u] += data["score"] + (100.0 if data["accepted"] else 0.0)
        weight[v] += data["score"] + (100.0 if data["accepted"] else 0.0)
    keep = set()
    for layer, limit in enumerate(limits):
        nodes = sorted((n for n in graph if graph.nodes[n]["layer"] == layer), key=lambda n: (-weight[n], n))
        keep |= set(nodes[:limit])
    graph = graph.subgraph(keep).copy()
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0])
    return graph


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


def render_network(relations: pd.DataFrame, title: str = "") -> NetworkFigure:
    """PNG and SVG bytes of the figure (the SVG draws text as paths: no font needed to view it)."""
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    from pipeline.report.fonts import font_families

    graph = network_graph(relations)
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
            ax.plot([x1, x2], [y1, y2], color=LABEL_COLORS.get(d["label"], "#555"), lw=width(d["score"]),
                    alpha=0.75 if d["accepted"] else 0.45, ls="-" if d["accepted"] else (0, (4, 2)),
                    solid_capstyle="round", zorder=1)
        for kind in LAYER:
            nodes = [n for n, data in graph.nodes(data=True) if data["type"] == kind]
            if nodes:
                ax.scatter([pos[n][0] for n in nodes], [pos[n][1] for n in nodes], s=110,
                           color=COLORS.get(kind, "#ccc"), edgecolors="#333", linewidths=0.6, zorder=3)
        for n, data in graph.nodes(data=True):
            x, y = pos[n]
            ha, dx = {0: ("right", -0.035), 1: ("center", 0.0), 2: ("left", 0.035)}[data["layer"]]
            dy = 0.32 if data["layer"] == 1 else 0.0
            ax.text(x + dx, y + dy, data["label"], ha=ha, va="center", fontsize=9, zorder=4,
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
