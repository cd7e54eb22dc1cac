"""Herb mentions in classical and modern Chinese prescriptions (pipeline/nlp/herb_context.py):
run-on herb lists, form prefixes, contractions. Sentences from the cshan TCM NER train split
(github.com/cshan-github/TCM_NER_datasets, train.txt; a development split, see
docs/ner_benchmarks.md), one per rule."""

from pipeline.nlp.herb_context import resegment_runs
from pipeline.nlp.matcher import Mention


def herbs(annotator, text):
    adoc = annotator.annotate("t", text)
    return [m.text for item in adoc.sentences for m in item.mentions if m.label == "HERB"]


def test_run_on_herb_list_takes_the_common_reading(annotator):
    # cshan-1557: 熟地黄山药 is 熟地黄 + 山药, not 熟地 + 黄山药 (Dioscorea panthaica)
    text = ("金匮肾气丸金匮要略和补中益气丸脾胃论加减。炮附子肉桂熟地黄山药山萸肉丹皮泽泻炙黄芪"
            "党参白术炒当归升麻柴胡陈皮益智仁炙甘草等。温补脾肾。")
    found = herbs(annotator, text)
    assert "熟地黄" in found and "山药" in found
    assert "黄山药" not in found and "熟地" not in found
    # cshan-2606: 黄芩大黄甘草 is not 黄芩 + 大 + 黄甘草
    text = "注人参泻肺汤，即凉膈散，栀子连翘薄荷黄芩大黄甘草枳壳桔梗杏仁人参桑皮也。"
    found = herbs(annotator, text)
    assert {"黄芩", "大黄", "甘草"} <= set(found) and "黄甘草" not in found


def test_run_widened_to_a_herb_the_matcher_cut(annotator):
    # cshan-1915: the matcher reads 草芍药 (another herb) and leaves 甘 alone
    text = "丹栀逍遥散加减。牡丹皮栀子白术黑芝麻柴胡当归茯苓甘草芍药忍冬藤等。清肝泻火，消肿止痛。"
    found = herbs(annotator, text)
    assert "甘草" in found and "芍药" in found and "草芍药" not in found


def test_resegmentation_never_uncovers_a_herb_character():
    # cshan-1351: 山栀子 stays 山栀 (+ 子), not 山 + 栀子, although 栀子 is the commoner word
    text = "天麻钩藤生石决明牛膝益母草山栀子黄芩茯神夜交藤桑寄生。"
    a = text.index("山栀")
    mention = Mention(a, a + 2, "H1", "HERB", "dictionary", "山栀")
    names = {"山栀": "H1", "栀子": "H1", "黄芩": "H2"}
    counts = {"栀子": 500, "山栀": 3}
    out = resegment_runs(text, [mention], names.get, lambda w: counts.get(w, 0))
    assert [m.text for m in out] == ["山栀"]


def test_herb_after_a_form_prefix_is_found(annotator):
    # cshan-1544 (生甘草), cshan-1650 (鲜荷叶, 鲜冬瓜皮): the prefix stays outside the mention
    text = ("指迷茯苓丸合活络效灵丹加减。茯苓姜半夏枳壳生薏仁当归丹参制乳香制没药苍术川芎陈皮"
            "生甘草等。化痰活血宣痹通络。")
    assert "甘草" in herbs(annotator, text)
    text = "淡竹叶三十片鲜荷叶半张鲜冬瓜皮一两。"
    found = herbs(annotator, text)
    assert "荷叶" in found and "冬瓜皮" in found


