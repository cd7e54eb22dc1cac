"""Cascade sentences: each clause of a Chinese signalling chain states its own link.

Reviews describe a pathway as a chain of comma-joined clauses, each with a subject of its own:
"脂多糖、IL-1和TNF等炎症因子与TLR4相结合,TLR4将信号传递到细胞内,TLR4的TIR区与MyD88的羧基端结合,
并且MyD88的氨基端与IL-1受体相关激酶的氨基端结合,进而激活白细胞介素受体相关激酶(IRAK)自身的磷酸化".
A Chinese clause without a subject continues the subject (topic) of the clause before it, and a
clause that names its own subject starts a new topic chain (subject ellipsis in topic chains:
Li & Thompson, *Mandarin Chinese*, 1981, ch. 24; Tsao 1979): the 激活 of the last clause is
MyD88's, carried over from "并且MyD88的氨基端…", not the first clause's stimuli nor TLR4's. The gold
of such sentences pairs adjacent links only (MyD88 activates the IRAKs; the stimuli only bind TLR4).

Pure functions, asked by relations/effects.py for the cue that would type a pair and by
relations/pairs.py for the pair's weight:

* ``handed_on`` — between the agent's last mention before the cue and the cue, a clause opens with
  another entity as its subject (``opens_with_subject``), or with a subject that is no entity
  followed by a modal ("唾液链球菌也可抑制…"), or a later clause has a mention right before the cue as its
  subject (``subject_before_verb``: "…,使得EGF激活ERK1/2", "…,当PAMPs刺激TLR"): the cue is that subject's.
* ``skipped_link`` — the agent is the object of an earlier verb and a chain word leads past another named
  object to the cue ("通过抑制IKB…来降低NF-kB的活化,进而抑制IL-1β"): only adjacent links are typed.
* ``chain_factor`` — two genes/pathways whose nearest mentions lie more than two clause breaks
  apart are links of a longer chain, rarely one stated link (distance-decayed co-occurrence, as
  ``pairs.proximity_factor`` decays by characters; Rinaldi et al., OntoGene): the weight halves for
  each break beyond two.

Chinese (a Han cue word), and in English only a clause that a contrastive conjunction opens ("…, but
the lignan glycoside reduced…"): other English clauses keep their subject after a comma ("X, which…").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pipeline import lazy_re
from pipeline.text.han import han_count, has_han
from pipeline.relations.cues import EFFECT_CLASSES, clause_breaks
from pipeline.relations.sentence_memo import per_sentence



@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def _clause_spans(text: str, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """(start, end) of the clauses that start inside (lo, hi]: each ends at the next break or ``hi``."""
    breaks = clause_breaks(text)
    out = []
    for i in range(bisect_left(breaks, lo), len(breaks)):
        b = breaks[i]
        if b >= hi:
            break
        end = breaks[i + 1] if i + 1 < len(breaks) and breaks[i + 1] < hi else hi
        out.append((b + 1, end))
    return tuple(out)  # remembered for the sentence: immutable


# what may open a clause before its subject: a connective or a time adverb ("并且MyD88的氨基端…",
# "这时NF-κB…"), then at most a short modifier ending in 的 ("获得的IRAK1", "活化的Raf")
_OPENING = lazy_re.compile(r"^(?:并且|而且|并|且|而|同时|此外|另外|然后|随后|之后|接着|最终|最后|这时|此时|其中|继而|进而|再)?"
                           r"(?:[\u4e00-\u9fff]{1,3}的)?$")
_NOT_LEAD = lazy_re.compile(r"[\s\d\[\]()（）,，.、~-]")


# a clause whose own subject is no entity (a bacterium, a treatment): a noun phrase, then a modal
# before the verb ("唾液链球菌也可抑制…", "说明鼠李糖乳杆菌GR-1能够通过衰减…"); a temporal or locative
# opening ("当AMP/ATP比率增加时", "通常在肿瘤处于…") has no modal and is not read as one
_NAMED_SUBJECT = lazy_re.compile(r"^\s*(?:说明|表明|提示|证实|证明|研究发现|结果显示)?\s*"
                                 r"[\u4e00-\u9fffA-Za-z0-9\-]{3,16}?(?:也|亦|还|则|均|都)?(?:可以|能够|可|能|会)(?:通过)?\s*$")


# connectives and adverbs alone are no subject: "…,同时还能增加IL-10的含量" (sample ChinaXiv-201812.00846V1) continues the
# subject of the clause before
_NO_SUBJECT = lazy_re.compile(r"^\s*(?:同时|并且|而且|并|且|而|此外|另外|然后|随后|进而|从而|因此|所以|也|还|亦|则|均|都|又|再|"
                              r"进一步|显著|明显|同样)+(?:可以|能够|可|能|会)(?:通过)?\s*$")


def opens_with_subject(text: str, spans, start: int, end: int, pair_ids) -> bool:
    """Does the Chinese clause text[start:end] open with a mention outside the pair as its own
    subject: nothing before it but a connective and a short modifier ("并且MyD88的氨基端与…结合",
    "IKK复合物使IkB磷酸化")? A mention after a verb or a preposition ("能够改变TGF-β的构象",
    "一种从知母根茎中分离的") is an object, not a subject."""
    first = min((sp for sp in spans if start <= sp.start and sp.end <= end), key=lambda sp: sp.start, default=None)
    if first is None or first.entity_id in pair_ids:
        return False
    return bool(_OPENING.match(_NOT_LEAD.sub("", text[start:first.start])))


# an English clause that a contrastive or concessive conjunction opens has a subject of its own
# ("…resembled those of influenza virus H1N1, but the lignan glycoside reduced the expression of IP-10",
# PubMed 26320688): the conjunction, at most a determiner, then the subject (Quirk et al. 1985, 13.33
# on clause coordination with but; 15.19 on whereas/while). "and" is left out: it also joins the
# subjects of one verb ("A, B and C reduced D").
_CONTRAST_OPENING = lazy_re.compile(r"^\s*(?:but|whereas|while|however|yet|although|though)\s*,?\s*"
                                    r"(?:(?:the|this|these|those|its|their|a|an)\s+)?$", re.IGNORECASE)


def opens_with_contrast_subject(text: str, spans, start: int, end: int, pair_ids) -> bool:
    """Does the English clause text[start:end] open with a contrastive conjunction and then a
    mention outside the pair, its own subject (``_CONTRAST_OPENING``)?"""
    first = min((sp for sp in spans if start <= sp.start and sp.end <= end), key=lambda sp: sp.start, default=None)
    if first is None or first.entity_id in pair_ids:
        return False
    return bool(_CONTRAST_OPENING.match(text[start:first.start]))


# a clause whose subject is a verb phrase on an entity, right before the cue: "此外激活PKC阻碍了EGF受体在Thr654位点的
# 磷酸化" (validation_zh ChinaXiv-201711.00762V1), "沉默AKT可以下调Survivin的表达", "干扰PKM2能够促进K562细胞的凋亡"
# (ChinaXiv-201801.00619V1, ChinaXiv-201811.00118V1): activating or silencing the entity is what acts (a gerund
# subject; GUIDELINES 5.5 reads the loss of function as the entity's own effect), not an earlier clause's agent
_VERB_OPENING = lazy_re.compile(r"^(?:并且|而且|并|且|而|同时|此外|另外|然后|随后|进一步|进而)?(?:激活|抑制|敲低|敲除|过表达|沉默|阻断|干扰)$")
_VERB_SUBJECT_TO_CUE = lazy_re.compile(r"^(?:后|之后)?(?:也|还|则|均)?(?:可以|能够|可|能|会)?(?:显著|明显|进一步)?(?:地)?$")


def opens_with_verb_subject(text: str, spans, start: int, cue_start: int, pair_ids) -> bool:
    """Does the Chinese clause from ``start`` open with a verb on a mention outside the pair that stands right
    before the cue at ``cue_start`` ("激活PKC阻碍了…", "沉默AKT可以下调…"): a gerund subject of its own?"""
    first = min((sp for sp in spans if start <= sp.start and sp.end <= cue_start), key=lambda sp: sp.start, default=None)
    if first is None or first.entity_id in pair_ids:
        return False
    last = max((sp for sp in spans if start <= sp.start and sp.end <= cue_start), key=lambda sp: sp.end)
    return bool(_VERB_OPENING.match(_NOT_LEAD.sub("", text[start:first.start]))) \
        and bool(_VERB_SUBJECT_TO_CUE.match(_NOT_LEAD.sub("", text[last.end:cue_start])))


# a mention right before the verb of a later clause, as its subject: after the causative 使/使得 (the pivot: "…,使得EGF
# 激活ERK1/2、JNK和PI3K", validation_zh ChinaXiv-201711.00762V1), after 当 ("…,当PAMPs刺激TLR的TIR区域",
# validation_zh ChinaXiv-201812.00711V1) or after an outer verb whose object it is ("…,并可减轻AOPPs诱导vimentin的表达
# 上调", new_papers_zh ChinaXiv-201712.00938V1): only modals, adverbs and a treatment word between it and the verb
_SUBJECT_TO_VERB = lazy_re.compile(r"^\s*(?:处理|干预|作用)?(?:后|之后)?(?:也|亦|还|则|均|都|再|又)?(?:可以|能够|可|能|会|将)?"
                                   r"(?:显著|明显|进一步|直接|特异性?)?(?:地)?\s*$")
# what makes the mention no subject: a means or passive marker, a preposition, 将/把 (its object comes first), or a
# coordinator joining it to a mention before it ("脂多糖、IL-1和TNF…")
_NOT_SUBJECT_BEFORE = lazy_re.compile(r"(?:通过|经由|经|借助|利用|由|被|将|把|对|与|和|及|或|、|以|在|从|向|于)\s*$")


def subject_before_verb(text: str, spans, start: int, cue_start: int, pair_ids, members=()) -> bool:
    """Does a mention outside the pair stand right before the cue at ``cue_start``, inside the Chinese clause from
    ``start``, as the verb's own subject (``_SUBJECT_TO_VERB``; no means, passive or coordination marker before it)?
    A member of the agent's composed pathway (``members``) is the agent's own part, not another subject."""
    before = [sp for sp in spans if start <= sp.start and sp.end <= cue_start]
    if not before:
        return False
    last = max(before, key=lambda sp: sp.end)
    if last.entity_id in pair_ids or last.entity_id in members or any(
            sp.start <= last.start and last.end <= sp.end and sp is not last for sp in spans):
        return False  # a pair entity, a member of the agent's pathway, or a part of a longer name
    if not _SUBJECT_TO_VERB.match(text[last.end:cue_start]):
        return False
    return not _NOT_SUBJECT_BEFORE.search(text[start:last.start])


def handed_on(text: str, spans, cues, agent, cue, pair_ids) -> bool:
    """Is ``cue`` out of ``agent``'s reach because a clause between the agent's last mention
    before it and the cue opens with another entity as its own subject (Chinese: any such clause,
    ``opens_with_subject``; English: one a contrastive conjunction opens, ``opens_with_contrast_subject``)?"""
    last = max((sp.end for sp in spans if sp.entity_id == agent.entity_id and sp.end <= cue.start), default=agent.end)
    if not has_han(cue.text):
        return any(opens_with_contrast_subject(text, spans, start, end, pair_ids)
                   for start, end in _clause_spans(text, last, cue.start))
    for start, end in _clause_spans(text, last, cue.start):
        if opens_with_subject(text, spans, start, end, pair_ids):
            return True
        if start <= cue.start <= end and opens_with_verb_subject(text, spans, start, cue.start, pair_ids):
            return True
        if start <= cue.start <= end and subject_before_verb(text, spans, start, cue.start, pair_ids,
                                                             getattr(agent, "members", ())):
            return True  # "…,使得EGF激活ERK1/2": the pivot right before the verb is its subject
        verb = next((c for c in cues if start <= c.start and (c.start < end or c.start == cue.start)
                     and c.kind in EFFECT_CLASSES + ("via",)), None)  # the cue itself may be the clause's verb
        if verb is not None and verb.start <= cue.start and _NAMED_SUBJECT.match(text[start:verb.start]) \
                and not _NO_SUBJECT.match(text[start:verb.start]):
            return True  # "…,唾液链球菌也可抑制TLR-NF-κB信号通路的发生,下调IL-8": a subject that is no entity
            # (or its means: "…,说明鼠李糖乳杆菌GR-1能够通过衰减MyD88依赖性…信号传导,…,进而减少…IL-1", validation_zh
            # ChinaXiv-201812.00711V1: the read-outs of the clause before did not reduce IL-1)
    return False


# a verb's object: the verb, then at most a short modifier ("上调AMPK", "导致下游Caspase", "释放CytochromeC"); a verb that
# ends in 的 is a participle modifying a noun, no verb of the chain
_VERB_TO_OBJECT = lazy_re.compile(r"^\s*了?\s*[\u4e00-\u9fff]{0,4}?\s*$")
# what makes the next verb a consequence of the one before (a chain, not a list of means): "通过上调X来抑制Y", "…,进而",
# "导致", "从而" (effects._CHAIN, Chinese words only)
_CHAIN_WORD = lazy_re.compile(r"来|从而|进而|继而|以(?!及|上|下)|导致|引起")


def _object_of(text: str, spans, cues, mention, lo: int):
    """The effect cue (from ``lo``) whose object ``mention`` is, or None."""
    before = [c for c in cues if lo <= c.start and c.end <= mention.start and c.kind in EFFECT_CLASSES + ("via",)]
    if not before:
        return None
    verb = before[-1]
    if text.startswith("的", verb.end) or any(verb.end <= sp.start and sp.end <= mention.start for sp in spans):
        return None
    return verb if _VERB_TO_OBJECT.match(text[verb.end:mention.start]) else None


def skipped_link(text: str, spans, cues, agent, cue, pair_ids) -> bool:
    """Does the Chinese chain skip a link between ``agent`` and the verb ``cue``: ``agent`` is the object of a verb of
    its clause ("通过抑制IKB的磷酸化"), and between it and ``cue`` a chain word leads to another verb whose object is a
    mention outside the pair ("来降低NF-kB的活化,进而抑制IL-1β", validation_zh ChinaXiv-201812.00711V1)? The chain is
    followed through the entities it names (GUIDELINES 2): ``agent`` is linked to that mention, which is linked to
    ``cue``'s object; the chain's subject, which is no object, still acts on each."""
    if not has_han(cue.text):
        return False
    breaks = clause_breaks(text)
    i = bisect_left(breaks, agent.start)
    clause_start = breaks[i - 1] + 1 if i else 0
    if _object_of(text, spans, cues, agent, clause_start) is None:
        return False
    for verb in cues:
        if not (agent.end <= verb.start and verb.end <= cue.start) or verb.kind not in EFFECT_CLASSES:
            continue
        if not _CHAIN_WORD.search(text, agent.end, verb.end):
            continue
        nxt = min((sp for sp in spans if verb.end <= sp.start and sp.end <= cue.start), key=lambda sp: sp.start,
                  default=None)
        if nxt is not None and nxt.entity_id not in pair_ids and not text.startswith("的", verb.end) \
                and _VERB_TO_OBJECT.match(text[verb.end:nxt.start]):
            return True
    return False


# a clause that opens with a predicate verb, not a noun: "P物质作为兴奋性递质,参与疼痛信息传递并且…诱导释放5-HT",
# "TNF-α能够介导肝细胞的坏死,产生…": the verb phrase's subject is the topic carried over from the clause before
# (zero subject of a topic chain, module docstring); the words after the verb are its object, no subject
_PREDICATE_OPENING = lazy_re.compile(r"\s*(?:(?:并且|而且|同时|并|且|还|也|又|亦|均|都|则|可以|能够|可|能|会|主要|进一步|直接)\s*)*"
                                     r"(?:参与|发挥|具有|介导|调节|调控|影响|维持|控制|加速|加快|产生|引起|导致|造成)")
# (not the causative 使/使得: "使得该肽不能激活PLC" names the pivot, its own subject)


def opens_with_predicate(text: str, spans, start: int, cue_start: int, agent) -> bool:
    """Does the Chinese clause from ``start`` open with a predicate verb (after adverbs and modals), name
    no entity before the cue at ``cue_start``, and is ``agent`` the topic it continues (its mention opens a
    clause: at most a short lead before it, as ``opens_with_subject`` reads a subject)? Then the clause has
    no subject of its own and the cue is the agent's. An object of an earlier verb ("转位到细胞核激活AP-1、
    ELK-1…,发挥…抑制细胞凋亡的作用") is no topic."""
    if not _PREDICATE_OPENING.match(text, start, cue_start):
        return False
    if any(start <= sp.start < cue_start for sp in spans):
        return False
    breaks = clause_breaks(text)
    i = bisect_left(breaks, agent.start)
    lead_start = breaks[i - 1] + 1 if i else 0
    if any(lead_start <= sp.start < agent.start for sp in spans):
        return False
    return han_count(text[lead_start:agent.start]) <= 4


