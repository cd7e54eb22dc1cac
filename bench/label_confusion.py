"""Which labels the pipeline gets wrong on found gold pairs, pooled by language over the development gold sets.

``evaluate`` prints one number per set, label accuracy on found pairs; to choose which label rules to work on one
needs the confusions behind it, pooled across sets (a construction worth a rule recurs across sets; one set's
confusions are mostly single sentences). Held-out sets are sealed and never read here
(``pipeline.evaluation.report.is_sealed``).

    python -m pipeline run --out /tmp/run
    python bench/label_confusion.py /tmp/run                        # confusions, English and Chinese
    python bench/label_confusion.py /tmp/run --sets '^validation3'  # a subset of the gold sets (regex on the name)
    python bench/label_confusion.py /tmp/run --list inhibits        # gold `inhibits` typed otherwise, with both sentences
    python bench/label_confusion.py /tmp/run --gene-gene --list all # gene–gene pairs only (HGNC/FPLX ends), every confusion

A gold pair with several labels (one per sentence) counts as right when the predicted label is any of them, as
``evaluate``'s label accuracy does (pipeline/evaluation/metrics.py).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.evaluation.gold import load_gold_sets  # noqa: E402
from pipeline.evaluation.metrics import _predicted_units  # noqa: E402
from pipeline.evaluation.report import is_sealed  # noqa: E402


def found_pairs(relations: pd.DataFrame, gold_dir: Path, sets: str):
    """(set name, language, doc, pair, gold labels, predicted unit, gold evidence) for every found gold pair."""
    rows = relations.to_dict("records")
    for gold_set in load_gold_sets(gold_dir):
        if is_sealed(gold_set.name) or not re.search(sets, gold_set.name):
            continue
        units, _, _ = _predicted_units(relations, set(gold_set.docs), rows)
        labels: dict[tuple, set] = defaultdict(set)
        evidence: dict[tuple, str] = {}
        for g in gold_set.rows:
            labels[(g.doc_id, g.pair)].add(g.label)
            evidence.setdefault((g.doc_id, g.pair), g.evidence)
        for key, gold_labels in labels.items():
            if key in units:
                yield (gold_set.name, _language(gold_set.name), key[0], key[1], gold_labels, units[key],
                       evidence[key])


def is_gene(end) -> bool:
    """Is a gold pair's end (an id, or a (type, id) tuple) a gene or a gene family?"""
    ident = end[-1] if isinstance(end, tuple) else str(end)
    return str(ident).startswith(("HGNC:", "FPLX:"))


def _language(name: str) -> str:
    return "zh" if name.endswith("_zh") else "en" if name.endswith("_en") else "mixed"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="a run's output folder (relations.csv)")
    parser.add_argument("--gold", type=Path, default=REPO / "corpus" / "gold")
    parser.add_argument("--sets", default=r"^(new_papers|validation)", help="regex on gold set names")
    parser.add_argument("--top", type=int, default=20, help="confusions printed per language")
    parser.add_argument("--list", metavar="LABEL", help="list the found pairs whose gold label is LABEL but "
                        "which are typed otherwise ('all': every label)")
    parser.add_argument("--gene-gene", action="store_true", help="only pairs of two genes or families (HGNC/FPLX ids): "
                        "the gene–gene labels of issue 14 (stop 43)")
    args = parser.parse_args(argv)
    relations = pd.read_csv(args.out / "relations.csv", dtype=str, keep_default_na=False)
    confusion: dict[str, Counter] = defaultdict(Counter)
    found: Counter = Counter()
    for name, lang, doc, pair, gold_labels, unit, gold_evidence in found_pairs(relations, args.gold, args.sets):
        if args.gene_gene and not all(is_gene(end) for end in pair):
            continue
        predicted = unit.get("label")
        found[lang] += 1
        if predicted in gold_labels:
            continue
        gold_key = "/".join(sorted(gold_labels))
        confusion[lang][(gold_key, predicted)] += 1
        if args.list and (args.list in gold_labels or args.list == "all"):
            print(f"{name} {doc} {pair[0]} {pair[1]}: gold {gold_key}, ours {predicted}\n"
                  f"  gold: {gold_evidence[:240]}\n  ours: {str(unit.get('evidence', ''))[:240]}")
    if args.list:
        return 0
    for lang in sorted(found):
        wrong = sum(confusion[lang].values())
        print(f"{lang}: {found[lang]} found gold pairs, {wrong} labelled otherwise "
              f"(label accuracy {1 - wrong / found[lang]:.3f})")
        for (gold_key, predicted), n in confusion[lang].most_common(args.top):
            print(f"  {n:4d}  gold {gold_key:<28} ours {predicted}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
