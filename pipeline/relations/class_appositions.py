"""A compound class in apposition to a compound names what the compound is, not a partner.

"Rg1, as a ginsenoside extracted from Panax ginseng, could ameliorate spatial learning impairment"
(PMID18308784): ginsenosides are the class Rg1 belongs to; the sentence says the herb contains Rg1
(the gold row), not "ginsenoside" as a second compound (Radix Ginseng contains ginsenoside stood in
validation_en's top |gold|), and what Rg1 does is not done by its class. The same shape: "quercetin,
a flavonoid, …", "Am80 is a synthetic retinoid", "知母皂苷BII,一种从知母根茎中分离得到的甾体皂苷".

A COMPOUND mention that follows another COMPOUND mention with only an appositive article between
("X, as a …", "X, a …", "X is a …", "X,一种…") is no relation partner of its sentence
(relations/pairs.py ``sentence_pairs``); the compound it describes keeps every pair.

The same holds when the name before is one the dictionary does not know: "DICO, a novel
nonaromatic B-ring flavonoid, induces G2/M cell cycle arrest and apoptosis" (PMID23567243) gave
Flavonoids → Apoptosis activates (2.87 in validation_en's top |gold|). A lower-case class noun heading
an indefinite noun phrase set off by commas after a name ("Name, a … flavonoid," / "Name, an …
alkaloid isolated from …") is a non-restrictive appositive: it predicates a class of the name and
refers to nothing itself (Quirk et al. 1985, §17.65–17.72, appositive "a/an" NPs are descriptive),
whatever the name is.

The class is also written before the name, after a determiner: "the flavonoid calycopterin", "a natural
neuroprotective flavonoid, calycopterin", "a natural flavone, calycopterin" (validation_en PMID23639191,
where Flavonoids–CREB, Flavone–Nrf2 pathway and the herb "contains Flavonoids" stood in the top |gold|),
"a novel synthetic retinoid Am80" (PMID15843826), "the flavonoid fisetin" (new_papers_en PMID23618921),
"The polysaccharide AHP-II" (ChinaXiv-201810.00267V1's English abstract). "the N Name" is a close
apposition (Quirk et al. 1985, §17.86, "the poet Burns"): the name is the referent, the common noun says
what it is — the compounds' mirror of relations/class_nouns.py's "the Th2 chemokine TARC". A lower-case
compound mention after a determiner (and at most three modifiers), followed by a space or a comma and
another compound mention, is no partner; a class with no determiner ("compounds such as flavonoids,
limonoids and pectins", PMID23411259) is a list of kinds and stays.

Stop 39 (the same constructions, forms the patterns missed; free pool and new_papers_en):

* a title's capitals, "by the Flavonoid Fisetin" (new_papers_en PMID23618921): a capitalised class before a
  capitalised name after a lower-case determiner is the title-case form of "the flavonoid fisetin";
* the definite article after the comma, "naringenin, the flavonoid with cytoprotective action" (PMID15613745):
  a definite appositive describes its head as the indefinite one does (Quirk et al. 1985, §17.67);
* a head noun between class and name, "its major flavonoid constituent, astragalin" (PMID11903231);
* an open hyphenated modifier, "glycyrrhizin, a sweet-tasting triterpene saponin" (PMID25779384), and a
  two-word class: a class noun right after an appositive class noun ("triterpene saponin") heads the same
  appositive and is no partner either.

Stop 45: a Chinese compound name followed by 衍生物 / 类似物 ("derivative", "analogue") names the parent
a new compound is derived from, not the compound the sentence is about: "吡多胺(K-163)是维生素B6衍生物,
也是ACEs和炭基应激的抑制剂,能抑制TGF-β1" (ChinaXiv-201712.00482V1, chinaxiv_dev120) is about pyridoxamine;
vitamin B6 is no partner of TGF-β1. The English "X derivatives" has its own readings (relations/inhibitor.py,
by_agents.py); the Chinese compound noun puts the head last (Li & Thompson 1981, Mandarin Chinese: a modifier precedes its
head noun), so the name before 衍生物 is a modifier.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# up to three modifiers of the class noun: a closed list, or any hyphenated adjective ("sweet-tasting")
_APPOSITIVE_MODIFIERS = (r"(?:(?:new|novel|natural|synthetic|major|main|bioactive|active|known|potent|selective|"
                         r"specific|steroidal|triterpenoid|plant|dietary|polyphenolic|[a-z]+-[a-z]+)\s+){0,3}$")
_APPOSITION = lazy_re.compile(
    r"^\s*(?:,\s*)?(?:(?:as|is|being|was)\s+)?(?:a|an|one)\s+" + _APPOSITIVE_MODIFIERS
    + r"|^\s*[,，]?\s*(?:是|作为)?一种[^，。,;；]{0,30}$", re.IGNORECASE)
# ", the …" before a lower-case class noun: "naringenin, the flavonoid with cytoprotective action"
_DEFINITE_APPOSITION = lazy_re.compile(r"^\s*,\s*the\s+" + _APPOSITIVE_MODIFIERS, re.IGNORECASE)


# "Name, a/an (up to five modifiers) " right before the class noun: a capitalised or coded name the
# dictionary may not know ("DICO", "Silibinin", "BMS-354825"), a comma, an indefinite article
_NAME_THEN_ARTICLE = lazy_re.compile(r"(?:^|[\s(])[A-Z][\w\-]*(?:\s*\([^()]{1,20}\))?\s*,\s*(?:as\s+)?(?:a|an)\s+"
                                     r"(?:[\w\-]+\s+){0,5}$")
# … and the appositive closing after it: a comma, a bracket, or a participle of origin
_APPOSITIVE_END = lazy_re.compile(r"^(?:\s+(?:compound|derivative|agent|analog(?:ue)?)s?)?"
                                  r"(?:\s*[,(]|\s+(?:isolated|extracted|derived|purified|found|present)\b)")
_LOWER_NOUN = lazy_re.compile(r"[a-z][a-z\-]*(?:\s[a-z][a-z\-]*)?")
# the head noun of a Chinese compound noun whose modifier is the parent compound: "维生素B6衍生物"
_ZH_DERIVATIVE_HEAD = lazy_re.compile(r"\s*(?:的)?(?:衍生物|类似物)")


def named_class_appositive(text: str, start: int, end: int) -> bool:
    """True when the lower-case compound class ``text[start:end]`` heads an indefinite appositive
    after a name ("DICO, a novel nonaromatic B-ring flavonoid, induces …")."""
    return bool(_LOWER_NOUN.fullmatch(text[start:end]) and _NAME_THEN_ARTICLE.search(text[max(0, start - 120):start])
                and _APPOSITIVE_END.match(text[end:end + 30]))


_COMMON_CLASS = lazy_re.compile(r"[a-z][a-z\-]*[a-z]")
_TITLE_CLASS = lazy_re.compile(r"[A-Z][a-z\-]*[a-z]")  # "by the Flavonoid Fisetin": a title's capitals
# the determiner and up to three modifiers; a preposition or conjunction among them ends the noun phrase
# ("a combination of fludarabine, cytarabine", "An evidence-based review of obatoclax mesylate": a name)
_MODIFIER = r"(?!(?:of|in|on|at|to|by|for|with|from|and|or|as|than|between|against|via)\b)[\w\-]+"
_DETERMINER_BEFORE = lazy_re.compile(r"\b(?:the|a|an|this|its|their)\s+(?:" + _MODIFIER + r"\s+){0,3}$", re.IGNORECASE)
_CLASS_NAME_GAP = lazy_re.compile(r"(?:\s+(?:constituent|component|compound)s?)?(?:\s+|\s*,\s*)")


def class_before_name(text: str, cls, name) -> bool:
    """Is the COMPOUND mention ``cls`` a class noun classifying the compound mention ``name`` right after it
    ("the flavonoid calycopterin", "a natural flavone, calycopterin")? Mentions have ``sentence_start``,
    ``sentence_end``, ``label`` and ``entity_id``."""
    word = text[cls.sentence_start:cls.sentence_end]
    title_case = bool(_TITLE_CLASS.fullmatch(word)) and text[name.sentence_start:name.sentence_start + 1].isupper()
    return (cls.label == name.label == "COMPOUND" and cls.entity_id != name.entity_id
            and (bool(_COMMON_CLASS.fullmatch(word)) or title_case)
            and cls.sentence_end <= name.sentence_start
            and bool(_CLASS_NAME_GAP.fullmatch(text[cls.sentence_end:name.sentence_start]))
            and bool(_DETERMINER_BEFORE.search(text, max(0, cls.sentence_start - 60), cls.sentence_start)))


def class_appositions(text: str, mentions) -> set[int]:
    """Indices of the COMPOUND ``mentions`` (with ``sentence_start``/``sentence_end``, ``label``,
    ``entity_id``) of ``text`` in apposition to the COMPOUND mention right before them, or classifying
    the one right after them (``class_before_name``)."""
    out: set[int] = set()
    ordered = sorted(range(len(mentions)), key=lambda i: mentions[i].sentence_start)
    for n in range(1, len(ordered)):
        before, m = mentions[ordered[n - 1]], mentions[ordered[n]]
        gap = text[before.sentence_end:m.sentence_start] if m.sentence_start >= before.sentence_end else None
        if m.label == before.label == "COMPOUND" and m.entity_id != before.entity_id and gap is not None and \
                (_APPOSITION.match(gap) or _COMMON_CLASS.fullmatch(text[m.sentence_start:m.sentence_end])
                 and (_DEFINITE_APPOSITION.match(gap) or ordered[n - 1] in out and gap == " ")):
            out.add(ordered[n])  # "X, a flavonoid", "X, the flavonoid with …", "X, a triterpene saponin"
        elif class_before_name(text, before, m):  # "the flavonoid calycopterin": the class is before
            out.add(ordered[n - 1])
    out.update(i for i, m in enumerate(mentions)
               if m.label == "COMPOUND" and named_class_appositive(text, m.sentence_start, m.sentence_end))
    out.update(i for i, m in enumerate(mentions)
               if m.label == "COMPOUND" and _ZH_DERIVATIVE_HEAD.match(text, m.sentence_end))  # "维生素B6衍生物"
    return out
