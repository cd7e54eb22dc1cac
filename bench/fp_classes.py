"""False and true (document, pair) units above each set's |gold| cut, by classes one can compute (issue 14).

    python bench/fp_classes.py [--csv /tmp/fp_units.csv] [--facts /tmp/facts.pkl]

Runs the default corpus in memory (``--facts``: a pickled ``RunResult.facts`` instead, written there when
missing), ranks each gold set's extracted units as evaluate does (bench/rank_calibration.py's unit table:
each document's own best sentence, ``ranking.rank_score``), and labels every unit with properties of its
best sentence and of the pair that a rule could read:

* ``part`` — where the sentence is: title, abstract, keywords, caption, references, or, in the body of a
  paper with headings, ``intro`` (before the first methods/results heading), ``methods``, ``results``,
  ``discussion`` (discussion and conclusion), ``body`` (an abstract-only file or a review);
* ``cited`` — the sentence carries a citation marker ("[12]", "et al."): a cited work's finding;
* ``n_sent`` — sentences of the document naming the pair (1, 2-3, 4+);
* ``n_ent`` — distinct entities in the sentence (2, 3-4, 5-7, 8+: list sentences);
* ``length`` — the sentence's characters (<80, 80-199, 200+);
* ``hedged``, ``cued``, ``label``, ``pair_type``;
* ``how`` — how the pair's mentions in that sentence were found (``dictionary`` when both were, else the
  other way: abbreviation, pathway-composition, linker, cross-sentence …);
* ``n_title`` — how many of the pair's two entities (an axis: by its members too) the document's title names
  (0, 1, 2): the paper's own topic against background entities;
* ``clauses`` — clause separators (，,；;：:) between the pair's nearest mentions (0, 1, 2, 3+);
* ``fan`` — units of the document whose best sentence is this one (1, 2-3, 4-6, 7-10, 11+).

``--search`` also lists every conjunction of two class values whose FP count is at least its TP count above
the cut on every set where it occurs (at least three sets, 10 FP in all), and ``--weights`` measures a class
as a rank term: P@|gold| change per set for each weight (log-score + weight × indicator), and leave one set
out (the weight that raises the mean of three development sets most, measured on the fourth).

Stop 33 (main e6b4d6a): no class carried over. Each one-term class (uncued, label associated, hedged, cited
sentence, intro/discussion part, 8+ entities, 200+ characters, gene-gene, pathway-pathway, compound-compound,
pathway coordination, no title entity, clauses, fan-out) moved the left-out set by -0.024 to +0.004; the only
conjunction bad on all five sets (``cued`` False and ``n_title`` 0: 150 FP / 61 TP above the cuts) lowered
new_papers_zh by 0.024 when left out (the units it lets up from below the cut are no better). A logistic
refit of the rank terms plus "no title entity" (bench/rank_calibration.py's ``logistic``, fitted on three
development sets, rounded to 0.1) gave the left-out sets +0.004 / -0.031 / +0.009 / -0.003 (new_papers_en,
new_papers_zh, validation_en, validation_zh; with all the classes above: +0.004 / -0.031 / +0.008 / 0.000). Above the
cut the ranking is near what its terms can give: validation_en has 75 gold units below its cut, 64 of them
uncued ``associated`` co-mentions at scores 0.001-0.06 (validation_zh 148 of 173).

Prints, per class value, FP and TP above the cut on each set (reviews, new papers, validation), and a
FP:TP ratio line per set. A class worth acting on is one whose ratio is bad on every set (stop 28: a
weight that helps one set and hurts another did not carry over to a set left out).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import pickle
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.api import _aggregated, _entity, annotator_for, run  # noqa: E402
from pipeline.config import Config  # noqa: E402
from pipeline.evaluation.gold import load_gold, pair_key  # noqa: E402
from pipeline.relations import ranking  # noqa: E402

GOLD = {"reviews": "relations.csv", "new_papers_en": "new_papers_en.csv", "new_papers_zh": "new_papers_zh.csv",
        "validation_en": "validation_en.csv", "validation_zh": "validation_zh.csv"}
SETS = tuple(GOLD)
CLASSES = ("part", "cited", "n_sent", "n_ent", "length", "hedged", "cued", "label", "pair_type", "how", "n_title",
           "clauses", "fan")
DEVELOPMENT = ("new_papers_en", "new_papers_zh", "validation_en", "validation_zh")
_CLAUSE = re.compile(r"[，,；;：:]")

_CITATION = re.compile(r"\[\d+(?:\s*[,，\-–~]\s*\d+)*\]|\bet al\b|等\s*\[")
_HEADING = re.compile(r"^(?:#{1,6}\s*)?(?:\d+(?:\.\d+)*\s*)?(.{0,30})$")
_PARTS = ((re.compile(r"引\s*言|前\s*言|Introduction|Background", re.I), "intro"),
          (re.compile(r"材料|方法|Methods|Materials|Experimental", re.I), "methods"),
          (re.compile(r"结\s*果|Results", re.I), "results"),
          (re.compile(r"讨\s*论|结\s*论|Discussion|Conclusion|小\s*结", re.I), "discussion"))


def _sources() -> dict[str, Path]:
    """doc id -> its source file (the manifests of corpus/, corpus/new_papers, corpus/validation)."""
    out = {}
    for folder in (REPO / "corpus", REPO / "corpus" / "new_papers", REPO / "corpus" / "validation"):
        with open(folder / "manifest.csv", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                out[row["doc_id"]] = folder / row.get("file", row.get("source_file", ""))
    return out


def heading_parts(text: str) -> list[tuple[int, str]]:
    """(offset, part) at each major heading line of a markdown paper ("# 2结果", "## 3 Discussion")."""
    out, at = [], 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith("#") and len(stripped) < 40:
            for pattern, part in _PARTS:
                if pattern.search(stripped):
                    out.append((at, part))
                    break
        at += len(line)
    return out


def part_of(section: str, offset: int, parts: list[tuple[int, str]]) -> str:
    """The part of the paper a sentence at file ``offset`` of ``section`` is in (module docstring)."""
    if section != "body":
        return section.split("_")[0]
    if not parts:
        return "body"
    current = "intro"
    for at, part in parts:
        if at <= offset:
            current = part
    return current


def _bucket(n: int, edges: tuple[int, ...], names: tuple[str, ...]) -> str:
    for edge, name in zip(edges, names):
        if n < edge:
            return name
    return names[-1]


def title_entities(doc) -> set[str]:
    """Entity ids named in a document's title: its title sections, else (a PubMed abstract file) the first
    body sentence of paragraph 0."""
    titles = [s for s in doc.sentences if s.section.startswith("title")]
    if not titles and doc.sentences and doc.sentences[0].section == "body" and doc.sentences[0].paragraph == 0:
        titles = doc.sentences[:1]
    return {m.entity_id for s in titles for m in s.mentions}


def named_in(entity_id: str, ids: set[str]) -> bool:
    """Is the entity, or (a composite axis) one of its members, among ``ids``?"""
    return entity_id in ids or bool(ranking.axis_members(entity_id) and set(ranking.axis_members(entity_id)) & ids)


def clauses_between(text: str, xs, ys) -> int:
    """Clause separators between the nearest mentions of two entities in a sentence."""
    return min(len(_CLAUSE.findall(text[min(x.sentence_end, y.sentence_end):max(x.sentence_start, y.sentence_start)]))
               for x in xs for y in ys)


def unit_table(facts) -> tuple[pd.DataFrame, dict[str, int]]:
    config = Config()
    dictionary = annotator_for(config).dictionary
    agg, composites = _aggregated(facts, config)
    gold = {name: load_gold(REPO / "corpus" / "gold" / f) for name, f in GOLD.items()}
    set_of = {g.doc_id: name for name, rows in gold.items() for g in rows}
    gold_units = {(g.doc_id, g.pair) for rows in gold.values() for g in rows}
    n_gold = {name: len({(g.doc_id, g.pair) for g in rows}) for name, rows in gold.items()}
    sentences = {(d.doc_id, s.sentence_id): s for d in facts for s in d.sentences}
    sources = _sources()
    parts: dict[str, list] = {}
    titles = {d.doc_id: title_entities(d) for d in facts}
    rows = []
    for pair, stats in agg.stats.items():
        (a_type, a_id), (b_type, b_id) = pair
        disease = ranking.no_partner(_entity(a_id, dictionary, composites)) or \
            ranking.no_partner(_entity(b_id, dictionary, composites))
        for doc, b in stats.doc_bests().items():
            if doc not in set_of:
                continue
            factor = ranking.score_factor(a_type, b_type, b.label, b.negated, disease)
            args = (b.weight, factor, a_type, b_type, b.label, b.sentences, len(stats.doc_bests()), b.section, b.cued)
            s = sentences[(doc, b.sentence_id)]
            if doc not in parts:
                path = sources.get(doc)
                parts[doc] = heading_parts(path.read_text(encoding="utf-8")) if path and path.suffix == ".md" else []
            mine = [m for m in s.mentions if m.entity_id in (a_id, b_id)]
            hows = sorted({m.how for m in mine} - {"dictionary"})
            typed = next((p.typed for p in s.typed_pairs() if (p.a, p.b) == pair), None)
            rows.append({
                "set": set_of[doc], "doc": doc, "a_id": a_id, "b_id": b_id,
                "gold": (doc, pair_key(a_id, b_id)) in gold_units, "score": ranking.rank_score(*args),
                "part": part_of(b.section, min((m.start for m in mine), default=0), parts[doc]),
                "cited": bool(_CITATION.search(s.text)),
                "n_sent": _bucket(b.sentences, (2, 4), ("1", "2-3", "4+")),
                "n_ent": _bucket(len({m.entity_id for m in s.mentions}), (3, 5, 8), ("2", "3-4", "5-7", "8+")),
                "length": _bucket(len(s.text), (80, 200), ("<80", "80-199", "200+")),
                "hedged": bool(typed and typed.hedged), "cued": b.cued, "label": b.label,
                "pair_type": "-".join(sorted((a_type, b_type))), "how": "|".join(hows) or "dictionary",
                "n_title": str(named_in(a_id, titles[doc]) + named_in(b_id, titles[doc])),
                "clauses": _bucket(clauses_between(s.text, [m for m in mine if m.entity_id == a_id],
                                                   [m for m in mine if m.entity_id == b_id]),
                                   (1, 2, 3), ("0", "1", "2", "3+")),
                "sentence_id": b.sentence_id, "text": s.text[:300],
            })
    units = pd.DataFrame(rows)
    fan = units.groupby(["doc", "sentence_id"])["a_id"].transform("size")
    units["fan"] = [_bucket(n, (2, 4, 7, 11), ("1", "2-3", "4-6", "7-10", "11+")) for n in fan]
    ranked = []
    for name, n in n_gold.items():
        one = units[units["set"] == name].sort_values("score", ascending=False, kind="stable").copy()
        one["above"] = [i < n for i in range(len(one))]
        ranked.append(one)
    return pd.concat(ranked), n_gold


def class_counts(units: pd.DataFrame, column: str) -> pd.DataFrame:
    """FP/TP above the cut per value of ``column`` and set (columns "set FP", "set TP")."""
    top = units[units["above"]]
    table = top.groupby([column, "set", "gold"]).size().unstack(["set", "gold"], fill_value=0)
    out = pd.DataFrame(index=table.index)
    for name in SETS:
        out[f"{name} FP"] = table.get((name, False), 0)
        out[f"{name} TP"] = table.get((name, True), 0)
    return out.fillna(0).astype(int)


def p_at_gold(units: pd.DataFrame, n_gold: dict[str, int], indicator: np.ndarray, weight: float) -> dict[str, float]:
    """P@|gold| per set when the units' log-scores get ``weight`` × ``indicator``."""
    score = np.log(units["score"].to_numpy(float)) + weight * indicator
    out = {}
    for name, n in n_gold.items():
        mask = (units["set"] == name).to_numpy()
        gold = units["gold"].to_numpy()[mask][np.argsort(-score[mask], kind="stable")]
        out[name] = float(gold[:n].sum() / n) if n else 0.0
    return out


