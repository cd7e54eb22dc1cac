"""A drug that MeSH files only under its salt gets the salt's MeSH record as a cross-reference.

MeSH indexes some drugs under a descriptor named for their pharmaceutical salt and has no record
named by the drug itself: Imatinib Mesylate (D000068877), Erlotinib Hydrochloride (D000069347),
Sildenafil Citrate (D000068677). NLM's indexers, and corpora normalised to MeSH (BioRED: Luo et
al. 2022, annotation guideline "normalise to the MeSH record of the active ingredient"), cite that
descriptor for the bare drug name ("imatinib", BioRED train PMID24768818; "erlotinib", dev
PMID21130517). Our row for the drug is ChEBI's or DrugBank's (GUIDELINES 5.3: the gold cites
CHEBI:45783 for "imatinib", validation_en PMID16434489) and :mod:`salt_forms` rightly keeps the
salt's MeSH row apart (its id ranks higher), so the drug's row carried no MeSH id at all and a
consumer mapping our ids to MeSH lost every relation of the drug.

This step is linking only (like :func:`build_chemicals.add_mesh_cross_references`): a compound row
with no MeSH id, in its id or note, whose preferred name is the active moiety of exactly one MeSH
record named as a salt (:func:`salt_forms.salt_base` of the record's preferred name, not a
hydroxylated compound's sulfate or acetate ester, :func:`is_conjugate`; a descriptor before
supplementary records), gets that record's id in its note. Ids, names and mentions are
unchanged; salt rows are not touched. It runs after every fold, so no duplicate merge reads it.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from pipeline import lazy_re
from pipeline.dictionaries.build_common import RuleStats, add_note, read_tsv_rows
from pipeline.dictionaries.salt_forms import ESTER_ACIDS, fold_key, salt_base
from pipeline.dictionaries.schema import Entity

_MESH_ID = lazy_re.compile(r"MESH:[CD]\d+")


def is_conjugate(name: str, base: str) -> bool:
    """A hydroxylated compound's "sulfate"/"acetate" record names its ester, not a salt: phase II
    metabolism sulfates or acylates the hydroxyl ("12-hydroxynevirapine sulfate", a nevirapine
    metabolite's conjugate), so the record is another compound than the drug named ``base``."""
    tail = {w.casefold() for w in name[len(base):].split()}
    return bool(tail & ESTER_ACIDS) and "hydroxy" in base.casefold()


def salt_record_index(folder: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """({active-moiety key: descriptor ids}, {active-moiety key: supplementary-record ids}) of the
    MeSH chemical records whose preferred name is a salt's (``Imatinib Mesylate`` -> ``imatinib``)."""
    descriptors: dict[str, set[str]] = defaultdict(set)
    supplementary: dict[str, set[str]] = defaultdict(set)
    for r in read_tsv_rows(folder / "mesh_chemical_descriptors.tsv"):
        base = salt_base(r["name"].strip())
        if base and not is_conjugate(r["name"].strip(), base):
            descriptors[fold_key(base)].add("MESH:" + r["mesh_id"])
    for r in read_tsv_rows(folder / "mesh_chemical_supplementary.tsv"):
        base = salt_base(r["name"].strip())
        if base and not is_conjugate(r["name"].strip(), base):
            supplementary[fold_key(base)].add("MESH:" + r["mesh_scr_id"])
    return descriptors, supplementary


def salt_record_of(name: str, descriptors: dict[str, set[str]], supplementary: dict[str, set[str]],
                   named: set[str]) -> str | None:
    """The one MeSH record that files the drug ``name`` under its salt, or None: the only descriptor
    named as its salt, else the only supplementary record; None when MeSH has a record named by
    the drug itself (``named``: case-folded MeSH names; that record is the drug's, and
    :func:`build_chemicals.add_mesh_cross_references` links it) or several salts."""
    if name.casefold() in named:
        return None
    key = fold_key(name)
    if not key:
        return None
    for table in (descriptors, supplementary):
        hits = table.get(key, set())
        if len(hits) == 1:
            return next(iter(hits))
        if hits:
            return None
    return None


def add_salt_record_xrefs(folder: Path, entities: dict[str, Entity], named: set[str], stats: RuleStats) -> None:
    """Give each compound row with no MeSH id the MeSH salt record of its drug (:func:`salt_record_of`
    of its preferred name) as a cross-reference in its note, in place."""
    descriptors, supplementary = salt_record_index(folder)
    for e in entities.values():
        if e.type != "compound" or _MESH_ID.search(e.id + " " + (e.note or "")) or salt_base(e.name):
            continue
        mesh = salt_record_of(e.name, descriptors, supplementary, named)
        if mesh is not None:
            add_note(e, mesh)
            stats.hit("chemical-mesh-xref-salt-record", f"{e.id} {e.name} -> {mesh}")
