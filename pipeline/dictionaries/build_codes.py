"""Development codes that only MeSH lists (``compound_codes.tsv``): read only where the paper names the code an agent.

MeSH's supplementary records name many research compounds by their code ("FX11 cpd" is C547455, "BV6
peptide" C582180). The compound dictionary admits a code only when another source uses it too
(build_chemicals.py: 11,000 codes only MeSH knows would read lot and catalogue numbers everywhere). A paper
that doses a code or names it an inhibitor, agonist … (nlp/drug_codes.py ``dosed_codes``, ``role_codes``)
has already said it is a compound; this table then gives it MeSH's id instead of a paper-only id, so a gold
row keyed by the MeSH record (how BioRED and our gold sets key such compounds) is matched.

One row per code key (case, hyphen and space folded: ``BV 6`` = ``BV6``): the record's id and name. A key
that names two records is left out (ambiguous), as is a code already a term of the compound dictionary (the
matcher reads it). Pure functions over the raw MeSH table.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from pipeline import lazy_re
from pipeline.dictionaries.build_common import GENERATED_LINE, read_tsv_rows, write_text_atomic

CODES_FILE = "compound_codes.tsv"
HEADER = ("code", "id", "name")
# a code as nlp/drug_codes.py reads one: letters then digits, an optional letter or two after
_CODE_NAME = lazy_re.compile(r"^[A-Za-z]{1,5}[- ]?\d{1,7}[A-Za-z]{0,2}\d{0,2}$")
# MeSH names a record by its code with a word after it: "FX11 cpd", "KC7F2 compound", "BV6 peptide"
_SUFFIX = lazy_re.compile(r"\s+(?:cpd|compound|peptide)$")
# a letter-only acronym MeSH marks as a compound's code with "cpd" ("DICO cpd", C585838: the flavonoid
# 5,7-dihydroxy-2-(1,2-isopropyldioxy-4-oxo-cyclohex-5-enyl)-chromen-4-one); without the marker an
# acronym of capitals is any abbreviation. Read only where the paper calls it a chemical (nlp/drug_codes.py
# ``class_codes``), never by the matcher.
_CPD_ACRONYM = lazy_re.compile(r"^([A-Z]{3,6})\s+cpd$")


def code_key(code: str) -> str:
    """Case, hyphen and space folded: "SR-48692", "sr 48692" and "SR48692" are one key."""
    return re.sub(r"[\s-]", "", code).upper()


def code_table(scr_rows: Iterable[dict[str, str]], known_terms: set[str]) -> dict[str, tuple[str, str]]:
    """{code key: (MESH:<C id>, record name)} of the code-shaped names (two letters at least; "FX11 cpd" read
    as FX11) and the letter-only acronyms MeSH marks "cpd" ("DICO cpd") of MeSH's supplementary records, but for keys naming two records and codes in ``known_terms`` (case-folded
    terms of the compound dictionary)."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for r in scr_rows:
        for n in [r["name"], *r["synonyms"].split("|")]:
            acronym = _CPD_ACRONYM.match(n.strip())
            n = _SUFFIX.sub("", n.strip())
            if ((_CODE_NAME.match(n) and sum(c.isalpha() for c in n) >= 2) or acronym) and n.casefold() not in known_terms:
                found[code_key(n)].add((f"MESH:{r['mesh_scr_id']}", r["name"]))
    known_keys = {code_key(t) for t in known_terms if _CODE_NAME.match(t)}
    return {k: next(iter(v)) for k, v in found.items() if len({i for i, _ in v}) == 1 and k not in known_keys}


def build_code_table(chemicals: Path, known_terms: set[str]) -> dict[str, tuple[str, str]]:
    """:func:`code_table` of ``chemicals/mesh_chemical_supplementary.tsv``."""
    return code_table(read_tsv_rows(chemicals / "mesh_chemical_supplementary.tsv"), known_terms)


def write_code_table(path: Path, table: dict[str, tuple[str, str]]) -> int:
    """Write the table (generated line, header, one row per code key, sorted); returns the row count."""
    lines = [GENERATED_LINE, "\t".join(HEADER)]
    lines += [f"{k}\t{i}\t{n}" for k, (i, n) in sorted(table.items())]
    write_text_atomic(path, "\n".join(lines) + "\n")
    return len(table)
