"""Relation quality against one or more gold files, per gold set and per language part.

    python bench/relations_quality.py --relations outputs/relations.csv --mentions outputs/mentions.csv \
        --gold corpus/gold/relations.csv [--gold other_gold.csv ...]

Prints, per gold file (and, for a file mixing Chinese papers and English abstracts, per part:
documents named ``ChinaXiv-*`` vs the rest): precision and recall of (document, pair) units,
precision among the top |gold| units ranked by score (R-precision, the issue-14 figure) and label
accuracy on found pairs — each unit scored and labelled from its own document (``doc_scores``,
``doc_labels``) as ``pipeline evaluate`` does, and, in brackets, with the row's score and label
(the best sentence of any document) for comparison. Uses pipeline.evaluation's matching rules.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's pipeline, not an installed one

from pipeline.api import read_output_csv
from pipeline.evaluation.gold import load_gold
from pipeline.evaluation.metrics import _predicted_units


def figures(gold, units) -> dict[str, float]:
    docs = {g.doc_id for g in gold}
    units = {k: v for k, v in units.items() if k[0] in docs}
    gold_units = {(g.doc_id, g.pair) for g in gold}
    labels: dict[tuple, set] = defaultdict(set)
    for g in gold:
        labels[(g.doc_id, g.pair)].add(g.label)
    ranked = sorted(units.items(), key=lambda kv: (-float(kv[1]["score"]), kv[1]["relation_id"], kv[0][0]))
    top = [k for k, _ in ranked[:len(gold_units)]]
    by_row = sorted(units.items(), key=lambda kv: (-float(kv[1]["row_score"]), kv[1]["relation_id"], kv[0][0]))
    top_row = [k for k, _ in by_row[:len(gold_units)]]
    found = [k for k in units if k in gold_units]
    return {
        "gold": len(gold_units), "predicted": len(units),
        "precision": len(found) / len(units) if units else 0.0,
        "recall": len(found) / len(gold_units) if gold_units else 0.0,
        "p_at_gold": sum(k in gold_units for k in top) / len(gold_units) if gold_units else 0.0,
        "label_accuracy": (sum(units[k].get("label") in labels[k] for k in found) / len(found)) if found else 0.0,
        "label_accuracy_row": (sum(units[k].get("row_label") in labels[k] for k in found) / len(found))
        if found else 0.0,
        "p_at_gold_row": sum(k in gold_units for k in top_row) / len(gold_units) if gold_units else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", default="outputs/relations.csv")
    parser.add_argument("--gold", action="append", required=True)
    args = parser.parse_args()
    units, _, _ = _predicted_units(read_output_csv(Path(args.relations)))
    for path in args.gold:
        gold = load_gold(path)
        parts = {"all": gold}
        zh = [g for g in gold if g.doc_id.startswith("ChinaXiv")]
        if zh and len(zh) < len(gold):
            parts |= {"zh": zh, "en": [g for g in gold if not g.doc_id.startswith("ChinaXiv")]}
        for name, part in parts.items():
            f = figures(part, units)
            print(f"{path} [{name}]: gold {f['gold']}, predicted {f['predicted']}, precision {f['precision']:.3f}, "
                  f"recall {f['recall']:.3f}, P@|gold| {f['p_at_gold']:.3f} (row scores {f['p_at_gold_row']:.3f}), "
                  f"label accuracy {f['label_accuracy']:.3f} (row labels {f['label_accuracy_row']:.3f})")


if __name__ == "__main__":
    main()
