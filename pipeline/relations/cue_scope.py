"""Which cue may govern which mention: treatment markers, clauses with their own subject, and
passive by-agents next to their verb.

Cue words are found by relations/cues.py; this module only narrows their scope (as NegEx
narrows a trigger's scope to its clause: Chapman et al., J Biomed Inform 2001). No parser is
available for Chinese, so the rules read the words around the cue:

* **treatment markers** — "采用X干预后", "X干预组", "干预4周": 干预 names the treatment, it is
  no inhibition cue.
* **a later clause with its own subject** — "实验使用PKA抑制剂KT5720预处理ROBs,…,低频脉冲电磁场
  显著提高了Osx的表达": a Chinese clause after a comma continues the subject of the first
  (subject ellipsis) only when it opens with its verb, an adverb or a connective; when a noun
  phrase stands before its verb, that noun is its subject, and the cue is not the first
  clause's agent's.
* **passive by-agents** — "GPX4 was upregulated by icariin", "被淫羊藿苷上调": the passive
  marker stands right before the agent, not anywhere between the pair.
* **a copula's complement** — "AKT是PI3K下游的靶蛋白,可以通过磷酸化其下游mTOR": the clauses after it
  continue the copula's subject, not the entity inside its complement (``copula_complement``).
* **a reported conclusion** — "…具有协同促进作用的同时,也说明溶酶体自噬…": a clause that opens with a
  reporting verb is out of an earlier clause's cue (``in_reported_clause``).
* **an evidence adjunct** — "autophagy was detected …, as indicated by an up-regulated expression of LC3-II": the
  change after the marker is the evidence of the state named before it, not its effect (``in_evidence_adjunct``).
* **an appositive describing the cue's object** — "activation of AMPK, a key component of … autophagy regulation":
  the cue acts on AMPK; autophagy is named in AMPK's description (``in_appositive``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline import lazy_re
from pipeline.text.han import han_count, has_han
from pipeline.relations import aim_scope
from pipeline.relations.sentence_memo import per_sentence
from pipeline.text.word_gate import may_hold

_TREATMENT = lazy_re.compile(r"干预(?=后|前|组|时|\s*\d|治疗|措施)")


def treatment_markers(text: str) -> list[tuple[int, int]]:
    """Spans of 干预 used as the name of a treatment ("干预后", "干预组", "干预4周")."""
    return [(m.start(), m.end()) for m in _TREATMENT.finditer(text)]


# words that may open a clause whose subject is the previous clause's: adverbs, modals,
# connectives, pronouns referring back, reporting verbs
_CONTINUATION = lazy_re.compile(
    r"当[^,，;；]*?时|在[^,，;；]*?(?:中|后|时|下)|并且|并|且|而且|而|又|还|也|均|都|亦|则|可以|能够|可|能|会|将|从而|进而|继而|因而|以|来|同时|此外|另外|"
    r"显著地?|明显地?|进一步|有效地?|直接|间接|最终|逐渐|大大|极大地?|不仅|同样|主要|其|它们?|该药物?|"
    r"结果显示|结果表明|研究发现|发现|表明|提示|说明|证实|均能|通过|了|地|的|在|对|"
    r"[\s\d.,，、%()（）\[\]\-~]"
)
# a clause that opens with a means phrase is the previous subject's ("…,通过增加X及促进Y"), after a coordinator
# too ("同时DDX41与胞浆内接头蛋白STING结合,并且通过STING的死亡结构域激活TBK1、IRF3和NF-κB信号通路", validation40_zh
# ChinaXiv-201712.01090V1, gold DDX41 ``activates`` each: the nouns of the means phrase are no subject). Only a
# coordinator: after 也可 the clause may still name its own topic far from the cue's object ("…,也可通过cAMP/PKA信号途径
# 抑制破骨细胞的分化…", sample ChinaXiv-201801.00686V1, where the cue would reach Wnt1 two clauses later)
_MEANS_OPENING = lazy_re.compile(r"\s*(?:(?:并且|而且|并|且|同时)\s*)?(?:通过|经由|借助|利用)")
_ANAPHOR = lazy_re.compile(r"其|它|该(?:药|化合物|成分|提取物|方)")


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def has_own_subject(text: str, clause_start: int, cue_start: int) -> bool:
    """Does the Chinese clause text[clause_start:cue_start] name a subject of its own before
    the cue (three or more Chinese characters left once adverbs, connectives and pronouns
    are removed)? English clauses are not judged (their subject is rarely dropped after a
    comma, and "X, a …, inhibits Y" keeps the subject of the first)."""
    before = text[clause_start:cue_start]
    if not has_han(before) or _ANAPHOR.search(before):
        return False  # "其机制可能与抑制Y有关": 其 refers back to the subject
    if _MEANS_OPENING.match(before):
        return False  # "丁酸…,通过增加5-HT水平及促进Y的表达": the subject's means
    rest = _CONTINUATION.sub("", before)
    return han_count(rest) >= 3


# A subject written in Latin letters that names no entity ("因此GR(1-28)可激活Gs/cAMP/PKA通路", validation38_zh
# ChinaXiv-201712.01110V1, a peptide; "而I-BET151可抑制成纤维细胞基因的表达", free ChinaXiv pool; "同时W40能抑制STAT信号
# 通路的靶基因", dev/chinaxiv/sample): has_own_subject counts Chinese characters only, so such a clause seemed to continue
# the subject of the clause before. A name right before a modal and the cue, after at most a connective, is the
# clause's own subject (a modal follows the agent, not an object).
_LATIN_SUBJECT = lazy_re.compile(r"\s*(?:因此|因而|所以|故|而|但|但是|然而|同时|此外|另外)?\s*"
                                 r"(?P<name>[A-Za-z][A-Za-z0-9\-]*(?:\s*[(（][^()（）]{1,12}[)）])?)"
                                 r"\s*(?:也|还|则|亦)?(?:可以|能够|可|能|会)(?:显著|明显|直接|进一步|有效)?地?\s*$")


def latin_subject(text: str, spans, clause_start: int, cue_start: int) -> bool:
    """Does the Chinese clause text[clause_start:cue_start] open with a Latin-letter name that is no mention, followed
    by a modal right before the cue ("因此GR(1-28)可激活")? Then the cue is that name's (see above)."""
    found = _LATIN_SUBJECT.match(text, clause_start, cue_start)
    if found is None or len(found.group("name")) < 2:
        return False
    start, end = found.start("name"), found.end("name")
    return not any(sp.start < end and start < sp.end for sp in spans)


# what may stand before a clause's subject mention: a short modifier ("活化的Raf"), an adverb
_SUBJECT_LEAD_HAN = 4


def subject_mention(text: str, spans, cues, clause_start: int, cue_start: int, pair_ids) -> bool:
    """Does the clause text[clause_start:cue_start] open with an entity outside the pair, the
    subject of the cue ("…起重要作用,5-HT通过结合5-HT7R", "…并激活,活化的Raf通过磷酸化MEK")? Then
    the cue is that entity's, not an agent's named in an earlier clause. The first mention of
    the clause decides; it opens the clause when at most a short modifier ("活化的") and no verb
    precede it (an object after a verb, "降低X的表达并通过Y", is no subject)."""
    first = min((sp for sp in spans if clause_start <= sp.start and sp.end <= cue_start),
                key=lambda sp: sp.start, default=None)
    if first is None or first.entity_id in pair_ids:
        return False
    lead = text[clause_start:first.start]
    return han_count(lead) <= _SUBJECT_LEAD_HAN and not any(
        clause_start <= c.start < first.start and not text.startswith("的", c.end) for c in cues)  # "活化的": a modifier


