"""English word orders of a receptor's subtype name: "opioid receptor kappa 1" is the "kappa opioid receptor".

HGNC names a receptor "<ligand> receptor <subtype>" so that the genes of one ligand sort together
(HGNC guidelines for human gene nomenclature, Bruford et al., Nat Genet 2020: "opioid receptor
kappa 1", "dopamine receptor D2", "histamine receptor H3", "angiotensin II receptor type 1",
"adrenoceptor beta 2"); UniProt puts the subtype first ("Kappa-type opioid receptor", "Beta-2
adrenergic receptor"). Papers write the subtype before the ligand or between ligand and head ("kappa
opioid receptor", "D2 dopamine receptor", "dopamine D2 receptor", "angiotensin II type 1
receptor", "alpha2B-adrenergic receptor"; IUPHAR's receptor nomenclature writes it the same way).
The matcher folds case, Greek letters and separators, not word order, so each order is a name of its
own. ``receptor_name_variants`` gives them from one name; the build adds the ones no other entity
uses (one name, one gene: ambiguous variants fall to the build's ``shared`` rule).

* The subtype is a Greek letter with an optional number/letter ("kappa 1", "alpha 2B", "beta 2"),
  a short code with a digit ("D2", "H3", "B1", "P2Y12", "A2a"), "type X" or a bare number; UniProt's
  "Kappa-type" is the Greek letter.
* A Greek subtype numbered 1 is written without its number when no sibling shares the letter
  ("kappa opioid receptor" for "kappa 1"): the build keeps it only when unique.
* "adrenoceptor" is the IUPHAR contraction of "adrenergic receptor"; papers write both and
  "adrenoreceptor".
* A name whose words are a scaffold (subunit, associated, interacting, like, domain, family ...)
  names no receptor of a ligand and gives nothing.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_GREEK = r"(?:alpha|beta|gamma|delta|epsilon|kappa|mu|zeta|theta|lambda|sigma|omega|[αβγδεκμζθλσω])"
# a subtype: Greek letter (+ number/letter), a code with a digit, "type X", or a bare number
_SUBTYPE = lazy_re.compile(
    rf"(?:{_GREEK}(?:[ -]?\d{{1,2}}[A-Za-z]?)?|[A-Z]{{1,2}}\d{{1,2}}[A-Za-z]?(?:\d{{1,2}})?|"
    r"type (?:\d{1,2}[A-Za-z]?|[A-Z]|I{1,3}|IV)|\d{1,2}[A-Z]?)",
    re.IGNORECASE)
# words of a gene name that make it no "<ligand> receptor <subtype>" name
_SCAFFOLD = lazy_re.compile(
    r"\b(?:subunit|associated|interacting|like|domain|containing|family|member|regulator|activity|"
    r"modifying|substrate|homolog|protein|inhibitor|antagonist|pseudogene|class|motif|accessory|"
    r"binding|chain|isoform|variant|precursor|and|or|of|for|to|with|related|dependent|coupled|"
    r"orphan|putative|probable|candidate|non|kDa|type-\w+|\w+-type)\b", re.IGNORECASE)
_LIGAND = lazy_re.compile(r"[A-Za-z0-9][A-Za-z0-9,\-]*(?: [A-Za-z0-9][A-Za-z0-9,\-]*){0,2}")
_TYPE_WORD = lazy_re.compile(r"^(" + _GREEK + r")-type ", re.IGNORECASE)
_ADRENO = ("adrenergic receptor", "adrenoceptor", "adrenoreceptor")


def _is_subtype(words: str) -> bool:
    return _SUBTYPE.fullmatch(words) is not None


def _orders(ligand: str, subtype: str, head: str) -> list[str]:
    """The word orders of one ligand, subtype and head ("receptor")."""
    if subtype.lower().startswith("type "):
        return [f"{ligand} {subtype} {head}", f"{subtype} {ligand} {head}", f"{ligand} {head} {subtype}"]
    if subtype[0].isdigit():  # "cannabinoid receptor 1", "5-hydroxytryptamine receptor 2C"
        return [f"{ligand} {subtype} {head}", f"{ligand} type {subtype} {head}", f"type {subtype} {ligand} {head}"]
    return [f"{subtype} {ligand} {head}", f"{ligand} {subtype} {head}", f"{ligand} {head} {subtype}"]


def _parse(name: str) -> tuple[str, str] | None:
    """(ligand, subtype) of "<ligand> receptor <subtype>" or "<subtype> <ligand> receptor"; None for
    any other name."""
    name = _TYPE_WORD.sub(r"\1 ", name.strip())  # "Kappa-type opioid receptor"
    if _SCAFFOLD.search(name):
        return None
    words = name.split(" ")
    if "receptor" not in [w.lower() for w in words]:
        return None
    at = [w.lower() for w in words].index("receptor")
    before, after = words[:at], words[at + 1:]
    if after:  # "<ligand> receptor <subtype>"
        subtype = " ".join(after)
        return (" ".join(before), subtype) if before and _is_subtype(subtype) else None
    for k in (2, 1):  # "<subtype> <ligand> receptor", the longer subtype first ("kappa 1", "alpha 2B")
        if len(before) > k and _is_subtype(" ".join(before[:k])):
            return " ".join(before[k:]), " ".join(before[:k])
    # "<ligand> <code> receptor" is left alone: the code may be part of the ligand's name
    # ("prostaglandin D2 receptor") as well as a subtype ("adenosine A2a receptor")
    return None


def receptor_name_variants(name: str) -> list[str]:
    """The word orders papers write a receptor's subtype name in (module docstring), without
    ``name`` itself; [] for a name that is no "<ligand> receptor <subtype>" name."""
    adreno = re.match(r"^adrenoceptor ((?:alpha|beta) \d[A-D]?)$", name.strip(), re.IGNORECASE)
    if adreno:  # HGNC "adrenoceptor beta 2"
        subtype = adreno.group(1)
        out = [f"{subtype} {head}" for head in _ADRENO]
    else:
        parsed = _parse(name)
        if parsed is None:
            return []
        ligand, subtype = parsed
        if not _LIGAND.fullmatch(ligand) or not re.search(r"[A-Za-z]{3}", ligand) or _is_subtype(ligand):
            return []
        if ligand.lower() == "adrenergic":
            out = [f"{subtype} {head}" for head in _ADRENO]
        else:
            out = _orders(ligand, subtype, "receptor")
    seen = {name.strip().casefold()}
    kept = []
    for v in out:
        if v.casefold() not in seen:
            seen.add(v.casefold())
            kept.append(v)
    return kept


_GREEK_ONE = lazy_re.compile(rf"^(?P<greek>{_GREEK})[ -]?1$", re.IGNORECASE)


def without_first_number(variant: str, subtype_of) -> str | None:
    """"kappa opioid receptor" from "kappa 1 opioid receptor": the variant with a Greek subtype's
    number 1 left out, or None when the variant's subtype is no Greek letter numbered 1.
    ``subtype_of(variant)`` gives the variant's subtype words (``_parse``)."""
    parsed = subtype_of(variant)
    if parsed is None:
        return None
    subtype = parsed[1]
    found = _GREEK_ONE.match(subtype)
    if found is None:
        return None
    return variant.replace(subtype, found.group("greek"), 1)