def weight_check(units: pd.DataFrame, n_gold: dict[str, int], indicator: np.ndarray,
                 weights=(-2, -1, -0.5, -0.25, 0.25, 0.5)) -> list[str]:
    """Lines: the P@|gold| change per set at each weight, then leave one development set out."""
    base = p_at_gold(units, n_gold, indicator, 0.0)
    figures = {w: p_at_gold(units, n_gold, indicator, w) for w in weights}
    lines = [f"  w={w:+}: " + " ".join(f"{s}:{figures[w][s] - base[s]:+.3f}" for s in n_gold) for w in weights]
    cells = []
    for held in DEVELOPMENT:
        rest = [s for s in DEVELOPMENT if s != held]
        figures[0.0] = base

        def gain(w: float, rest=rest) -> tuple[float, float]:
            return float(np.mean([figures[w][s] - base[s] for s in rest])), -abs(w)

        chosen = max((0.0, *weights), key=gain)
        cells.append(f"{held} w={chosen:+} {figures[chosen][held] - base[held]:+.3f}")
    return lines + ["  leave one set out: " + "; ".join(cells)]


def conjunctions(units: pd.DataFrame, columns=CLASSES, min_fp: int = 10) -> list[tuple[int, int, str, str]]:
    """(FP, TP, class, per set) of every two-value conjunction with FP >= TP above the cut on each set it
    occurs in (three sets or more, ``min_fp`` FP in all), most FP first."""
    top = units[units["above"]]
    found = []
    for c1, c2 in itertools.combinations([c for c in columns if c not in ("part", "how")], 2):
        for (v1, v2), group in top.groupby([c1, c2]):
            fp = {s: int((~group["gold"][group["set"] == s]).sum()) for s in SETS}
            tp = {s: int(group["gold"][group["set"] == s].sum()) for s in SETS}
            present = [s for s in SETS if fp[s] + tp[s]]
            if len(present) >= 3 and all(fp[s] >= tp[s] for s in present) and sum(fp.values()) >= min_fp:
                found.append((sum(fp.values()), sum(tp.values()), f"{c1}={v1} & {c2}={v2}",
                              " ".join(f"{s}:{fp[s]}/{tp[s]}" for s in SETS)))
    return sorted(found, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, help="write the unit table here")
    parser.add_argument("--facts", type=Path, help="a pickled RunResult.facts (written when missing)")
    parser.add_argument("--search", action="store_true", help="list two-value conjunctions bad on every set")
    parser.add_argument("--weights", nargs="*", default=[], metavar="COLUMN=VALUE",
                        help="measure these classes as rank terms (P@|gold| per weight, leave one set out)")
    args = parser.parse_args()
    if args.facts and args.facts.exists():
        with open(args.facts, "rb") as f:
            facts = pickle.load(f)
    else:
        facts = run(None, Config()).facts
        if args.facts:
            with open(args.facts, "wb") as f:
                pickle.dump(facts, f)
    units, n_gold = unit_table(facts)
    if args.csv:
        units.to_csv(args.csv, index=False)
    pd.set_option("display.width", 250)
    for column in CLASSES:
        print(f"\n== {column} (FP / TP above the |gold| cut)")
        print(class_counts(units, column).to_string())
    if args.search:
        print("\n== conjunctions with FP >= TP above the cut on every set")
        for fp, tp, name, per_set in conjunctions(units):
            print(f"{fp:4d} {tp:4d}  {name}  ({per_set})")
    for item in args.weights:
        indicator = np.ones(len(units), dtype=bool)
        for term in item.split("&"):
            column, value = term.split("=")
            indicator &= (units[column].astype(str) == value).to_numpy()
        print(f"\n== {item} as a rank term ({int(indicator.sum())} units)")
        print("\n".join(weight_check(units, n_gold, indicator.astype(float))))


if __name__ == "__main__":
    main()
