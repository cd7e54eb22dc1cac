"""Candidate variant writings of herb names (异写: 黄耆 = 黄芪, 芒消 = 芒硝, 栝楼 = 瓜蒌, 真珠 = 珍珠)
read from HerbiV's formula compositions, for review into curated/herb_abbreviations_zh.tsv.

Why: classical prescriptions write many herbs with an older or simpler character, and the herb
sources list each herb once, under its modern name; a classical text then loses the herb.
HerbiV gives every formula twice: its composition as the source text writes it ("黄耆5钱，甘草
3钱") and its herbs as linked rows (HerbiV_formula_tcm_links.csv). Aligning the two finds the
written forms of the linked herbs. No annotated corpus is read.

Method, per formula: composition items are split on ，、；。, processing notes in brackets and
doses (Arabic or Chinese numerals with a unit, 各…, 适量, 少许) removed. Items that name a
dictionary herb take their herb; a remaining item of 2-5 Han characters pairs with the one
remaining linked herb whose name is the item with one character changed (same length). A pair
is a candidate when at least ``--min-votes`` formulas give it and at least 80 % of the item's
pairs agree. Candidates are printed (alias, herb, votes); a person reviews them (a different
plant one character away is common: 秦椒 is no 秦艽, 海石 no 海狮) and copies the accepted ones.

    python bench/mine_herb_variants.py                 # candidates, tab-separated
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_HERBIV = ROOT.parent / "shared" / "data" / "herbiv"
if not DEFAULT_HERBIV.exists():
    DEFAULT_HERBIV = Path("/work/shared/data/herbiv")

_BRACKETS = re.compile(r"（[^）]*）|\([^)]*\)")
_DOSE = re.compile(r"[0-9.一二三四五六七八九十百千半]+[两钱分斤升合枚个片克g].*$|各.*$|适量.*$|少许.*$")
_ITEM = re.compile(r"[\u4e00-\u9fff]{2,5}")


def composition_items(text: str) -> list[str]:
    """The herb names of a HerbiV composition, doses and bracketed notes removed:
    "黄耆（蜜炙）半两，甘草3钱。" -> ["黄耆", "甘草"]."""
    items = [_DOSE.sub("", _BRACKETS.sub("", x)).strip() for x in re.split(r"[，。、；]", text)]
    return [x for x in items if _ITEM.fullmatch(x)]


def one_character_apart(a: str, b: str) -> bool:
    """Same length, exactly one character different (黄耆 / 黄芪, 川山甲 / 穿山甲)."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def align(items: list[str], linked: list[str], herb_of) -> list[tuple[str, str]]:
    """(written item, linked herb name) pairs of one formula: items naming no dictionary herb,
    each with the one linked herb left over that is one character away from it."""
    named = {herb_of(x) for x in items} - {None}
    left = [h for h in linked if h and herb_of(h) not in named]
    pairs = []
    for item in items:
        if herb_of(item) is not None:
            continue
        near = [h for h in left if one_character_apart(item, h)]
        if len(near) == 1:
            pairs.append((item, near[0]))
    return pairs


def candidates(pairs: list[tuple[str, str]], min_votes: int = 2, agreement: float = 0.8) -> list[tuple[str, str, int]]:
    """(alias, herb, votes) given by >= min_votes formulas and >= ``agreement`` of the alias's pairs."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for item, herb in pairs:
        votes[item][herb] += 1
    out = []
    for item, counter in votes.items():
        herb, n = counter.most_common(1)[0]
        if n >= min_votes and n >= agreement * sum(counter.values()):
            out.append((item, herb, n))
    return sorted(out, key=lambda x: (-x[2], x[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--herbiv", type=Path, default=DEFAULT_HERBIV, help="folder of the HerbiV csv files")
    parser.add_argument("--min-votes", type=int, default=2)
    args = parser.parse_args(argv)

    from pipeline.api import annotator_for
    from pipeline.config import Config

    annotator = annotator_for(Config(make_docs=False))

    def herb_of(name: str):
        ids = [t.entity_id for t in annotator.index.lookup(name)
               if annotator.dictionary[t.entity_id].type == "herb"]
        return ids[0] if ids else None

    with open(args.herbiv / "HerbiV_tcm.csv", encoding="utf-8") as f:
        herb_names = {r["HVMID"]: r["cn_name"] for r in csv.DictReader(f)}
    linked: dict[str, list[str]] = defaultdict(list)
    with open(args.herbiv / "HerbiV_formula_tcm_links.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            linked[r["HVPID"]].append(herb_names.get(r["HVMID"], ""))
    pairs = []
    with open(args.herbiv / "HerbiV_formula.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            pairs += align(composition_items(r["Prescription Composition"]), linked[r["HVPID"]], herb_of)
    for alias, herb, n in candidates(pairs, args.min_votes):
        print(f"{alias}\t{herb}\t{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
