"""A receptor named by its ligand's symbol: "IL-6 receptor" is IL6R, "FSH receptor" is FSHR.

HGNC and UniProt name a receptor by its ligand's full name ("interleukin 6 receptor",
"follicle stimulating hormone receptor", "leptin receptor"); papers write the ligand's symbol
instead ("IL-6 receptor", "FSH receptor", "IL-6受体", "FSH受体"). The matcher folds case and
separators, not names, so the dictionary did not know "IL-6 receptor": the English phrase grew
over the ligand's mention and was read as IL6 (the ligand), and "IL-6受体" was read as IL-6
(nlp/zh_receptor_names.py looks the receptor up as "<ligand> receptor" and found none).

Rule: a gene whose HGNC approved name is exactly "<L> receptor", where L is the approved name of
exactly one other gene or a name of exactly one FamPlex family (the ligand; hyphens read as spaces),
also takes the name "<ligand's symbol> receptor" (the gene's approved symbol, the family's FamPlex
name). Only the approved name: the protein names of other sources pair ligand and receptor loosely
("fibroblast growth factor 2 receptor" for FGFR2, which FGF2 does not name). Not when L
is followed by anything after "receptor" (a subtype, "superfamily member": those are other genes'
names, receptor_en.py), nor when two receptors derive the same name (the build's ``shared`` rule:
"PTH receptor" of PTH1R and PTH2R would be, but HGNC writes those "parathyroid hormone 1/2
receptor", so neither derives it and "PTH receptor" stays unlinked), nor when another entity already
holds the name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from pipeline import lazy_re

_RECEPTOR_NAME = lazy_re.compile(r"(?P<ligand>.+?)[ -]receptor", re.IGNORECASE)


def _key(name: str) -> str:
    """"follicle-stimulating hormone" and "follicle stimulating hormone" are one name."""
    return " ".join(name.replace("-", " ").split()).casefold()


def ligands_by_name(approved: Mapping[str, str], family_names: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Casefolded full name -> the ligand's symbol, for names that name exactly one entity.

    ``approved``: gene symbol -> approved name; ``family_names``: FamPlex name -> its names."""
    owners: dict[str, set[str]] = {}
    for symbol, name in approved.items():
        if name:
            owners.setdefault(_key(name), set()).add(symbol)
    for family, names in family_names.items():
        for name in names:
            if name and _key(name) != _key(family):
                owners.setdefault(_key(name), set()).add(family.replace("_", " "))
    return {name: next(iter(symbols)) for name, symbols in owners.items() if len(symbols) == 1}


def receptor_ligand_names(names: Mapping[str, Iterable[str]], symbols: Mapping[str, str],
                          ligands: Mapping[str, str]) -> list[tuple[str, str]]:
    """(gene id, "<ligand symbol> receptor") for each gene with a name "<ligand's full name>
    receptor" (module docstring); ``names``: gene id -> its approved name(s), ``symbols``: gene id
    -> its approved symbol, ``ligands``: ``ligands_by_name``."""
    out: list[tuple[str, str]] = []
    for gid, gene_names in names.items():
        own = symbols.get(gid)
        seen: set[str] = set()
        for name in gene_names:
            m = _RECEPTOR_NAME.fullmatch(name.strip())
            ligand = ligands.get(_key(m.group("ligand"))) if m else None
            if ligand is None or ligand == own or ligand in seen:
                continue
            seen.add(ligand)
            out.append((gid, f"{ligand} receptor"))
    return out
