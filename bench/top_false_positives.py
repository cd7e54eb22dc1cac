"""The false positives inside each gold set's top |gold| rows (what lowers precision@|gold|), for reading.

    python bench/top_false_positives.py OUT_DIR [--sets validation_en,validation_zh] [--csv /tmp/top_fp.csv]

Reads OUT_DIR/evaluation.csv (``python -m pipeline run --out OUT_DIR``) and corpus/gold/, ranks each set's
extracted (document, pair) units by score as the evaluation does, and lists the false positives among the
first |gold| with their own document's best sentence (evaluation.csv ``evidence``; relations.csv
``doc_evidence``) and two flags that sort them for reading:

* ``sentence_in_gold`` — the gold quotes this sentence for another pair of the document: the annotator read
  it and kept other pairs (an entity or role the gold does not share, a pair the sentence does not link);
* ``shares_entity`` — … and one of those gold pairs has one of this unit's two names (an id mismatch or a
  wrong partner is likely).

Units whose sentence the gold never quotes are background, methods or figure text, or a gold omission.
Stop 29 (validation_zh and validation_en, 60 read by hand): 32 entity recognition or normalisation (a herb
extract linked to another herb id, "sub-Gi期" read as G_i, a one-member axis where the gold has the gene),
10 a disease model's inducer or stimulus paired as an agent, 9 labels, bindings or gold omissions, 5
background statements, 4 self-evident one-member ``member_of``; none from the cross-document evidence
(scores are each document's own), 8 from reference titles at the rate of the body.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.evaluation.gold import load_gold  # noqa: E402



def gold_file(name: str) -> Path:
    """A set's gold CSV: ``corpus/gold/<name>.csv``, the reviews' ``relations.csv`` (as the evaluation names them)."""
    return REPO / "corpus" / "gold" / ("relations.csv" if name == "reviews" else f"{name}.csv")


def _key(text: str) -> str:
    """A sentence as compared with a gold quote: word characters only, the first 40."""
    return re.sub(r"\W", "", str(text))[:40]


def top_false_positives(evaluation: pd.DataFrame, sets: list[str]) -> pd.DataFrame:
    rows = []
    for name in sets:
        units = evaluation[evaluation["gold_set"] == name]
        n_gold = int(units["status"].isin(["TP", "FN"]).sum())
        found = units[units["status"] != "FN"].sort_values("score", ascending=False, kind="stable").head(n_gold)
        gold = load_gold(gold_file(name))
        quoted: dict[tuple[str, str], set[str]] = {}
        for g in gold:
            quoted.setdefault((g.doc_id, _key(g.evidence)), set()).update({g.a_name, g.b_name})
        for r in found[found["status"] == "FP"].itertuples():
            names = quoted.get((r.doc_id, _key(r.evidence)))
            rows.append({"set": name, "doc_id": r.doc_id, "score": r.score, "a_name": r.a_name, "b_name": r.b_name,
                         "label": r.predicted_label, "sentence_in_gold": names is not None,
                         "shares_entity": bool(names and {r.a_name, r.b_name} & names), "evidence": r.evidence})
    return pd.DataFrame(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a run's output folder (evaluation.csv)")
    parser.add_argument("--sets", default="validation_en,validation_zh,new_papers_en,new_papers_zh")
    parser.add_argument("--csv", type=Path, help="write the table here")
    args = parser.parse_args()
    table = top_false_positives(pd.read_csv(args.out / "evaluation.csv"), args.sets.split(","))
    if args.csv:
        table.to_csv(args.csv, index=False)
    print(table.groupby(["set", "sentence_in_gold", "shares_entity"]).size().to_string())
    for r in table.head(60).itertuples():
        print(f"{r.set} {r.score:.2f} {r.doc_id} | {r.a_name} -- {r.b_name} | {r.label}\n    {str(r.evidence)[:200]}")


if __name__ == "__main__":
    main()
