"""The Chinese 受(到) passive with a nominalised effect after each agent (relations/zh_passive_agents.py, issue 14 stop
50): "Y的表达受到X的正调控" gives X ``upregulates`` Y; two agents of one passive are co-agents.

Sentences from the TUNE development sets (corpus/validation), as the pipeline reads them.
"""

from __future__ import annotations

import subprocess
import sys

from pipeline.relations import zh_passive_agents

# validation44_zh ChinaXiv-201711.00914V1; gold C/EBPα upregulates leptin and resistin, PPARγ downregulates both
LEPTIN = ("用ATRA在体内处理脂肪细胞或作用于脂肪细胞模型时,可抑制瘦素和抵抗素的分泌[2.38],抵抗素和瘦素基因的表达下调可能是因为"
          "视黄酸能抑制C/EBPs活性并且激活PPARy:RXR异二聚体,而瘦素和抵抗素的基因表达都受到C/EBPα的正调控和PPARγ的负调控[39]。")


def test_each_agent_of_the_passive_acts_on_each_target_with_its_own_sign(pairs_of, gene_id):
    pairs = pairs_of(LEPTIN)
    for target in ("LEP", "RETN"):
        up = pairs[(gene_id("CEBPA"), gene_id(target))]
        down = pairs[(gene_id("PPARG"), gene_id(target))]
        assert (up.label, up.agent) == ("upregulates", gene_id("CEBPA"))
        assert (down.label, down.agent) == ("downregulates", gene_id("PPARG"))


def test_the_clause_alone_and_its_co_agents(pairs_of, gene_id):
    # the last clause of the same sentence: before stop 50 the second agent was read as regulated by the targets
    # through the first agent's 正调控 (PPARγ "activates" by leptin); the two agents state nothing about each other
    pairs = pairs_of("而瘦素和抵抗素的基因表达都受到C/EBPα的正调控和PPARγ的负调控[39]。")
    assert pairs[(gene_id("PPARG"), gene_id("LEP"))].label == "downregulates"
    co = pairs[(gene_id("CEBPA"), gene_id("PPARG"))]
    assert co.label == "associated" and co.cue is None


def test_an_unsigned_regulation_noun_gives_no_direction():
    # validation47_zh ChinaXiv-201711.00393V1: "受…的调控" states regulation without a direction (GUIDELINES 2,
    # "参与调控" is associated); the construction reader answers nothing for it
    from pipeline.relations.cues import find_cues
    from pipeline.relations.zh_passive_agents import passive_agent

    text = "ghrelin和GOAT的水平受中链脂肪酸的调控最为明显,增加中链脂肪酸的摄入会导致其水平明显增加"
    target_end = text.index("GOAT") + 4
    agent_start = text.index("中链脂肪酸")
    assert passive_agent(text, [], text.index("GOAT"), target_end, agent_start, agent_start + 5, find_cues(text)) is None


def test_raw_blanked_gaps_are_answered_at_once_and_as_when_squeezed():
    """Mentions are blanked to spaces; stop 50's gap patterns, with adjacent optional ``\\s*``, backtracked
    polynomially over long runs (77 % of a run's CPU on corpus/validation/zh) and were safe only on squeezed gaps.
    Their whitespace is possessive now: raw gaps answer at once (in a child killed after 60 s), as squeezed ones do."""
    gaps = [" " * 300 + "!", "和" + " " * 200 + "的基因表达都受到", "   的表达   受到" + " " * 40 + "的正调控和" + " " * 60,
            " " * 120 + "受" + " " * 120]
    code = ("from pipeline.relations import zh_passive_agents as z\n"
            f"gaps = {gaps!r}\n"
            "print([(bool(z._TARGETS_THEN_RECEIVE.match(g)), bool(z._RECEIVE.search(g))) for g in gaps])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    squeezed = [(bool(zh_passive_agents._TARGETS_THEN_RECEIVE.match(zh_passive_agents._squeezed(g))),
                 bool(zh_passive_agents._RECEIVE.search(zh_passive_agents._squeezed(g)))) for g in gaps]
    assert out.stdout.strip() == str(squeezed)
    assert squeezed[1] == (True, True) and squeezed[0] == (False, False)
