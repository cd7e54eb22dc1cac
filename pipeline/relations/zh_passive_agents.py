"""The Chinese passive with 受(到) and a nominalised effect: "Y的表达受到X的正调控和Z的负调控".

Mandarin marks the agent of an adversative or neutral passive with 受(到) ("to receive"), its effect named as a noun
after the agent and 的: "Y 受(到) X 的 抑制/刺激/正调控" is "Y is inhibited / stimulated / positively regulated by X"
(Li & Thompson, *Mandarin Chinese*, 1981, ch. 16 on passives, 16.2 on 受 as a passive marker; Chao 1968, 5.5 on the
agent 的 nominal). The target is named first and the agent second, so the typer's reading (the earlier entity the
agent, the cue nearest before the target) gets such a sentence backwards or undirected; by_agents.py reads the close
form "Y受到X的抑制" but neither a list of targets nor a level noun with its class word nor two agents each with its
own noun (issue 14, stop 50, TUNE set validation44_zh ChinaXiv-201711.00914V1: "而瘦素和抵抗素的基因表达都受到C/EBPα
的正调控和PPARγ的负调控", gold C/EBPα ``upregulates`` leptin and resistin, PPARγ ``downregulates`` both; the pipeline
read PPARγ as regulated by the targets, through 正调控).

Read here:

* the targets: one mention or a list of them ("瘦素和抵抗素"), then an optional class word and level or activity noun
  ("的基因表达", "的活性"), adverbs ("都", "均"), 受 or 受到;
* the agents: each mention followed by 的 and its own signed effect noun, coordinated ("C/EBPα的正调控和PPARγ的
  负调控"); each acts on every target with its own sign. Two such agents are co-agents: ``associated``, neither acts
  on the other. An unsigned noun ("受X的调控/调节/影响") gives no direction and is left to the other rules.

The label is a level (up-/downregulates) when the targets' noun is a level noun (表达, 分泌, 水平 …), else the
caller's effect reading. Pure functions over a sentence, its mention spans and its cues.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline._core import blank_spans
from pipeline.relations.cues import EFFECT_CLASSES

_SEPARATOR = r"(?:、|和|与|及|以及|或)"
_LEVEL_NOUNS = frozenset({"表达", "转录", "分泌", "合成", "释放", "生成", "水平", "含量", "浓度"})
# from the end of a target (other mentions blanked to spaces) to the agent: the other targets of the list, the
# targets' class word and noun, adverbs, 受(到), then the earlier agents, each with 的 and its own noun
_TARGETS_THEN_RECEIVE = lazy_re.compile(
    r"^(?:\s*+" + _SEPARATOR + r"\s++)*\s*+(?:的)?\s*+(?:基因|蛋白|mRNA)?\s*+(?:的)?\s*+"
    r"(?P<noun>表达|转录|分泌|合成|释放|生成|水平|含量|浓度|活性|活化|磷酸化)?\s*+(?:水平|量)?\s*+"
    r"(?:(?:都|均|也|可|主要|还|同时|亦|则|会|能|可能|分别|明显|显著|直接)\s*+){0,3}受(?:到)?(?:了)?"
    r"(?:\s++的\s*+[\u4e00-\u9fff]{2,5}?\s*+(?:作用)?\s*+" + _SEPARATOR + r")*\s*+$")
# after an agent: 的 (an adverb), its effect noun
_AGENT_OF = lazy_re.compile(r"\s*(?:等)?\s*的\s*(?:明显|显著|直接|强烈)?\s*")
# the noun closes the agent's phrase: no role noun ("的抑制剂", "的激活因子")
_NOUN_END = lazy_re.compile(r"\s*(?:作用|效应)?\s*(?:$|[,，。;；:：、)）\[]|和|与|及|以及|或|而|并|最|较|,)")
# between two co-agents: the first one's noun and a separator
_CO_AGENT_GAP = r"^\s*的\s*(?:明显|显著|直接|强烈)?\s*[\u4e00-\u9fff]{2,5}?\s*(?:作用)?\s*" + _SEPARATOR + r"\s*$"
_CO_AGENT = lazy_re.compile(_CO_AGENT_GAP)
_RECEIVE = lazy_re.compile(r"受(?:到)?(?:了)?(?:\s++的\s*+[\u4e00-\u9fff]{2,5}?\s*+(?:作用)?\s*+" + _SEPARATOR + r")*\s*+$")
_WHITESPACE_RUN = lazy_re.compile(r"\s+")


def _squeezed(gap: str) -> str:
    """The gap with each run of whitespace (blanked mentions) made one space. The patterns above meet whitespace only
    through ``\\s*``/``\\s+``, so a match is the same; without it their adjacent optional ``\\s*`` backtrack
    polynomially over a long blanked run (77 % of a run's CPU on corpus/validation/zh before, stop 50)."""
    return _WHITESPACE_RUN.sub(" ", gap)


def may_hold(text: str) -> bool:
    """Can the sentence hold the construction at all (a 受 and a 的)?"""
    return "受" in text and "的" in text


def _agent_cue(text: str, agent_end: int, cues):
    """The signed effect cue named right after the agent by 的 ("C/EBPα的正调控"), or None."""
    of = _AGENT_OF.match(text, agent_end)
    if of is None or "的" not in of.group(0):
        return None
    cue = next((c for c in cues if c.start == of.end() and c.sign != 0 and c.kind in EFFECT_CLASSES), None)
    if cue is None or not _NOUN_END.match(text, cue.end):
        return None
    return cue


def passive_agent(text: str, spans: list, target_start: int, target_end: int, agent_start: int, agent_end: int,
                  cues) -> tuple[object, bool] | None:
    """(the agent's effect cue, whether the targets' noun is a level) when the mention ``text[agent_start:agent_end]``
    is an agent of a 受(到) passive whose targets hold the mention ending at ``target_end``; else None."""
    if agent_start < target_end or "受" not in text[target_end:agent_start]:
        return None
    found = _TARGETS_THEN_RECEIVE.match(_squeezed(blank_spans(text, target_end, agent_start, spans)))
    if found is None:
        return None
    cue = _agent_cue(text, agent_end, cues)
    if cue is None:
        return None
    return cue, found.group("noun") in _LEVEL_NOUNS


def co_agents(text: str, spans: list, first_start: int, first_end: int, second_start: int, second_end: int,
              cues) -> bool:
    """Are the two mentions (``first`` before ``second``) two agents of one 受(到) passive, each with its own signed
    noun ("受到C/EBPα的正调控和PPARγ的负调控")?"""
    if not _CO_AGENT.match(_squeezed(blank_spans(text, first_end, second_start, spans))):
        return False
    if _agent_cue(text, first_end, cues) is None or _agent_cue(text, second_end, cues) is None:
        return False
    return _RECEIVE.search(_squeezed(blank_spans(text, max(0, first_start - 40), first_start, spans))) is not None