def test_herb_check_fails_on_a_herb_named_like_a_formula(tmp_path):
    # HERB lists the prescription 六一散 (滑石 + 甘草) as herb HERB003470: in the cshan train split
    # 六一散 is annotated as a prepared medicine (PRE) 13 times, never as a herb
    from pipeline.dictionaries.check_herbs import herb_problems
    from pipeline.dictionaries.schema import COLUMNS

    def row(**cells):
        return "\t".join(cells.get(c, "") for c in COLUMNS)

    header = "\t".join(COLUMNS)
    formula = row(id="FML:六一散", type="formula", name="Liu Yi San", name_zh="六一散")
    herb = row(id="HERB003470", type="herb", name="Liu Yi San", name_zh="六一散")
    fine = row(id="HERB003470", type="herb", name="Liu Yi San")
    (tmp_path / "herbs.tsv").write_text(f"{header}\n{formula}\n{herb}\n", encoding="utf-8")
    problems = herb_problems(tmp_path, {})
    assert len(problems) == 1 and "FML:六一散" in problems[0][2]
    (tmp_path / "herbs.tsv").write_text(f"{header}\n{formula}\n{fine}\n", encoding="utf-8")
    assert herb_problems(tmp_path, {}) == []


def test_formula_named_herb_is_read_as_the_formula(annotator):
    # cshan-1711: "…石菖蒲一钱六一散三钱鲜荷叶一角。" 六一散 is a formula, not a herb
    adoc = annotator.annotate("t", "青蒿钱半石菖蒲一钱六一散三钱鲜荷叶一角。")
    ids = {m.text: m.entity_id for item in adoc.sentences for m in item.mentions}
    assert ids.get("六一散") == "FML:六一散"


def test_contraction_table_is_read_from_formula_names():
    from pipeline.nlp.herb_context import contraction_table

    formulas = [("麻杏石甘汤", ["麻黄", "杏仁", "石膏", "甘草"]), ("参苓白术散", ["人参", "茯苓", "白术"]),
                ("葛根芩连汤", ["葛根", "黄芩", "黄连", "甘草"]), ("升阳益胃汤", ["黄芪", "人参"])]
    table = contraction_table(formulas * 5)
    assert table["芩"] == "黄芩" and table["连"] == "黄连" and table["参"] == "人参"
    assert "升" not in table and "汤" not in table  # 升 of 升阳 is no component's
    assert contraction_table(formulas) == {}  # one formula's votes are not enough


def test_two_herb_contractions_are_both_herbs(annotator):
    # cshan-1124: "…或入参芪亦可。" 参芪 = 人参 + 黄芪
    text = "日久服降火药不愈，加附子从治，或入参芪亦可。"
    adoc = annotator.annotate("t", text)
    ids = {m.entity_id for item in adoc.sentences for m in item.mentions if m.text == "参芪"}
    plain = {m.entity_id for item in annotator.annotate("u", "人参，黄芪。").sentences for m in item.mentions}
    assert ids == plain
    # cshan-1044: "补中益气汤去升柴，加麦味。" (升柴 = 升麻 + 柴胡)
    assert "升柴" in herbs(annotator, "补中益气汤去升柴，加麦味。")
    # a formula named with a contraction is no herb mention: cshan-1071 "参芪补肺汤调之。"
    assert "参芪" not in herbs(annotator, "参芪补肺汤调之。")


def test_sizes_and_lesions_named_after_a_herb_are_no_herb(annotator):
    # cshan-790: "两边如樱桃大" is a size; cshan-603: 杨梅结毒 is syphilis
    assert "樱桃" not in herbs(annotator, "时邪而发，生于关口上部，两边如樱桃大，肺胃之症也。")
    assert "杨梅" not in herbs(annotator, "杨梅结毒溃破，大泄脓血，气血受损，")
    # cshan-1047: the pill size after 炼蜜丸, while 百部 and 乌梅 stay herbs
    found = herbs(annotator, "百部乌梅肉等分上为细末，炼蜜丸樱桃大，噙化下一丸。")
    assert "樱桃" not in found and "百部" in found


