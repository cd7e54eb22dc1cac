"""A protein named by one word and given its gene symbol in parentheses: ``Psoriasin (S100A7)``.

A paper often introduces a protein by its common name followed by the approved symbol of its
gene. When the dictionary lacks the common name (HGNC lists symbols and approved names;
psoriasin, hepcidin and other UniProt-style names are missing, and UniProt is not among our
sources), the parenthesis itself says what the word is: the paper defines it as a synonym of the
gene, as an abbreviation defines its short form (the converse of Schwartz & Hearst's pattern,
where the symbol is the short form of a long form whose letters it holds; here it does not).

Kept narrow, because ``levels (IL-6)`` or ``receptor (AR)`` are not such definitions: the word
must be shaped like a protein's name (a single word ending in -in, -ase or -ogen, optionally
numbered: ``ovalbumin``, ``synaptotagmin``, ``matriptase-2``), not an English or class word
(``protein``, ``domain``, ``toxin``), stand at the start of its noun phrase (after punctuation or a
function word, so it is not the last word of a longer name such as ``superoxide dismutase (SOD1)``),
and the parenthesis must hold a gene mention with an entity, alone.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

_NAME_THEN_SYMBOL = lazy_re.compile(
    r"(?<![\w\-])(?P<name>[A-Za-z][a-z]{2,}(?:in|ase|ogen)(?:-\d{1,2}[a-z]?)?)\s?\(\s*(?P<symbol>[^()\s,;]{2,15})\s*\)"
)
# -in/-ase words that are English or class words, not one protein's name
_NOT_NAMES = frozenset(
    "protein proteins domain chain toxin vitamin origin within again brain skin margin plugin "
    "lectin kinase phosphatase protease peptidase ligase synthase oxidase reductase transferase "
    "hydrolase polymerase isomerase lipase nuclease helicase ATPase GTPase dehydrogenase "
    "esterase integrin cadherin globin keratin tubulin actin myosin collagen mucin cytokeratin "
    "heparin antigen".split()
)
_PHRASE_START = lazy_re.compile(
    r"(?:^|[.;:,(\[]\s*|(?<![\w\-])(?:a|an|the|of|and|or|with|by|for|to|in|on|that|whereas|as|"
    r"A|An|The|of|that)\s+)$"
)


def synonym_definitions(text: str, mentions: list[Mention]) -> list[tuple[str, str, int, int]]:
    """(name, gene entity id, parenthesis start, end) for each ``Name (SYMBOL)`` in one English
    paragraph where SYMBOL is a linked gene mention and Name no mention covers."""
    out = []
    for hit in _NAME_THEN_SYMBOL.finditer(text):
        name = hit.group("name")
        if name in _NOT_NAMES or name.lower() in _NOT_NAMES:
            continue
        if not _PHRASE_START.search(text, max(0, hit.start() - 12), hit.start()):
            continue  # "superoxide dismutase (SOD1)": the word ends a longer name
        a, b = hit.span("name")
        if any(m.start < b and a < m.end for m in mentions):
            continue  # the dictionary knows the word already
        s0, s1 = hit.span("symbol")
        gene = next((m for m in mentions if m.start == s0 and m.end == s1), None)
        if gene is None or gene.label != "GENE" or not gene.entity_id:
            continue
        out.append((name, gene.entity_id, text.rfind("(", 0, s0), hit.end()))
    return out


def spellings(name: str) -> tuple[str, ...]:
    """The name as written and with its first letter's case flipped (``Psoriasin`` at a
    sentence start is ``psoriasin`` elsewhere)."""
    other = name[0].lower() + name[1:] if name[0].isupper() else name[0].upper() + name[1:]
    return (name, other)