# "X是Y…的<role noun>": a copula whose complement names Y inside a noun phrase headed by a role noun
_COPULA = lazy_re.compile(r"^\s*(?:[(（][^()（）]{1,30}[)）])?\s*(?:也|还|即|则|正|就)?是[^,，;；。是]{0,10}$")
_COMPLEMENT_END = lazy_re.compile(r"^[^,，;；。]{0,12}?的[^,，;；。]{0,8}?(?:蛋白|抑制剂|激活剂|受体|因子|底物|靶点|靶蛋白|成员|分子|基因|"
                                  r"配体|激酶|组分|调节剂|拮抗剂)\s*[,，]")


def copula_complement(text: str, spans, clause_start: int, mention) -> bool:
    """Is ``mention`` named inside the complement of a copula whose subject opens its clause ("AKT是PI3K
    下游的靶蛋白,可以通过磷酸化其下游mTOR、Bad等蛋白", validation_zh ChinaXiv-201801.00619V1; "DKK1(Dikkopf-1)
    是WNT/β-catenin信号通路的经典抑制剂,它通过与跨膜受体结合,诱导LRP5的内吞", ChinaXiv-201712.01000V1; "GT198是
    BIRM的直接靶点", dev/chinaxiv/sample)? The clauses after it continue the topic, the copula's subject
    (Chinese topic chains: Li & Thompson 1981, ch. 4, the zero subject of a clause refers to the topic);
    the complement's entity is no agent of their verbs."""
    from pipeline._core import blank_spans

    subject = min((sp for sp in spans if clause_start <= sp.start < mention.start), key=lambda sp: sp.start, default=None)
    if subject is None or subject.entity_id == mention.entity_id or has_han(text[clause_start:subject.start]):
        return False
    return bool(_COPULA.match(blank_spans(text, subject.end, mention.start, spans))) \
        and bool(_COMPLEMENT_END.match(text[mention.end:mention.end + 40]))


# a clause that opens with a reporting verb states a conclusion of its own ("…,说明…", "…,这也表明…")
_REPORTING_OPENING = lazy_re.compile(r"^\s*(?:这|此|该结果|以上结果|上述结果|结果)?(?:也|均|都|进一步|充分|则|同时也)?"
                                     r"(?:说明|表明|提示|证实|证明|揭示)")


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def in_reported_clause(text: str, cue_end: int, target_start: int, breaks) -> bool:
    """Is the target named in a later clause that opens with a reporting verb, after the cue's clause
    ("obatoclax与MG-132联用后对ubiquitin的表达具有协同促进作用的同时,也说明溶酶体自噬与泛素化蛋白酶体系统相互调节",
    validation_zh ChinaXiv-201712.00999V1)? The reporting clause states a conclusion of its own (its
    subject is the finding, its object a proposition): the earlier clause's cue does not reach into it.
    Only when the nearest cue before the target is the earlier clause's (the caller's ``cue``)."""
    last = None
    for b in breaks:
        if cue_end <= b < target_start:
            last = b
    return last is not None and bool(_REPORTING_OPENING.match(text[last + 1:target_start]))


# (the by-phrase may name the agent through its administration, "decreased by the administration of CCl4 and
# TAA", and coordinate several agents: each conjunct is the by-agent, validation_en PMID23578993)
_PASSIVE_NEAR = lazy_re.compile(r"(?:\bby\s+(?:the\s+)?(?:(?:co-?)?(?:treatment|administration|supplementation|exposure|"
                                r"injection|intake|addition|application)\s+(?:with|of|to)\s+)?"
                                r"(?:(?![A-Za-z]+ed\b)[\w\-αβγκ]+(?:\s*[(][^()]{1,20}[)])?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)){0,3}"
                                r"|被|由|经)\s*$", re.IGNORECASE)


def passive_agent(text: str, target_end: int, agent_start: int) -> bool:
    """Is the agent introduced by a passive marker right before it ("by icariin", "被X")?"""
    return bool(_PASSIVE_NEAR.search(text[target_end:agent_start]))


# "receptors promoting renal tubular injury by AOPPs": an active verb (-ing, or a present tense
# "-s") with an object of its own before "by": the by-agent acts on that object, not on the
# mention before the verb (a passive cue is a past participle: "was upregulated by icariin")
_ACTIVE_VERB = lazy_re.compile(r"(?:ing|[^s]s)$", re.IGNORECASE)
_OBJECT_THEN_BY = lazy_re.compile(r"^\s*(?:the\s+)?[A-Za-z][\w\-]*(?:\s+[\w\-]+){0,5}?\s+by\s+(?:the\s+)?$", re.IGNORECASE)


def active_with_object(text: str, cue_start: int, cue_end: int, agent_start: int) -> bool:
    """Is the cue an active verb whose own object stands between it and the passive "by"?"""
    return bool(_ACTIVE_VERB.search(text[cue_start:cue_end])) and bool(_OBJECT_THEN_BY.match(text[cue_end:agent_start]))


# "Akt/mTOR信号放大", "NF-κB通路活化", "信号通路受到抑制": a pathway's own predicate after it
# (Chinese puts the predicate after the list it belongs to, as for levels: effects.py)
_PATHWAY_PREDICATE = lazy_re.compile(
    r"^\s*(?:信号通路|信号|通路|途径)?的?(?:均|也|都|明显|显著|被|受到|进一步)*"
    r"(?:(?P<up>放大|增强|激活|活化|开放)|(?P<down>减弱|抑制|阻断|失活|关闭))"
)


def pathway_predicate(text: str, target_end: int, clause_end: int) -> tuple[int, int, int, str] | None:
    """(sign, start, end, words) of the predicate right after a pathway ("Akt/mTOR信号放大")
    within its clause, or None."""
    m = _PATHWAY_PREDICATE.match(text[target_end:clause_end])
    if m is None:
        return None
    group = "up" if m.group("up") else "down"
    return (1 if group == "up" else -1), target_end + m.start(group), target_end + m.end(group), m.group(group)


# "肺功能降低大鼠", "骨密度下降小鼠": a cue inside the description of the model, not a statement
_MODEL_STATE = lazy_re.compile(r"(?<=功能|水平|能力|骨量|密度|体重)(?:降低|下降|减退|减少|升高|增加|增高)"
                               r"(?=的?(?:模型)?(?:大鼠|小鼠|患者|模型|动物|家兔|人群))")


# "成骨诱导培养基", "诱导分化培养基", "osteogenic induction medium": the cue names the medium
_MEDIUM = lazy_re.compile(r"(?:诱导|刺激)(?:分化)?(?:培养基|培养液|液)|\binduction\s+(?:medium|media|buffer)\b", re.IGNORECASE)
_MEDIUM_WORDS = ("培养基", "液", "induction")  # a word every match holds (text/word_gate.py)


