"""One compound, one id: join two ``CPD:`` rows that are one MeSH record under two spellings.

The herb tables spell one compound two ways and each spelling becomes a row of its own:
TCMSP's "1-Octacosanol" and HerbiV's "Octacosanol" (``CPD:1-octacosanol``, ``CPD:octacosanol``),
HerbiV's "ginsenoside" and the curated class row "Ginsenosides" (``CPD:ginsenoside``,
``CPD:ginsenosides``). The chemical vocabularies then give both rows the same MeSH record
(C044309 octacosanol, D036145 Ginsenosides), so the rows are one substance by the sources' own
word, and a mention linked to one row while a curator cites the other counted as a miss plus a
false row (validation41: octacosanol, ginsenosides).

Two rows are joined only when both conditions hold (either alone joins distinct compounds):

- both carry the same MeSH record (in the id or a cross-reference of the note), and
- their preferred names fold to one key (:func:`fold_name`): case, spaces, hyphens and
  punctuation, Greek letters spelled or not, a leading chain locant "1-"/"n-" (IUPAC "1-" and
  "n-" name the normal primary chain: 1-octacosanol = n-octacosanol = octacosanol) and an English
  plural -s (the class row of MeSH names it in the plural: Ginsenosides).

A shared MeSH record alone is not enough: MeSH files kaempferide under diosmetin's record and
isorhamnetin under 3-methylquercetin's, which are other compounds; a shared folded name alone is
not enough either ("1-methylxanthine" and "methylxanthine" are two records).

The row kept (deterministic): a curated row first, then the row with more herbs of origin, then the
row with more sources, then the smaller id. It gains the other's names, herbs, sources, Chinese
names and notes.
"""

from __future__ import annotations

import re
from collections import defaultdict

from pipeline.dictionaries.build_common import RuleStats, add_note
from pipeline.dictionaries.schema import Entity

_MESH = re.compile(r"MESH:[CD]\d+")
_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "κ": "kappa", "ω": "omega"}
_LOCANT = re.compile(r"^(?:1|n)-(?=[a-z])")
_PUNCT = re.compile(r"[\s\-,.'()\[\]]+")
_PLURAL = re.compile(r"(?<=[a-z]{4})(?<![suio])s$")


def fold_name(name: str) -> str:
    """The key two spellings of one compound name share: ``"1-Octacosanol"``, ``"n-octacosanol"``
    and ``"Octacosanol"`` give ``"octacosanol"``; ``"Ginsenosides"`` gives ``"ginsenoside"``;
    ``"β-sitosterol"`` gives ``"betasitosterol"``. A final -s after -s, -u, -i or -o is no plural
    (Latin and Greek singulars: ``"Asbestos"``, ``"Humus"``; as in build_chemicals._PLURAL_NAME)."""
    t = name.casefold()
    for letter, word in _GREEK.items():
        t = t.replace(letter, word)
    t = _LOCANT.sub("", t)
    t = _PUNCT.sub("", t)
    return _PLURAL.sub("", t)


def mesh_records(e: Entity) -> set[str]:
    return set(_MESH.findall(f"{e.id} {e.note or ''}"))


def _keep_rank(e: Entity) -> tuple:
    return ("curated" in e.source.split("+"), len(set(e.parents)), len(e.source.split("+")), [-ord(c) for c in e.id])


def join(keep: Entity, gone: Entity) -> None:
    """Fold ``gone`` into ``keep`` in place."""
    for n in [gone.name, *gone.synonyms]:
        if n != keep.name and n not in keep.synonyms:
            keep.synonyms.append(n)
    if not keep.name_zh and gone.name_zh:
        keep.name_zh = gone.name_zh
    elif gone.name_zh and gone.name_zh != keep.name_zh and gone.name_zh not in keep.synonyms_zh:
        keep.synonyms_zh.append(gone.name_zh)
    for n in gone.synonyms_zh:
        if n != keep.name_zh and n not in keep.synonyms_zh:
            keep.synonyms_zh.append(n)
    keep.parents = sorted(set(keep.parents) | set(gone.parents))
    keep.source = "+".join(dict.fromkeys([*keep.source.split("+"), *gone.source.split("+")]))
    for part in (gone.note or "").split("; "):
        add_note(keep, part)


def merge_duplicate_compounds(entities: dict[str, Entity], stats: RuleStats) -> dict[str, str]:
    """Join ``CPD:`` rows of one MeSH record whose names fold to one key (in place); return
    {merged-away id: kept id}."""
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in entities.values():
        if not e.id.startswith("CPD:") or e.type != "compound":
            continue
        key = fold_name(e.name)
        for m in mesh_records(e):
            groups[(m, key)].add(e.id)
    moved: dict[str, str] = {}
    for _, ids in sorted(groups.items()):
        ids = {moved.get(i, i) for i in ids}
        ids = {i for i in ids if i in entities}
        if len(ids) < 2:
            continue
        keep = max((entities[i] for i in ids), key=_keep_rank)
        for i in sorted(ids - {keep.id}):
            join(keep, entities.pop(i))
            moved[i] = keep.id
            stats.hit("compound-duplicate-joined", f"{i} -> {keep.id}")
    return moved