def test_english_herb_names_and_extracts_link_to_the_herb_papers_mean(annotator):
    # issue 13's examples (PubMed abstracts): the extract and its paper-defined name are one herb
    text = ("Ginkgo biloba extract (EGb 761) and Astragalus injection were tested. "
            "EGb 761 inhibited ROS.")
    adoc = annotator.annotate("t", text)
    found = {m.text: m.entity_id for item in adoc.sentences for m in item.mentions if m.label == "HERB"}
    assert found["Ginkgo biloba extract"] == found["EGb 761"]  # the leaf extract, not 白果根
    plain = {m.text: m.entity_id for item in annotator.annotate("u", "黄芪。").sentences for m in item.mentions}
    assert found.get("Astragalus injection") == plain["黄芪"]


def test_short_names_that_are_words_count_only_in_a_herb_list(annotator):
    # cshan-1047: "…麦冬知母五味杏仁枇杷叶水煎服。" 五味 = 五味子; cshan-1426: "居五味之首" the flavours
    assert "五味" in herbs(annotator, "效者方人参石膏甘草半夏麦冬知母五味杏仁枇杷叶水煎服。")
    assert "五味" not in herbs(annotator, "酸味秉厥阴之气，居五味之首，与辛味合用，开发阳气最速。")


def test_contractions_in_a_row_and_after_one_anchor(annotator):
    # cshan-2803: "二陈汤加栀苍连芍郁金。" 栀苍 (栀子 + 苍术) after 加, 连芍 (黄连 + 白芍) before 郁金
    found = herbs(annotator, "不减，脉洪疾，清中汤，或二陈汤加栀苍连芍郁金。")
    assert "栀苍" in found and "连芍" in found
    # cshan-1639: "得芩连之苦寒" (芩连 = 黄芩 + 黄连): the cue 之 after it is enough
    assert "芩连" in herbs(annotator, "故仲景用泻心汤，得芩连之苦寒泄热，半夏之辛温通阳。")
    # cshan-2634: 血丝 (blood streaks) is a word, not 血竭 + 菟丝子, with punctuation on one side only
    assert herbs(annotator, "或痰中带有血丝，咳声不扬，咽干而燥") == []


def test_english_preparations_after_an_authority_or_a_family(annotator):
    # dev PubMed abstracts (../shared/data/dev/pubmed): PMID 16213118, 23246454, 15114505
    def found(text):
        adoc = annotator.annotate("t", text)
        return {m.text: m.entity_id for item in adoc.sentences for m in item.mentions if m.label == "HERB"}

    herb = found("Houttuynia cordata (Saururaceae) injection (HCI) is a traditional Chinese medicine used "
                 "in China. HCI inhibited NO production.")
    assert herb.get("Houttuynia cordata (Saururaceae) injection") == herb.get("HCI") is not None
    assert "Viscum cruciatum Sieb extract" in found(
        "Viscum cruciatum Sieb extract showed an inhibitory effect on the pro-inflammatory cytokine IL-8.")
    assert "prenylflavonoids from Sophora flavescens" in found(
        "Inhibition of diacylglycerol acyltransferase by prenylflavonoids from Sophora flavescens.")


def test_pill_sizes_after_a_comma_or_a_water_pill_are_no_herb(annotator):
    # cshan-1357 "…甘草三钱，水泛绿豆大，临卧茶吞二钱" and cshan-2249 "陈米饭丸，绿豆大。": the pill
    # size, while 甘草 and 黄连 stay herbs
    found = herbs(annotator, "薄荷叶三钱，甘草三钱，水泛绿豆大，临卧茶吞二钱，痰利为度。")
    assert "绿豆" not in found and "甘草" in found
    found = herbs(annotator, "香连丸黄连姜汁拌炒，二两木香煨，半两上为末。陈米饭丸，绿豆大。米饮下一二十丸。")
    assert "绿豆" not in found and "黄连" in found
    # cshan-2316 "取大蒜研烂和丸，梧桐子大，每服二丸"
    assert "梧桐子" not in herbs(annotator, "取大蒜研烂和丸，梧桐子大，每服二丸，钩藤汤下。")


