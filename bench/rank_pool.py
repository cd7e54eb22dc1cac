"""What ranks high and is wrong, pooled over the development gold sets (issue 14, the ranking).

    python bench/rank_units.py --csv /tmp/units.csv      # the unit table (one in-memory run)
    python bench/rank_pool.py --csv /tmp/units.csv [--by pair_type label section cue ...]

Each set's (document, pair) units are ordered by their rank score (ties as bench/rank_loso.py orders them) and
split at |gold|: ``FP-top`` (false, inside the top |gold|: a curator reads them first), ``TP-below`` (gold, outside
it), ``TP-top`` and ``FP-below``. For each feature the table pools the four counts over the sets, the gold rate of
each value and ``sets+``/``sets-``: in how many sets the value's share of the FP-top units exceeds (falls below)
its share of the TP-below units — a value that separates the two classes ACROSS sets, not in one, is what a rank term
can carry to unseen text (bench/rank_loso.py then checks it by leaving each set out of the fit).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

CLASSES = ("FP-top", "TP-below", "TP-top", "FP-below")


def zones(units: pd.DataFrame, n_gold: dict[str, int]) -> pd.Series:
    """The class of each unit (``CLASSES``): gold or not × inside or outside its set's top |gold| by ``score``."""
    key = (units["a_id"] + "|" + units["b_id"] + "|" + units["doc"]).rank(method="dense")
    inside = pd.Series(False, index=units.index)
    for name, group in units.groupby("set"):
        order = np.lexsort((key[group.index].to_numpy(), -group["score"].to_numpy(float)))
        inside[group.index[order[:n_gold.get(name, 0)]]] = True
    gold = units["gold"].astype(str).eq("True")
    return pd.Series(np.where(inside, np.where(gold, "TP-top", "FP-top"), np.where(gold, "TP-below", "FP-below")),
                     index=units.index)


def features(units: pd.DataFrame) -> pd.DataFrame:
    """The columns the table is broken down by (binned where continuous)."""
    section = np.where(units["front"] > 0, "front", np.where(units["references"] > 0, "references",
                       np.where(units["caption"] > 0, "caption", "body")))
    sentences = np.rint(np.expm1(units["sentences"].astype(float))).astype(int)
    return pd.DataFrame({
        "pair_type": units["pair_type"], "label": units["label"], "section": section,
        "cue": np.where(units["no_cue"] > 0, "none", units.get("cue_kind", "cued")),
        "sentences": pd.cut(sentences, [0, 1, 2, 4, 8, 10 ** 6]).astype(str),
        "gene_gene_sentences": np.where(units["pair_type"] == "GENE–GENE",
                                        pd.cut(sentences, [0, 1, 2, 4, 8, 10 ** 6]).astype(str), "other pair"),
        "distance": pd.cut(units.get("distance", pd.Series(0, index=units.index)), [-1, 10, 30, 60, 10 ** 6]).astype(str),
        "entities": pd.cut(units["best_entities"], [-1, 2, 3, 5, 8, 10 ** 6]).astype(str),
        "documents": pd.cut(units.get("n_documents", pd.Series(1, index=units.index)), [0, 1, 2, 4, 10 ** 6]).astype(str),
        "negated": units["negated"].astype(str), "hedged": units["hedged"].astype(str),
    }, index=units.index)


def pooled(cls: pd.Series, value: pd.Series, sets: pd.Series) -> pd.DataFrame:
    """Counts of each class by value, the value's gold rate, and in how many sets its share of FP-top exceeds /
    falls below its share of TP-below (sets with units of both classes only)."""
    table = pd.crosstab(value, cls).reindex(columns=list(CLASSES), fill_value=0)
    table["gold_rate"] = (table["TP-top"] + table["TP-below"]) / table.sum(axis=1)
    plus = pd.Series(0, index=table.index)
    minus = pd.Series(0, index=table.index)
    for _, idx in sets.groupby(sets).groups.items():
        c, v = cls[idx], value[idx]
        fp, tp = v[c == "FP-top"], v[c == "TP-below"]
        if len(fp) and len(tp):
            diff = (fp.value_counts(normalize=True).reindex(table.index, fill_value=0)
                    - tp.value_counts(normalize=True).reindex(table.index, fill_value=0))
            plus += (diff > 1e-9).astype(int)
            minus += (diff < -1e-9).astype(int)
    table["sets+"], table["sets-"] = plus, minus
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, required=True)
    parser.add_argument("--by", nargs="*", default=None, help="features to break down by (default: all)")
    args = parser.parse_args()
    units = pd.read_csv(args.csv, keep_default_na=False)
    n_gold = pd.read_csv(args.csv.with_suffix(".ngold.csv"), index_col=0)["n_gold"].to_dict()
    cls = zones(units, n_gold)
    print("pooled:", cls.value_counts().to_dict())
    table = features(units)
    for name in args.by or table.columns:
        print(f"\n== {name}")
        print(pooled(cls, table[name], units["set"]).round(3).to_string())


if __name__ == "__main__":
    main()
