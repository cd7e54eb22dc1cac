"""The stimulus that makes a cell or animal model is not the agent of a later treatment's effect.

"Jang等[21]用脂多糖诱导巨噬细胞,通过乳酸杆菌G-101处理后可以降低巨噬细胞TNF-α、IL-6以及IL-1β的分泌量"
(validation_zh ChinaXiv-201812.00711V1), "LPS刺激肝细胞后,细胞中ROS的水平显著上升,而用AHP-II处理后,ROS的水平
显著降低" (new_papers_zh ChinaXiv-201810.00267V1): the sentence first builds a model — a stimulus
acting on cells or animals ("X 诱导/刺激/感染 … 细胞/大鼠") — and then reports what a treatment
("Y 处理/预处理/干预/给药 后") changed in that model. GUIDELINES 5.7: in "IL-1β 诱导的软骨细胞", "经 TGF-β1
刺激" the stimulus is the model, not the agent's target, and it gets its own rows only "when the
sentence states what it induces". When the treatment's agent is no entity (a bacterium, a diet) the
stimulus was the only agent left in the sentence, and its verb's cue scope reached the treatment's
effect: "lipopolysaccharide downregulates TNF" — the opposite of what LPS does.

A mention is such a model stimulus when (1) a stimulating verb follows it (after co-stimuli,
"LPS&IFN-γ诱导"), (2) the verb's object is a cell or animal noun reached before any other mention
(the stimulus states no effect on an entity of its own: "AOPPs诱导α-SMA表达增加" and "AOPPs诱导的HK-2
细胞E-cadherin表达下调" keep their rows, the entity comes first or the verb takes 的), and (3) a
treatment word follows that noun in the same sentence ("…处理后", "预处理", "干预"). The mention
is then no relation partner of the sentence (relations/pairs.py ``partner_mentions``); the same
entity named elsewhere in the sentence keeps its pairs.
"""

from __future__ import annotations

from pipeline import lazy_re

# co-stimuli joined to the mention before the verb: "LPS&IFN-γ", "D-GalN/LPS"
_CO_STIMULI = lazy_re.compile(r"(?:\s*[&+/、和与及]\s*[A-Za-z0-9α-ω][A-Za-z0-9α-ω\-.]{0,11})*")
# the stimulating verb, not its participle ("诱导的" names the induced noun: model_inducers.py)
_VERB = lazy_re.compile(r"\s*(?:可以|可|能够|能|分别)?(?:诱导|刺激|感染|攻击|染毒|造模)(?!的|剂|物|型)(?:了)?")
# the verb's object: a cell or animal noun within a short noun phrase, the clause not closed
_OBJECT = lazy_re.compile(r"[^,，;；。:：!?！？]{0,16}?(?:细胞|大鼠|小鼠|动物|斑马鱼|模型)")
_SENTENCE_END = lazy_re.compile(r"[;；。!?！？]")
# the later treatment: "Y处理后", "经Y预处理", "Y干预", "给予Y", "Y孵育", "给药"
_TREATMENT = lazy_re.compile(r"处理|干预|孵育|给药|给予|灌胃|治疗")
_REACH = 60  # characters after the object read for the treatment
_VERB_WORDS = ("诱导", "刺激", "感染", "攻击", "染毒", "造模")  # one of them is in every match of _VERB
_TREATMENT_WORDS = ("处理", "干预", "孵育", "给药", "给予", "灌胃", "治疗")  # _TREATMENT's words


def may_name_stimulus(text: str) -> bool:
    """False only when no mention of the sentence can be such a stimulus (``stimulus_before_treatment``):
    it holds no stimulating verb or no treatment word. Asked once per sentence instead of the patterns
    once per mention (relations/pairs.py ``partner_mentions``; issue 17, stop 38)."""
    return any(word in text for word in _VERB_WORDS) and any(word in text for word in _TREATMENT_WORDS)


def stimulus_before_treatment(text: str, start: int, end: int, next_start: int | None = None) -> bool:
    """Is the mention text[start:end] the stimulus of a cell or animal model whose treatment
    the sentence reports next? ``next_start``: where the sentence's next mention after this one
    starts (the object noun must come before it)."""
    co = _CO_STIMULI.match(text, end)
    at = co.end() if co else end
    verb = _VERB.match(text, at)
    if verb is None:
        return False
    obj = _OBJECT.match(text, verb.end())
    if obj is None or (next_start is not None and next_start < obj.end()):
        return False
    stop = _SENTENCE_END.search(text, obj.end())
    limit = min(stop.start() if stop else len(text), obj.end() + _REACH)
    written = text[start:end]
    for treatment in _TREATMENT.finditer(text, obj.end(), limit):
        if not text[max(obj.end(), treatment.start() - len(written) - 4):treatment.start()].count(written):
            return True  # another agent's treatment ("PM2.5干预浓度" is the stimulus's own dose)
    return False
