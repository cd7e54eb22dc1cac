"""The one schema shared by every dictionary TSV (generated and curated alike).

One TSV per entity type, one row per entity. Multi-valued cells are separated by
``MULTI_SEP`` ("|"), because names legitimately contain commas and semicolons.
Generated files start with a ``#`` comment line naming the command that regenerates them;
the loader skips ``#`` lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

MULTI_SEP = "|"
# The note of a FamPlex family with "partof" members (a heterodimer hormone, an enzyme complex): one of its
# parts named beside it is no short name for it (nlp/family_sense.py).
COMPLEX_NOTE = "complex of its members (FamPlex partof)"

COLUMNS: tuple[str, ...] = (
    "id",  # HGNC:6137, FPLX:AMPK, hsa04216, R-HSA-109581, WP4313, HERB001409, FML:补骨生髓方, CPD:icariin
    "type",  # one of ENTITY_TYPES
    "name",  # canonical English: HGNC symbol, FamPlex name, pathway name, herb Latin name, compound name
    "name_zh",  # canonical Chinese name (may be empty)
    "synonyms",  # English/Latin synonyms, MULTI_SEP separated
    "synonyms_zh",  # Chinese synonyms, MULTI_SEP separated
    "pinyin",  # herbs and formulas
    "members",  # pathways: member gene symbols; formulas: component herb ids; families: member HGNC symbols
    "parents",  # families/genes: FamPlex parents; compounds: herb ids of origin
    "source",  # where the row came from (HGNC, FamPlex, KEGG, Reactome, WikiPathways, HERB, HerbiV, TCMNP, curated)
    "note",  # curation notes
)

# Entity type (dictionary row) -> span label used on spaCy Docs.
ENTITY_TYPES: dict[str, str] = {
    "gene": "GENE",
    "family": "GENE",
    "pathway": "PATHWAY",
    "herb": "HERB",
    "formula": "HERB",
    "compound": "COMPOUND",
}

LABELS: tuple[str, ...] = ("HERB", "COMPOUND", "GENE", "PATHWAY")

# Files the loader reads, in this order, from the dictionaries folder.
DICTIONARY_FILES: tuple[str, ...] = (
    "genes.tsv",
    "families.tsv",
    "pathways.tsv",
    "herbs.tsv",
    "compounds.tsv",
)


@dataclass
class Entity:
    """One dictionary entity; the unit every mention is linked to."""

    id: str
    type: str
    name: str
    name_zh: str = ""
    synonyms: list[str] = field(default_factory=list)
    synonyms_zh: list[str] = field(default_factory=list)
    pinyin: str = ""
    members: list[str] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)
    source: str = ""
    note: str = ""

    # kept on first use (issue 17, stop 45): asked for every candidate and mention of every document (~0.5 % of
    # ``process_file`` on the 16x benchmark as a property); an entity's type is set when it is made, never changed
    @cached_property
    def label(self) -> str:
        return ENTITY_TYPES[self.type]


def split_multi(cell: str) -> list[str]:
    if MULTI_SEP not in cell:  # most cells: one value or none
        cell = cell.strip()
        return [cell] if cell else []
    return [part.strip() for part in cell.split(MULTI_SEP) if part.strip()]


def join_multi(values: list[str]) -> str:
    return MULTI_SEP.join(v for v in values if v)
