"""Members a formula modification removes in short form (pipeline/nlp/formula_modifications.py):
复脉汤去姜桂, 小柴胡汤去参草, 清宫汤去莲心. Sentences from the cshan TCM NER train split
(docs/ner_benchmarks.md, "Herbs, stop 27")."""

from pipeline.nlp.formula_modifications import removed_members
from pipeline.nlp.matcher import Mention


def _formula(text, name):
    a = text.index(name)
    return Mention(a, a + len(name), f"FML:{name}", "HERB", "dictionary", name)


MEMBERS = {
    "FML:复脉汤": [("H:甘草", "甘草"), ("H:生姜", "生姜"), ("H:桂枝", "桂枝"), ("H:人参", "人参"), ("H:麦冬", "麦冬")],
    "FML:清宫汤": [("H:玄参", "玄参"), ("H:莲子心", "莲子心"), ("H:竹叶卷心", "竹叶卷心"), ("H:麦冬", "麦冬")],
    "FML:六君子汤": [("H:人参", "人参"), ("H:白术", "白术"), ("H:茯苓", "茯苓"), ("H:甘草", "甘草")],
}


def members_of(fid):
    return MEMBERS.get(fid, [])


def test_one_character_per_removed_member():
    # cshan-1063: "或复脉汤去姜桂。" 姜 and 桂 each belong to one member of 复脉汤 (生姜, 桂枝)
    text = "玉竹沙参麦冬梨蜜杏仁蔗汁之属，或复脉汤去姜桂。"
    found = removed_members(text, [_formula(text, "复脉汤")], members_of)
    pair = [m for m in found if m.text == "姜桂"]
    assert {m.entity_id for m in pair} == {"H:生姜", "H:桂枝"}
    assert {(m.start, m.end) for m in pair} == {(text.index("姜桂"), text.index("姜桂") + 2)}


def test_a_shortened_member_name_next_to_a_herb_mention():
    # cshan-3290: "清宫汤去莲心麦冬，加银花…" 莲心 shortens the member 莲子心; 麦冬 is a mention already
    text = "神昏肢逆，清宫汤去莲心麦冬，加银花赤小豆皮。"
    a = text.index("麦冬")
    found = removed_members(text, [_formula(text, "清宫汤"), Mention(a, a + 2, "H:麦冬", "HERB", "dictionary", "麦冬")],
                            members_of)
    assert [(m.text, m.entity_id) for m in found if m.text == "莲心"] == [("莲心", "H:莲子心")]


def test_runs_that_do_not_read_whole_are_left_alone():
    # cshan-1146: "六君子汤去术加木瓜姜芍" removes one character alone (术): no pair, nothing added
    text = "用六君子汤去术加木瓜姜芍之类"
    assert removed_members(text, [_formula(text, "六君子汤")], members_of) == [_formula(text, "六君子汤")]
    # "复脉汤去滓" (strain off the dregs): 滓 belongs to no member
    text = "复脉汤去滓温服"
    assert len(removed_members(text, [_formula(text, "复脉汤")], members_of)) == 1
    # a formula of unknown composition or no removal cue: nothing
    text = "复脉汤加姜桂。"
    assert len(removed_members(text, [_formula(text, "复脉汤")], members_of)) == 1


def test_removed_members_in_the_pipeline(annotator):
    # cshan-1437: "小柴胡汤去参草" = 人参 + 甘草 of 小柴胡汤 (草 alone is no general contraction: 甘草, 炙甘草 …)
    adoc = annotator.annotate("t", "小柴胡汤去参草，加厚朴藿香，两三剂即轻减。")
    ids = {m.entity_id for item in adoc.sentences for m in item.mentions if m.text == "参草"}
    plain = {m.entity_id for item in annotator.annotate("u", "人参，甘草。").sentences for m in item.mentions}
    assert ids == plain and len(ids) == 2
