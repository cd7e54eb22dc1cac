"""Inorganic salts written as formulas ("Na2SeO3", "NaAsO2", "CdCl2", "ZnSO4", "Pb(NO3)2").

Papers name the reagent salt they treat cells or animals with by its formula at least as often as by
its name, and the dictionaries hold only the formulas some source lists as a synonym (CdCl2, LiCl),
not "Na2SeO3" (sodium selenite) or "NaAsO2" (sodium arsenite). A binary or oxo-salt formula is read
by IUPAC's additive nomenclature of inorganic salts (IUPAC Red Book 2005, IR-5.2, IR-5.4): the
cation named by its element (or ammonium), then the anion by its formula ("SeO3" selenite, "AsO2"
arsenite, "Cr2O7" dichromate); the counts must balance the charges (Na2SeO3: 2 x +1 = 2 for the
2- selenite, so "NaSeO3" is no salt), and a metal of several charges gets both its Stock name and
its classical name ("iron(III) chloride", "ferric chloride").

A formula is only read as a mention when a name composed so is a compound the dictionary knows
(``compound_of``): the module composes names, the dictionary decides, so a formula-shaped gene
symbol or cell line ("KCa3", "Hs578T") never becomes a salt. Pure functions; the annotator calls
:func:`salt_mentions` once per paragraph (after the PubMed subscript repair of text/subscripts.py
has joined "Na(2)SeO(3)").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.text.lookbehind import body_of, finditer_from_body

HOW = "salt-formula"

# cation symbol -> (English element or ion name, possible charges, classical names by charge)
CATIONS: dict[str, tuple[str, tuple[int, ...], dict[int, str]]] = {
    "Li": ("lithium", (1,), {}), "Na": ("sodium", (1,), {}), "K": ("potassium", (1,), {}),
    "Rb": ("rubidium", (1,), {}), "Cs": ("cesium", (1,), {}), "Ag": ("silver", (1,), {}),
    "NH4": ("ammonium", (1,), {}), "Tl": ("thallium", (1, 3), {1: "thallous", 3: "thallic"}),
    "Mg": ("magnesium", (2,), {}), "Ca": ("calcium", (2,), {}), "Sr": ("strontium", (2,), {}),
    "Ba": ("barium", (2,), {}), "Zn": ("zinc", (2,), {}), "Cd": ("cadmium", (2,), {}),
    "Ni": ("nickel", (2,), {}), "Be": ("beryllium", (2,), {}),
    "Al": ("aluminum", (3,), {}), "Ga": ("gallium", (3,), {}), "La": ("lanthanum", (3,), {}),
    "Gd": ("gadolinium", (3,), {}),
    "Fe": ("iron", (2, 3), {2: "ferrous", 3: "ferric"}), "Cu": ("copper", (1, 2), {1: "cuprous", 2: "cupric"}),
    "Co": ("cobalt", (2, 3), {2: "cobaltous", 3: "cobaltic"}), "Mn": ("manganese", (2, 3), {2: "manganous"}),
    "Hg": ("mercury", (2, 1), {2: "mercuric", 1: "mercurous"}), "Pb": ("lead", (2, 4), {}),
    "Sn": ("tin", (2, 4), {2: "stannous", 4: "stannic"}), "Cr": ("chromium", (3, 2), {3: "chromic"}),
    "Au": ("gold", (3, 1), {}), "Pt": ("platinum", (2, 4), {}),
}

# anion formula -> (charge, names; the first is IUPAC's, the others the ones papers and MeSH use)
ANIONS: dict[str, tuple[int, tuple[str, ...]]] = {
    "F": (1, ("fluoride",)), "Cl": (1, ("chloride",)), "Br": (1, ("bromide",)), "I": (1, ("iodide",)),
    "OH": (1, ("hydroxide",)), "CN": (1, ("cyanide",)), "SCN": (1, ("thiocyanate",)), "N3": (1, ("azide",)),
    "HS": (1, ("hydrosulfide", "bisulfide", "hydrogen sulfide")),
    "NO3": (1, ("nitrate",)), "NO2": (1, ("nitrite",)),
    "ClO": (1, ("hypochlorite",)), "ClO3": (1, ("chlorate",)), "ClO4": (1, ("perchlorate",)),
    "IO3": (1, ("iodate",)), "BrO3": (1, ("bromate",)), "MnO4": (1, ("permanganate",)),
    "HCO3": (1, ("hydrogen carbonate", "bicarbonate")), "HSO3": (1, ("hydrogen sulfite", "bisulfite")),
    "HSO4": (1, ("hydrogen sulfate", "bisulfate")), "H2PO4": (1, ("dihydrogen phosphate",)),
    "AsO2": (1, ("arsenite", "metaarsenite")), "VO3": (1, ("metavanadate", "vanadate")),
    "BF4": (1, ("tetrafluoroborate",)),
    "O": (2, ("oxide",)), "S": (2, ("sulfide",)), "Se": (2, ("selenide",)),
    "SO4": (2, ("sulfate", "sulphate")), "SO3": (2, ("sulfite", "sulphite")),
    "S2O3": (2, ("thiosulfate",)), "S2O5": (2, ("metabisulfite", "disulfite")),
    "CO3": (2, ("carbonate",)), "C2O4": (2, ("oxalate",)), "HPO4": (2, ("hydrogen phosphate",)),
    "SeO3": (2, ("selenite",)), "SeO4": (2, ("selenate",)), "TeO3": (2, ("tellurite",)),
    "CrO4": (2, ("chromate",)), "Cr2O7": (2, ("dichromate",)), "MoO4": (2, ("molybdate",)),
    "WO4": (2, ("tungstate",)), "SiO3": (2, ("silicate", "metasilicate")), "B4O7": (2, ("tetraborate",)),
    "PO4": (3, ("phosphate",)), "AsO4": (3, ("arsenate",)), "AsO3": (3, ("arsenite",)),
    "VO4": (3, ("orthovanadate", "vanadate")),
}

_CATION_RE = "|".join(sorted(map(re.escape, CATIONS), key=len, reverse=True))
_ANION_RE = "|".join(sorted(map(re.escape, ANIONS), key=len, reverse=True))
# cation(count) then anion(count) or (anion)count, alone as a token ("CdCl2", "Pb(NO3)2", "Na2SeO3")
FORMULA = lazy_re.compile(
    rf"(?<![A-Za-z0-9\-])(?P<cation>{_CATION_RE})(?P<m>[2-4]?)"
    rf"(?:\((?P<panion>{_ANION_RE})\)(?P<pn>[2-4])|(?P<anion>{_ANION_RE})(?P<n>[2-7]?))"
    r"(?![A-Za-z0-9])"
)
# FORMULA without its opening look-behind, searched first (text/lookbehind.py): an alternation of
# cations, which the engine finds by their first letters (stop 37: 7x faster over paragraphs)
_FORMULA_BODY = body_of(FORMULA)


def _count(digits: str) -> int:
    return int(digits) if digits else 1


def salt_names(formula: str) -> list[str]:
    """The names IUPAC's salt nomenclature gives ``formula`` when its charges balance, in order of
    preference (for a metal of several charges the Stock and classical names, which say the charge,
    then the plain name; each anion name in turn); [] when ``formula`` is no salt of a listed cation
    and anion, or is written in capitals alone without a count ("KI" is a knock-in, "KF" a
    protein's initials far more often than a salt).

    >>> salt_names("Na2SeO3")
    ['sodium selenite']
    >>> salt_names("FeCl3")
    ['iron(III) chloride', 'ferric chloride', 'iron chloride']
    """
    m = FORMULA.fullmatch(formula)
    if m is None or formula.isupper() and not any(c.isdigit() for c in formula):
        return []
    cation, anion = m.group("cation"), m.group("panion") or m.group("anion")
    cation_count = _count(m.group("m"))
    anion_count = _count(m.group("pn") or m.group("n"))
    if m.group("panion") and anion_count == 1:
        return []
    element, charges, classical = CATIONS[cation]
    anion_charge, anion_names = ANIONS[anion]
    fitting = [c for c in charges if cation_count * c == anion_count * anion_charge]
    if not fitting:
        return []
    out: list[str] = []
    for anion_name in anion_names:
        variants = []
        for charge in fitting:
            if len(charges) > 1:
                variants.append(f"{element}({_ROMAN[charge]}) {anion_name}")
            if charge in classical:
                variants.append(f"{classical[charge]} {anion_name}")
        variants.append(f"{element} {anion_name}")  # after the names that say the charge
        out += [v for v in variants if v not in out]
    return out


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def formula_hits(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, formula) of every salt-shaped token of ``text`` (charges not yet checked)."""
    for m in finditer_from_body(FORMULA, _FORMULA_BODY, text):
        yield m.start(), m.end(), m.group(0)


def salt_mentions(text: str, mentions: list[Mention], compound_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` with each salt formula of ``text`` read as the dictionary compound one of its
    composed names (:func:`salt_names`) names. A formula the dictionary already reads as (part of) a
    compound keeps that mention; mentions of other types inside the formula ("Cd" read as a gene alias) give
    way to the salt."""
    added: list[Mention] = []
    for start, end, formula in formula_hits(text):
        if any(m.start < end and start < m.end and m.label == "COMPOUND" for m in mentions):
            continue
        compound = next((c for c in map(compound_of, salt_names(formula)) if c is not None), None)
        if compound is not None:
            added.append(Mention(start, end, compound, "COMPOUND", HOW, formula))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(n.start < m.end and m.start < n.end for n in added)]
    return sorted([*kept, *added], key=lambda m: (m.start, -m.end))
