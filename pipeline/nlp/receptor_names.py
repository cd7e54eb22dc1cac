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

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.text.subscripts import lookup_form

_BRACKET_RECEPTOR = lazy_re.compile(r"\(\s*(?P<inner>[A-Za-z0-9][A-Za-z0-9\-]{0,11})\s*\)\s?-?\s?receptors?(?![A-Za-z])")
# an earlier conjunct of a coordinated subtype: "GABA(A) and " before "GABA(B) receptors"
_CONJUNCT_BEFORE = lazy_re.compile(r"(?P<ligand>[A-Za-z0-9\-]+)\((?P<sub>[A-Za-z0-9]{1,3})\)\s*(?:,\s*|\s+(?:and|or|and/or)\s+)$")
_SUBTYPE = lazy_re.compile(r"[A-Za-z0-9]{1,3}")
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
_RECEPTOR_END = lazy_re.compile(r"(?:receptors?|R)$")


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
_SITE_AFTER = lazy_re.compile(r"(?:\s?-?\s?(?:binding\s?-?\s?)?sites?|-\s+(?:and|or)\s+(?:the\s+)?[A-Za-z0-9-]+?\s?-?\s?"
                              r"(?:binding\s?-?\s?)?sites?)(?![A-Za-z])")


def names_a_binding_site(text: str, m: Mention) -> bool:
    """Is this COMPOUND mention the ligand that names a binding site ("the benzodiazepine-site of the
    GABA(A) -receptor", PMID21089181; "the glycine site of NMDA receptors", BC5CDR)? The site is a
    part of the receptor, named after what binds there; the compound is not an agent of the sentence."""
    return m.label == "COMPOUND" and _SITE_AFTER.match(text, m.end) is not None


# --- receptor and enzyme names with a bracket inside, and lists sharing one head -----------------

# the head noun of a receptor or enzyme name ("receptors", "adrenoceptor", "NADH-dehydrogenases")
_NAME_HEAD = lazy_re.compile(r"(?<![A-Za-z])(?:receptors?|adrenoceptors?|adrenoreceptors?|[a-z]{3,}ases?)(?![A-Za-z])")
# a short form defined inside the name: "prostaglandin E2 (PGE2) receptors", "phosphatidylinositol (PI) 3-kinase"
_INNER_SHORT = lazy_re.compile(r" \([^()\s]{1,12}\)(?= )")
_NOT_ENZYME_HEADS = frozenset("""release releases increase increases decrease decreases phase phases base bases
    case cases disease diseases ease cease phrase phrases lease purchase database databases""".split())
# a list before the last conjunct: ", " / " and " / " or " / ", and " between conjuncts
_LIST_SEPARATOR = lazy_re.compile(r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and/or)\s+)$")
_MAX_WORDS = 4  # words of a name before its head
HOW_UNBRACKETED = "unbracketed-name"
HOW_SHARED_HEAD = "shared-head"


def plain_name(phrase: str) -> str:
    """``phrase`` without a short form defined inside it and with PubMed's bracketed sub- and
    superscripts inline (text/subscripts.lookup_form: the normaliser has written most inline
    already, "D(2)"; "p70(S6) kinase" it keeps): "prostaglandin D2 (PGD2) receptors" ->
    "prostaglandin D2 receptors"."""
    return _INNER_SHORT.sub("", lookup_form(phrase))


def _name_of(phrase: str, gene_of: Callable[[str], str | None]) -> str | None:
    """The gene/family ``phrase`` names, read as written and in the singular."""
    found = gene_of(phrase)
    if found is None and phrase.endswith("s"):
        found = gene_of(phrase[:-1])
    return found


def _word_starts(text: str, lo: int, hi: int) -> list[int]:
    """Starts of the words in text[lo:hi], nearest to ``hi`` first."""
    return sorted((m.start() for m in re.finditer(r"(?<!\S)\S", text[lo:hi])), reverse=True)


