"""Formula names the dictionary lacks, read from their dosage-form suffix (pipeline/nlp/formulas.py).

Text from corpus/new_papers/zh/ChinaXiv-201712.00816V1 (肾衰营养胶囊), ChinaXiv-201712.00524V1
(黄芪注射液) and ChinaXiv-202207.00046V1 (a table of formulas); ids as the gold cites them.
"""

from __future__ import annotations

from pipeline.nlp.formulas import candidate_names

HEADING = "# 2.1肾衰营养胶囊对CRF大鼠TA湿重、干重及干重体质量比的影响"
BODY = ("上述结果提示肾衰营养胶囊能增加CRF大鼠TA湿重、干重及干重体质量比，效果优于开同，"
        "因而对CRF肌萎缩有较好的防治作用(表1)。")


def test_a_name_after_a_heading_number_is_read_with_its_suffix():
    assert candidate_names(HEADING) == {"肾衰营养胶囊"}
    # "受试药品" (test drug) before the name: the shorter name found elsewhere is the name
    assert candidate_names(HEADING + "\n1.1.2受试药品肾衰营养胶囊由党参、白术组成") == {"肾衰营养胶囊"}
    assert candidate_names("汤剂</td><td>益气固肠方</td><td>安肠汤") == {"益气固肠方", "安肠汤"}


def test_words_ending_like_a_dosage_form_are_not_formulas():
    # ChinaXiv-201712.00816V1 (methods): "长方体" (cuboid); 颗粒物 is particulate matter
    assert candidate_names("(肌组织修切成长方体，其长轴与肌纤维的纵轴一致)") == set()
    assert candidate_names("，可吸入颗粒物") == set()
    assert candidate_names("而结合析因方差分析") == set()


def test_the_name_is_a_mention_everywhere_in_the_paper(mentions_of):
    found = mentions_of(HEADING + "\n\n" + BODY)
    assert [m for m in found if m[1] == "FML:肾衰营养胶囊"] == [("肾衰营养胶囊", "FML:肾衰营养胶囊")] * 2


def test_a_preparation_of_one_herb_stays_the_herb(mentions_of):
    found = dict(mentions_of("，黄芪注射液浓度越高E-cadherin表达更高。"))
    assert not any(eid.startswith("FML:") for eid in found.values())
