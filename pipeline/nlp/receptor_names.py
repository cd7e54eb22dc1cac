"""A receptor named by its ligand with a bracket before the word "receptor".

English names a receptor by its ligand (or the ligand's abbreviation) and the head noun
"receptor"; the name is one noun phrase even when a bracket sits inside it, and what it names is
the receptor, not the ligand nor a gene the bracketed letters happen to spell. Two shapes:

* ``LIGAND(SUBTYPE) receptor``: the subtype glued to the ligand in brackets, "GABA(A) -receptors",
  "GABA(B) receptor" (PMID21089181), "5-HT(3) receptor": the receptor the dictionary calls
  "GABAA receptor" / "GABA A receptor" / "5-HT3 receptor" (FamPlex GABR, GABBR, HTR3). Coordinated
  subtypes share the head: "GABA(A) and GABA(B) receptors" names both.
* ``long name (ABBR) receptor``: the abbreviation defined inside the receptor's name, "neurokinin 1
  (NK1) receptor" (PMID23404093: "NK1" alone is an alias of CD160), "N-methyl-D-aspartate (NMDA)
  receptor" (PMID18308784): the abbreviation is the receptor the dictionary calls "ABBR receptor"
  (TACR1, GRIN), and a ligand compound written as the long name is part of the receptor's name.
  A gene long name ("macrophage colony stimulating factor (M-CSF) receptor") is grown over the
  bracket by nlp/gene_context.py and left alone here.

The same reading as ``glued.receptor_mentions`` ("5-HT3R"), for a bracket in place of the glued R.
Pure functions over one paragraph's text and mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.nlp.matcher import Mention

_BRACKET_RECEPTOR = re.compile(r"\(\s*(?P<inner>[A-Za-z0-9][A-Za-z0-9\-]{0,11})\s*\)\s?-?\s?receptors?(?![A-Za-z])")
# an earlier conjunct of a coordinated subtype: "GABA(A) and " before "GABA(B) receptors"
_CONJUNCT_BEFORE = re.compile(r"(?P<ligand>[A-Za-z0-9\-]+)\((?P<sub>[A-Za-z0-9]{1,3})\)\s*(?:,\s*|\s+(?:and|or|and/or)\s+)$")
_SUBTYPE = re.compile(r"[A-Za-z0-9]{1,3}")
HOW = "receptor-name"


def subtype_spellings(ligand: str, subtype: str) -> list[str]:
    """The dictionary's spellings of the receptor "LIGAND(SUBTYPE) receptor" names."""
    return [f"{ligand}{subtype} receptor", f"{ligand} {subtype} receptor", f"{ligand}-{subtype} receptor",
            f"{ligand}{subtype}R"]


def abbreviation_spellings(short: str) -> list[str]:
    """The dictionary's spellings of the receptor "long name (SHORT) receptor" names."""
    return [f"{short} receptor", f"{short}R", f"{short}-R"]


def _first(gene_of: Callable[[str], str | None], names: list[str]) -> str | None:
    return next((e for e in map(gene_of, names) if e), None)


