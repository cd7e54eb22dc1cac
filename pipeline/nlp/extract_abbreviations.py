"""Short forms a paper gives to a herb's extract or to a treatment group.

Herbal papers name their test article once and then only by a code: "the extract of Morus
bombycis Koidzumi (MB)", "the methanol extract of AC (MAC)", "XAP (an extract of Marsdenia
tenacissima)", "巴弗洛霉素A1组(BAF组)". The general definition finder
(pipeline/nlp/abbreviations.py) looks for the entity right before the parenthesis, so a
botanist's authority (Koidzumi, L., Sieb. et Zucc.), an extract phrase around an earlier
short form, a definition written the other way round (SHORT (long form)) or a group suffix
leaves the code undefined — and every later finding ("MB suppressed …", "BAF组 … 显著高于")
loses its agent. This module reads those four shapes, and only where the long form is an
extract of a recognised herb/compound (or, for groups, the group of a recognised entity):

* ``HERB [Authority…] (SHORT)`` — SHORT's letters occur in order in the herb phrase
  (Schwartz & Hearst's test, PSB 2003);
* ``[solvent] extract(s) of SHORT0 (SHORT)`` — SHORT0 defined earlier as a herb;
* ``SHORT (a/an/the [solvent] extract of HERB)``;
* ``[solvent] extract of HERB [part/extract words] (SHORT)`` — SHORT's letters in order in the
  whole phrase ("Carapax Trionycis extract peptide (CTEP)": herb_extract_phrase);
* ``名称组(SHORT组)``, ``名称组(SHORT，n=10)`` — a group named after an entity, and its code.

Pure functions; the annotator merges what they return into the document's definitions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import partial

from pipeline.nlp import abbreviations
from pipeline.nlp.matcher import Mention

AGENTS = ("HERB", "COMPOUND")
_SHORT = r"[A-Z][A-Za-z0-9]{0,7}(?:-[A-Z0-9IVX]{1,4})?"
# botanical authorities after a binomial: "Koidzumi", "L.", "Sieb. et Zucc.", "(Thunb.)"
_AUTHORITY = re.compile(r"(?:\s+(?:[A-Z][a-z]*\.?|et|ex|&))*\s*$")
_PAREN_SHORT = re.compile(r"\(\s*(" + _SHORT + r")\s*\)")
_EXTRACT_OF = re.compile(r"\bextracts?\s+(?:of|from)\s+$", re.IGNORECASE)
_REVERSED = re.compile(
    r"(?<![A-Za-z0-9-])(" + _SHORT + r")\s*\(\s*(?:an?|the)?\s*(?:[a-z]+\s+){0,2}extract\s+(?:of|from)\s+"
)
_GROUP = re.compile(r"组\s*[(（]\s*(" + _SHORT + r")\s*(?:组\s*[)）]|[,，;；])")


# Schwartz & Hearst's test with the first letter starting any word of the long form, and a
# code's digits (MB2) not required in it
letters_in_order = partial(abbreviations.letters_in_order, first_at_start=False, digits=False)


def extract_definitions(
    text: str,
    mentions: Iterable[Mention],
    defined: Mapping[str, str | None],
    label_of: Callable[[str], str],
) -> list[tuple[str, str, int, int]]:
    """(short, entity id, paren start, paren end) defined in one paragraph by the shapes above.

    ``defined`` maps short forms already defined in the document to their entity (None: not
    an entity); ``label_of`` gives an entity id's label.
    """
    agents = sorted((m for m in mentions if m.label in AGENTS and m.entity_id), key=lambda m: m.end)
    out: list[tuple[str, str, int, int]] = []
    for hit in _PAREN_SHORT.finditer(text):
        short, before = hit.group(1), text[: hit.start()]
        # HERB [Authority] (SHORT)
        authority = _AUTHORITY.search(before)
        cut = authority.start() if authority else len(before)
        herb = next((m for m in reversed(agents) if m.end == cut), None)
        if herb is not None and herb.end < len(before.rstrip()) and letters_in_order(short, herb.text):
            out.append((short, herb.entity_id, hit.start(), hit.end()))
            continue
        herb_id = herb_extract_phrase(short, text[: hit.start()], agents, label_of)
        if herb_id:
            out.append((short, herb_id, hit.start(), hit.end()))
            continue
        # [solvent] extract of SHORT0 (SHORT)
        prior = re.search(r"(" + _SHORT + r")\s*$", before)
        if prior and defined.get(prior.group(1)) and label_of(defined[prior.group(1)]) == "HERB":
            head = before[: prior.start()]
            if _EXTRACT_OF.search(head):
                phrase = head[max(0, head.rfind(" ", 0, max(0, len(head.rstrip()) - 12)) + 1):] + prior.group(1)
                if letters_in_order(short, phrase):
                    out.append((short, defined[prior.group(1)], hit.start(), hit.end()))
    # SHORT (an extract of HERB)
    for hit in _REVERSED.finditer(text):
        herb = next((m for m in agents if hit.end(1) < m.start <= hit.end() < m.end), None)
        if herb is None or label_of(herb.entity_id) != "HERB":
            continue
        close = text.find(")", herb.end)
        if close < 0 or not _AUTHORITY.fullmatch(text[herb.end:close]):
            continue
        out.append((hit.group(1), herb.entity_id, hit.start(1), close + 1))
    # 名称组(SHORT组)
    for hit in _GROUP.finditer(text):
        entity = next((m for m in reversed(agents) if m.end == hit.start()), None)
        if entity is not None:
            out.append((hit.group(1), entity.entity_id, hit.start(), hit.end()))
    return out


# words an extract's name puts after the herb: "Carapax Trionycis extract peptide (CTEP)", "Forsythia
# suspensa root (FSREE)"; and "[solvent] extract(s) of" before it
_HERB_TAIL = re.compile(
    r"(?:\s+(?:roots?|leaf|leaves|seeds?|fruits?|pulp|bark|rhizomes?|flowers?|stems?|peels?|aqueous|water|"
    r"ethanolic|ethanol|methanolic|methanol|extracts?|peptides?|polysaccharides?|saponins?|flavonoids?|"
    r"fractions?|powder|juice|oil)){1,3}\s*"
)
_EXTRACT_LEAD = re.compile(r"(?:\b[A-Za-z0-9%]+\s+){0,2}extracts?\s+(?:of|from)\s+(?:the\s+)?$", re.IGNORECASE)


def herb_extract_phrase(short: str, before: str, agents: list[Mention],
                        label_of: Callable[[str], str]) -> str | None:
    """The herb of ``[solvent] extract of HERB [part/extract words] (SHORT)``, or None.

    A code for a herb's extract takes its letters from the whole phrase, not the herb alone:
    "the extract of Rhizoma Polygonati Odorati (ER)", "Carapax Trionycis extract peptide (CTEP)".
    The herb must end right before the paren or before one to three part/extract words
    (_HERB_TAIL), and SHORT's letters must occur in order (Schwartz & Hearst) in the lead
    "extract of", the herb and the tail."""
    end = len(before.rstrip())
    herb = next((m for m in reversed(agents) if m.end <= end
                 and (m.end == end or _HERB_TAIL.fullmatch(before, m.end))), None)
    if herb is None or label_of(herb.entity_id) != "HERB":
        return None
    lead = _EXTRACT_LEAD.search(before[: herb.start])
    if lead is None and herb.end == end:
        return None  # the herb alone: the general finder's case
    phrase = (lead.group(0) if lead else "") + before[herb.start:end]
    return herb.entity_id if letters_in_order(short, phrase) else None


_GENUS_SPECIES = re.compile(r"([A-Z])[a-z]{2,} ([a-z]{3,}(?:-[a-z]+)?)(?![A-Za-z])")


def genus_abbreviations(mentions: Iterable[Mention]) -> list[tuple[str, str, int, int]]:
    """(``G. species``, herb id, start, end) for each herb named by its binomial in a paragraph.

    Botanical style writes a plant's binomial in full once and then with the genus cut to its
    initial: "Nigella sativa … N. sativa", "Psoralea corylifolia … P. corylifolia". The
    dictionary holds the short form only for curated and pharmacopoeia binomials, and an
    initial is ambiguous across genera (P. asiatica: Plantago, Pueraria …), so the short form
    is read from the paper itself: the binomial it wrote in full and the herb that was linked.
    Offsets are the full name's (no parenthesis is involved). On the development PubMed
    abstracts 27 later "G. species" mentions were missed for want of this."""
    out = []
    for m in mentions:
        if m.label != "HERB" or not m.entity_id:
            continue
        hit = _GENUS_SPECIES.match(m.text)
        if hit:
            out.append((f"{hit.group(1)}. {hit.group(2)}", m.entity_id, m.start, m.end))
    return out
