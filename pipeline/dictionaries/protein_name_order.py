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

from pipeline import lazy_re

# "Name, qualifier": one to three lower-case words after the only comma
_COMMA_QUALIFIER = lazy_re.compile(r"^(?P<name>[^,\[\]()]{4,}?), (?P<qualifier>[a-z][a-z\-]*(?: [a-z][a-z\-]*){0,2})$")
# "Name [Metal]" with an optional ", qualifier"
_METAL = lazy_re.compile(r"^(?P<name>[^,\[\]()]{4,}?) \[(?P<metal>[A-Z][a-z]?(?:-[A-Z][a-z]?)?)\](?:, (?P<qualifier>[a-z]+))?$")
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


# UniProt names of ion-coupled transporters open with the coupling ion ("Sodium-dependent serotonin
# transporter", "Sodium- and chloride-dependent GABA transporter 1", "Na(+)-coupled citrate
# transporter", "Proton-coupled amino acid transporter 1"); papers name them by substrate alone
# ("serotonin transporter", "dopamine transporter", "GABA transporter 1").
_ION = r"(?:sodium|potassium|chloride|calcium|proton|H\(\+\)|Na\(\+\)|Cl\(-\))"
_COUPLING_ION = lazy_re.compile(
    rf"^{_ION}(?:- and {_ION})?-(?:dependent|coupled|driven) (?P<rest>[^,()\[\]]+? "
    r"(?:transporter|cotransporter|symporter|antiporter|exchanger)(?: \d{1,2}[A-Z]?)?)$",
    re.IGNORECASE,
)
_TRAILING_NUMBER = lazy_re.compile(r" \d{1,2}[A-Z]?$")


def coupling_ion_dropped(name: str) -> str | None:
    """The substrate-first name of an ion-coupled transporter without its coupling ion ("serotonin
    transporter" of "Sodium-dependent serotonin transporter"); None for any other name.

    Transporters are named by what they carry (TCDB, Saier et al. 2021; the SLC nomenclature, Hediger
    et al. 2013): the coupling ion is a property UniProt's recommended names state, not part of the
    name papers use. Only transporter heads: a "calcium-activated potassium channel" or "calcium-dependent
    protease" names another protein without its first word. The build keeps a variant only when no
    other gene's name holds its stem (``unambiguous_stems``): "glucose transporter 1" of MFSD4B's
    "Sodium-dependent glucose transporter 1" is GLUT1's name, so it is left out."""
    found = _COUPLING_ION.match(name.strip())
    if found is None:
        return None
    rest = found.group("rest")
    return rest[0].lower() + rest[1:] if rest[1:2].islower() else rest


_TRANSPORT_HEAD = r"(?:transporters?|cotransporters?|symporters?|antiporters?|exchangers?|carriers?|transport proteins?)"


def variant_stem(variant: str) -> str:
    """The part of a variant another gene's name must not contain: the substrate words before the
    transporter head, case- and separator-folded ("GABA transporter 1" -> "gaba")."""
    folded = re.sub(r"[\s\-]+", " ", _TRAILING_NUMBER.sub("", variant).casefold()).strip()
    return re.sub(rf" {_TRANSPORT_HEAD}$", "", folded)


def unambiguous_stems(variants: dict[str, str], names_of: dict[str, list[str]]) -> set[str]:
    """The variants (variant -> gene id) whose substrate no name of another gene puts before a
    transporter head of any kind: "citrate transporter" of SLC13A5 is left out, SLC25A1 is the
    "mitochondrial citrate carrier" and "citrate transport protein"."""
    patterns = {v: re.compile(rf"(?<![\w]){re.escape(variant_stem(v))} {_TRANSPORT_HEAD}") for v in variants}
    clashes: set[str] = set()
    for gid, names in names_of.items():
        folded = [re.sub(r"[\s\-]+", " ", n.casefold()) for n in names]
        for v, pattern in patterns.items():
            if variants[v] != gid and v not in clashes and any(pattern.search(f) for f in folded):
                clashes.add(v)
    return set(variants) - clashes