def receptor_variants_of(names: list[str]) -> list[str]:
    """Every variant of a gene's receptor names, the Greek "1" dropped too (the build keeps a
    dropped-number variant only when no other gene derives it: "alpha 1" stays ambiguous), "mu"
    also spelled μ, and each ending in the head also in the plural ("kappa opioid receptors": the
    matcher absorbs a plural s after a symbol only)."""
    out: list[str] = []
    for name in names:
        for v in receptor_name_variants(name):
            out.append(v)
            short = without_first_number(v, _parse)
            if short is not None:
                out.append(short)
    out += [_MU.sub("μ", v) for v in out if _MU.search(v)]
    out += [v + "s" for v in out if v.endswith(("receptor", "adrenoceptor", "adrenoreceptor"))]
    seen: set[str] = set()
    return [v for v in out if not (v.casefold() in seen or seen.add(v.casefold()))]


# the matcher folds κ and kappa alike (nlp/keys.py) but not μ and mu: both spellings are names
_MU = lazy_re.compile(r"\bmu\b", re.IGNORECASE)


# an adjective derived from the agonist that defines a receptor class: nicotinic, muscarinic (the
# alkaloids that tell the two acetylcholine receptor classes apart), adrenergic, dopaminergic
_AGONIST_ADJECTIVE = r"[A-Za-z]+(?:inic|ergic)"
_CLASS_FIRST = lazy_re.compile(rf"(?P<adj>{_AGONIST_ADJECTIVE}) (?P<ligand>[a-z][a-z\- ]*?) receptors?", re.IGNORECASE)
_CLASS_AFTER = lazy_re.compile(rf"(?P<ligand>[a-z][a-z\- ]*?) receptors? (?P<adj>{_AGONIST_ADJECTIVE})", re.IGNORECASE)


def class_receptor_names(name: str) -> list[str]:
    """Names of a receptor class named after its agonist, from a family name: "nicotinic
    acetylcholine receptor" is also the "nicotinic receptor", HGNC's stem "cholinergic receptor
    muscarinic" the "muscarinic cholinergic receptor" and "muscarinic receptor". Pharmacology
    names these classes by the drug that activates one class and not the other (nicotine,
    muscarine: Dale 1914; IUPHAR nomenclature), so the adjective alone with the head names the
    class; an adjective naming the mechanism ("ionotropic", "metabotropic") or part of an acid's
    name ("lysophosphatidic acid receptor") does not, and is not of the agonist form."""
    first = _CLASS_FIRST.fullmatch(name.strip())
    after = _CLASS_AFTER.fullmatch(name.strip())
    if first is not None and first.group("ligand").lower() != "acid":
        out = [f"{first.group('adj')} receptor"]
    elif after is not None:
        adj, ligand = after.group("adj"), after.group("ligand")
        out = [f"{adj} {ligand} receptor", f"{adj} receptor"]
    else:
        return []
    return out + [v + "s" for v in out]