def test_fruit_named_lesions_and_looks_are_no_herb(annotator):
    # cshan-604 "人有遍身生杨梅之疮，因误服轻粉": syphilis, while 轻粉 (calomel) stays a drug
    found = herbs(annotator, "人有遍身生杨梅之疮，因误服轻粉，一时收敛，以图目前遮饰。")
    assert "杨梅" not in found and "轻粉" in found
    # cshan-601 "或杨梅结呈紫色结节": a syphilitic nodule
    assert "杨梅" not in herbs(annotator, "或横痃质坚韧，或杨梅结呈紫色结节，或腹硬如砖。")
    # cshan-3470 "相联如蝼蛄串穴之状": how the boils look, not the insect drug
    assert "蝼蛄" not in herbs(annotator, "但常一处未愈，他处又发相联如蝼蛄串穴之状为主要表现的疖。")
    # a herb that binds (结合) in a modern paper stays a herb
    assert "人参" in herbs(annotator, "人参结合西药治疗心力衰竭的疗效观察。")


def test_classical_and_customary_herb_names_added_in_stop_21(annotator):
    # dictionaries/curated/herb_abbreviations_zh.tsv; sentences of the cshan train split
    def ids(text):
        adoc = annotator.annotate("t", text)
        return {m.text: m.entity_id for item in adoc.sentences for m in item.mentions if m.label == "HERB"}

    def herb_id(name):
        return ids(name + "。")[name]

    # cshan-1344 "加全蝎，露蜂房，地鳖虫以止痛通络" (露蜂房 = 蜂房)
    assert ids("久痛不已，加全蝎，露蜂房，地鳖虫以止痛通络。").get("露蜂房") == herb_id("蜂房")
    # cshan-2269 "葶苈炒胡黄连各二钱黄丹半两上为末" (黄丹 = 铅丹, red lead)
    assert ids("治小儿唇口及齿根宣露牙龈生疮臭烂方葶苈炒胡黄连各二钱黄丹半两上为末。").get("黄丹") == herb_id("铅丹")
    # 山慈菇，续随子，大戟，麝香 (续随子 = 千金子, 大戟 = 京大戟)
    found = ids("紫金锭加减。山慈菇，续随子，大戟，麝香，五倍子。")
    assert found.get("续随子") == herb_id("千金子") and found.get("大戟") == herb_id("京大戟")
    # 伏龙肝 = 灶心土: "每用伏龙肝两许，煮汤澄清"
    assert ids("治虚寒呕吐，每用伏龙肝两许，煮汤澄清。").get("伏龙肝") == herb_id("灶心土")


def test_the_verb_add_is_no_part_of_a_herb_name(annotator):
    # cshan-1307 "齿鼻衄血，加紫草茜草凉血止血": 加 is the verb, the herb is 紫草 (HERB lists a
    # species 加紫草, Arnebia guttata, that the matcher would read here)
    found = herbs(annotator, "大便滞而不畅者，加香附枳实行气通便齿鼻衄血，加紫草茜草凉血止血。")
    assert "紫草" in found and "加紫草" not in found and "茜草" in found
    # cshan-1634 "宜用犀角地黄汤，加紫草元参连翘广郁金"
    found = herbs(annotator, "宜用犀角地黄汤，加紫草元参连翘广郁金鲜菖蒲紫雪丹等味。")
    assert "紫草" in found and "加紫草" not in found
    # a herb whose name starts with 合 (合欢皮) keeps it
    assert "合欢皮" in herbs(annotator, "失眠多梦者，加合欢皮，夜交藤，五味子。")


def test_a_powder_suffix_that_starts_the_next_herb_is_that_herb(annotator):
    # cshan-1270 "越鞠丸加香茹粉葛根连翘车前子": 香茹 (香薷) + 粉葛根, not 香茹粉 + 葛根
    found = herbs(annotator, "泻如水，越鞠丸加香茹粉葛根连翘车前子。")
    assert "香茹" in found and "香茹粉" not in found and "连翘" in found
    # a powder that ends the name stays with its herb: "加大黄粉或三七粉冲服" (cshan-1753)
    found = herbs(annotator, "热养阴出血甚，加大黄粉或三七粉冲服以止血。")
    assert "三七粉" in found