def unbracketed_name_mentions(text: str, mentions: list[Mention],
                              gene_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` with receptor and enzyme names that a bracket inside keeps from the dictionary.
    A short form defined inside the name: "prostaglandin E2 (PGE2) receptors" (PTGER, validation
    PMID16322797), "5 hydroxytryptamine 3 (5-HT3) receptor" (BC2GM), "phosphatidylinositol (PI)
    3-kinase" (PI3K, BC2GM and BioRED): a writer defines a short form right after its long form
    (the "long form (short form)" pair of Schwartz & Hearst 2003), and the long form may be the
    first words of a longer name. A superscript the normaliser keeps in its bracket: "p70(S6)
    kinase" (BC2GM; text/subscripts.lookup_form). The name the dictionary knows is the phrase
    without the bracket (``plain_name``). The longest phrase of up to ``_MAX_WORDS`` words before a
    head noun whose plain form names a gene/family becomes one mention; the mentions inside it
    give way."""
    if "(" not in text:
        return mentions
    added: list[Mention] = []
    for head in _NAME_HEAD.finditer(text):
        if head.group(0).lower() in _NOT_ENZYME_HEADS:
            continue
        lo = max(0, head.start() - 60)
        window = text[lo:head.start()]
        if "(" not in window:
            continue
        starts = _word_starts(text, lo, head.start())[:_MAX_WORDS]
        for start in reversed(starts):  # the longest phrase first
            phrase = text[lo + start:head.end()]
            if re.search(r"[,;.]\s|\s(?:and|or)\s", phrase):
                continue
            plain = plain_name(phrase)
            if plain == phrase:
                continue
            entity = _name_of(plain, gene_of)
            if entity is None:
                continue
            a = lo + start
            if not any(m.label == "GENE" and m.start <= a and head.end() <= m.end for m in mentions):
                added.append(Mention(a, head.end(), entity, "GENE", HOW_UNBRACKETED, phrase))
            break
    return _replacing(mentions, added)


def _replacing(mentions: list[Mention], added: list[Mention]) -> list[Mention]:
    if not added:
        return mentions
    kept = [m for m in mentions if not any(n.start < m.end and m.start < n.end for n in added)]
    return sorted([*kept, *added], key=lambda m: (m.start, -m.end))


def _conjunct_before(text: str, end: int, singular: str, gene_of) -> tuple[int, str | None] | None:
    """The conjunct ending at ``end`` (1-3 words, no list mark inside): (its start, what
    "<conjunct> <head>" names), the longest that names something first; None when the text
    before is no conjunct."""
    lo = max(0, end - 40)
    first = None
    for start in _word_starts(text, lo, end)[:3]:
        a = lo + start
        conjunct = text[a:end]
        if re.search(r"[,;.]|\s(?:and|or)\s", conjunct) or _NAME_HEAD.search(conjunct):
            break
        first = first if first is not None else a
        entity = _name_of(plain_name(f"{conjunct} {singular}"), gene_of)
        if entity is not None:
            return a, entity
    return (first, None) if first is not None else None


# a head followed by its own short form names one enzyme: "reduced glutathione (GSH) and glutathione
# reductase (GR)" lists a compound and an enzyme, not two enzymes
_OWN_SHORT_FORM = lazy_re.compile(r"\s?\([^()\s]{1,12}\)")


def shared_head_mentions(text: str, mentions: list[Mention], gene_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` with the conjuncts of a list of modifiers sharing one head noun:
    "isocitrate, succinate, malate, α-ketoglutarate and NADH-dehydrogenases" (PMID23261676) names
    enzymes, "muscarinic and tachykinin receptors" two receptors. English coordinates the modifiers
    of one head noun and writes the head once, usually in the plural (Quirk et al., A Comprehensive
    Grammar of the English Language, 13.60, coordination of modifiers); so each conjunct X names
    what "X <head>" names in the dictionary. The head must be plural and not followed by a short
form of its own ("glutathione reductase (GR)" names one enzyme). The last conjunct is the phrase of up to three words
    glued to the head; earlier conjuncts are read back over list marks while each is one word or
    names something (one that names nothing is passed over, "malate" when no one gene is malate
    dehydrogenase; a longer one ends the list); at least one earlier conjunct must name a
    gene/family. The conjuncts' own mentions (the substrate "succinate") give way."""
    added: list[Mention] = []
    for head in _NAME_HEAD.finditer(text):
        word = head.group(0)
        if word.lower() in _NOT_ENZYME_HEADS or not word.endswith("s") or _OWN_SHORT_FORM.match(text, head.end()):
            continue
        singular = word[:-1]
        if text[head.start() - 1:head.start()] not in (" ", "-"):  # "NADH-dehydrogenases", "B2 receptors"
            continue
        last = _conjunct_before(text, head.start() - 1, singular, gene_of)
        if last is None:
            continue
        found: list[Mention] = []
        at = last[0]
        for _ in range(8):
            sep = _LIST_SEPARATOR.search(text, max(0, at - 12), at)
            if sep is None:
                break
            conjunct = _conjunct_before(text, sep.start(), singular, gene_of)
            if conjunct is None:
                break
            a, entity = conjunct
            if entity is None and " " in text[a:sep.start()].strip():
                break
            if entity is not None:
                found.append(Mention(a, sep.start(), entity, "GENE", HOW_SHARED_HEAD, text[a:sep.start()]))
            at = a
        if not found:
            continue
        added += found
        if last[1] is not None and not any(m.label == "GENE" and m.start <= last[0] and head.end() <= m.end
                                           for m in mentions):
            added.append(Mention(last[0], head.end(), last[1], "GENE", HOW_SHARED_HEAD, text[last[0]:head.end()]))
    return _replacing(mentions, added)
