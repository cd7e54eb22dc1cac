"""Stop 43 (issue 14): an aim or purpose clause scopes over its own clause only (relations/aim_scope.py).

* "To test …, we next demonstrated that X augments Y": the finding after the finding opener is typed by its cue;
* "为检测X是否引起Y…，实验检测了…": a Chinese purpose clause is an aim, the pair inside it stays unstated;
* "本研究为了探讨…是否…,予…特异性阻断剂SB203580预处理…": the main clause after the purpose clause is read by its cues.
"""

from __future__ import annotations

from nlp_helpers import facts_of, typed_pairs

from pipeline.relations import aim_scope, cue_scope

ESTRADIOL = ("To test the hypothesis that estrogen increases PRL-R expression and sensitivity to prolactin, we next "
             "demonstrated that estradiol greatly augments prolactin-induced STAT5 activation.")  # BioRED dev PMID18162529
CAMP = ("为检测cAMP浓度升高是否引起PKA磷酸化水平的变化，实验检测了低频脉冲电磁场处理后不同时间p-PKA的浓度变化，"
        "结果如图3所示。")  # ChinaXiv sample ChinaXiv-201711.01137V1 (first clauses)
SB203580 = ("本研究为了探讨p38MAPK信号途径是否介导了AOPPs诱导肾小管上皮细胞发生EMT的过程,予p38MAPK信号通路的特异性阻断剂"
            "SB203580预处理HK-2细胞，然后与AOPPs共同孵育HK-2细胞,检测EMT的标志性蛋白E-cadherin和vimentin。")  # free pool zh
AZT = ("In order to investigate whether the HAART component zidovudine (3'-azido-2',3'-deoxythymidine; AZT) triggers the "
       "Fas-dependent cell-death pathway and cause cytoskeletal disruption in a murine model of DCM, 8-week-old transgenic "
       "mice received water ad libitum containing different concentrations of AZT.")  # BioRED dev PMID17943461


def test_a_finding_after_an_aim_clause_is_typed_by_its_own_cue(annotator):
    assert not cue_scope.is_aim(ESTRADIOL, ESTRADIOL.index("estradiol"))
    assert cue_scope.is_aim(ESTRADIOL, ESTRADIOL.index("PRL-R"))  # inside the aim
    typed = typed_pairs(annotator, ESTRADIOL)
    pair = typed[("CPD:estradiol", "FPLX:STAT5")]
    assert (pair.label, pair.agent) == ("activates", "CPD:estradiol")


def test_the_aim_itself_still_states_nothing(annotator, gene_id):
    typed = typed_pairs(annotator, ESTRADIOL)
    assert typed[("CPD:estrogens", gene_id("PRLR"))].label == "associated"
    assert cue_scope.is_aim(AZT, AZT.index("Fas-dependent"))


def test_a_chinese_purpose_clause_with_a_question_is_an_aim(annotator):
    typed = typed_pairs(annotator, CAMP)
    assert typed[("MESH:D000242", "FPLX:PKA")].label == "associated"  # was ``activates`` on 引起 inside the aim


def test_the_main_clause_after_a_purpose_clause_is_read_by_its_cues(annotator):
    assert aim_scope.purpose_clause_end(SB203580) == SB203580.index(",予")
    assert not cue_scope.is_aim(SB203580, SB203580.index("SB203580"))
    typed = typed_pairs(annotator, SB203580)
    pair = typed[("FPLX:p38", "MESH:C093642")]
    assert (pair.label, pair.agent) == ("inhibits", "MESH:C093642")


def test_a_method_main_clause_does_not_close_an_english_aim_word_inside_it():
    text = "To characterize the side effects, we undertook a study to investigate whether AZT induces Fas."
    assert cue_scope.is_aim(text, text.index("AZT"))  # a new aim opener after the purpose clause
    text = "The aim was to investigate whether AZT induces Fas, and it was found that AZT induces Fas."
    assert not cue_scope.is_aim(text, text.rindex("AZT"))


AS_METHOD = ("To determine the mechanisms of these actions, we next assessed the effects of AS on the activation of the "
             "nuclear factor (NF)-kB pathway.")  # new_papers_en PMID25511038


def test_a_method_main_clause_continues_the_purpose_clause():
    assert aim_scope.purpose_clause_end(AS_METHOD) is None
    assert cue_scope.is_aim(AS_METHOD, AS_METHOD.index("AS on"))


LPS_JNK = ("为了进一步探究AHP-II对于LPS诱导的肝损伤的保护作用的机制，我们检测了JNK磷酸化的情况，结果发现，LPS可通过促进JNK的"
           "蛋白磷酸化来诱导肝细胞损伤，而中高浓度的AHP-II可通过抑制 JNK 的蛋白的磷酸化来抑制炎症反应。")  # new_papers_zh ChinaXiv-201810.00267V1


def test_a_chinese_finding_opener_closes_the_aim(annotator):
    assert not cue_scope.is_aim(LPS_JNK, LPS_JNK.rindex("LPS"))
    assert cue_scope.is_aim(LPS_JNK, LPS_JNK.index("LPS"))
    facts = facts_of(annotator.annotate("t", LPS_JNK))  # the sentence's rows, as ``run`` writes them
    labels = {(p.a[1], p.b[1]): p.label for s in facts.sentences for p in s.typed_pairs()}
    assert labels[("MESH:D008070", "FPLX:JNK")] == "activates"  # was ``associated``: the aim read to the end
