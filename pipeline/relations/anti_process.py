"""A process named with 抗 ("anti-"): "Y 的抗凋亡作用" is Y's effect AGAINST the process.

Chinese forms the name of an effect against a process by prefixing 抗 to the process word (抗凋亡作用,
抗自噬作用, 抗氧化作用 — the prefix is the verb 抗 "resist", the compound a verb–object word, Packard 2000,
*The Morphology of Chinese*, ch. 4). The process mention inside the word is therefore the object of a
negative predicate, and:

* the possessor Y of "Y(的)抗P作用" ``inhibits`` P (GUIDELINES 5.11 "抗凋亡蛋白 Bcl-2" → BCL2 ``inhibits``
  Apoptosis; validation_zh ChinaXiv-201712.00999V1: "obatoclax会拮抗Bcl-2抗凋亡作用" gives BCL2 ``inhibits``
  Apoptosis);
* an agent whose verb governs the phrase acts on P with the opposite sign of its verb: to antagonise an
  anti-apoptotic effect is to promote apoptosis (the same sentence gave obatoclax → Apoptosis ``inhibits``,
  ranked first of validation_zh's label errors; the gold says ``activates``; new_papers_zh
  ChinaXiv-201707.00654V1: "…促进了Bax释放…,抑制Bcl-2的抗凋亡作用").

Only the effect nouns close the word (作用, 效应, 功能, 能力, 活性): "抗凋亡蛋白 Bcl-2" names a protein by its
role and is read by roles.py; 拮抗/对抗/抵抗 are verbs of their own, not the prefix.

English writes the same word with the prefix anti- on the process adjective ("anti-apoptotic effect",
"anti-autophagic activity"; the adjectives are process mentions since stop 44, nlp/plain_words.py), and names
the effect's owner by a genitive or an of-phrase or as the subject of a verb of having ("X's anti-apoptotic
effect", "the anti-apoptotic effect of X", "X exerts anti-apoptotic effects"), or by "its" after a sentence whose
subject is the one herb or compound ("Ilex latifolia ameliorated ischemic injury … and this neuroprotective effect
might be associated with its anti-apoptotic effect", validation38_en PMID21029769: gold ``inhibits``; without
this the stimulus participle "injury induced by MCAO" typed it ``activates``). The same word before a role noun
("the anti-apoptotic protein Bcl-2", "the pro-apoptotic gene FAS") is the protein's role (roles.py); an agent
acting on the protein does not act on the process (GUIDELINES 5.11, ratios of pro- to anti-apoptotic proteins): ``role_noun_at``.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.relations.sentence_memo import per_sentence

_ANTI = lazy_re.compile(r"(?<![拮对抵])抗\s*$")
_EFFECT_NOUN = lazy_re.compile(r"\s*(?:的)?\s*(?:作用|效应|功能|能力|活性)")
# the possessor right before "(的)抗", or before a locative "在…中的" that frames where its effect acts, as Chinese titles
# write a role ("乙醛脱氢酶2在糖尿病大鼠心肌缺血/再灌注损伤中的抗凋亡作用", validation38_zh ChinaXiv-201712.00232V1 reference
# title, gold ALDH2 ``inhibits`` Apoptosis; the frame of "Y在X…中的作用", role_of.py)
_POSSESSED = lazy_re.compile(r"\s*(?:蛋白)?\s*(?:的)?\s*$|\s*在[^，。；,;在]{1,30}?中\s*的\s*$")


_ANTI_EN = lazy_re.compile(r"(?<![A-Za-z])[Aa]nti-?\s*$")
_EFFECT_NOUN_EN = lazy_re.compile(
    r"\s+(?:effects?|activit(?:y|ies)|actions?|propert(?:y|ies)|roles?|functions?|capacity|potentials?)\b")
_ROLE_NOUN_EN = lazy_re.compile(r"\s+(?:proteins?|genes?|factors?|molecules?|members?)\b")
_OF_OWNER = lazy_re.compile(r"\s+of\s+(?:the\s+|this\s+|these\s+)?")
_GENITIVE = lazy_re.compile(r"['’]s\s+(?:(?:potent|strong|marked|significant|possible|known)\s+)?$")
_HAVING_VERB = lazy_re.compile(
    r"\s+(?:(?:also|further|clearly|significantly|may|might|could|can)\s+)?(?:exert(?:s|ed)?|show(?:s|ed)?|ha[sd]|have|"
    r"display(?:s|ed)?|possess(?:es|ed)?|exhibit(?:s|ed)?|demonstrat(?:es|ed))\s+"
    r"(?:(?:an|the|its|their|potent|strong|marked|significant|remarkable|notable)\s+)*$")
_ITS = lazy_re.compile(r"(?<![A-Za-z])its\s+(?:(?:potent|strong|marked|significant|possible)\s+)?$")


def anti_process_at(text: str, start: int, end: int) -> bool:
    """Is the process mention text[start:end] the object of 抗 / anti- in an effect word ("抗凋亡作用",
    "anti-apoptotic effect")?"""
    if _ANTI.search(text[max(0, start - 3):start]) and _EFFECT_NOUN.match(text, end):
        return True
    return bool(_ANTI_EN.search(text[max(0, start - 6):start]) and _EFFECT_NOUN_EN.match(text, end))


_ROLE_PREFIX_EN = lazy_re.compile(r"(?<![A-Za-z])(?:[Aa]nti|[Pp]ro)-?\s*$")


def role_noun_at(text: str, start: int, end: int) -> bool:
    """Is the process mention text[start:end] the role of a protein ("the anti-apoptotic protein Bcl-2", "the
    pro-apoptotic gene FAS", new_papers_en PMID23103563)?"""
    return bool(_ROLE_PREFIX_EN.search(text[max(0, start - 6):start]) and _ROLE_NOUN_EN.match(text, end))


# any of the words the readings below start from (a cheap gate before the per-pair loop)
_TRIGGERS = ("抗", "anti", "Anti", "pro", "Pro")


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def may_apply(text: str) -> bool:
    """Could a sentence hold 抗/anti-/pro- before a process mention? Five substring scans: the pattern
    "抗|[Aa]nti|[Pp]ro" has no literal prefix and was tried at every character, once per pair of a
    sentence (~6 µs a call, 0.6 % of ``process_file`` on the 16x benchmark; issue 17, stop 45)."""
    for word in _TRIGGERS:  # a loop, not ``any`` over a generator (text/word_gate.py)
        if word in text:
            return True
    return False


def owner(text: str, spans, process, first_agent) -> object | None:
    """Who owns the effect word at ``process`` (``anti_process_at``): the Chinese possessor before 抗, or the
    English owner (``owner_en``)."""
    if _ANTI.search(text[max(0, process.start - 3):process.start]):
        return possessor(text, spans, process)
    return owner_en(text, spans, process, first_agent)


def owner_en(text: str, spans, process, first_agent) -> object | None:
    """The owner of "anti-P effect" in English: "X's anti-P effect", "the anti-P effect of X", "X exerts anti-P
    effects", or, for "its anti-P effect", ``first_agent`` (the sentence's one herb or compound, when it opens the
    sentence); None when the text names none of these."""
    prefix_start = _ANTI_EN.search(text, max(0, process.start - 6), process.start).start()
    noun = _EFFECT_NOUN_EN.match(text, process.end)
    of = _OF_OWNER.match(text, noun.end())
    if of:
        after = [s for s in spans if s.start == of.end() and s is not process]
        if after:
            return after[0]
    before = [s for s in spans if s.end <= prefix_start and s is not process]
    if before:
        last = max(before, key=lambda s: s.end)
        between = text[last.end:prefix_start]
        if _GENITIVE.fullmatch(between) or _HAVING_VERB.fullmatch(between):
            return last
    if _ITS.search(text, max(0, prefix_start - 30), prefix_start):
        return first_agent
    return None


def possessor(text: str, spans, process) -> object | None:
    """The mention right before "(的)抗" + ``process`` ("Bcl-2的抗凋亡作用": Bcl-2), or None."""
    anti = text.rfind("抗", 0, process.start)
    before = [s for s in spans if s.end <= anti and s is not process]
    if not before:
        return None
    last = max(before, key=lambda s: s.end)
    return last if _POSSESSED.fullmatch(text[last.end:anti]) else None