def test_total_saponins_stay_with_their_herb(annotator):
    # ChinaXiv-201812.00846 references: "竹节参总皂苷" is one herb extract (HERB also lists a
    # name 总皂, which must not cut the suffix off)
    assert "竹节参总皂苷" in herbs(annotator, "竹节参总皂苷对大鼠心肌缺血的保护作用。")


def test_herb_aliases_jieba_reads_as_one_word_name_their_herb(annotator):
    """jieba holds 香附子, 天台乌药, 桑椹子, 甘菊花 as words: the herb inside them was refused
    at the word edge, or another herb read across it (附子, Aconite, in 香附子). Curated
    aliases (curated/herb_abbreviations_zh.tsv) make them mentions of their herb (stop 22)."""
    def ids(text):
        adoc = annotator.annotate("t", text)
        return {m.text: annotator.dictionary[m.entity_id].name_zh for item in adoc.sentences
                for m in item.mentions if m.label == "HERB"}

    # cshan-1232
    found = ids("宜逍遥散加姜黄香附子槟榔天台乌药治之。")
    assert found.get("香附子") == "香附" and found.get("天台乌药") == "乌药" and "附子" not in found
    # cshan-1598; cshan-1663
    assert ids("补肾健腰头昏眼花，加桑椹子，菊花以滋阴明目").get("桑椹子") == "桑椹"
    assert ids("二钱薄荷一钱竹叶一钱甘菊花二钱冬桑叶二钱").get("甘菊花") == "菊花"
    # cshan-1374; cshan-1446
    assert ids("钩藤饮加减。明天麻双钩藤后下石决明先煎炒栀子").get("双钩藤") == "钩藤"
    assert ids("，带皮茯苓，大腹皮，生姜皮，黄柏，泽泻。").get("生姜皮") == "姜皮"


def test_a_herb_jieba_glued_to_the_verb_before_it_is_found(annotator):
    """jieba reads 加大 (enlarge) and 用地 (land use) as words, so 大黄 and 地黄 after the
    prescription verbs 加/用 had no token edge at their start (cue_glued_herbs, stop 22)."""
    # cshan-2193; cshan-2518
    assert "大黄" in herbs(annotator, "加减大便秘结者，加大黄口干喜饮者，加石斛玉竹。")
    assert "地黄" in herbs(annotator, "知柏地黄丸加减。方用地黄滋补肾阴，山萸肉补肝肾，")
    # the words themselves stay words: 加大剂量, 用地面
    assert herbs(annotator, "逐渐加大剂量，并用地面标记。") == []


def test_a_herb_describing_how_a_lesion_looks_is_no_herb(annotator):
    """如 + herb after a look word (形如, 色红如, 渐长如) or before 形/样 (如粟米形) compares a
    colour, shape or size with the herb (stop 24); 如 + herb after a comma ("such as") keeps it."""
    # cshan-4003 "恶露量或多或少，色紫暗如败酱": the colour of the lochia
    assert "败酱" not in herbs(annotator, "恶露量或多或少，色紫暗如败酱，或如脓血，气臭秽烦躁口渴。")
    # cshan-5847 "色黑根深，形如椒目" and cshan-5859 "状如粟粒，渐长如椒目"
    assert "椒目" not in herbs(annotator, "生于耳窍暗藏之处，色黑根深，形如椒目，疼如锥刺，痛引腮脑。")
    assert "椒目" not in herbs(annotator, "继则渐次隆起，状如粟粒，渐长如椒目，周围发硬，热微痛。")
    # cshan-5338 "黄水疮如粟米形"
    assert "粟米" not in herbs(annotator, "黄水疮如粟米形，起时作痒破时疼，黄水浸淫更复生。")
    # cshan-2736 "治宜清火，如黄连山栀，俱用姜汁炒": herbs given as examples
    found = herbs(annotator, "似饥非饥，治宜清火，如黄连山栀，俱用姜汁炒，及芩芍竹茹等。")
    assert "黄连" in found and "山栀" in found


