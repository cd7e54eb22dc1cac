"""Compounds an English paper names once by a systematic (IUPAC-style) name with a short form.

Pharmacology abstracts define a research compound by its chemical name and then use only the
short form: "(R)-(alpha)-(-)-methylhistamine dihydrobromide (RAMH) ... reversed by RAMH",
"3'-azido-3'-deoxythymidine (AZT)", "chloroacetaldehyde (CAA) is an important metabolite ...
CAA", "4-diphenylacetoxy-N-methylpiperidine (4-DAMP)". No dictionary lists most such names
(filters leave systematic names out, :func:`pipeline.dictionaries.build_chemicals.is_systematic`),
so the general definition finder (nlp/abbreviations.py) defines the short form as *not an
entity* and every later use is lost (BioRED and BC5CDR train: ~50 missed mentions of this
construction on their tune part).

Such a definition becomes a paper compound (``PCPD:<long form>``, nlp/paper_compounds.py) when
the long form is written in chemical nomenclature, the way a chemical tagger's morphology
features read it (Corbett & Copestake 2008; the IUPAC name grammar of OPSIN, Lowe et al. 2011):

* it carries a locant or stereo descriptor (``4-``, ``3'-``, ``N-``, ``(R)-``, ``1,2-``) or an
  IUPAC substituent/parent morpheme inside a word (methyl, chloro, hydroxy, phenyl, azido,
  acet, ...: "chloroacetaldehyde", "di-o-tolylguanidine");
* its last word ends in a suffix of chemical nomenclature (-ine, -ide, -ate, -ol, -one, -ane,
  -ene, -ose, -ium, -hyde, -in ...) or is a salt or ester word ("dihydrobromide", "ester");
* it holds no word of a gene product or an enzyme (-ase, protein, receptor, factor ...), is at
  most five words, and the short form's letters occur in it in order (Schwartz & Hearst 2003,
  locants skipped);
* no dictionary mention overlaps it and the short form is used again (checked by the caller,
  as for Chinese paper compounds).

Pure functions; the annotator calls :func:`systematic_long_form` for English definitions
that resolved to nothing.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.nlp.abbreviations import letters_after_locants, letters_in_order

# a locant or stereo descriptor opening a name part: "4-", "3'-", "1,2-", "N-", "O6-", "(R)-", "(+/-)-"
LOCANT = lazy_re.compile(r"(?:^|[\s(\[-])(?:\d+'?(?:,\d+'?)*|[NOSCDL]\d?|\((?:[RSEZ+\-±]|\+/-|alpha|beta)[^()]{0,6}\))-")
# IUPAC substituent and parent morphemes that compose systematic names (inside a longer word)
_MORPHEME = lazy_re.compile(
    r"(?:methyl|ethyl|propyl|butyl|pentyl|hexyl|phenyl|benzyl|tolyl|vinyl|allyl|acetyl|acetoxy|"
    r"hydroxy|methoxy|ethoxy|phenoxy|amino|imino|nitro|nitroso|azido|cyano|chloro|bromo|fluoro|iodo|"
    r"thio|sulfo|sulfonyl|carboxy|carbonyl|oxo|hydro|deoxy|dideoxy|dimethyl|trimethyl|phospho|phosphoryl|glyceryl|"
    r"tetra|penta|hexa|hepta|octa|piperid|pyrid|pyrrol|imidazol|indol|quinol|purin|pyrimid|benz|naphth|"
    r"acetaldehyde|guanid|carbolin|azol)",
    re.IGNORECASE,
)
# endings of chemical nomenclature for the last word of the name
_CHEMICAL_END = lazy_re.compile(
    r"(?:ine|ide|ate|ite|ol|one|ane|ene|yne|ose|ium|hyde|in|yl|oid|ester|ether|acid)$", re.IGNORECASE)
# words of gene products, enzymes, assays and phrases: not a compound's name
_NOT_COMPOUND = lazy_re.compile(
    r"(?:ase|ases|protein|proteins|receptor|receptors|factor|factors|peptide|antibody|antigen|"
    r"domain|complex|inhibitor|inhibitors|agonist|antagonist|blocker|channel|transporter|"
    r"assay|test|staining|method|medium|buffer|solution|extract|product|products|level|levels|"
    r"species|group|groups|derivative|derivatives|analog|analogue|compounds?)$",
    re.IGNORECASE,
)
_SHORT = lazy_re.compile(r"(?:\d+(?:,\d+)*-)?[A-Za-z][A-Za-z0-9-]{1,9}")
MAX_WORDS = 5


def systematic_name(long: str) -> bool:
    """Is ``long`` written as a systematic chemical name (locants or substituent morphemes, a
    nomenclature ending, no gene-product or enzyme word)? "chloroacetaldehyde",
    "(R)-(alpha)-(-)-methylhistamine dihydrobromide" yes; "moderate", "heme oxygenase",
    "methyl-CpG binding protein" no."""
    long = long.strip()
    words = long.split()
    if not words or len(words) > MAX_WORDS or not long.isascii():
        return False
    if any(_NOT_COMPOUND.search(w.strip(",;")) for w in words):
        return False
    last = re.sub(r"[^A-Za-z]+$", "", words[-1])
    if not _CHEMICAL_END.search(last):
        return False
    if LOCANT.search(long):
        return True
    # a morpheme inside a word: the word is longer than the morpheme (no bare "methyl", "benzyl")
    return any(len(w) >= 8 and (m := _MORPHEME.search(w)) is not None and len(w) > m.end() - m.start() + 2
               for w in words)


def systematic_long_form(short: str, long: str) -> str | None:
    """The long form of an English definition "long (SHORT)" when it names a compound by its
    systematic name and the short form abbreviates it (letters in order after the locants);
    else None. The short form carries two capitals or more ("RAMH", "4-DAMP", "CAA")."""
    long = long.strip()
    if not _SHORT.fullmatch(short) or len(re.findall(r"[A-Z]", short)) < 2:
        return None
    if not systematic_name(long) or not abbreviates(short, long):
        return None
    return long


# the locants and stereo descriptors that open a systematic name ("3'-", "1,2-", "(R)-(alpha)-(-)-", "L-")
_OPENING = lazy_re.compile(r"^(?:(?:\d+'?(?:,\d+'?)*|[NOSDL]\d?|\([^()]{1,8}\))-)+")


def abbreviates(short: str, long: str) -> bool:
    """Schwartz & Hearst's letter test on a systematic name: the short form's letters occur in
    order in the long form, from its start, from after its opening locants and stereo descriptors
    ("3'-azido-3'-deoxythymidine (AZT)"), or with the descriptor's letter first
    ("(R)-(alpha)-(-)-methylhistamine (RAMH)")."""
    if letters_after_locants(short, long):
        return True
    opening = _OPENING.match(long)
    return opening is not None and (letters_in_order(short, long[opening.end():])
                                    or letters_in_order(short, re.sub(r"[^A-Za-z]", "", opening.group()) + long[opening.end():]))


def long_form_start(text: str, long: str, paren_start: int) -> int | None:
    """Where the long form starts when it ends right before the parenthesis at ``paren_start``."""
    before = text[:paren_start].rstrip()
    return len(before) - len(long) if long and before.endswith(long) else None


def as_systematic_compound(definition, text: str, mentions: list, texts: list[str]):
    """``definition`` (an English :class:`~pipeline.nlp.abbreviations.Definition` that names no
    entity) made a paper compound's (``PCPD:<long form>``) when its long form is a systematic name
    right before the parenthesis, no dictionary mention overlaps it and the short form is used again
    in the document; else unchanged."""
    from dataclasses import replace

    from pipeline.nlp.paper_compounds import paper_compound_id, used_again

    long = systematic_long_form(definition.short, definition.long)
    if long is None:
        return definition
    start = long_form_start(text, long, definition.paren_start)
    # a dictionary mention inside the name ("(R)-(alpha)-(-)-methylhistamine dihydrobromide" holds the
    # class "methylhistamine") does not name it; one reaching outside it does, and so does a gene or
    # family mention anywhere in it: "metallothionein-1 (MT1)" (validation_en 27184800, the
    # FamPlex family on "metallothionein-1") is a protein, though "thio" and "-in" read as nomenclature
    if start is None or any(m.start < definition.paren_start and start < m.end
                            and (m.label == "GENE" or not (start <= m.start and m.end <= start + len(long)))
                            for m in mentions):
        return definition
    if not used_again(definition.short, texts):
        return definition
    return replace(definition, long=long, entity_id=paper_compound_id(long))


def without_inner_mentions(text: str, mentions: list, definition) -> list:
    """``mentions`` without those inside the long form of a systematic-name definition made a
    paper compound (the class "methylhistamine" inside "(R)-(alpha)-(-)-methylhistamine
    dihydrobromide"): the whole name is the compound's mention (added with the paper's long forms)."""
    start = long_form_start(text, definition.long, definition.paren_start)
    if start is None:
        return mentions
    end = start + len(definition.long)
    return [m for m in mentions if not (start <= m.start and m.end <= end)]