def bracket_receptor_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` with the receptors of the module docstring's two shapes: a mention from the
    ligand to "receptor(s)" for a subtype, a mention of the bracketed abbreviation for a long name;
    the mentions they cover (the ligand compound, the abbreviation's own gene) give way.
    ``gene_of(name)`` gives the gene/family the dictionary calls ``name``, or None."""
    if "receptor" not in text or "(" not in text:
        return mentions
    added: list[Mention] = []
    for hit in _BRACKET_RECEPTOR.finditer(text):
        inner = hit.group("inner")
        open_at = hit.start()
        ligand = next((m for m in mentions if m.end == open_at and m.start < open_at), None)
        if ligand is not None and _SUBTYPE.fullmatch(inner):  # GABA(A) receptor
            receptor = _first(gene_of, subtype_spellings(ligand.text, inner))
            if receptor is None:
                continue
            added.append(Mention(ligand.start, hit.end(), receptor, "GENE", HOW, text[ligand.start:hit.end()]))
            at = ligand.start
            while (before := _CONJUNCT_BEFORE.search(text, max(0, at - 40), at)) is not None:
                if before.group("ligand") != ligand.text:
                    break
                other = _first(gene_of, subtype_spellings(before.group("ligand"), before.group("sub")))
                if other is None:
                    break
                end = before.start() + len(before.group("ligand")) + len(before.group("sub")) + 2
                added.append(Mention(before.start(), end, other, "GENE", HOW, text[before.start():end]))
                at = before.start()
            continue
        if not text[:open_at].endswith((" ", "\u00a0")):
            continue
        long_end = len(text[:open_at].rstrip())
        long_name = next((m for m in mentions if m.end == long_end), None)
        if long_name is not None and long_name.label == "GENE":
            continue  # "colony stimulating factor (M-CSF) receptor": grown by gene_context
        receptor = _first(gene_of, abbreviation_spellings(inner))
        if receptor is None:
            continue
        a, b = hit.span("inner")
        added.append(Mention(a, b, receptor, "GENE", HOW, inner))
        if long_name is not None and long_name.label == "COMPOUND":  # N-methyl-D-aspartate (NMDA) receptor
            added.append(Mention(long_name.start, long_name.end, receptor, "GENE", HOW, long_name.text))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(n.start < m.end and m.start < n.end for n in added)]
    return sorted([*kept, *added], key=lambda m: (m.start, -m.end))


# "serotonin 5-HT3 receptor", "dopamine D2 receptors", "glutamate NMDA receptor": a receptor mention
# (its name ends in receptor(s) or a glued R) right after a ligand
_RECEPTOR_END = re.compile(r"(?:receptors?|R)$")


def mark_ligand_modifiers(text: str, mentions: list[Mention]) -> None:
    """Mark a COMPOUND mention that modifies the receptor mention right after it ("a serotonin
    5-HT3 receptor antagonist", PMID23404093; "dopamine D2 receptor") as no relation partner
    (``how`` = READOUT, read by relations/pairs.py): the ligand's name classifies the receptor, the
    noun phrase's head, as "Ras" does in "Ras guanosine triphosphatase" (nlp/enzyme_names.py); the
    drug the sentence is about acts on the receptor, not on serotonin. So is a compound naming a
    binding site (``names_a_binding_site``). The mention stays for the NER benchmarks."""
    from pipeline.relations.pairs import NO_PARTNER, READOUT

    ordered = sorted(mentions, key=lambda m: m.start)
    for m, nxt in zip(ordered, ordered[1:]):
        if (m.label == "COMPOUND" and nxt.label == "GENE" and text[m.end:nxt.start] == " "
                and _RECEPTOR_END.search(nxt.text) and nxt.start > m.end and m.how not in NO_PARTNER):
            m.how = READOUT
    for m in ordered:
        if names_a_binding_site(text, m) and m.how not in NO_PARTNER:
            m.how = READOUT


# "the benzodiazepine site", "the glycine site of NMDA receptors", "ATP-binding site", and coordinated,
# "the ethanol- and the benzodiazepine-site of the GABA(A) -receptor"
_SITE_AFTER = re.compile(r"(?:\s?-?\s?(?:binding\s?-?\s?)?sites?|-\s+(?:and|or)\s+(?:the\s+)?[A-Za-z0-9-]+?\s?-?\s?"
                         r"(?:binding\s?-?\s?)?sites?)(?![A-Za-z])")


def names_a_binding_site(text: str, m: Mention) -> bool:
    """Is this COMPOUND mention the ligand that names a binding site ("the benzodiazepine-site of the
    GABA(A) -receptor", PMID21089181; "the glycine site of NMDA receptors", BC5CDR)? The site is a
    part of the receptor, named after what binds there; the compound is not an agent of the sentence."""
    return m.label == "COMPOUND" and _SITE_AFTER.match(text, m.end) is not None
