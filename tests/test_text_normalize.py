"""Normalisation keeps offsets into the original text and repairs PDF-conversion damage."""

from pipeline.text.normalize import normalize_block, normalize_text
from pipeline.text.offsets import OffsetText


def test_latex_greek_in_gene_names_becomes_unicode():
    assert normalize_text("抗核因子- $\\kappa$ B 受体激活剂配体") == "抗核因子-κB受体激活剂配体"
    assert normalize_text("ROS/MAPKs/NF- $\\kappa$ B/NLRP3 and inhibition") == "ROS/MAPKs/NF-κB/NLRP3 and inhibition"
    assert normalize_text("mTOR/NF $\\kappa$ B 信号传导") == "mTOR/NFκB信号传导"


def test_latex_keeps_the_space_before_an_ordinary_word():
    assert normalize_text("eIF2 $\\alpha$  signaling regulates autophagy") == "eIF2α signaling regulates autophagy"


def test_latex_subscripts_join_the_formula():
    assert normalize_text("1,25(OH) $_2$D $_3$  可以通过抑制 mTOR 信号通路") == "1,25(OH)2D3可以通过抑制mTOR信号通路"


def test_escaped_underscore_and_citation_markers():
    assert normalize_text("携带的 circ\\_0072464,可以") == "携带的circ_0072464,可以"
    assert normalize_text("骨质疏松症(osteoporosis, OP)与肾精亏虚的相关性<sup>[1]</sup>。") == (
        "骨质疏松症(osteoporosis, OP)与肾精亏虚的相关性。"
    )


def test_spaces_between_cjk_and_digits_are_removed():
    assert normalize_text("骨组织中溶质载体家族 7 成员 11 和 GPX4 的表达") == "骨组织中溶质载体家族7成员11和GPX4的表达"


def test_full_width_forms_become_half_width():
    assert normalize_text("铁蛋白（ferritin）；ＧＰＸ４") == "铁蛋白(ferritin);GPX4"


def test_offsets_map_back_to_the_original_text():
    original = "组织中溶质载体家族 7 成员 11 和 GPX4 的表达"
    norm = normalize_block(OffsetText.from_original(original))
    start = norm.text.index("溶质载体家族7成员11")
    s, e = norm.original_span(start, start + len("溶质载体家族7成员11"))
    assert original[s:e] == "溶质载体家族 7 成员 11"
    g = norm.text.index("GPX4")
    s, e = norm.original_span(g, g + 4)
    assert original[s:e] == "GPX4"


def test_offsets_of_a_latex_fragment_cover_the_fragment():
    original = "NF- $\\kappa$ B 受体"
    norm = normalize_block(OffsetText.from_original(original))
    assert norm.text.startswith("NF-κB")
    s, e = norm.original_span(0, 5)
    assert original[s:e] == "NF- $\\kappa$ B"


def test_full_width_translation_keeps_the_offsets_of_a_per_character_substitution():
    """NFKC over the compatibility ranges goes through str.translate (one character for one)
    and a substitution only for the characters that expand (⑩ -> 10): text and every
    character's original span equal a per-character substitution of the whole range."""
    import re

    from pipeline.text import normalize

    every = "".join(chr(c) for c in range(0x00A0, 0xFF5F) if normalize._NFKC_RANGES.fullmatch(chr(c)))
    original = "铁死亡（ferroptosis）：GPX4⑩表达" + every + "骨质疏松症，ＳＬＣ７Ａ１１"
    block = OffsetText.from_original(original)
    fast = block.translate(normalize._NFKC_ONE).sub(normalize._NFKC_WIDE, normalize._nfkc)
    slow = block.sub(normalize._NFKC_RANGES, normalize._nfkc)
    assert fast.text == slow.text and "（" not in fast.text and "10" in fast.text
    assert list(fast.starts) == list(slow.starts) and list(fast.ends) == list(slow.ends)
    assert re.search("SLC7A11", normalize_block(block).text)


def test_roman_numeral_characters_become_letters_with_their_offsets():
    # ChinaXiv-201712.00767V1 (corpus/new_papers/zh/): class III PI3K written with the Roman
    # numeral character Ⅲ (U+2162); dictionary names are NFKC (III), so it never matched
    original = "Beclin1主要通过与Ⅲ型磷脂肌醇-3-激酶形成复合物调节其他自噬相关蛋白"
    norm = normalize_block(OffsetText.from_original(original))
    assert "III型磷脂肌醇-3-激酶" in norm.text
    start = norm.text.index("III型")
    s, e = norm.original_span(start, start + len("III型"))
    assert original[s:e] == "Ⅲ型"
    assert normalize_text("Ⅰ型胶原和Ⅱ型胶原") == "I型胶原和II型胶原"


