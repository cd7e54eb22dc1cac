"""Collective nouns defined by a list, reused later for the listed entities: "antioxidant enzymes (SOD, CAT …)".

Results abstracts introduce a class noun with its members once ("we measured the activities of antioxidant
enzymes (such as glutathione peroxidase (GSHPx), superoxide dismutase (SOD), and catalase (CAT))",
"significantly decreased activity of the antioxidant defence system (superoxide dismutase (SOD), catalase
(CAT), glutathione peroxidase (GSH-Px), …)") and then state the findings on the class noun alone: "STZ
induced … and decreased antioxidant enzyme activity. NS treatment … increasing antioxidant enzyme activity."
(validation_en PMID15224410), "Treatment with RUT and Se reversed Cd-induced alterations of antioxidant
defence system" (PMID23424207). The reused noun phrase is an anaphor of the listed set (split-antecedent
plural anaphora; the class noun is defined as an abbreviation is, by the text itself), and the gold reads
it so: GUIDELINES 5.12, "a collective noun for entities listed in a sentence just before … stands for the
listed entities".

The rule:

* a definition is a class noun phrase, a modifier + a class head (enzymes, factors, cytokines, proteins,
  markers, system; 酶, 因子, 细胞因子, 蛋白, 标志物), right before a bracketed list, "such as / including /
  e.g." or a colon, whose list names two or more GENE entities (they are the members);
* a use is the same modifier + head ("antioxidant enzyme activity", "抗氧化酶活性") in one of the next
  ``WINDOW`` sentences of the paragraph, not itself followed by a list, in a sentence that names none of
  the members and names a herb or compound (the agent whose effect on the class it states);
* each member gets a mention at the use, ``how`` = ``COLLECTIVE`` (one of cross_sentence.CROSS_SENTENCE_HOWS:
  its pairs are typed by the sentence's own cue and weighed as a cross-sentence reading, below a stated
  pair), and the members are no partners of each other (relations/pairs.py lists them together).

A class noun a dictionary defines needs no list: "cytokines", "inflammatory mediators", "antioxidant enzyme
activities" stand for the members of the class the last ``WINDOW`` sentences named, whatever the text called them
(``resolve_classes``: validation38_en PMID15350833, BioRED train PMID18483878); only in a sentence with exactly one
agent, since which of two agents the class noun belongs to is not read. English only: 炎症因子 in the Chinese papers
(long paragraphs mixing background and results) also took the cytokines a background sentence named
(new_papers_zh ChinaXiv-201810.00267V1: AHP-II → IL-1β, IL-6, not measured there).
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.relations.cross_sentence import COLLECTIVE
WINDOW = 3  # sentences after the definition (the gold: "just before", one repeat between; PMID15224410: 3)
MAX_MEMBERS = 8

_HEADS_EN = r"(?:enzymes?|factors?|cytokines?|chemokines?|proteins?|markers?|mediators?|system)"
_NOT_MODIFIER = frozenset({
    "the", "these", "those", "this", "other", "several", "some", "many", "key", "major", "main", "two", "three",
    "four", "various", "following", "all", "both", "such", "of", "and", "or", "in", "its", "their", "related",
    "certain", "different", "specific", "important", "multiple", "numerous", "a", "an", "as", "with", "by",
})
_DEFINITION_EN = lazy_re.compile(
    r"\b(?:(?P<outer>[A-Za-z][a-z-]+)\s+)?(?P<mod>[A-Za-z][a-z-]+)\s+(?P<head>" + _HEADS_EN + r")\s*"
    r"(?P<open>\(\s*(?:such\s+as|e\.\s?g\.,?|including|i\.\s?e\.,?|namely)?|:|,?\s+(?:such\s+as|including|namely)\b)"
)
_HEADS_ZH = r"(?:细胞因子|因子|酶|蛋白|标志物)"
_DEFINITION_ZH = lazy_re.compile(r"(?P<mod>[\u4e00-\u9fff]{2,8}?)(?P<head>" + _HEADS_ZH + r")\s*"
                                 r"(?P<open>[（(]\s*(?:如|包括|即)?|[:：]|如|包括)")
# characters that end a Chinese modifier from the left: "血清中抗氧化酶" -> 抗氧化
_ZH_BREAK = lazy_re.compile(r".*[的中了和与及等在对由将使为是、，,]")


def _key(mod: str, head: str, lang: str, outer: str | None = None) -> tuple[str, str, str] | None:
    """(outer modifier or "", modifier, head) normalised: ("", "antioxidant", "enzyme"), ("antioxidant",
    "defence", "system"); "defense" = "defence"; None without a modifier. A use must repeat the modifier
    and the head; the outer modifier, when the definition has one, is read as part of the use if present."""
    if lang == "zh":
        brk = _ZH_BREAK.match(mod)
        mod = mod[brk.end():] if brk else mod
        mod = mod[-3:]
        return ("", mod, head) if len(mod) >= 2 else None
    mod = mod.lower().replace("defense", "defence")
    if mod in _NOT_MODIFIER or len(mod) < 4:
        return None
    outer = (outer or "").lower()
    outer = "" if outer in _NOT_MODIFIER or len(outer) < 4 else outer
    return outer, mod, head.lower().rstrip("s") if head.lower() != "system" else "system"


_CLAUSE_END = lazy_re.compile(r"[;；。]|\.(?:\s|$)")


def _list_end(sentence: str, start: int, opener: str) -> int:
    """End of the list opened at ``start``: the matching bracket, else the clause end (; or sentence end)."""
    if opener.strip().startswith(("(", "（")):
        depth = 1
        for i in range(start, len(sentence)):
            if sentence[i] in "(（":
                depth += 1
            elif sentence[i] in ")）":
                depth -= 1
                if depth == 0:
                    return i
        return len(sentence)
    m = _CLAUSE_END.search(sentence, start)
    return min(m.start() if m else len(sentence), start + 250)


def definitions(sentence: str, mentions, lang: str) -> dict[tuple[str, str, str], tuple[str, ...]]:
    """Class noun -> its member GENE ids, for each class noun of ``sentence`` defined by a list.
    ``mentions``: objects with start, end, label, entity_id, offsets into ``sentence``."""
    out: dict[tuple[str, str, str], tuple[str, ...]] = {}
    for m in (_DEFINITION_ZH if lang == "zh" else _DEFINITION_EN).finditer(sentence):
        key = _key(m.group("mod"), m.group("head"), lang, m.groupdict().get("outer"))
        if key is None:
            continue
        end = _list_end(sentence, m.end(), m.group("open"))
        members: list[str] = []
        for g in sorted(mentions, key=lambda g: g.start):
            if g.label == "GENE" and g.entity_id and m.end() <= g.start and g.end <= end and g.entity_id not in members:
                members.append(g.entity_id)
        if 2 <= len(members) <= MAX_MEMBERS:
            out.setdefault(key, tuple(members))
    return out


def uses(sentence: str, keys, lang: str) -> list[tuple[int, int, tuple[str, str, str]]]:
    """(start, end, key) of each use of a defined class noun (``keys``) in ``sentence`` that is not itself
    followed by a list (a new definition)."""
    out = []
    for key in keys:
        outer, mod, head = key
        if lang == "zh":
            pattern = re.compile(re.escape(mod) + re.escape(head) + r"(?!\s*[（(:：]|如|包括)")
        else:
            heads = "systems?" if head == "system" else re.escape(head) + "s?"
            mods = re.escape(mod).replace("defence", "defen[cs]e")
            outers = r"(?:" + re.escape(outer) + r"\s+)?" if outer else ""
            pattern = re.compile(r"\b" + outers + mods + r"\s+" + heads +
                                 r"\b(?!\s*(?:\(|:|,?\s+(?:such\s+as|including)\b))", re.IGNORECASE)
        out += [(m.start(), m.end(), key) for m in pattern.finditer(sentence)]
    return sorted(out)


def repeated(sentence: str, defined: dict, lang: str) -> dict:
    """The classes of ``defined`` (key -> members) that ``sentence`` names again: a repeat keeps the
    definition alive for the next ``WINDOW`` sentences (GUIDELINES 5.12: "also when one intervening
    sentence repeats the same noun")."""
    return {key: defined[key] for _, _, key in uses(sentence, defined, lang)} if defined else {}


def resolve(sentence_text: str, sentence_start: int, mentions: list[Mention], defined: dict, lang: str,
            skip: frozenset[str] = frozenset()) -> list[Mention]:
    """``mentions`` (paragraph offsets) plus a ``COLLECTIVE`` mention of each member at each use of a class
    noun of ``defined`` (key -> members, from the paragraph's last ``WINDOW`` sentences); unchanged when the
    sentence names a member itself or names no herb or compound."""
    if not defined:
        return mentions
    partners = [m for m in mentions if m.how not in skip]
    if not any(m.label in ("HERB", "COMPOUND") for m in partners):
        return mentions
    found = ((a, b, defined[key]) for a, b, key in uses(sentence_text, defined, lang))
    return _with_members(sentence_text, sentence_start, mentions, {m.entity_id for m in partners}, found)


def _with_members(sentence_text: str, sentence_start: int, mentions: list[Mention], named: set[str],
                  found) -> list[Mention]:
    """``mentions`` plus a ``COLLECTIVE`` mention of each member at each (start, end, members) of ``found``
    (sentence offsets), unless the sentence names a member itself (``named``, grown as members are placed) or
    the use overlaps a mention."""
    added: list[Mention] = []
    for a, b, members in found:
        start, end = sentence_start + a, sentence_start + b
        if any(g in named for g in members) or any(m.start < end and start < m.end for m in [*mentions, *added]):
            continue
        added += [Mention(start, end, g, "GENE", COLLECTIVE, sentence_text[a:b]) for g in members]
        named |= set(members)
    if not added:
        return mentions
    return sorted([*added, *mentions], key=lambda m: (m.start, -m.end))


# Class nouns whose members a dictionary knows. The methods name what was measured ("The levels of IL-1b, IL-6,
# IL-12 and TNF-a were determined using ELISA", validation40_en PMID27496015; "… activities of glutathione
# peroxidase and catalase … were found", validation38_en PMID15350833) and the finding names the class alone:
# "Pretreatment of the cells with CLE … significantly elevated the cell survival, antioxidant enzyme activities"
# (PMID15350833), "Furthermore, Sal treatment significantly decreases the release of inflammatory cytokines"
# (BioRED train PMID30836660). The plural class noun is a split-antecedent anaphor of the class members the text
# named before (GUIDELINES 5.12); which genes are members is the class's definition, not the text's list:
# cytokines and chemokines by the approved symbol (relations/mediators.py), antioxidant enzymes by the enzymes
# that remove superoxide, hydrogen peroxide and lipid peroxides and recycle glutathione (SOD, CAT, GPX, GSR).
_EXCLUDED_BEFORE = frozenset({
    "other", "several", "some", "many", "various", "certain", "specific", "different", "multiple", "numerous",
    "few", "additional", "anti-inflammatory", "antiinflammatory", "regulatory", "novel", "new", "two", "three",
    "four", "five", "key", "major", "main", "individual", "selected", "unique",
})
_NOT_LISTED_AFTER = r"(?!\s*(?:\(|:|,?\s+(?:such\s+as|including|like|e\.\s?g\.|namely)\b))"
_LEVEL_NOUN = r"(?:levels?|production|release|secretion|expression|concentrations?|contents?|activit(?:y|ies))"
# the span is the class noun, without the level noun after it (effects.py reads that)
_CYTOKINE_USE = lazy_re.compile(r"(?<![\w-])(?P<noun>(?:(?P<pro>pro-?\s?inflammatory|inflammatory)\s+)?"
                                r"(?:cytokines\b|cytokine(?=\s+" + _LEVEL_NOUN + r"\b)))" + _NOT_LISTED_AFTER, re.IGNORECASE)
# "inflammatory mediators/factors" name the cytokines among them (and prostaglandins, NO: no genes)
_MEDIATOR_USE = lazy_re.compile(r"(?<![\w-])(?P<noun>(?P<pro>pro-?\s?inflammatory|inflammatory)\s+(?:mediators|factors)\b)"
                                + _NOT_LISTED_AFTER, re.IGNORECASE)
_CHEMOKINE_USE = lazy_re.compile(r"(?<![\w-])(?P<noun>chemokines\b|chemokine(?=\s+" + _LEVEL_NOUN + r"\b))"
                                 + _NOT_LISTED_AFTER, re.IGNORECASE)
_ANTIOXIDANT_USE = lazy_re.compile(r"(?<![\w-])(?P<noun>antioxida(?:nt|tive)\s+(?:defen[cs]e\s+)?"
                                   r"(?:enzymes\b|enzyme(?=\s+" + _LEVEL_NOUN + r"\b)))" + _NOT_LISTED_AFTER, re.IGNORECASE)
_CLASS_USES_EN = (("cytokine", _CYTOKINE_USE), ("cytokine", _MEDIATOR_USE), ("chemokine", _CHEMOKINE_USE),
                  ("antioxidant", _ANTIOXIDANT_USE))
# a model's stimulus, no agent: "H2O2-induced", "TNBS-increased"
# a stimulus named by its participle ("H2O2-induced") or by the noun of its giving ("prior to H2O2 exposure",
# validation38_en PMID15350833: the insult the pretreatment guards against, not the agent; nlp/given_endogenous.py)
_STIMULUS_AFTER = lazy_re.compile(r"^\s*-\s*(?:induced|increased|stimulated|treated|exposed|challenged|mediated)\b"
                                  r"|^\s+(?:exposure|insult|challenge)\b", re.IGNORECASE)
_WORD_BEFORE = lazy_re.compile(r"([\w()-]+)\s+$")
_ANTIOXIDANT_FAMILIES = frozenset({"FPLX:SOD", "FPLX:GPX"})
_CHEMOKINE_FAMILIES = frozenset({"FPLX:CCL", "FPLX:CXCL_ELR_negative", "FPLX:CXCL_ELR_positive", "FPLX:Chemokine"})


def is_member(entity_id: str, kind: str, pro_inflammatory: bool = False) -> bool:
    """Is the gene entity a member of the class ``kind`` (cytokine, chemokine, antioxidant)? A pro-inflammatory
    cytokine is none of the anti-inflammatory interleukins (IL-4, IL-10, IL-13, IL-37)."""
    from pipeline.relations.mediators import ids_with_symbol, is_mediator

    if kind == "antioxidant":
        return entity_id in _ANTIOXIDANT_FAMILIES or entity_id in ids_with_symbol(r"SOD[123]|CAT|GPX[1-8]|GSR")
    if kind == "chemokine":
        return entity_id in _CHEMOKINE_FAMILIES or entity_id in ids_with_symbol(r"CCL\d+(?:L\d+)?|CXCL\d+|XCL\d|CX3CL1")
    if pro_inflammatory and entity_id in ids_with_symbol(r"IL4|IL10|IL13|IL37"):
        return False
    return is_mediator(entity_id)


def class_uses(sentence: str, lang: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, class, pro-inflammatory?) of each plural class noun of ``sentence`` a dictionary defines
    ("inflammatory cytokines", "cytokine levels", "antioxidant enzyme activities"), not followed by its own list
    and not restricted by the word before it ("other cytokines", "anti-inflammatory cytokines", "Th2 cytokines").
    English only."""
    if lang == "zh":
        return []
    out = []
    for kind, pattern in _CLASS_USES_EN:
        for m in pattern.finditer(sentence):
            before = _WORD_BEFORE.search(sentence[max(0, m.start() - 40):m.start()])
            word = before.group(1) if before else ""
            if word.lower() in _EXCLUDED_BEFORE or any(c.isdigit() or c in "()" for c in word) \
                    or any(c.isupper() for c in word[1:]):
                continue
            out.append((m.start("noun"), m.end("noun"), kind, bool(m.group("pro")) if kind == "cytokine" else False))
    return sorted(out)


def resolve_classes(sentence_text: str, sentence_start: int, mentions: list[Mention], named_before: list[list[str]],
                    lang: str, skip: frozenset[str] = frozenset()) -> list[Mention]:
    """``mentions`` (paragraph offsets) plus a ``COLLECTIVE`` mention of each member at each use of a class noun
    (``class_uses``): the genes of that class the last ``WINDOW`` sentences of the paragraph named
    (``named_before``: the gene ids of each earlier sentence, in order), two to MAX_MEMBERS of them. Unchanged
    unless the sentence names exactly one herb or compound as an agent (a stimulus, "H2O2-induced", is none);
    a use is left alone when the sentence names a member itself ("TNF-α and other cytokines") or it overlaps a
    mention."""
    earlier = list(dict.fromkeys(g for genes in named_before[-WINDOW:] for g in genes))
    if len(earlier) < 2:
        return mentions
    partners = [m for m in mentions if m.how not in skip]
    agents = {m.entity_id for m in partners if m.label in ("HERB", "COMPOUND")
              and not _STIMULUS_AFTER.match(sentence_text[m.end - sentence_start:m.end - sentence_start + 16])}
    if len(agents) != 1:  # "NaAsO2 causes oxidative damage … and Na2SeO3 … improve the activities of antioxidant
        return mentions   # enzymes" (validation_en PMID23603382): which agent the class noun belongs to is not read
    found = ((a, b, members) for a, b, kind, pro in class_uses(sentence_text, lang)
             if 2 <= len(members := [g for g in earlier if is_member(g, kind, pro)]) <= MAX_MEMBERS)
    return _with_members(sentence_text, sentence_start, mentions, {m.entity_id for m in partners}, found)
