"""Protein names written with the qualifier first, as papers write them, from UniProt's inverted forms.

UniProt's older recommended names put a distinguishing qualifier after the name and a comma, or a
metal cofactor in square brackets ("Nitric oxide synthase, endothelial", "Malate dehydrogenase,
mitochondrial", "Superoxide dismutase [Mn], mitochondrial", "Superoxide dismutase [Cu-Zn]"), so
that isoforms sort together in a list (UniProt protein naming guidelines, section on
"qualifiers"; the convention the IUBMB Enzyme List also follows). Running text puts the qualifier
before the head as an ordinary English pre-modifier: "endothelial nitric oxide synthase",
"mitochondrial malate dehydrogenase", "manganese superoxide dismutase" (BioRED PMID16167090),
"copper/zinc superoxide dismutase". The matcher folds case, Greek and separators, not word order,
so ``qualifier_first_names`` gives those orders; the build adds the ones no other entity uses and
drops one two genes derive (its ``shared`` rule).
"""

from __future__ import annotations

import re

# "Name, qualifier": one to three lower-case words after the only comma
_COMMA_QUALIFIER = re.compile(r"^(?P<name>[^,\[\]()]{4,}?), (?P<qualifier>[a-z][a-z\-]*(?: [a-z][a-z\-]*){0,2})$")
# "Name [Metal]" with an optional ", qualifier"
_METAL = re.compile(r"^(?P<name>[^,\[\]()]{4,}?) \[(?P<metal>[A-Z][a-z]?(?:-[A-Z][a-z]?)?)\](?:, (?P<qualifier>[a-z]+))?$")
# the metals of metalloenzyme names, by their element symbol (IUPAC names)
ELEMENTS = {"Mn": "manganese", "Cu": "copper", "Zn": "zinc", "Fe": "iron", "Ni": "nickel", "Co": "cobalt",
            "Mo": "molybdenum", "Mg": "magnesium", "Ca": "calcium"}
# qualifiers that name no isoform a paper would write before the head ("Name, putative")
_NOT_QUALIFIERS = frozenset({"putative", "probable", "fragment", "fragments", "inactive", "isoform", "like",
                             "precursor", "partial", "pseudogene"})


def _metal_words(metal: str) -> list[str]:
    parts = metal.split("-")
    if not all(p in ELEMENTS for p in parts):
        return [metal]
    names = [ELEMENTS[p] for p in parts]
    return [metal, "/".join(names), "-".join(names)] if len(parts) > 1 else [metal, names[0]]


def qualifier_first_names(name: str) -> list[str]:
    """The qualifier-first orders of a UniProt inverted name (module docstring); [] otherwise."""
    name = name.strip()
    found = _METAL.match(name)
    if found is not None:
        head = _lowered(found.group("name"))
        lead = f"{found.group('qualifier')} " if found.group("qualifier") else ""
        out = [f"{m} {head}" for m in _metal_words(found.group("metal"))]
        return out + [lead + v for v in out if lead]
    found = _COMMA_QUALIFIER.match(name)
    if found is None or found.group("qualifier") in _NOT_QUALIFIERS:
        return []
    return [f"{found.group('qualifier')} {_lowered(found.group('name'))}"]


def _lowered(head: str) -> str:
    """The name's first letter in lower case when it only starts the sentence-style name
    ("Superoxide dismutase" inside "manganese superoxide dismutase"), not in a symbol ("ATP synthase")."""
    return head[0].lower() + head[1:] if head[1:2].islower() else head