def model_descriptions(text: str) -> list[tuple[int, int]]:
    """Spans of cues that describe the model ("佐剂关节炎肺功能降低大鼠") or name a culture medium
    ("含…醛固酮的成骨诱导培养基": aldosterone is in the medium, it induces nothing)."""
    return [(m.start(), m.end()) for m in _MODEL_STATE.finditer(text)] + \
        ([(m.start(), m.end()) for m in _MEDIUM.finditer(text)] if may_hold(text, _MEDIUM_WORDS) else [])


# "X对Y…的影响" / "Effects of X on Y" (GUIDELINES 5.11: a title of this form states that X
# affects Y, `associated`); an aim ("目的 探讨X对Y的影响", "to investigate the effect") does not
# (a modal or adverb may stand before 对, and the subject's own event noun: "nonPLC/PKC通路的激活可能对cAMP/PKA信号通路有负反馈
# 抑制作用", validation38_zh ChinaXiv-201712.01110V1, gold ``inhibits``; own_event_noun, stop 43)
_EFFECT_ON_ZH_BEFORE = lazy_re.compile(r"^\s*(?:(?:蛋白|激酶|信号通路|通路|途径)?的(?:激活|活化|磷酸化))?\s*"
                                       r"(?:可能|可以|能够|可|能|会|也|还|均|都|亦|则|同样)*\s*对")