def test_a_long_latex_fragment_keeps_the_pairing_of_the_fragments_after_it():
    # ChinaXiv-201712.00938V1 (CC BY 4.0), methods: the 45-character "$\boldsymbol { 1 } ~ ...$" was
    # left as it was, so its closing "$" paired with the next fragment's opening one and
    # "$\beta$ -actin" came out as "\beta$ -actin"
    original = ("TBST洗膜，$1 5 \\mathrm { m i n } /$ 次，共3次，然后用TBST稀释二抗，室温杂交 "
                "$\\boldsymbol { 1 } ~ \\mathbf { h } _ { \\mathrm { o } }$ TBST洗膜, $1 5 ~ \\mathrm { m i n } ,$ "
                "次，共3次，然后室温下ECL显色。以 $\\beta$ -actin作为内参。")
    text = normalize_text(original)
    assert "$" not in text and "\\" not in text
    assert "以β-actin作为内参" in text
    assert "室温杂交1~ho" in text


def test_a_subscript_circle_closing_a_fragment_is_the_full_stop():
    # ChinaXiv-201712.01150V1 (CC BY 4.0, dev papers): the PDF converter writes "。" after a unit
    # as a subscript circle; it was rendered "°" and the two sentences ran into one
    text = normalize_text("每日取1种细胞1孔进行计 数，连续观察 $7 \\mathrm { d } _ { \\circ }$ 绘制细胞生长曲线。")
    assert "连续观察7d。绘制细胞生长曲线" in text
    assert normalize_text("于 $4 \\mathrm { { ^ { \\circ } C } }$ 孵育过夜") == "于4°C孵育过夜"  # a superscript is the degree


# PubMed abstracts (PMID 25373392, 25500894 of the validation set) print a run of spaces
# before the hyphen of every hyphenated name: "caspase  -3", "B  -cell lymphoma (Bcl)  -2".
_SPACED = ("FSREE induced cancer cell apoptosis and growth arrest by downregulating B  -cell lymphoma "
           "(Bcl)  -2, Bcl  -extra large and myeloid cell leukemia 1, while upregulating Bcl  -2  "
           "-associated  X  protein.")


def test_spaces_before_a_glued_hyphen_are_removed_with_offsets():
    norm = normalize_block(OffsetText.from_original(_SPACED))
    assert "B-cell lymphoma (Bcl)-2, Bcl-extra large" in norm.text
    assert "Bcl-2-associated X protein" in norm.text
    start = norm.text.index("Bcl-extra large")
    s, e = norm.original_span(start, start + len("Bcl-extra large"))
    assert _SPACED[s:e] == "Bcl  -extra large"
    assert normalize_text("This led to the activation of poly(ADP ribose) polymerase, caspase  -3 and "
                          "caspase  -9, but not caspase  -8.") == (
        "This led to the activation of poly(ADP ribose) polymerase, caspase-3 and caspase-9, but not caspase-8.")
    assert normalize_text("decreased the expression of pro  -proliferative CyclinD1") == (
        "decreased the expression of pro-proliferative CyclinD1")


def test_one_space_before_a_hyphenated_word_suffix_is_removed():
    # dev abstracts: "H2O2 -induced toxicity", "GABA(A) -receptors", "b -amyrin, stigmasterol"
    assert normalize_text("the effect of CLE on H2O2 -induced toxicity") == "the effect of CLE on H2O2-induced toxicity"
    assert normalize_text("the binding to GABA(A) -receptors") == "the binding to GABA(A)-receptors"
    assert normalize_text("friedlin, epifriedlin, b -amyrin, stigmasterol") == "friedlin, epifriedlin, b-amyrin, stigmasterol"


def test_a_hyphen_that_is_no_artefact_keeps_its_space():
    # the elided name of a coordination, negative numbers (dev abstracts)
    assert normalize_text("expression of dickkopf-1 and -2 and stimulates") == "expression of dickkopf-1 and -2 and stimulates"
    assert normalize_text("caspase-9 and  -3") == "caspase-9 and -3"
    assert normalize_text("low spinal trabecular BMD (Z-score -2.4)") == "low spinal trabecular BMD (Z-score -2.4)"
    assert normalize_text("(95% CI -0.5-4.1)") == "(95% CI -0.5-4.1)"
    assert normalize_text("TNF- and IL-1 -induced") == "TNF- and IL-1-induced"
