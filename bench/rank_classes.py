"""What lifts false units above each set's |gold| cut and what sinks gold units below it, by class (issue 14).

    python bench/rank_units.py --csv /tmp/units.csv       # the unit table (one in-memory run)
    python bench/rank_classes.py --csv /tmp/units.csv [--sets validation40_en,validation46_zh]

Ranks each development set's (document, pair) units by their rank score (``log_score``, ties as
bench/rank_loso.py breaks them) and sorts three groups into classes, first match, so that the counts add up:
the false units inside the top |gold| (what lowers precision@|gold|), the gold units inside it (what demoting
a class costs) and the gold units below it (what raising a class could gain). The classes are stop 47's
(bench/rank_loso.py): a no-partner or disease-map factor, a reference title, ``member_of``, no cue word,
a hedged cued sentence, a pair read across a dense cascade or list, two or more entities between the two, a
title/abstract sentence, and the other cued units by pair type.

It also prints each set's ceiling: the gold units found at all over |gold| (recall), which no ranking can pass
— precision@|gold| cannot exceed it, and a set whose extracted units are fewer than |gold| has all of them in its
top. Stop 49 (18 sets): validation44_en extracts 49 units for 50 gold pairs (ceiling 0.58 = its figure),
validation40_en's ceiling is 0.646 and validation39_en's 0.661: issue 14's 0.75 is out of a ranking's reach there.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

WEAK = ("validation40_en", "validation44_en", "validation39_en", "validation46_zh", "validation45_zh", "validation47_zh")


def unit_class(row) -> str:
    """The class of one unit (a row of the unit table), first match."""
    if row["disease"] or row["factor"] < -2:
        return "no partner / disease factor"
    if row["references"]:
        return "reference title"
    if row["label"] == "member_of":
        return "member_of"
    if row["no_cue"]:
        return "no cue"
    if row["hedged"]:
        return "hedged, cued"
    if row["fan"] > 10 and row["between"] >= 2:
        return "dense cascade/list"
    if row["between"] >= 2:
        return "2+ entities between"
    if row["front"]:
        return "title/abstract"
    return "cued " + row["pair_type"]


def ranked(units: pd.DataFrame, n_gold: dict[str, int]) -> pd.DataFrame:
    """The units with ``rank`` (0 first, by score; ties by pair and document) and ``top`` (inside |gold|)."""
    units = units.assign(key=units["a_id"] + "|" + units["b_id"] + "|" + units["doc"])
    units = units.sort_values(["set", "log_score", "key"], ascending=[True, False, True])
    units["rank"] = units.groupby("set").cumcount()
    units["top"] = units["rank"] < units["set"].map(n_gold)
    return units


def class_table(units: pd.DataFrame) -> pd.DataFrame:
    """Counts per class: false units in the tops, gold units in the tops, gold units below the cut."""
    cls = units.apply(unit_class, axis=1)
    top, gold = units["top"].astype(bool), units["gold"].astype(bool)
    table = pd.DataFrame({"false_in_top": cls[top & ~gold].value_counts(), "gold_in_top": cls[top & gold].value_counts(),
                          "gold_below": cls[~top & gold].value_counts()}).fillna(0).astype(int)
    return table.sort_values("false_in_top", ascending=False)


def ceilings(units: pd.DataFrame, n_gold: dict[str, int]) -> pd.DataFrame:
    """Per set: P@|gold|, gold units found, and the ceiling found / |gold| that ranking cannot pass."""
    rows = []
    for name, g in units.groupby("set"):
        found = int(g["gold"].astype(bool).sum())
        rows.append({"set": name, "n_gold": n_gold[name], "extracted": len(g),
                     "p_at_gold": round(int((g["top"] & g["gold"].astype(bool)).sum()) / n_gold[name], 3),
                     "ceiling": round(found / n_gold[name], 3)})
    return pd.DataFrame(rows).set_index("set")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, required=True, help="the unit table of bench/rank_units.py")
    parser.add_argument("--sets", default=",".join(WEAK), help="comma-separated sets to classify")
    args = parser.parse_args()
    units = pd.read_csv(args.csv, keep_default_na=False)
    for c in ("gold", "hedged", "disease"):
        units[c] = units[c].astype(str).eq("True")
    n_gold = pd.read_csv(args.csv.with_suffix(".ngold.csv"), index_col=0)["n_gold"].to_dict()
    units = ranked(units, n_gold)
    print(ceilings(units, n_gold).to_string())
    chosen = units[units["set"].isin(args.sets.split(","))]
    print(f"\nclasses over {args.sets}:")
    print(class_table(chosen).to_string())


if __name__ == "__main__":
    main()
