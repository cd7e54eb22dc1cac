"""Knowledge-based relation typing: a herb and one of its known ingredients named in one sentence are ``contains``.

GUIDELINES 1 and 2 (``contains``: herb -> compound, formula -> herb). The cue rules (cues.py "contains",
compound_sources.py) read the constructions that *say* a herb holds a compound ("X 是从 H 中提取", "an alkaloid
from H", "测定H中X的含量"). Papers often take it as known and say it only by implication, and the curators annotated
these too: "PU, MPU, DA, DAC … might be responsible for the neuro-pharmacological activities of P. lobata"
(validation41_en PMID26923541: 葛根 contains puerarin, daidzein), "glycyrrhizin … is the principal bioactive
compound, … are also present in the roots of this plant" (validation41_en PMID25779384: 甘草 contains glycyrrhizic
acid), "Four prenylflavonoids, kurarinone … isolated from the roots of Sophora flavescens" (validation38_en
PMID15114505), "复方丹参滴丸…均含有人参皂苷活性组分,…人参皂苷Rg1、Rb1为上述制剂…活性组分"
(validation38_zh ChinaXiv-201712.01190V1: a formula contains what its herb 三七 contains). In the development gold sets 107 of the
120 (document, herb/formula, compound) units are ``contains``; found without a cue reaching them, they were typed
``associated`` (19 label errors at stop 43). The table knows 58 of the 107 (the rest are mostly classes — flavonoids,
alkaloids, tannins — and herbs neither source lists) and none of the 13 units with another label.

The method is knowledge-based relation typing, as in distant supervision (Mintz et al., ACL 2009: a pair a
knowledge base relates is taken to express that relation where both are named in one sentence) and in
network-pharmacology curation from herb–ingredient databases: TCMSP (Ru et al., J Cheminform 2014, through
TCMNP) and HERB (Fang et al., Nucleic Acids Res 2021, through HerbiV), mapped onto our ids by the dictionary
build (``dictionaries/herb_ingredients.tsv``, build_ingredients.py; trivial molecules such as sugars, fatty acids
and solvents left out). It only *types* a pair the sentence names with nothing else said of it: the caller asks
only where the rules found no cue for the pair (the untyped ``associated`` fallback), so a stated combination,
effect, stimulus or read-out still wins. A formula contains what a member herb contains (one level). The pair keeps
the co-mention's weight and has no cue, and ranking.py scores it as the agents-only co-mention it is
(``score_factor(cued=False)``: 0.5, where a ``contains`` stated with a cue gets 1): the table types the label, it is
no evidence that the sentence states the pair, and cue-stated findings rank first (issue 14).

The table is read once, on the first herb–compound pair that asks (start-up does not pay for it).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.config import bundled_path

TABLE_FILE = "herb_ingredients.tsv"


@dataclass(frozen=True)
class IngredientTable:
    """The herb -> ingredient links as a sorted array of the pairs' hashes (8 bytes a link: 76k links in 0.6 MB,
    where frozensets of id strings took ~17 MB), and each formula's member herbs."""

    pairs: array = field(default_factory=lambda: array("q"))
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, rows: dict[str, list[str]]) -> IngredientTable:
        """From id -> contained ids (a herb's compounds, a formula's member herbs: ``FML:`` ids)."""
        members = {k: tuple(v) for k, v in rows.items() if k.startswith("FML:")}
        hashes = {hash((k, c)) for k, v in rows.items() if not k.startswith("FML:") for c in v}
        return cls(array("q", sorted(hashes)), members)

    def holds(self, herb: str, compound: str) -> bool:
        """Does the table list ``compound`` under the herb ``herb`` (a hash collision is ~1e-14 a lookup)?"""
        h = hash((herb, compound))
        i = bisect_left(self.pairs, h)
        return i < len(self.pairs) and self.pairs[i] == h


@lru_cache(maxsize=4)
def load_table(path: Path | None = None) -> IngredientTable:
    """The generated TSV (``id``, ``|``-joined contained ids) read into an :class:`IngredientTable`; an empty
    table when the file is absent (a dictionary folder built before the table existed)."""
    path = bundled_path("dictionaries") / TABLE_FILE if path is None else path
    hashes = array("q")
    members: dict[str, tuple[str, ...]] = {}
    try:
        handle = path.open(encoding="utf-8")
    except OSError:
        return IngredientTable()
    with handle:  # line by line: the 2 MB text and its 76k id strings are never held at once
        for line in handle:
            if line.startswith("#") or line.startswith("id\t") or "\t" not in line:
                continue
            key, _, ids = line.rstrip("\n").partition("\t")
            if key.startswith("FML:"):
                members[key] = tuple(ids.split("|"))
            else:
                hashes.extend(hash((key, c)) for c in ids.split("|"))
    return IngredientTable(array("q", sorted(set(hashes))), members)

def lists_ingredient(container: str, compound: str, table: IngredientTable | None = None) -> bool:
    """Does the knowledge table list ``compound`` as an ingredient of the herb ``container``, or of a member herb
    of the formula ``container`` (``FML:…``)?"""
    if table is None:
        table = load_table()
    if container.startswith("FML:"):
        return any(table.holds(h, compound) for h in table.members.get(container, ()))
    return table.holds(container, compound)


def known_container(first, second, table: IngredientTable | None = None) -> str | None:
    """The herb/formula id of a HERB–COMPOUND pair of mentions (``label``, ``entity_id``) when the table lists the
    compound as its ingredient, else None."""
    if {first.label, second.label} != {"HERB", "COMPOUND"}:
        return None
    herb, compound = (first, second) if first.label == "HERB" else (second, first)
    return herb.entity_id if lists_ingredient(herb.entity_id, compound.entity_id, table) else None
