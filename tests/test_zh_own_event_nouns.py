"""Stop 43 (issue 14, Chinese labels): "X的激活/活化/磷酸化" is X's own event noun — X is what is activated — and
governs no mention after it (relations/cue_scope.own_event_noun; effects._label).

A noun phrase "X的激活" (the activation of X) is the subject of the clause; the predicate that follows states what
that event does: "nonPLC/PKC通路的激活可能对cAMP/PKA信号通路有负反馈抑制作用" (validation38_zh ChinaXiv-201712.01110V1,
gold nonPLC/PKC ``inhibits`` cAMP/PKA). The typer took the subject's event noun for a verb on the next mention
(``activates``). Not "X的激活作用" (X's activating effect, an agentive noun).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import cue_scope

# validation38_zh ChinaXiv-201712.01110V1
FEEDBACK = "结合我们本次的实验结果，我们提出这样的假设，nonPLC/PKC通路的激活可能对cAMP/PKA信号通路有负反馈抑制作用。"


def test_subjects_event_noun_leaves_the_predicate_to_type(annotator):
    pair = typed_pairs(annotator, FEEDBACK)[("AXIS:FPLX:PKC", "AXIS:FPLX:PKA")]
    assert (pair.label, pair.agent) == ("inhibits", "AXIS:FPLX:PKC")  # was activates


def test_own_event_noun_as_pure_function():
    text = "nonPLC/PKC通路的激活可能对cAMP/PKA信号通路有负反馈抑制作用"
    end = text.index("通路的") + 2  # the mention ends after 通路
    at = text.index("激活")
    assert cue_scope.own_event_noun(text, end, at, at + 2)
    agentive = "AMPK的激活作用可促进自噬"
    assert not cue_scope.own_event_noun(agentive, 4, 5, 7)  # X's activating effect acts
    verb = "AMPK激活mTOR"
    assert not cue_scope.own_event_noun(verb, 4, 4, 6)  # a verb with an object, no 的
