"""Chinese "<symbol>受体" names of receptors whose English name is "<symbol> receptor".

受体 is the standard Chinese term for "receptor" (全国科学技术名词审定委员会, 生物化学与分子生物学名词:
receptor 受体), and Chinese papers name a ligand's receptor by the ligand's symbol and 受体, as English
writes "EGF receptor": "EGF受体-ERK信号", "EGF/EGF受体信号", "GLP-1受体", "PTH受体". HGNC, UniProt
and FamPlex give the English form ("EGF receptor" on EGFR, "G-CSF receptor" on CSF3R); the Chinese
form is derived from it here, at the build, for heads that are symbols (capitals or digits in a short
word: "EGF", "GLP-1", "IGF-I", "TGF-β"), not ordinary words ("Estrogen receptor", "Thrombin
receptor": their Chinese names are words of their own, curated in names_zh_genes.tsv). A derived
name that two entities would share, or that already names another entity, is left out.
"""

from __future__ import annotations

from collections import defaultdict

from pipeline import lazy_re
from pipeline.dictionaries.build_common import RuleStats
from pipeline.dictionaries.schema import Entity

_RECEPTOR_NAME = lazy_re.compile(r"([A-Za-z0-9α-ωΑ-Ω]+(?:-[A-Za-z0-9α-ωΑ-Ω]+)*) receptor")


def symbol_head(name: str) -> str | None:
    """The symbol that ``name`` ("EGF receptor") is the receptor of, or None when the name is not
    "<symbol> receptor" or its head is an ordinary word ("Estrogen receptor", "apelin receptor")."""
    found = _RECEPTOR_NAME.fullmatch(name.strip())
    if found is None:
        return None
    head = found.group(1)
    letters = head.replace("-", "")
    capitals = sum(ch.isupper() for ch in letters)
    if len(letters) > 8 or not letters[0].isupper():
        return None
    if capitals >= 2 or (capitals == 1 and any(ch.isdigit() or "α" <= ch <= "ω" for ch in letters)):
        return head
    return None


def receptor_names_zh(entities: dict[str, Entity]) -> dict[str, list[str]]:
    """entity id -> the "<symbol>受体" names derived from its English receptor names, each owned
    by that entity alone and not already a Chinese name of another entity."""
    owners: dict[str, set[str]] = defaultdict(set)
    for eid, ent in entities.items():
        for name in (ent.name, *ent.synonyms):
            head = symbol_head(name)
            if head is not None:
                owners[head + "受体"].add(eid)
    taken: dict[str, set[str]] = defaultdict(set)
    for eid, ent in entities.items():
        for zh in (ent.name_zh, *ent.synonyms_zh):
            if zh:
                taken[zh].add(eid)
    out: dict[str, list[str]] = defaultdict(list)
    for term, ids in sorted(owners.items()):
        if len(ids) != 1:
            continue
        (eid,) = ids
        if taken.get(term, {eid}) != {eid} or term in (entities[eid].name_zh, *entities[eid].synonyms_zh):
            continue
        out[eid].append(term)
    return dict(out)


def add_receptor_names_zh(entities: dict[str, Entity], stats: RuleStats) -> None:
    """Append the derived "<symbol>受体" names to the entities' Chinese synonyms."""
    for eid, terms in receptor_names_zh(entities).items():
        entities[eid].synonyms_zh.extend(terms)
        for term in terms:
            stats.hit("receptor-zh", f"{term} ({entities[eid].name})")
