"""One compound, one id: join two ``CPD:`` rows that are one MeSH record under two spellings.

The herb tables spell one compound two ways and each spelling becomes a row of its own:
TCMSP's "1-Octacosanol" and HerbiV's "Octacosanol" (``CPD:1-octacosanol``, ``CPD:octacosanol``),
HerbiV's "ginsenoside" and the curated class row "Ginsenosides" (``CPD:ginsenoside``,
``CPD:ginsenosides``). The chemical vocabularies then give both rows the same MeSH record
(C044309 octacosanol, D036145 Ginsenosides), so the rows are one substance by the sources' own
word, and a mention linked to one row while a curator cites the other counted as a miss plus a
false row (validation41: octacosanol, ginsenosides).

Two rows are joined only when both carry the same MeSH record (in the id or a cross-reference
of the note) and either

- their preferred names fold to one key (:func:`fold_name`): case, spaces, hyphens and
  punctuation, Greek letters spelled or not, a leading chain locant "1-"/"n-" (IUPAC "1-" and
  "n-" name the normal primary chain: 1-octacosanol = n-octacosanol = octacosanol) and an English
  plural -s (the class row of MeSH names it in the plural: Ginsenosides), or
- MeSH itself names that record, and no other, by both preferred names (the herb tables' two
  spellings of one record: Harman/harmane, Physcion/physcione, Hyoscine/Scopolamine,
  Noradrenaline/norepinephrine, Aescin/escin, 1,8-Cineole/Eucalyptol, Ginsenoside Rb1/Gypenoside
  III; MeSH C005010, C008905, D012601, D009638, D004928, D000077591, C442759).

A shared MeSH record alone is not enough: a row takes a record by any one of its names, so
Diosmetin carries kaempferide's record (C449720) by a stray synonym while MeSH names that record
Kaempferide only; a shared folded name alone is not enough either ("1-methylxanthine" and
"methylxanthine" are two records). Where MeSH joins what chemists keep apart (its 3-methylquercetin
record C047368 lists isorhamnetin) the rows follow MeSH: it is the record BioRED and curators
link to.

The row kept (deterministic): a curated row first, then the row with more herbs of origin, then the
row with more sources, then the smaller id. It gains the other's names, herbs, sources, Chinese
names and notes.
"""

from __future__ import annotations

from collections import defaultdict

from pipeline import lazy_re
from pipeline.dictionaries.build_common import RuleStats, add_note
from pipeline.dictionaries.schema import Entity

_MESH = lazy_re.compile(r"MESH:[CD]\d+")
_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "κ": "kappa", "ω": "omega"}
_LOCANT = lazy_re.compile(r"^(?:1|n)-(?=[a-z])")
_PUNCT = lazy_re.compile(r"[\s\-,.'()\[\]]+")
_PLURAL = lazy_re.compile(r"(?<=[a-z]{4})(?<![suio])s$")


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


_ABBREVIATION = lazy_re.compile(r"^[A-Z][A-Z0-9]{1,5}$")


def _keep_rank(e: Entity) -> tuple:
    """A curated row first; then a name that is no plural (HerbiV's "saikosaponins" row, CAS
    20736-09-8, is MeSH's saikosaponin D record: the member's name stays the row's name); then more
    herbs of origin, more sources, and the smaller id."""
    plural = bool(_PLURAL.search(e.name.casefold()))
    return ("curated" in e.source.split("+"), not plural, len(set(e.parents)), len(e.source.split("+")),
            [-ord(c) for c in e.id])


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


def merge_duplicate_compounds(entities: dict[str, Entity], stats: RuleStats,
                              mesh_names: dict[str, set[str]] | None = None) -> dict[str, str]:
    """Join ``CPD:`` rows of one MeSH record whose names fold to one key, or whose preferred
    names MeSH gives that record alone (``mesh_names``: case-folded name -> MeSH ids,
    :func:`build_chemicals.mesh_name_index`), in place; return {merged-away id: kept id}."""
    mesh_names = mesh_names or {}
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for e in entities.values():
        if not e.id.startswith("CPD:") or e.type != "compound":
            continue
        key = fold_name(e.name)
        named = mesh_names.get(e.name.casefold(), set())
        for m in mesh_records(e):
            groups[(m, key)].add(e.id)
            if named == {m}:
                groups[(m, "\x00mesh-name")].add(e.id)
    moved: dict[str, str] = {}
    for (_, key), ids in sorted(groups.items()):
        ids = {moved.get(i, i) for i in ids}
        ids = {i for i in ids if i in entities}
        if len(ids) < 2:
            continue
        if key == "\x00mesh-name" and all(_ABBREVIATION.match(entities[i].name) for i in ids):
            # two acronyms of one record are a clash of letters, not one compound: MeSH's amsonic
            # acid record lists DADS and DASD, while the herb table's DADS is diallyl disulfide
            continue
        keep = max((entities[i] for i in ids), key=_keep_rank)
        for i in sorted(ids - {keep.id}):
            join(keep, entities.pop(i))
            moved[i] = keep.id
            stats.hit("compound-duplicate-joined", f"{i} -> {keep.id}")
    return moved