def test_variant_writings_of_herb_names_link_to_the_herb(annotator):
    """Variant and classical writings (curated/herb_abbreviations_zh.tsv, stop 24; the variant
    candidates from bench/mine_herb_variants.py over HerbiV's formula compositions)."""
    def ids(text):
        adoc = annotator.annotate("t", text)
        return {m.text: m.entity_id for item in adoc.sentences for m in item.mentions if m.label == "HERB"}

    def herb_id(name):
        return ids(name + "。")[name]

    # cshan-1047 "…桑白皮马兜铃御米壳五味子麦冬…": 御米壳 = 罂粟壳
    found = ids("定肺丸款冬花紫菀知母贝母人参炙甘草桑白皮马兜铃御米壳五味子麦冬百部乌梅肉等分。")
    assert found.get("御米壳") == herb_id("罂粟壳") and "五味子" in found
    # cshan-2269 "…海螵蛸一分真珠二分龙骨二分…": 真珠 = 珍珠
    assert ids("银朱轻粉各五分海螵蛸一分真珠二分龙骨二分共为细末。").get("真珠") == herb_id("珍珠")
    # HerbiV composition writings: 黄耆 (黄芪), 芒消 (芒硝), 龟版 (龟板)
    assert herb_id("黄耆") == herb_id("黄芪") and herb_id("芒消") == herb_id("芒硝")
    assert herb_id("龟版") == herb_id("龟板")


def test_size_ranges_and_second_sizes_are_no_herbs(annotator):
    # cshan-5345: "皮损为绿豆到黄豆大小的红色斑丘疹": a papule's size, not mung bean or soybean
    found = herbs(annotator, "皮损为绿豆到黄豆大小的红色斑丘疹丘疱疹或风团，剧痒。")
    assert "绿豆" not in found and "黄豆" not in found
    # cshan-5899: "如芥子大，或绿豆大，": the second size of a pair
    assert "绿豆" not in herbs(annotator, "上有斑点，青白不一，如芥子大，或绿豆大，每点生芒刺，入水大痛")
    # a herb before 或 … 大 that starts a clause of its own stays: "加绿豆或大黄"
    assert "绿豆" in herbs(annotator, "加绿豆，或大黄，水煎服。")
    # cshan-1509: 大小蓟 is 大蓟 + 小蓟, no size: 生地 before it stays
    assert "生地" in herbs(annotator, "小蓟饮子加减。生地大小蓟栀子丹皮芦根滑石淡竹叶")


def test_boils_and_stings_named_after_an_animal_drug_are_no_herbs(annotator):
    # cshan-3470 (a boil named after the mole cricket), cshan-3742 (a centipede sting)
    assert "蝼蛄" not in herbs(annotator, "蝼蛄疖肿势虽小，但常一处未愈，他处又发相联。")
    assert "蜈蚣" not in herbs(annotator, "蜈蚣螫伤轻者局部痒疼痛皮肤过敏重者全身不适。")
    assert "蜈蚣" in herbs(annotator, "加全蝎蜈蚣以息风止痉。")


def test_fixed_pairs_are_read_from_formula_names_as_pairs():
    from pipeline.nlp.herb_context import contraction_pairs, contraction_table

    # 姜 stands for 干姜 or 生姜 across formulas (no single-character entry), 姜附 for 干姜 + 附子
    formulas = [("姜附汤", ["干姜", "附子"]), ("姜附散", ["干姜", "附子", "甘草"]),
                ("姜枣汤", ["生姜", "大枣"]), ("姜桂散", ["生姜", "肉桂"]), ("参附汤", ["人参", "附子"])]
    table = contraction_table(formulas * 2)
    assert "姜" not in table
    pairs = contraction_pairs(formulas, table)
    assert pairs["姜附"] == ["干姜", "附子"]
    assert "姜枣" not in pairs  # one formula's vote is not enough
    assert contraction_pairs(formulas * 2, {"姜": "干姜", "附": "附子"}).get("姜附") is None  # the table reads it


