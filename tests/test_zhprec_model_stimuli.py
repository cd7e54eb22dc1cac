"""The stimulus of a cell model is not the agent of the treatment reported after it
(pipeline/relations/model_stimuli.py, hooked into relations/pairs.py ``partner_mentions``)."""

from pipeline.relations.model_stimuli import stimulus_before_treatment
from pipeline.relations.pairs import sentence_pairs

# validation_zh ChinaXiv-201812.00711V1 (discussion, cited work)
JANG = ("Jang等[21]用脂多糖诱导巨噬细胞,通过乳酸杆菌G-101处理后可以降低巨噬细胞TNF-α、IL-6以及IL-1β的分泌量,"
        "进而减缓炎症反应。")
# new_papers_zh ChinaXiv-201810.00267V1 (discussion)
AHP = "本研究表明,LPS刺激肝细胞后,细胞中ROS的水平显著上升,而用AHP-II处理后,ROS的水平显著降低。"
# new_papers_zh ChinaXiv-201801.00669V1 (discussion): the stimulus comes last, nothing is treated after it
AOPP = ("p38MAPK信号通路的特异性阻断剂SB203580预处理HK-2细胞,然后予AOPPs刺激HK-2细胞,"
        "检测ERS激活的标志性蛋白GRP78的表达水平。")
# new_papers_zh ChinaXiv-201806.00141V1 (results): the treatment word is the stimulus's own dose
PM25 = ("2.4.1不同浓度芍药苷对PM2.5诱导BEAS-2B细胞内ROS含量的影响采用析因设计资料的方差分析,"
        "ROS结果发现不同PM2.5干预浓度下,随浓度上升细胞内ROS含量增加(P<0.0001;")
# new_papers_zh ChinaXiv-201712.00938V1 (results): the second AOPPs induces vimentin, an entity
ARCTIIN = ("而牛蒡子苷可减轻AOPPs诱导的HK-2细胞的E-cadherin的表达下调,并可减轻AOPPs诱导vimentin的表达上调,"
           "提示牛蒡子苷可能减轻AOPPs诱导的HK-2细胞EMT的发生(图1)。")


def _at(text, name, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return start, start + len(name)


def test_stimulus_of_cells_before_a_treatment_is_no_agent():
    assert stimulus_before_treatment(JANG, *_at(JANG, "脂多糖"), JANG.index("TNF"))
    assert stimulus_before_treatment(AHP, *_at(AHP, "LPS"), None)


def test_stimulus_without_a_later_treatment_keeps_its_pairs():
    assert not stimulus_before_treatment(AOPP, *_at(AOPP, "AOPPs"), AOPP.index("GRP78"))
    assert not stimulus_before_treatment(PM25, *_at(PM25, "PM2.5"), PM25.index("PM2.5干预"))  # "PM2.5干预": its own dose


def test_stimulus_naming_an_entity_before_the_cells_keeps_its_pairs():
    assert not stimulus_before_treatment(ARCTIIN, *_at(ARCTIIN, "AOPPs", 1), ARCTIIN.index("vimentin"))
    assert not stimulus_before_treatment(ARCTIIN, *_at(ARCTIIN, "AOPPs"), ARCTIIN.index("E-cadherin"))  # "诱导的": a participle


def test_lps_is_not_read_as_lowering_the_cytokines(annotator):
    from pipeline.relations.facts import facts_of

    sentence = facts_of(annotator.annotate("t", JANG)).sentences[0]
    rows = {(p.a[1], p.b[1]) for p in sentence_pairs(sentence.text, sentence.mentions)}
    assert not any("D008070" in a or "D008070" in b for a, b in rows)  # MESH:D008070 lipopolysaccharides
