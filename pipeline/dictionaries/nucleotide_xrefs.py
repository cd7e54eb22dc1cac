"""A nucleotide row named by its abbreviation gets the MeSH record of its written-out name.

Nucleotides are named in papers and in ChEBI by the IUPAC-IUB abbreviation (dUTP, dATP, dADP:
"d" for 2'-deoxy, the base's letter, M/D/T for mono-/di-/triphosphate, P; IUPAC-IUB Commission on
Biochemical Nomenclature, "Abbreviations and symbols for nucleic acids", Eur J Biochem 1970), while
MeSH's supplementary records for the deoxy nucleotides carry the written-out name only
("deoxyuridine triphosphate", C027078; "deoxyadenosine triphosphate"). ChEBI's dUTP row (CHEBI:17625)
therefore had no MeSH id and the name-based link (:func:`build_chemicals.add_mesh_cross_references`)
cannot see the equivalence; BioRED normalises "dUTP" to C027078 (train PMID28204828).

Linking only: a compound row with no MeSH id whose preferred name is such an abbreviation gets,
in its note, the one MeSH record that the abbreviation's written-out names (:func:`nucleotide_names`)
name, unless the abbreviation itself names another MeSH record (TTP: another record and a disease).
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.dictionaries.build_common import RuleStats, add_note
from pipeline.dictionaries.schema import Entity

_MESH_ID = lazy_re.compile(r"MESH:[CD]\d+")
_ABBREVIATION = lazy_re.compile(r"^(d?)([AGCUTI])([MDT])P$")
NUCLEOSIDES = {"A": "adenosine", "G": "guanosine", "C": "cytidine", "U": "uridine", "T": "thymidine",
               "I": "inosine"}
PHOSPHATES = {"M": "monophosphate", "D": "diphosphate", "T": "triphosphate"}


def nucleotide_names(abbreviation: str) -> list[str]:
    """The written-out names of a nucleotide abbreviation, lower case: ``dUTP`` -> ``deoxyuridine
    triphosphate``, ``deoxyuridine 5'-triphosphate``, ``2'-deoxyuridine 5'-triphosphate``; ``[]`` when
    it is none (thymidine is already the deoxy nucleoside: dTTP = thymidine triphosphate)."""
    m = _ABBREVIATION.match(abbreviation)
    if m is None:
        return []
    deoxy, base, count = m.groups()
    nucleoside = NUCLEOSIDES[base]
    phosphate = PHOSPHATES[count]
    stems = [nucleoside]
    if deoxy and base != "T":
        stems = ["deoxy" + nucleoside, "2'-deoxy" + nucleoside]
    elif deoxy:
        stems = ["thymidine", "deoxythymidine", "2'-deoxythymidine"]
    return [f"{s} {p}" for s in stems for p in (phosphate, "5'-" + phosphate)]


def nucleotide_record(abbreviation: str, index: dict[str, set[str]]) -> str | None:
    """The one MeSH record the written-out names of ``abbreviation`` name (``index``: case-folded
    MeSH name -> ids), or None: none or several, or the abbreviation names another record."""
    found: set[str] = set()
    for name in nucleotide_names(abbreviation):
        found |= index.get(name, set())
    own = index.get(abbreviation.casefold(), set())
    if len(found) != 1 or (own and own != found):
        return None
    return next(iter(found))


def add_nucleotide_xrefs(index: dict[str, set[str]], entities: dict[str, Entity], stats: RuleStats) -> None:
    """Give each compound row with no MeSH id named by a nucleotide abbreviation the MeSH record of
    its written-out name (:func:`nucleotide_record`) as a cross-reference in its note, in place."""
    for e in entities.values():
        if e.type != "compound" or _MESH_ID.search(e.id + " " + (e.note or "")):
            continue
        mesh = nucleotide_record(e.name, index)
        if mesh is not None:
            add_note(e, mesh)
            stats.hit("chemical-mesh-xref-nucleotide", f"{e.id} {e.name} -> {mesh}")