# a link between two genes/pathways whose nearest mentions lie more than FREE_GAP clause breaks apart:
# the weight halves for each break beyond. Set on new_papers_zh + validation_zh together (P@|gold|,
# top |gold| units): none 0.771/0.557; 0.5 beyond 1 break 0.765/0.569; 0.5 beyond 2 breaks
# 0.771/0.562 (kept: new papers do not fall); 0.3 beyond 2 the same; reviews 0.887 in all.
CLAUSE_DECAY = 0.5
FREE_GAP = 2


def clause_gap(text: str, spans_a, spans_b) -> int:
    """Clause breaks between the nearest mentions of two entities (their spans in ``text``)."""
    breaks = clause_breaks(text)
    best = None
    for a in spans_a:
        for b in spans_b:
            lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
            n = bisect_left(breaks, hi) - bisect_left(breaks, lo)
            best = n if best is None else min(best, n)
    return best or 0


def chain_factor(text: str, spans_a, spans_b, a_label: str, b_label: str) -> float:
    """Weight factor of a Chinese gene/pathway pair named ``clause_gap`` clauses apart: links of
    a cascade pair up with their neighbours (module docstring), not across the whole chain."""
    if a_label not in ("GENE", "PATHWAY") or b_label not in ("GENE", "PATHWAY") or not has_han(text):
        return 1.0
    return CLAUSE_DECAY ** max(0, clause_gap(text, spans_a, spans_b) - FREE_GAP)
