"""Short forms a paper gives to a herb's extract or to a treatment group.

Herbal papers name their test article once and then only by a code: "the extract of Morus
bombycis Koidzumi (MB)", "the methanol extract of AC (MAC)", "XAP (an extract of Marsdenia
tenacissima)", "巴弗洛霉素A1组(BAF组)". The general definition finder
(pipeline/nlp/abbreviations.py) looks for the entity right before the parenthesis, so a
botanist's authority (Koidzumi, L., Sieb. et Zucc.), an extract phrase around an earlier
short form, a definition written the other way round (SHORT (long form)) or a group suffix
leaves the code undefined — and every later finding ("MB suppressed …", "BAF组 … 显著高于")
loses its agent. This module reads those shapes, and only where the long form is an
extract of a recognised herb/compound (or, for groups, the group of a recognised entity):

* ``PHRASE (SHORT)``, ``PHRASE (SHORT, family Araliaceae)`` — PHRASE is read back from the
  parenthesis word by word (extract_phrase): one herb (a HERB mention, its botanical authority,
  or a short form defined earlier as a herb: "the ethanol extract of PS (EEPS)") and the extract,
  solvent, part and joining words around it ("ethanolic extract of Forsythia suspensa root",
  "S. sarmentosum Bunge Extract", "50% ethanol extract of dried fruit pulp of AM"). SHORT names
  it when its letters occur in order in PHRASE (Schwartz & Hearst's test, PSB 2003) or, when
  PHRASE holds an extract word, when each of its letters starts a word of its own in any order
  (initials_cover: authors coin FSREE from "Forsythia suspensa root ethanol extract" and
  define it after "ethanolic extract of Forsythia suspensa root", validation PMID 25373392);
* ``SHORT (a/an/the [solvent] extract of HERB)``;
* ``名称组(SHORT组)``, ``名称组(SHORT，n=10)`` — a group named after an entity, and its code.

A binomial cut to ``G. species`` (genus_abbreviations) is made a herb mention before the
definitions are read (genus_form_mentions), so "aqueous extract of C. militaris (AECM)" has its herb.
Pure functions; the annotator merges what they return into the document's definitions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial

from pipeline import lazy_re
from pipeline.nlp import abbreviations
from pipeline.nlp.matcher import Mention
from pipeline.relations.pairs import REAGENT

AGENTS = ("HERB", "COMPOUND")
_SHORT = r"[A-Z][A-Za-z0-9]{0,7}(?:-[A-Z0-9IVX]{1,4})?"
# botanical authorities after a binomial: "Koidzumi", "L.", "Sieb. et Zucc.", "(Thunb.)"
_AUTHORITY = lazy_re.compile(r"(?:\s+(?:[A-Z][a-z]*\.?|et|ex|&))*\s*$")
# "(SHORT)", and "(SHORT, family Araliaceae)", "(SHORT; 100 mg/kg)": what follows a comma is no
# part of the short form; "extracts of P. angulata (PA extracts)": the code, then the word it is
# used with (validation PMID 21515352)
_PAREN_SHORT = lazy_re.compile(r"\(\s*(" + _SHORT + r")(?:\s+(?:extracts?|fractions?|EXTRACTS?))?\s*(?:\)|[,;][^()]{0,60}\))")
_REVERSED = lazy_re.compile(
    r"(?<![A-Za-z0-9-])(" + _SHORT + r")\s*\(\s*(?:an?|the)?\s*(?:[a-z]+\s+){0,2}extract\s+(?:of|from)\s+"
)
# a Chinese fraction word and a code glued after it (an appositive): "红毛五加多糖AHP-II", "红毛五加多糖 AHP-II"
# (new_papers ChinaXiv-201810.00267V1), "霍山铁皮石斛多糖 DOPA-1" (sample ChinaXiv-202010.00047V1, a reference)
_FRACTION = r"(?:多糖|粗多糖|提取物|提取液|醇提物|水提物|总皂苷|总黄酮)"
_FRACTION_END = lazy_re.compile(_FRACTION + r"$")
_APPOSITIVE_CODE = lazy_re.compile(r"(?P<word>" + _FRACTION + r")?[ \t]?(?P<code>[A-Z][A-Za-z]{1,5}-(?:[IVX]{1,4}|\d{1,2}))"
                                   r"(?![A-Za-z0-9-])")
_GROUP = lazy_re.compile(r"组\s*[(（]\s*(" + _SHORT + r")\s*(?:组\s*[)）]|[,，;；])")


# Schwartz & Hearst's test with the first letter starting any word of the long form, and a
# code's digits (MB2) not required in it
letters_in_order = partial(abbreviations.letters_in_order, first_at_start=False, digits=False)


def extract_definitions(
    text: str,
    mentions: Iterable[Mention],
    defined: Mapping[str, str | None],
    label_of: Callable[[str], str],
    earlier: Mapping[str, str] | None = None,
) -> list[tuple[str, str, int, int]]:
    """(short, entity id, paren start, paren end) defined in one paragraph by the shapes above.

    ``defined`` maps short forms already defined in the document to their entity (None: not
    an entity); ``label_of`` gives an entity id's label; ``earlier``: herb id -> a name the
    document gave it in earlier paragraphs (sole_herb_code).
    """
    agents = sorted((m for m in mentions if m.label in AGENTS and m.entity_id), key=lambda m: m.end)
    herbs = [m for m in agents if label_of(m.entity_id) == "HERB"]
    codes = {k: v for k, v in defined.items() if v and label_of(v) == "HERB"}
    out: list[tuple[str, str, int, int]] = []
    for hit in _PAREN_SHORT.finditer(text):
        short = hit.group(1)
        phrase = extract_phrase(text[: hit.start()], herbs, codes)
        if phrase is not None and names_phrase(short, phrase):
            out.append((short, phrase.herb, hit.start(), hit.end()))
        elif phrase is None:
            herb = following_herb(short, text[: hit.start()], text, hit.end(), herbs, codes)
            if herb is None:
                before = {**(earlier or {}), **{m.entity_id: m.text for m in herbs if m.end <= hit.start()}}
                herb = sole_herb_code(short, text[: hit.start()], before)
            if herb is not None:
                out.append((short, herb, hit.start(), hit.end()))
    # SHORT (an extract of HERB)
    for hit in _REVERSED.finditer(text):
        herb = next((m for m in agents if hit.end(1) < m.start <= hit.end() < m.end), None)
        if herb is None or label_of(herb.entity_id) != "HERB":
            continue
        close = text.find(")", herb.end)
        if close < 0 or not _AUTHORITY.fullmatch(text[herb.end:close]):
            continue
        out.append((hit.group(1), herb.entity_id, hit.start(1), close + 1))
    # 红毛五加多糖AHP-II: the code written right after the herb's fraction name, no bracket
    for herb in herbs:
        hit = _APPOSITIVE_CODE.match(text, herb.end)
        if hit is not None and _FRACTION_END.search(herb.text + (hit.group("word") or "")):
            out.append((hit.group("code"), herb.entity_id, hit.start("code"), hit.end("code")))
    # 名称组(SHORT组)
    for hit in _GROUP.finditer(text):
        entity = next((m for m in reversed(agents) if m.end == hit.start()), None)
        if entity is not None:
            out.append((hit.group(1), entity.entity_id, hit.start(), hit.end()))
    return out


# Words of an extract's name besides the herb (lower case; a hyphenated word is read by parts:
# "BuOH-soluble", "stem-bark"). What a paper makes of the herb, the solvent, the plant part, and
# the few words that join them. Any other word ends the phrase ("treated with", a comma).
EXTRACT_WORDS = frozenset((
    "extract", "extracts", "fraction", "fractions", "subfraction", "subfractions", "decoction", "decoctions",
    "infusion", "tincture", "powder", "juice", "oil", "oils", "polysaccharide", "polysaccharides", "saponin",
    "saponins", "flavonoid", "flavonoids", "alkaloid", "alkaloids", "glycoside", "glycosides", "peptide",
    "peptides", "preparation", "granule", "granules", "injection", "residue", "essence", "partition",
))
_SOLVENT_WORDS = frozenset((
    "aqueous", "water", "hot", "ethanol", "ethanolic", "methanol", "methanolic", "alcohol", "alcoholic",
    "hydroalcoholic", "hydroethanolic", "acetone", "ethyl", "acetate", "butanol", "n", "buoh", "etoac", "etoh",
    "meoh", "hexane", "chloroform", "dichloromethane", "petroleum", "ether", "soluble", "total", "crude",
    "standardized", "standardised", "dried", "dry", "fresh", "powdered", "fermented", "steamed", "aged",
))
_PART_WORDS = frozenset((
    "root", "roots", "radix", "rhizome", "rhizomes", "leaf", "leaves", "seed", "seeds", "fruit", "fruits",
    "pulp", "bark", "stem", "stems", "twig", "twigs", "branch", "branches", "flower", "flowers", "bud", "buds",
    "peel", "peels", "pericarp", "husk", "hull", "hulls", "tuber", "tubers", "bulb", "bulbs", "kernel",
    "kernels", "aerial", "part", "parts", "whole", "plant", "herb", "mycelia", "mycelium", "fruiting", "body",
    "bodies", "cortex",
))
_JOINING_WORDS = frozenset(("of", "from", "the", "a", "an", "its"))
_PHRASE_WORDS = EXTRACT_WORDS | _SOLVENT_WORDS | _PART_WORDS | _JOINING_WORDS
_PERCENT = lazy_re.compile(r"\d+(?:\.\d+)?%")
# what may stand between a binomial and the rest of the phrase: its botanical authority
# (Bunge, L., Hook F, Koidzumi, Sieb. et Zucc., "(Rupr. et Maxim.) Harms") and later epithet words
# (Rhizoma Polygonati Odorati): capitalised words that are no extract words
_AUTHORITY_WORD = lazy_re.compile(r"\(?(?:[A-Z][A-Za-z]*\.?|et|ex|&|f\.)\)?")
_WORD_PARTS = lazy_re.compile(r"[-/]")
_CLOSING = lazy_re.compile(r"\.?\)")  # what may follow a binomial's last word inside its brackets: "Oliv.)"
_LEADING_JOINS = lazy_re.compile(r"(?:(?:of|from|the|a|an|its)\s+)*", re.IGNORECASE)


@dataclass(frozen=True)
class ExtractPhrase:
    """The words before a parenthesis that name a herb's extract: "the ethanolic extract of
    Forsythia suspensa root". ``initials``: the first letter of each word that carries meaning
    (not of/the; a code's every capital: PS -> P, S), in text order; ``extract``: an extract word
    is among them."""

    start: int
    herb: str
    text: str
    initials: tuple[str, ...]
    extract: bool


def _initials(words: Iterable[str]) -> list[str]:
    return [w[0] for word in words for w in _WORD_PARTS.split(word)
            if w and w[0].isalpha() and w.lower() not in _JOINING_WORDS]


def _phrase_word(word: str) -> bool:
    """An extract, solvent, part or joining word (each part of a hyphenated one), or a percentage."""
    parts = [p for p in _WORD_PARTS.split(word.lower()) if p]
    return bool(parts) and all(p in _PHRASE_WORDS or _PERCENT.fullmatch(p) for p in parts)


def _last_word(text: str, end: int) -> tuple[int, int] | None:
    """The span of ``re.search(r"\\S+$", text[:end])``: the last run of non-space characters of ``text[:end]``
    (``$`` matches before a final newline too), found by stepping back from ``end`` (issue 17, stop 52). The
    pattern was tried at every character of the paragraph before a parenthesis, for each word read back:
    0.2 CPU-s over the 120 ChinaXiv dev papers. ``str.isspace`` and the pattern's ``\\s`` are the same class
    (Unicode whitespace, tests/test_speed_stop52.py)."""
    if end > 0 and text[end - 1] == "\n":
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return (start, end) if start < end else None


def extract_phrase(before: str, herbs: list[Mention], codes: Mapping[str, str]) -> ExtractPhrase | None:
    """The phrase of herb, extract, solvent and part words that ends ``before`` (the text up to a
    parenthesis), read backwards word by word, or None when it names no herb or two.

    A herb is a HERB mention (``herbs``, sorted by end) or a short form the paper defined as one
    (``codes``: "the ethanol extract of PS (EEPS)"); capitalised words right after the herb are its
    authority ("S. sarmentosum Bunge Extract (SSBE)"). Pure function."""
    ends = {m.end: m for m in herbs}
    herb: str | None = None
    initials: list[str] = []  # reversed
    extract = False
    start = pos = len(before.rstrip())
    pending: list[str] = []  # authority words, kept only when a herb comes next
    while pos > 0:
        mention = ends.get(pos)
        if mention is not None:
            if herb is not None and mention.entity_id != herb:
                break
            herb = mention.entity_id
            words = [*mention.text.split(), *reversed(pending)]
            initials += reversed(_initials(words))
            extract = extract or any(w.lower() in EXTRACT_WORDS for w in mention.text.split())
            pending = []
            start = mention.start
            pos = len(before[:start].rstrip())
            continue
        hit = _last_word(before, pos)
        if hit is None:
            break
        word = before[hit[0]:hit[1]]
        # "Du-Zhong (Eucommia ulmoides Oliv.) leaves (WEDZ)": a herb mention ends inside the word, before the
        # authority's full stop and the bracket that closes the binomial; the bracket that opens it is passed
        glued = next((p for p in range(pos - 1, hit[0], -1) if p in ends and _CLOSING.fullmatch(before, p, pos)),
                     None)
        if glued is not None and not pending:
            pos = glued
            continue
        if word == "(" and herb is not None and not pending:
            start = hit[0]
            pos = len(before[:start].rstrip())
            continue
        if word in codes and (herb is None or codes[word] == herb) and not pending:
            herb = codes[word]
            initials += reversed([c for c in word if c.isupper()])
        elif _phrase_word(word) and not pending:
            initials += reversed(_initials([word]))
            extract = extract or any(p in EXTRACT_WORDS for p in _WORD_PARTS.split(word.lower()))
        elif _AUTHORITY_WORD.fullmatch(word) and not _phrase_word(word):
            pending.append(word)
            pos = hit[0]
            pos = len(before[:pos].rstrip())
            continue
        else:
            break
        start = hit[0]
        pos = len(before[:start].rstrip())
    if herb is None:
        return None
    start += _LEADING_JOINS.match(before, start).end() - start  # "of the ethanolic extract …": from "ethanolic"
    return ExtractPhrase(start, herb, before[start:].rstrip(), tuple(reversed(initials)), extract)


def initials_cover(short: str, initials: Iterable[str]) -> bool:
    """Every letter of ``short`` is the initial of a word of its own, in any order: the codes
    authors coin from a phrase's words without keeping their order ("ethanolic extract of
    Forsythia suspensa root (FSREE)": F, S, R, E, E). Digits of a code (MB2) need no word."""
    letters = Counter(c.lower() for c in short if c.isalpha())
    have = Counter(c.lower() for c in initials)
    return len(letters) > 0 and sum(letters.values()) >= 2 and all(have[c] >= n for c, n in letters.items())


def names_phrase(short: str, phrase: ExtractPhrase) -> bool:
    """Whether a parenthesised ``short`` abbreviates ``phrase``: its letters in order in the phrase
    (Schwartz & Hearst's test, letters_in_order), or, for an extract's phrase, the initials of
    its words in any order (initials_cover)."""
    if letters_in_order(short, phrase.text):
        return True
    return phrase.extract and initials_cover(short, phrase.initials)


def bare_extract_phrase(before: str) -> str | None:
    """The extract, solvent and part words that end ``before`` (the text up to a parenthesis) when
    they name no herb and hold an extract or part word: "the acetone extract", "the fruits"; None
    when a word of another kind comes right before the parenthesis ("extract of soybean")."""
    kept: list[str] = []
    for word in reversed(before[-120:].split()):
        if not _phrase_word(word):
            break
        kept.append(word)
    parts = [p for w in kept for p in _WORD_PARTS.split(w.lower()) if p]
    if not any(p in EXTRACT_WORDS or p in _PART_WORDS for p in parts):
        return None
    return " ".join(reversed(kept))


def sole_herb_code(short: str, before: str, herbs_before: Mapping[str, str]) -> str | None:
    """The herb a code names when its own phrase names none: "Bio-based assays for extracts of
    Angelica sinensis showed that the acetone extract (AE-AS) had …" (validation PMID 15261763).
    An abstract that has named exactly one herb (``herbs_before``: herb id -> a name it used) is
    about that herb's extract; the code is read as that herb when its letters occur in order in
    the bare phrase followed by the herb's name (AE-AS: Acetone Extract … Angelica Sinensis) —
    the letters tie the code to the extract, not to a model or an assay the paper also defines.
    None with two herbs or none before, or without an extract or part word right before the
    parenthesis."""
    if len(herbs_before) != 1 or sum(c.isalpha() for c in short) < 2:
        return None
    phrase = bare_extract_phrase(before)
    if phrase is None:
        return None
    herb, name = next(iter(herbs_before.items()))
    return herb if letters_in_order(short, f"{phrase} {name}") else None


_FOLLOWING = lazy_re.compile(r"\s*(?:from|of|in)\s+(?:the\s+)?")
NAME_WORDS = 6  # an extract's name before its code: up to six words ("total flavonoid aglycones extract")
_NAME_WORDS = lazy_re.compile(r"(?:[A-Za-z][A-Za-z-]*\s+){0,%d}[A-Za-z-]+\s*$" % (NAME_WORDS - 1))


def last_words_start(text: str, count: int) -> int:
    """Where ``text``'s last ``count`` whitespace-separated tokens begin (0 with fewer): a match of
    ``_NAME_WORDS`` (a token's tail, then whole tokens to the end, ``count`` at most) starts no
    earlier, so searching from here finds the match a search of all ``text`` finds, without trying
    every letter of the paragraph before the parenthesis (1.9 % of ``process_file`` on the dev
    corpus, stop 46). ``str.rsplit`` and ``\\s`` agree on what whitespace is (``str.isspace``)."""
    pieces = text.rsplit(None, count)
    return len(pieces[0]) if len(pieces) > count else 0


def following_herb(short: str, before: str, text: str, after: int, herbs: list[Mention],
                   codes: Mapping[str, str]) -> str | None:
    """The herb of an extract's code written before its herb: "The total flavonoid aglycones
    extract (TFAE) from RS", "… extract (X) of Radix Scutellariae" (validation PMID 27444692). The
    words before the parenthesis end with an extract word and hold the code's letters in order
    (up to six words: "total flavonoid aglycones extract"); right after the parenthesis come
    from/of/in and a herb: a HERB mention (``herbs``) or a code the paper defined as one
    (``codes``). None otherwise."""
    words = _NAME_WORDS.search(before, last_words_start(before, NAME_WORDS))
    if words is None or words.group().split()[-1].lower() not in EXTRACT_WORDS:
        return None
    if not letters_in_order(short, words.group()):
        return None
    link = _FOLLOWING.match(text, after)
    if link is None:
        return None
    at = link.end()
    herb = next((m.entity_id for m in herbs if m.start == at), None)
    if herb is None:
        code = re.match(r"[A-Za-z][A-Za-z0-9-]*", text[at:])
        herb = codes.get(code.group()) if code and not text[at + code.end():at + code.end() + 1].isalnum() else None
    return herb


def genus_form_mentions(text: str, mentions: list[Mention], forms: Mapping[str, str]) -> list[Mention]:
    """``mentions`` with a HERB mention for each ``G. species`` of ``forms`` (short -> herb id, from
    genus_abbreviations) in ``text`` that no mention overlaps: "aqueous extract of C. militaris
    (AECM)" defines AECM only when "C. militaris" is a herb before the definitions are read
    (the document-wide pass, abbreviations.apply_definitions, comes after them)."""
    found = []
    for short, herb in forms.items():
        for hit in re.finditer(r"(?<![A-Za-z])" + re.escape(short) + r"(?![A-Za-z-])", text):
            if not any(m.start < hit.end() and hit.start() < m.end for m in [*mentions, *found]):
                found.append(Mention(hit.start(), hit.end(), herb, "HERB", "abbreviation", hit.group()))
    if not found:
        return mentions
    return sorted([*mentions, *found], key=lambda m: (m.start, -m.end))


_GENUS_SPECIES = lazy_re.compile(r"([A-Z])[a-z]{2,} ([a-z]{3,}(?:-[a-z]+)?)(?![A-Za-z])")


def genus_abbreviations(mentions: Iterable[Mention]) -> list[tuple[str, str, int, int]]:
    """(``G. species``, herb id, start, end) for each herb named by its binomial in a paragraph.

    Botanical style writes a plant's binomial in full once and then with the genus cut to its
    initial: "Nigella sativa … N. sativa", "Psoralea corylifolia … P. corylifolia". The
    dictionary holds the short form only for curated and pharmacopoeia binomials, and an
    initial is ambiguous across genera (P. asiatica: Plantago, Pueraria …), so the short form
    is read from the paper itself: the binomial it wrote in full and the herb that was linked.
    Offsets are the full name's (no parenthesis is involved). On the development PubMed
    abstracts 27 later "G. species" mentions were missed for want of this.

    Three written forms of the cut are read (binomial_short_forms): the usual "G. species"
    (ICN Art. 60 Rec. 60C / ICZN Recommendation 25C: the generic name abbreviated after first
    use), the same without the full stop, as journals in AMA style print it ("Platycodon
    grandiflorum … P grandiflorum", PMID 21195946), and the epithet cut instead of the genus
    ("Illicium verum … Illicium v.", PMID 26174316)."""
    out = []
    for m in mentions:
        if m.label != "HERB" or not m.entity_id or m.how == "english-name":  # "Green tea": no G. tea
            continue
        hit = _GENUS_SPECIES.match(m.text)
        if hit:
            out.extend((short, m.entity_id, m.start, m.end) for short in binomial_short_forms(hit.group(0)))
    return out


def binomial_short_forms(binomial: str) -> list[str]:
    """The cut forms of a binomial "Genus species" a paper may use after writing it in full:
    "G. species", "G species" and "Genus s." ("Platycodon grandiflorum": "P. grandiflorum",
    "P grandiflorum", "Platycodon g."). Each is read only in the paper that wrote the binomial
    (genus_abbreviations), where the initial cannot stand for another genus."""
    genus, species = binomial.split(" ", 1)
    return [f"{genus[0]}. {species}", f"{genus[0]} {species}", f"{genus} {species[0]}."]


# "Methanol extract of Antrodia camphorata", "KP BuOH-soluble fraction", "ethyl acetate fraction",
# "the CHCl3 fraction": the solvent (by name or by formula) names how the extract was made
_SOLVENT_NAMES = frozenset(("ethanol", "methanol", "butanol", "n-butanol", "buoh", "n-buoh", "etoh", "meoh",
                            "etoac", "acetone", "ethyl acetate", "hexane", "n-hexane", "chloroform", "chcl3",
                            "dichloromethane", "ch2cl2", "petroleum ether", "diethyl ether", "ethyl ether",
                            "water", "h2o", "alcohol"))
# (a second solvent may be coordinated before the extract word: "Chemical analysis of ethanol and aqueous extracts of
# meadowsweet", validation44_en PMID27838807)
_BEFORE_EXTRACT_WORD = lazy_re.compile(
    r"(?:\s+(?:and|or)\s+(?:aqueous|water|ethanolic|methanolic|alcoholic|hydro-?alcoholic|acetone|hexane|chloroform|"
    r"butanol|ethyl acetate))?"
    r"(?:-?\s?soluble)?\s*(?:extracts?|fractions?|subfractions?|layers?|partitions?|phases?)\b", re.IGNORECASE)


def mark_extract_solvents(text: str, mentions: Iterable[Mention]) -> None:
    """Set ``how`` to ``reagent`` (recognised, no relation partner: relations/pairs.py) on a solvent's
    COMPOUND mention right before an extract word, in place: the solvent of "Methanol extract of
    Antrodia camphorata protects … by suppressing NF-kB" or "KP BuOH fraction increased IL-10" is
    how the herb's extract was made, not an agent (GUIDELINES 5.2: the extract is its herb). It made
    methanol -> NF-kB and BuOH -> IL-10 pairs on the development and validation abstracts."""
    for m in mentions:
        if (m.label == "COMPOUND" and m.text.lower() in _SOLVENT_NAMES
                and _BEFORE_EXTRACT_WORD.match(text, m.end)):
            m.how = REAGENT


# --- a product code cut to its letters: "EGb 761 … the EGb group" -------------------------------

# a standardised extract's or a drug's code: a mixed-case letter stem, a space, a number ("EGb 761")
_LETTERS_AND_NUMBER = lazy_re.compile(r"(?P<stem>(?=[A-Za-z]*[A-Z])(?=[A-Za-z]*[a-z])[A-Za-z]{2,6}) \d{2,5}")


def code_stems(mentions: Iterable[Mention]) -> dict[str, str]:
    """Letter stem -> entity id for each HERB or COMPOUND mention written as a mixed-case letter stem
    and a number ("EGb 761", the Ginkgo biloba leaf extract, validation PMID15154282). A code's
    number distinguishes preparations of one maker; within a paper that names one of them the
    letters alone are the same preparation ("CCl4 and EGb groups", "reduced in the EGb group"), as a
    defined short form is (Schwartz & Hearst 2003: the paper's own abbreviation). Mixed case keeps
    out words and all-capital symbols (a gene's, or "SB" of "SB 203580"); a stem that two codes
    share names neither."""
    found: dict[str, set[str]] = {}
    for m in mentions:
        if m.label in ("HERB", "COMPOUND") and m.entity_id:
            hit = _LETTERS_AND_NUMBER.fullmatch(m.text)
            if hit is not None:
                found.setdefault(hit.group("stem"), set()).add(m.entity_id)
    return {stem: next(iter(ids)) for stem, ids in found.items() if len(ids) == 1}


def code_stem_mentions(text: str, mentions: list[Mention], stems: dict[str, str], label_of) -> list[Mention]:
    """``mentions`` with a mention of the code's entity for each stem of ``stems`` (``code_stems``)
    written alone in ``text`` (not followed by its number, inside no other mention); ``how`` is
    ``abbreviation``."""
    if not stems:
        return mentions
    added = []
    for stem, entity_id in stems.items():
        for hit in re.finditer(r"(?<![A-Za-z0-9-])" + re.escape(stem) + r"(?![A-Za-z0-9-]| \d)", text):
            a, b = hit.span()
            if any(m.start < b and a < m.end for m in mentions):
                continue
            added.append(Mention(a, b, entity_id, label_of(entity_id), "abbreviation", stem))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))