def test_fixed_pair_contractions_in_the_pipeline(annotator):
    # cshan-1440: "因寒者姜附为君" (姜附 = 干姜 + 附子, the pair of 干姜附子汤)
    adoc = annotator.annotate("t", "以宣阳透伏法治之，因寒者姜附为君，因湿者苍果为主。")
    ids = {m.entity_id for item in adoc.sentences for m in item.mentions if m.text == "姜附"}
    plain = {m.entity_id for item in annotator.annotate("u", "干姜，附子。").sentences for m in item.mentions}
    assert ids == plain and len(ids) == 2


def test_pharmacopoeia_and_prescription_names_added_in_stop_27(annotator):
    """curated/herb_abbreviations_zh.tsv, stop 27: 大豆黄卷 (ChP) and 豆卷 = HERB's 大黄豆卷,
    六月雪 = 白马骨 (中华本草), 莲心 = 莲子心 (prescription name)."""
    def ids(text):
        adoc = annotator.annotate("t", text)
        return {m.text: m.entity_id for item in adoc.sentences for m in item.mentions if m.label == "HERB"}

    def herb_id(name):
        return ids(name + "。")[name]

    # cshan-1661 "加香薷，大豆黄卷以清暑利湿"
    assert ids("身灼热无汗，加香薷，大豆黄卷以清暑利湿。").get("大豆黄卷") == herb_id("大黄豆卷")
    # cshan-1684 "宜神曲豆卷连翘广皮萆滑石等味"
    assert ids("蕴伏为热，宜神曲豆卷连翘广皮萆滑石等味。").get("豆卷") == herb_id("大黄豆卷")
    # cshan-1523 "加六月雪，蒲公英，白花蛇舌草"
    assert ids("加减毒甚，加六月雪，蒲公英，白花蛇舌草。").get("六月雪") == herb_id("白马骨")
    assert ids("清宫汤加莲心。").get("莲心") == herb_id("莲子心")


def test_curated_standing_pairs(annotator):
    # herb_context.CURATED_PAIRS: cshan-2039 "六君子汤加芎归柴胡" (川芎 + 当归), cshan-1804 "加麦味补之"
    # (麦冬 + 五味子), cshan-1749 "姜枣为调和营卫之用" (生姜 + 大枣)
    def ids_of(text, pair):
        return {m.entity_id for item in annotator.annotate("t", text).sentences for m in item.mentions if m.text == pair}

    def plain(*names):
        return {m.entity_id for item in annotator.annotate("u", "，".join(names) + "。").sentences for m in item.mentions}

    assert ids_of("六君子汤加芎归柴胡或补中益气汤。", "芎归") == plain("川芎", "当归")
    assert ids_of("补中益气汤加麦味补之。", "麦味") == plain("麦冬", "五味子")
    assert ids_of("且能温肌肉而达皮毛。姜枣为调和营卫之用。", "姜枣") == plain("生姜", "大枣")


def test_a_list_only_name_with_a_dose_is_the_herb(annotator):
    # cshan-2189 "…酒炒当归二钱，酒洗五味三分，炒建莲子二十粒": 五味 (五味子) dosed, between clauses
    assert "五味" in herbs(annotator, "白芍三钱，酒炒当归二钱，酒洗五味三分，炒建莲子二十粒。")
    # the five flavours stay no herb: "酸味秉厥阴之气，居五味之首"
    assert "五味" not in herbs(annotator, "酸味秉厥阴之气，居五味之首，与辛味合用。")
