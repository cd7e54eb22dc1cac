"""Relation quality against one or more gold files, per gold set and per language part.

    python bench/relations_quality.py --relations outputs/relations.csv --mentions outputs/mentions.csv \
        --gold corpus/gold/relations.csv [--gold other_gold.csv ...]

Prints, per gold file (and, for a file mixing Chinese papers and English abstracts, per part:
documents named ``ChinaXiv-*`` vs the rest): precision and recall of (document, pair) units,
precision among the top |gold| units ranked by ``score`` (R-precision, the issue-14 figure),
and label accuracy on found pairs (with the row's label, and with each document's own label from
``doc_labels`` when relations.csv has it). Uses pipeline.evaluation's matching rules unchanged.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

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
    found = [k for k in units if k in gold_units]
    by_doc = {}  # the label of each document's own best sentence (relations.csv ``doc_labels``)
    for k, v in units.items():
        for item in str(v.get("doc_labels") or "").split(";"):
            doc, _, label = item.partition(":")
            if doc == k[0]:
                by_doc[k] = label.removeprefix("not ")
    return {
        "gold": len(gold_units), "predicted": len(units),
        "precision": len(found) / len(units) if units else 0.0,
        "recall": len(found) / len(gold_units) if gold_units else 0.0,
        "p_at_gold": sum(k in gold_units for k in top) / len(gold_units) if gold_units else 0.0,
        "label_accuracy": (sum(units[k].get("label") in labels[k] for k in found) / len(found)) if found else 0.0,
        "label_accuracy_doc": (sum(by_doc.get(k, units[k].get("label")) in labels[k] for k in found) / len(found))
        if found else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", default="outputs/relations.csv")
    parser.add_argument("--gold", action="append", required=True)
    args = parser.parse_args()
    units, _, _ = _predicted_units(read_output_csv(__import__("pathlib").Path(args.relations)))
    for path in args.gold:
        gold = load_gold(path)
        parts = {"all": gold}
        zh = [g for g in gold if g.doc_id.startswith("ChinaXiv")]
        if zh and len(zh) < len(gold):
            parts |= {"zh": zh, "en": [g for g in gold if not g.doc_id.startswith("ChinaXiv")]}
        for name, part in parts.items():
            f = figures(part, units)
            print(f"{path} [{name}]: gold {f['gold']}, predicted {f['predicted']}, precision {f['precision']:.3f}, "
                  f"recall {f['recall']:.3f}, P@|gold| {f['p_at_gold']:.3f}, label accuracy {f['label_accuracy']:.3f} "
                  f"(per-document labels {f['label_accuracy_doc']:.3f})")


if __name__ == "__main__":
    main()