_EFFECT_ON_ZH_AFTER = lazy_re.compile(r"^[^,，;；。]{0,30}?的?(?P<noun>影响|作用|调控|调节)")
# "X对Y染毒所致/诱导…的影响": Y makes the model whose damage X is said to affect; Y is not X's object
_MODEL_STIMULUS_ZH = lazy_re.compile(r"\s*(?:染毒|处理|干预|刺激)?(?:所致|所诱导|诱导|引起|导致|造成|致(?![死癌畸敏]))")
_EFFECT_ON_EN_BEFORE = lazy_re.compile(r"\b(?:effects?|influence|impacts?|roles?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_EFFECT_ON_EN_BETWEEN = lazy_re.compile(r"^\s*(?:\w+\s+){0,2}on\s+(?:the\s+)?(?:\S+\s+){0,4}?$", re.IGNORECASE)
# "Effect of TIEG1 on apoptosis and expression of Bcl-2/Bax and Pten": the objects of "on" coordinated
# further than four words, through "and/or/," and "expression/levels/activity of" only
_EFFECT_ON_EN_LIST = lazy_re.compile(r"^\s*on\s+(?:the\s+)?(?:[^\s,;./]+(?:\s*[,/]\s*|\s+(?:and|or)\s+)"
                                     r"(?:(?:the\s+)?(?:expression|levels?|activity|activation|production)\s+of\s+)?){1,4}$",
                                     re.IGNORECASE)
# (not a report of findings: "研究发现亮氨酸…等对胰岛素的分泌也有刺激作用", validation47_zh ChinaXiv-201711.00393V1; "研究表明",
# "观察到")
_AIM = lazy_re.compile(r"目的|探讨|探究|研究(?!发现|表明|显示|证实|证明|结果|报道|指出|提示|揭示)|观察(?!到|发现)|旨在|为了|拟|investigat\w*|to (?:examine|explore|determine|evaluate|assess)|"
                       r"aim\w*|objective|purpose", re.IGNORECASE)


def effect_on(text: str, agent_start: int, agent_end: int, target_start: int, target_end: int,
              clause_start: int, clause_end: int) -> tuple[int, int, str] | None:
    """"X对Y的影响" / "effects of X on Y" stated outside an aim: (start, end, words) of the
    effect noun, or None."""
    if _AIM.search(text[clause_start:agent_start]):
        return None
    if _EFFECT_ON_ZH_BEFORE.match(text[agent_end:target_start]):
        if _MODEL_STIMULUS_ZH.match(text, target_end):  # "芍药苷对PM2.5染毒所致…细胞生长抑制…的作用"
            return None
        m = _EFFECT_ON_ZH_AFTER.match(text[target_end:clause_end])
        if m:
            return target_end + m.start("noun"), target_end + m.end("noun"), m.group("noun")
    m = _EFFECT_ON_EN_BEFORE.search(text[max(clause_start, agent_start - 30):agent_start])
    if m and (_EFFECT_ON_EN_BETWEEN.match(text[agent_end:target_start]) or
              _EFFECT_ON_EN_LIST.match(text[agent_end:target_start])):
        start = agent_start - len(text[max(clause_start, agent_start - 30):agent_start]) + m.start()
        return start, start + len(m.group(0).rstrip()), m.group(0).strip()
    return None


# the effect noun headed by a signed verb: "芍药苷对肺腺癌细胞A549凋亡的诱导作用" (new_papers_zh ChinaXiv-201806.00141V1 reference
# title, gold paeoniflorin activates Apoptosis), "抵抗素对NF-kB及下游信号通路具有激活作用" (free pool), "X对Y表达具有上调作用":
# the noun states the direction the bare "X对Y的作用/影响" leaves open (GUIDELINES 5.11, a direction in a title gives the
# directional label); not denied ("对Y无明显抑制作用": the non-effect readers elsewhere)
# (刺激作用, the stimulatory effect: "亮氨酸、酪氨酸、谷氨酸…等对胰岛素的分泌也有刺激作用", validation47_zh ChinaXiv-201711.00393V1,
# gold: each upregulates INS)
_SIGNED_EFFECT_VERB = lazy_re.compile(r"(?P<verb>激活|活化|促进|刺激|诱导|增强|上调|抑制|拮抗|阻断|下调|减弱|降低)$")
_SIGN_OF_VERB = {"激活": (1, "activate"), "活化": (1, "activate"), "促进": (1, "activate"), "刺激": (1, "activate"),
                 "诱导": (1, "activate"),
                 "增强": (1, "activate"), "上调": (1, "up"), "抑制": (-1, "inhibit"), "拮抗": (-1, "inhibit"),
                 "阻断": (-1, "inhibit"), "下调": (-1, "down"), "减弱": (-1, "inhibit"), "降低": (-1, "inhibit")}
_DENIED_EFFECT = lazy_re.compile(r"无|没有|未|不")


def signed_effect(text: str, target_end: int, noun_start: int) -> tuple[int, str, int, int] | None:
    """(sign, cue kind, start, end) of the signed verb right before the effect noun ``effect_on`` found ("的诱导作用",
    "具有激活作用"), or None when the noun has no such head or the words before it deny the effect."""
    head = text[target_end:noun_start]
    found = _SIGNED_EFFECT_VERB.search(head)
    if found is None or _DENIED_EFFECT.search(head, 0, found.start()):
        return None
    sign, kind = _SIGN_OF_VERB[found.group("verb")]
    return sign, kind, target_end + found.start(), target_end + found.end()


# an aim or a question states no relation (GUIDELINES 5.9, 5.11): "目的 探讨巴弗洛霉素A1对抑制…
# 凋亡…的影响", "To investigate whether X inhibits Y"; the answer sentence does
_AIM_OPENER = lazy_re.compile(r"目的|探讨|探究|旨在|为明确|为了明确|为了研究|为研究|"
                              # a purpose clause asking a question: "为检测cAMP浓度升高是否引起PKA磷酸化…" (aim_scope)
                              r"为了?\s*(?:进一步)?\s*(?:检测|检验|证实|验证|观察|考察|阐明|确定|测试|评价|了解)[^，,。；;]{0,60}?是否|"
                              r"\b(?:to|we)\s+(?:investigate|examine|explore|determine|evaluate|assess|test|ask)\w*\b|"
                              r"\baim(?:ed|s)?\s+(?:to|at)\b|\bobjective\b|\bpurpose\b|\bwhether\b", re.IGNORECASE)
# a word every match holds (text/word_gate.py: the pattern has no first character to skip ahead by)
_AIM_WORDS = ("目的", "探讨", "探究", "旨在", "为明确", "为了明确", "为了研究", "为研究", "是否", "investigate", "examine",
              "explore", "determine", "evaluate", "assess", "test", "ask", "aim", "objective", "purpose", "whether")


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def in_aim_clause(text: str, clause_start: int, cue_start: int) -> bool:
    """Does the cue's own clause open with an aim ("…模型,来探究AHP-II对炎症因子的抑制作用"):
    what the study sets out to test, not a finding."""
    clause = text[clause_start:cue_start]
    return may_hold(clause, _AIM_WORDS) and bool(_AIM_OPENER.search(clause))


@lru_cache(maxsize=4096)
def is_aim(text: str, agent_start: int) -> bool:
    """Is the statement about the agent an aim or a question ("目的 探讨X对…", "to investigate
    whether X…")? Only the words of the sentence before the agent count, from the last aim opener on: a finding
    opener or the end of a sentence-initial purpose clause closes the aim ("To test …, we next demonstrated that
    estradiol augments …", relations/aim_scope.py). Remembered: every pair of a sentence asks it for its first
    mention's start (1.3 calls per pair)."""
    before = text[:agent_start]
    if not may_hold(before, _AIM_WORDS):
        return False
    last = None
    for last in _AIM_OPENER.finditer(before):
        pass
    return last is not None and not aim_scope.aim_closed(text, last.end(), agent_start)


_SHORT_IN_PARENS = lazy_re.compile(r"\(\s*$")
_WORD = lazy_re.compile(r"[A-Za-z0-9][\w\-]*")


def long_form_cues(text: str, spans, cues) -> frozenset[int]:
    """Starts of cues inside the long form of an abbreviated mention: "inducible nitric oxide
    synthase (iNOS)", "astrocyte elevated gene (AEG1)" — a word of the name, not an effect on
    the name (issue 14: a cue inside an entity's name never types a pair). The long form is
    Schwartz & Hearst's (PSB 2003): the shortest run of words before "(" whose first word
    starts with the short form's first letter and that holds its letters in order; so in
    "suppressed nuclear factor-kappa B (NF-kB)" the verb stays outside the name."""
    from pipeline.nlp.abbreviations import letters_in_order

    inside: set[int] = set()
    english = [c for c in cues if c.text[:1].isascii()]
    if not english:
        return frozenset()
    for sp in spans:
        before = text[max(0, sp.start - 120):sp.start]
        if not _SHORT_IN_PARENS.search(before) or not text[sp.end:sp.end + 2].lstrip().startswith(")"):
            continue
        short = text[sp.start:sp.end]
        letters = [c for c in short if c.isalpha()]
        if len(letters) < 2 or not short[:1].isascii():
            continue
        head_end = max(0, sp.start - 120) + _SHORT_IN_PARENS.search(before).start()
        words = list(_WORD.finditer(text, max(0, head_end - 120), head_end))
        limit = min(len(letters) + 5, 2 * len(letters))
        for k in range(1, min(limit, len(words)) + 1):
            first = words[-k]
            long = text[first.start():head_end].rstrip()
            if first.group()[0].lower() == letters[0].lower() and letters_in_order(short, long, digits=False):
                inside.update(c.start for c in english if first.start() <= c.start < head_end)
                break
    return frozenset(inside)


# "P62相对表达量BAF组(1.77±0.11)显著高于Control组": the read-out, then the treated group and
# how it compares with a control group (Chinese results tables put into words)
_READOUT_GAP = lazy_re.compile(r"^\s*(?:的)?(?:相对)?(?:mRNA|蛋白)?(?:的)?(?:相对)?(?:表达量|表达水平|表达|水平|含量|浓度|(?:平均)?光密度(?:值)?|灰度值)\s*$")  # 光密度: immunostaining
_GROUP_COMPARED = lazy_re.compile(r"\s*组\s*(?:\([^()]{0,60}\)|（[^（）]{0,60}）)?\s*(?:均|也)?(?:显著|明显)?(?P<cmp>高于|低于)")


def group_comparison(text: str, target_end: int, agent_start: int, agent_end: int) -> tuple[int, int, int] | None:
    """(sign, start, end) of "Y 表达量 X组 … 高于/低于 …组": the treated group X compared with
    another group raises (高于) or lowers (低于) the read-out Y named before it; None when
    the sentence is not of that form (GUIDELINES 5.9: a comparison that states the effect of
    a treatment group is a statement about X)."""
    if not _READOUT_GAP.match(text[target_end:agent_start]):
        return None
    m = _GROUP_COMPARED.match(text, agent_end)
    if m is None:
        return None
    return (1 if m.group("cmp") == "高于" else -1), m.start("cmp"), m.end("cmp")


# the English form: "The amount of MDA, ET-1 and PAF was markedly reduced in the EGb group than in the CCl4
# group" (validation_en PMID15154282), "The mRNA expression levels of IL-1 beta, IL-1RI … in the PNS group were
# lower than those in the untreated group" (PMID17498496): the read-out, a change or comparative, the treated
# group, and the group it is compared with (not a normal or sham group: GUIDELINES 5.11)
_EN_CHANGE = (r"(?P<cmp>reduced|decreased|lower|diminished|attenuated|downregulated|down-regulated|"
              r"increased|elevated|higher|enhanced|upregulated|up-regulated|greater)")
_EN_BEFORE_GROUP = lazy_re.compile(r"^[^;.]{0,120}?\b(?:was|were|is|are)\s+(?:(?:\w+ly|much|markedly)\s+){0,2}" + _EN_CHANGE
                                   + r"\s+in\s+the\s+$", re.IGNORECASE)
_EN_PLAIN_BEFORE_GROUP = lazy_re.compile(r"^(?![^;.]*\b(?:was|were|is|are|had|has|showed?)\b)[^;.]{0,120}?\bin\s+the\s+$",
                                         re.IGNORECASE)
_EN_GROUP_THEN = lazy_re.compile(r"^(?:-?\s*treated)?\s+groups?\b\s*(?:\([^()]{0,40}\)\s*)?", re.IGNORECASE)
_EN_CHANGE_AFTER_GROUP = lazy_re.compile(r"^(?:was|were)\s+(?:(?:\w+ly|much|markedly)\s+){0,2}" + _EN_CHANGE + r"\s+", re.IGNORECASE)
_EN_THAN = lazy_re.compile(r"^,?\s*(?:than|compared\s+(?:with|to)|versus|vs\.?|relative\s+to)\s+(?:(?:in|those\s+in|that\s+in|"
                           r"with|of)\s+)?(?:the\s+)?(?P<other>[^,;.]{0,40}?)\s*groups?\b", re.IGNORECASE)
_EN_NORMAL = lazy_re.compile(r"\b(?:normal|sham|healthy|blank|naive)\b", re.IGNORECASE)
_EN_DOWN = frozenset({"reduced", "decreased", "lower", "diminished", "attenuated", "downregulated", "down-regulated"})


def english_group_comparison(text: str, target_end: int, agent_start: int, agent_end: int) -> tuple[int, int, int] | None:
    """(sign, start, end) of the comparative or change word when the sentence compares the treated group the
    agent names with another (model or untreated) group for the read-out named before it, else None."""
    group = _EN_GROUP_THEN.match(text[agent_end:agent_end + 60])
    if group is None:
        return None
    at = agent_end + group.end()
    gap = text[target_end:agent_start]
    change = _EN_BEFORE_GROUP.match(gap)
    if change is not None:
        start, end = target_end + change.start("cmp"), target_end + change.end("cmp")
    elif _EN_PLAIN_BEFORE_GROUP.match(gap):
        after = _EN_CHANGE_AFTER_GROUP.match(text[at:at + 60])
        if after is None:
            return None
        start, end = at + after.start("cmp"), at + after.end("cmp")
        at += after.end()
    else:
        return None
    than = _EN_THAN.match(text[at:at + 80])
    if than is None or _EN_NORMAL.search(than.group("other")):
        return None
    return (-1 if text[start:end].lower() in _EN_DOWN else 1), start, end


# an effect adjective that classifies the noun after it ("tumor suppressive substrates", "inhibitory
# Smads", "inhibitory c-Raf phosphorylation", "the inhibitory site"), unlike one that states the
# effect of its subject ("an inhibitory effect on", "stimulatory activity", "suppressive action").
# The -ible adjective "inducible" likewise classifies the enzyme it names ("inducible nitric oxide
# synthase", "inducible heme oxygenase": BioRED train PMID20510337, where "coenzyme Q10 … decreased
# the cisplatin-induced overexpression of inducible nitric oxide synthase, …, caspase-3 and p53"
# read "inducible" as coenzyme Q10 inducing caspase-3); predicative "inducible by X" keeps its cue.
_ATTRIBUTIVE = lazy_re.compile(r"(?:suppressive|inhibitory|stimulatory|activatory|inducible)$", re.IGNORECASE)
_PREDICATIVE_AFTER = lazy_re.compile(r"\s+(?:by|in|upon|with|after|following)\b", re.IGNORECASE)
_STATED_BY = lazy_re.compile(r"\s+(?:effects?|efects?|activit(?:y|ies)|actions?|roles?|functions?|mechanisms?|potentials?|"
                             r"capacit(?:y|ies)|properties|property|influences?|impacts?|potency)\b", re.IGNORECASE)


# "enhancement of inhibitory c-Raf phosphorylation": a modification that inhibits the protein
_SITE_EVENT = lazy_re.compile(r"\s+\S+\s+(?:phosphorylation|ubiquitination|acetylation)\b", re.IGNORECASE)


def attributive_cues(text: str, cues) -> frozenset[int]:
    """Starts of effect adjectives used attributively: they name a class of the noun they
    modify (a tumour-suppressor substrate, an inhibitory Smad), and state no effect of the
    sentence's subject on anything. Predicative uses before effect nouns ("inhibitory effect
    of X on Y") keep their cue. (English adjectives in -ive/-ory; Quirk et al. 1985, 7.3:
    attributive adjectives classify, they do not predicate.)"""
    return frozenset(c.start for c in cues if _ATTRIBUTIVE.search(c.text) and re.match(r"\s+[A-Za-z]", text[c.end:c.end + 2])
                     and not _STATED_BY.match(text, c.end) and not _SITE_EVENT.match(text, c.end)
                     and not _PREDICATIVE_AFTER.match(text, c.end))


# a participle that names the causer of a change noun: "inhibited the decrease caused by oxidative stress in … CREB and
# Nrf2" (validation_en PMID23639191), "the osteoclast increase induced by ETM", "the metabolic changes caused by the
# high-fat diet", "the alterations induced by cocaine" (validation_en, BioRED, BC5CDR): the participle modifies the noun,
# as "-induced" before it does, and is no verb of the sentence; the change noun keeps its own cue
_CHANGE_HEAD = lazy_re.compile(r"\b(?:increases?|decreases?|reductions?|elevations?|declines?|loss|up-?regulation|"
                               r"down-?regulation|depletion|changes|alterations)\s+$", re.IGNORECASE)
_CAUSER_PARTICIPLE = lazy_re.compile(r"(?:caused|induced|triggered|evoked|elicited|produced)$", re.IGNORECASE)
_BY_AFTER = lazy_re.compile(r"\s+by\b", re.IGNORECASE)


def change_participle_cues(text: str, cues) -> frozenset[int]:
    """Starts of participles that name what caused a change noun ("the decrease caused by X", "changes induced by
    X"): no effect cue of their own."""
    return frozenset(c.start for c in cues if _CAUSER_PARTICIPLE.match(c.text) and _BY_AFTER.match(text, c.end)
                     and _CHANGE_HEAD.search(text, max(0, c.start - 20), c.start))


# a verb that names a link without a direction ("regulates apoptosis", "modulates autophagy")
_UNDIRECTED_VERB = lazy_re.compile(r"\b(?:regulat\w*|modulat\w*|controls?|controlled|controlling|affect(?:s|ed|ing)?|"
                                   r"influenc\w*|mediat(?:es|ed|ing))\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
_BY_MEANS = lazy_re.compile(r"\b(?:by|through|via)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)


def undirected_end(text: str, end_start: int, end_stop: int, cue_start: int) -> bool:
    """"SAG … regulates apoptosis and vasculogenesis by promoting degradation of NOXA": the
    first mention is the object of a verb without a direction and the cue opens the means of
    that verb (by/through/via + gerund), so the first mention is the end, not an agent, and the
    means–end link has no stated direction (GUIDELINES 2, mechanism chains: through an
    undirected X the link is ``associated``). English."""
    if not _UNDIRECTED_VERB.search(text[max(0, end_start - 40):end_start]):
        return False
    return bool(_BY_MEANS.search(text[max(end_stop, cue_start - 24):cue_start])) \
        and not re.search(r"[,;.]", text[end_stop:cue_start])


# An appositive that describes the cue's object by its role: "activation of AMPK, a key component of metabolic stress and
# autophagy regulation" (validation_en PMID26102294), "prevented the activation of … 4E-binding protein 1, a regulator of
# translation initiation and substrate of the mammalian target of rapamycin (mTOR)" (PMID23639626), "caused accumulation of
# Jun-B, a substrate of Sag-Fbxw7 E3 ligase" (PMID25622904); BioRED train writes it too ("…, a potent inhibitor of …",
# "…, a marker of …"). The description states the head's role; the outer cue acts on the head only.
_APPOSITIVE = lazy_re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:component|regulator|mediator|inhibitor|activator|"
                              r"marker|member|target|substrate|sensor|modulator|effector|inducer|suppressor|hallmark)s?\s+of\b",
                              re.IGNORECASE)


def in_appositive(text: str, cue_end: int, target_start: int) -> bool:
    """Is the mention at ``target_start`` named inside an appositive that describes the cue's object by its role (", a
    key component of … autophagy", ", a substrate of … mTOR"), with no clause or list break after the description
    opens? Then the cue's object is the appositive's head, not the mention. English."""
    gap = text[cue_end:target_start]
    found = None
    for found in _APPOSITIVE.finditer(gap):
        pass
    if found is None or not gap[:found.start()].strip() or re.search(r"[;.。；]", gap[:found.start()]):
        return False
    return not re.search(r"[,;.，；。]", gap[found.end():])


# a verb (or an effect/regulation word) right before a mention, a few modifiers or list items apart:
# the mention is its object ("regulate osteoblast differentiation and apoptosis", "诱导自噬")
_OBJECT_OF = lazy_re.compile(r"(?:\b(?:regulat|modulat|control|affect|influenc|induc|promot|inhibit|suppress|activat|"
                             r"enhanc|increas|decreas|reduc|prevent|attenuat|stimulat|trigger|block|caus|protect)\w*\s+"
                             r"(?:(?:the|of|against|from)\s+)?(?:[\w\-]+\s+){0,4}"
                             r"|(?:调控|调节|影响|诱导|促进|抑制|激活|增强|减轻|减弱|降低|增加|阻断|引起|导致)了?[^，。；,;通过经由]{0,8})$",
                             re.IGNORECASE)


def object_of_verb(text: str, clause_start: int, start: int) -> bool:
    """Is the mention at ``start`` the object of a verb in its clause (a few words apart), so
    that a via/通过 phrase after it is its subject's means, not its own?"""
    lo = max(clause_start, start - 60)
    found = _OBJECT_OF.search(text[lo:start])
    # a participle opening the clause modifies the mention ("In tumor cells, activated RAS-GTPase …
    # down-regulates"): no subject before it, no verb
    return found is not None and bool(text[clause_start:lo + found.start()].strip())


# a verb without a direction that a Chinese means phrase (通过 + its object) leads up to: "PTEN能够通过调节AKT信号
# 通路进一步调节MMP-2和MMP-9的表达" (validation_zh ChinaXiv-201712.00248V1), "MAPK通过磷酸化核转录因子、细胞骨架蛋白
# 及酶类等参与细胞增殖、分化、转化及凋亡的调节" (new_papers_zh ChinaXiv-201707.00654V1), "FOXO是通过Akt/AMPK介导调节运动应答中自噬成分
# 的转录,包括LC3和BNIP3等" (ChinaXiv-202207.00209V1), "TGF-βRII…通过…自身磷酸化与游离的TGF-β结合" (ChinaXiv-201711.00749V1)
# (not a participle, "通过调节mTOR介导的自噬信号通路": 的 after it; not a second means, "通过趋化途径和调控TLR信号强度")
_MAIN_UNDIRECTED = lazy_re.compile(r"(?<![和及或、与并])(?:进一步|从而|进而|来|以)?\s*(?:参与|调节|调控|介导|影响|实现|作用于|"
                                   r"与[^，。；,;]{1,24}?(?<!的)结合)(?!的|性|蛋白|因子|子|剂|作用|功能|机制|网络)")
# (nor a noun: "与mTORC1中的调节蛋白RagD直接作用", sample ChinaXiv-201711.01551V1; "发挥调节作用")
# the means phrase goes on after the mention: "丹参通过RANKL通路参与调控自噬这一过程来抑制破骨细胞分化" (reviews, jin2025:
# autophagy is inside the means, gold ``via``)
_MEANS_GOES_ON = lazy_re.compile(r"[^，。；,;]{0,10}?(?:来|以|从而|进而)(?=[\u4e00-\u9fff])")
# the means' own verb, an adverb or two before it ("通过靶向调节TGF-β/Smad…", "通过精细调节…ULK1", "通过多靶点的作用于
# β-catenin和E-cadherin等分子从而抑制…", new_papers_zh ChinaXiv-201712.00524V1)
_MEANS_VERB = lazy_re.compile(r"\s*(?:[^，。；,;\s]{0,4}?)(?:调节|调控|介导|影响|激活|抑制|促进|磷酸化|修饰|上调|下调|增加|降低|减少|作用于|与)")


def past_means(text: str, cue_end: int, target_start: int, target_end: int | None = None) -> bool:
    """Does a verb without a direction stand between the means phrase opened by 通过 (ending at ``cue_end``)
    and the mention at ``target_start``, after the means' own verb and object? Then the mention is the
    object of that main verb, not the means: the subject and it are ``associated`` (GUIDELINES 2: "A 通过 X
    调节 Y" gives A ``via`` X and, with no direction stated, A–Y ``associated``). Chinese."""
    gap = text[cue_end:target_start]
    if re.search(r"[。；;]", gap):
        return False
    own = _MEANS_VERB.match(gap)
    lo = own.end() if own else 0  # "通过调节AKT…": the means' own verb is no main verb
    if target_end is not None and _MEANS_GOES_ON.match(text, target_end):
        return False
    if any(m.start() > lo for m in _MAIN_UNDIRECTED.finditer(gap, lo + 1)):
        return True
    # "…自身磷酸化与游离的TGF-β结合": the mention is the partner of a binding after the means
    partner = re.search(r"与[^，。；,;与]{0,8}$", gap)
    return partner is not None and partner.start() > lo and target_end is not None \
        and re.match(r"\s*(?:\[[^\]]*\])?\s*(?:相)?结合", text[target_end:]) is not None


# An evidence adjunct: "Meanwhile, autophagy was detected as early as 12 h after an exposure to low-dose dioscin, as
# indicated by an up-regulated expression of LC3-II and beclin-1 proteins" (new_papers_en PMID23552851), "BMPR signalling
# was markedly impaired in TAK1-deficient chondrocytes as evidenced by reduced expression of known BMP target genes as
# well as reduced phosphorylation of Smad1/5/8 and p38/Jnk/Erk MAP kinases" (validation_en PMID19536134), "An autophagic
# signaling was evidenced by an increase of Beclin-1, ATG 5-12, and LC3-II expression" (validation_en PMID23152186), "suppressed …
# hMSC adipogenesis, as indicated by decreased transcriptional promoters of differentiation" (new_papers_en PMID23380477). The
# read-outs after the marker are how the state before it was seen (its markers), so the state is no agent of their
# change: the sentence relates them without a direction. The treatment that caused the state still acts on them.
_EVIDENCE = lazy_re.compile(r"\b(?:as\s+)?(?:was\s+|were\s+)?(?:evidenced|indicated|shown|demonstrated|reflected|judged|"
                            r"manifested|confirmed|revealed)\s+by\b", re.IGNORECASE)


def in_evidence_adjunct(text: str, first_end: int, cue_start: int) -> bool:
    """Does an evidence marker ("as indicated by", "as evidenced by", "was evidenced by") stand between the mention
    ending at ``first_end`` and the cue at ``cue_start``, with no sentence or clause end (";") after it? Then the
    cue's change is evidence of the state the mention names, not its effect (see above). English."""
    found = None
    for found in _EVIDENCE.finditer(text, first_end, cue_start):
        pass
    return found is not None and not re.search(r"[;.。；]", text[found.end():cue_start])


# A coordinated predicate: "SAG/RBX2 E3 ubiquitin ligase regulates apoptosis and vasculogenesis by promoting degradation of
# NOXA and NF1, and co-operates with Kras to promote lung tumorigenesis by activating NFkappaB and mTOR pathways"
# (validation_en PMID25622904). ", and <finite verb>" opens a second predicate of the sentence's subject (coordinated
# verb phrases share their subject: Quirk et al. 1985, 13.60), so an object of the first predicate is no agent of a cue
# in the second. Only an object is kept out: a mention after "of"/"with" or a verb, not the subject itself.
_SECOND_PREDICATE = lazy_re.compile(r",\s+and\s+(?:also\s+|then\s+|further\s+)?[a-z][a-z\-]*(?:[^s]s|ed)\s+"
                                    r"(?:with|to|the|a|an|its|their|in|on|by|through|via)\b")
_AN_OBJECT = lazy_re.compile(r"(?:\b(?:of|with|against|to)\s+(?:[\w\-/]+\s+){0,3}(?:and\s+|or\s+)?|"
                             r"\b[a-z]+(?:s|ed|ing)\s+(?:the\s+)?)$")


# Without the comma when a finite verb before the mention governs it: "BMP-4 reduced LHbeta mRNA up-regulation in response
# to GnRH (+/-activin) and decreased GnRH receptor expression" (validation39_en PMID18310445); "… inhibited the writhing
# responses of mice and decreased the licking time", "accompanied by induction of apoptosis and decreased expression of …
# survivin" (free pool, BioRED train: co-objects, which no mention of the first governs either).
# (only when the cue is that verb: "decreased Bcl-2 level and induced Bax translocation to cause cytochrome c release",
# validation_en PMID23567243, is a purpose chain through Bcl-2, GUIDELINES 2)
_AND_PREDICATE = lazy_re.compile(r"\s+and\s+(?:also\s+|then\s+|further\s+)?(?=[a-z][a-z\-]*ed\s)")


def in_coordinated_predicate(text: str, first_start: int, first_end: int, cue_start: int,
                             object_of_verb: bool = False) -> bool:
    """Is the mention at ``first_start``–``first_end`` an object of one predicate and the cue at ``cue_start`` inside a
    later coordinated predicate (", and co-operates with … by activating") of the same subject? Then the mention is
    no agent of the cue (see above). ``object_of_verb``: a finite effect verb of the mention's clause stands before it
    (then "and <verb>ed" without a comma opens the second predicate too). English."""
    second = _SECOND_PREDICATE.search(text, first_end, min(len(text), cue_start + 40))
    if (second is None or second.start() >= cue_start) and object_of_verb:
        second = next((m for m in _AND_PREDICATE.finditer(text, first_end, min(len(text), cue_start + 40))
                       if m.end() == cue_start), None)
    if second is None or second.start() >= cue_start or re.search(r"[;.]\s", text[first_end:cue_start]):
        return False
    return bool(_AN_OBJECT.search(text[max(0, first_start - 60):first_start]))


# The Chinese counterpart: "因此GR(1-28)可激活Gs/cAMP/PKA通路,而失去了激活PLC和nonPLC/PKC的能力" (validation38_zh
# ChinaXiv-201712.01110V1), "mTOR使之活化后作用于下游与翻译有关的P70S6K,EIF4E及翻译抑制蛋白4E-BPs,并能直接磷酸化PTEN"
# (ChinaXiv-201712.01150V1). A clause opened by 而/并/且 (而且, 并且, 同时) or an additive adverb (也, 还, 亦: "P53既可以
# 反式激活…AMPK的激活因子Sestrin1和2,…,也可通过反式激活…DRAM", free ChinaXiv pool) with no subject of its own before its
# verb is a second predicate of the subject of the clause before (the zero subject of a coordinated verb phrase refers to the
# topic: Li & Thompson 1981, ch. 24; the same subject ellipsis has_own_subject reads), so the previous predicate's object
# is no agent of its verb. A chain connective (进而, 从而, 继而, 使, 导致) states a consequence instead (GUIDELINES 2:
# mechanism chains): those clauses are left to the chain rules.
_ZH_COORDINATED_OPENING = lazy_re.compile(r"\s*(?:而且|并且|而|并|且|同时|也|还|亦)(?!进而|从而|继而|使|导致|引起)")
_ZH_VP_AND = lazy_re.compile(r"(?:并且|而且|并)\s*(?:也|还|可以|能够|可|能|会|明显|显著|进一步|直接|有效)*\s*$")
_ZH_CHAIN_WORD = lazy_re.compile(r"进而|从而|继而|因而|使|导致|引起")
# a verb before the object (its clause's subject stands before it): an effect word or an undirected verb
_ZH_OBJECT_VERB = lazy_re.compile(r"(?:激活|活化|抑制|促进|诱导|增强|降低|增加|上调|下调|阻断|磷酸化|作用于|调节|调控|结合)"
                                  r"(?!子|因子|蛋白|剂|型|性)")  # not a role noun or type adjective ("翻译抑制蛋白")
# a list separator before a listed mention, with a short modifier of the item ("EIF4E及翻译抑制蛋白4E-BPs")
_ZH_LIST_SEP = lazy_re.compile(r"\s*(?:[,，、]|以及|及|和|与)\s*[\u4e00-\u9fff]{0,8}$")


# The converse (stop 40): the cue in one predicate, the mention the object of a later coordinated predicate with a verb or
# preposition of its own, not an effect word: "Survivin不仅在PV皮损中表达上调,且与抗菌肽β-defensin-3表达呈正相关"
# (validation_zh ChinaXiv-201801.00619V1, gold BIRC5–DEFB103A associated), "而SIRT1的上调影响caspase-3…的活性,同时参与调控
# 肿瘤抑制因子p53和…NF-κB的转录表达" (sample ChinaXiv-201711.00904V1), "ULK1复合物启动早期自噬体膜集结,并招募ATG6(…Beclin1)"
# (free ChinaXiv pool). The second verb governs its object and states no direction; the first predicate's cue has its own object
# before the break. A chain connective after the coordinator (进而, 从而, 使) is left to the chain rules (_ZH_COORDINATED_OPENING).
_ZH_LATER_VERB = lazy_re.compile(_ZH_COORDINATED_OPENING.pattern +
                                 r"\s*(?:也|还|可以|能够|可|能|会|直接|进一步)*\s*"
                                 r"(?:与|招募|募集|识别|结合|参与(?:调控|调节)?|介导|作用于|影响|靶向|调控|调节)(?!子|因子|蛋白|剂|型|性)")


def in_later_predicate_zh(text: str, cue_end: int, target_start: int, breaks) -> bool:
    """Is the mention at ``target_start`` in a later coordinated Chinese predicate (after the last clause break between the cue
    ending at ``cue_end`` and the mention) opened by a coordinator and a verb or preposition of its own that is no effect word
    ("…表达上调,且与β-defensin-3表达呈正相关", ",同时参与调控…p53", ",并招募…Beclin1")? Then the cue does not reach it.
    (An effect verb of the later clause would itself be the nearest cue before the mention: the caller asks only about a cue
    before the break.)"""
    last = max((b for b in breaks if cue_end <= b < target_start), default=None)
    if last is None:
        return False
    opening = _ZH_LATER_VERB.match(text, last + 1)
    return opening is not None and opening.end() <= target_start


def _list_comma(text: str, spans, at: int) -> bool:
    """Does the break at ``at`` separate two listed mentions (a mention ends right before it, another starts right after)?"""
    return any(sp.end == len(text[:at].rstrip()) for sp in spans) and \
        any(sp.start == at + 1 + len(text[at + 1:]) - len(text[at + 1:].lstrip()) for sp in spans)


def in_coordinated_predicate_zh(text: str, spans, first_start: int, first_end: int, cue_start: int, breaks) -> bool:
    """Is the mention at ``first_start``–``first_end`` an object of one Chinese predicate (a verb before it in its
    clause, or before the list it closes, with a subject before the verb) and the cue at ``cue_start`` inside a later
    clause opened by 而/并/且/同时/也/还 with no mention and no chain connective before the cue? Then the mention is no agent
    of the cue (see above)."""
    if re.search(r"[。；;]", text[first_end:cue_start]):
        return False
    last = max((b for b in breaks if first_end <= b < cue_start), default=None)
    lead = text[last + 1:cue_start] if last is not None else ""
    if last is None or not _ZH_COORDINATED_OPENING.match(lead):
        # 并 with no comma before it: it joins verb phrases only, never nouns ("抑制上述脑组织中β-catenin表达水平并增加
        # Gsk3β第9位丝氨酸磷酸化水平", validation38_zh ChinaXiv-201712.00818V1; "激活caspase-3 并下调抗凋亡蛋白 Bcl-2",
        # "能抑制C/EBPs活性并且激活PPARγ", free ChinaXiv pool)
        joined = _ZH_VP_AND.search(text, first_end, cue_start)
        if joined is None:
            return False
        last, lead = joined.start() - 1, text[joined.start():cue_start]
    if _ZH_CHAIN_WORD.search(lead) or any(last < sp.start < cue_start for sp in spans):
        return False
    # the clauses between are the same subject's too: a break between listed mentions ("P70S6K,EIF4E"), or a clause
    # opened by a means phrase or a coordinating word ("Sestrin1和2,通过抑制mTOR的活性来促进细胞自噬,也可通过反式激活…
    # DRAM", free ChinaXiv pool); an intervening clause with a subject of its own ("…hERG3,钾离子外流不仅促使…,而且激活
    # AMPK", free pool) is a chain link, not the same subject's
    if any(not _list_comma(text, spans, b) and not _MEANS_OPENING.match(text, b + 1)
           and not _ZH_COORDINATED_OPENING.match(text, b + 1) for b in breaks if first_end <= b < last):
        return False
    # the start of the list the mention ends ("作用于…的P70S6K,EIF4E及…4E-BPs"): back over list commas after mentions
    start = first_start
    while True:
        sep = _ZH_LIST_SEP.search(text, max(0, start - 14), start)
        before = next((sp for sp in spans if sp.end == (sep.start() if sep else -1)), None)
        if sep is None or before is None or _ZH_OBJECT_VERB.search(sep.group(0)):
            break  # (a verb in the item's modifier is the item's own: "PKA和激活的PKC")
        start = before.start
    clause_start = max((b + 1 for b in breaks if b < start), default=0)
    verb = None
    for found in _ZH_OBJECT_VERB.finditer(text, max(clause_start, start - 40), start):
        if not re.search(r"[(（][^()（）]*$", text[found.end():start]):
            verb = found  # (not a word of a long name whose bracketed short form the mention is: "一般性调控阻遏蛋白激酶2(GCN2)")
    lead = text[clause_start:verb.start()] if verb is not None else ""
    return verb is not None and (has_han(lead) or re.search(r"[A-Za-z]", lead) is not None)


# A stimulus's participle written without its hyphen after a noun-phrase opener: "significantly reduced the susceptibility
# … for iron-ascorbate induced lipid peroxidation, H2O2 content, glutathione S-transferase and xanthine oxidase activities"
# (validation39_en PMID16789436), "Acanthopanax trifoliatus inhibits lipopolysaccharide induced inflammatory response"
# (sample, a reference title), "ethanol/H2O extracts can inhibit Con A induced liver injury", "against cyclophosphamide
# induced toxicity" (free pool): after a preposition, a determiner or an effect verb the stimulus opens a noun phrase, so
# "induced" is its participle ("X-induced"), no finite verb of the sentence; its cue is the stimulus's, not the subject's.
# Not after "of", "with", "to" or "and": "microinjection of neurotensin induced excitation", "treatment with massive
# doses of steroids induced … wasting" (BioRED, BC5CDR) are finite verbs.
_SPACED_PARTICIPLE = lazy_re.compile(r"(?:induced|stimulated|triggered|evoked|elicited|mediated)$", re.IGNORECASE)
_NOUN_PHRASE_OPENER = lazy_re.compile(
    r"\b(?:for|against|in|on|from|the|this|these|its|their|"
    r"inhibit(?:s|ed)?|attenuat(?:es|ed)|reduc(?:es|ed)|suppress(?:es|ed)|prevent(?:s|ed)|block(?:s|ed)|ameliorat(?:es|ed)|"
    r"revers(?:es|ed)|decreas(?:es|ed)|abolish(?:es|ed)|alleviat(?:es|ed)|diminish(?:es|ed)|abrogat(?:es|ed)|"
    r"antagoniz(?:es|ed)|enhanc(?:es|ed)|potentiat(?:es|ed)|augment(?:s|ed))\s+$", re.IGNORECASE)
_JOINED_BEFORE = lazy_re.compile(r"(?:[\w()+/]+-)*$")  # "iron-" before "ascorbate"


def spaced_participle(text: str, mention_start: int, mention_end: int, cue_start: int, cue_text: str) -> bool:
    """Is the cue right after the mention (one space between) the mention's participle, as "X-induced" is (the
    comment above)? English."""
    if text[mention_end:cue_start] != " " or not _SPACED_PARTICIPLE.match(cue_text):
        return False
    joined = _JOINED_BEFORE.search(text, max(0, mention_start - 40), mention_start)
    opener_end = joined.start() if joined else mention_start
    return bool(_NOUN_PHRASE_OPENER.search(text, max(0, opener_end - 20), opener_end))


# --- the subject's own event noun: "X的激活可能对Y有…抑制作用" (stop 43) --------------------------------------------
# "X的激活" (the activation of X) is a noun phrase whose head names what happens to X (Li & Thompson 1981, ch. 5 on the
# associative 的: the modifier before 的 is the head's possessor, here its patient); a noun takes no object, so the event
# acts on nothing after it — the clause's predicate does ("nonPLC/PKC通路的激活可能对cAMP/PKA信号通路有负反馈抑制作用",
# validation38_zh ChinaXiv-201712.01110V1). An agentive noun ("X的激活作用", "X的活化能力") is X acting, not this.
_OWN_EVENT_GAP = lazy_re.compile(r"\s*(?:[)）]\s*)?(?:蛋白|激酶|受体|信号转导通路|信号通路|信号|通路|途径)?\s*的\s*")
_OWN_EVENT_WORDS = frozenset({"激活", "活化", "磷酸化"})
_AGENTIVE_AFTER = lazy_re.compile(r"\s*(?:作用|效应|功能|能力|剂|因子|物)")


def own_event_noun(text: str, mention_end: int, cue_start: int, cue_end: int) -> bool:
    """Is the cue ``text[cue_start:cue_end]`` the event noun of the mention ending at ``mention_end`` ("X的激活"), naming
    what happens to it, so that it governs no later mention?"""
    return text[cue_start:cue_end] in _OWN_EVENT_WORDS and _OWN_EVENT_GAP.fullmatch(text, mention_end, cue_start) is not None \
        and _AGENTIVE_AFTER.match(text, cue_end) is None
