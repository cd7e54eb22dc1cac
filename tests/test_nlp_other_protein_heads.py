"""A name followed by the Chinese head of another protein's name is not that entity
(pipeline/nlp/part_words.py, ``names_another_protein``). Sentences copied from the development and
validation papers (corpus/new_papers/zh, corpus/validation/zh), where each gave a wrong mention."""

from __future__ import annotations

import pytest

from pipeline.nlp.part_words import is_part_word, names_another_protein


def _at(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


@pytest.mark.parametrize(("text", "word", "nth"), [
    # validation ChinaXiv-201812.00711V1: IRAK, not IL-1 (IL1 paired with IRAK1/2/4)
    ("并且 MyD88的氨基端与IL-1受体相关激酶的氨基端结合，进而激活白细胞介素受体相关激酶（IRAK）自身的磷酸化", "IL-1", 0),
    # validation ChinaXiv-202207.00209V1: CHIP (STUB1), not HSP70
    ("除此外，有氧运动介导自噬通过热休克蛋白70 相互作用蛋白的羧基端发挥心脏保护性作用[39]", "热休克蛋白70", 0),
    # new_papers ChinaXiv-201801.00630V1: an aldosterone-induced protein, not aldosterone
    ("ENaC属于醛固酮诱导蛋白[12]，外源性醛固酮可以刺激人类骨髓内皮细胞(HBMEC)中ENaC的合成[13]", "醛固酮", 0),
    # validation ChinaXiv-201711.00762V1: a GTP-binding protein, not GTP
    ("Cdc42 是Ras 有关GTP 结合蛋白，研究表明，Cdc42 绑定衣被蛋白质复合体的 γ亚基(yCOP)", "GTP", 0),
    # validation ChinaXiv-201812.00642V1: BMP-related proteins, not BMP (the first BMP stays)
    ("至今已发现15种BMP及40种BMP相关蛋白,它们对多数细胞的增殖、分化、凋亡及胚胎发育、器官形成等起重要的调节作用", "BMP", 1),
])
def test_a_name_before_another_proteins_head_is_no_mention(text, word, nth):
    assert names_another_protein(text, _at(text, word, nth)[1])
    assert is_part_word(text, *_at(text, word, nth), "x", "GENE")


def test_the_heads_as_verbs_and_the_entity_itself_stay():
    """"X抑制蛋白表达" (X inhibits the expression of proteins), "MG-132抑制蛋白酶体" (validation
    ChinaXiv-201712.00999V1: the proteasome inhibitor inhibits the proteasome): verbs, not a name's head."""
    verb = "蛋白酶体抑制剂MG-132抑制蛋白酶体后会引起Bcl-2的降解"
    assert not names_another_protein(verb, _at(verb, "MG-132")[1])
    expression = "TNF-α诱导蛋白表达增加"
    assert not names_another_protein(expression, _at(expression, "TNF-α")[1])
    first = "至今已发现15种BMP及40种BMP相关蛋白"
    assert not names_another_protein(first, _at(first, "BMP")[1])


def test_the_annotator_drops_them_in_chinese_and_in_a_glossary_line(mentions_of):
    """validation ChinaXiv-201812.00711V1: the body sentence, and its glossary line, which the
    language mix reads as English ("IRAK6：白细胞介素-6受体相关激酶 interleukin-6 receptor-associated
    kinase" gave IL6R)."""
    body = "并且 MyD88的氨基端与IL-1受体相关激酶的氨基端结合，进而激活白细胞介素受体相关激酶（IRAK）自身的磷酸化"
    assert "IL-1" not in [surface for surface, _ in mentions_of(body)]
    glossary = ('LPS：脂多糖 lipopolysaccharides；IL-1：白细胞介素-1 interleukin-1；TNF：肿瘤坏死因子 tumor necrosisfactor:TLR'
                '：Toll 样受体 Toll-like receptor；MyD88：髓样分化因子 88 myeloid differentiation primary responseprote'
                'in 88；IRAK6：白细胞介素-6受体相关激酶 interleukin-6 receptor-associated kinase；IKK：核转录因子-KB 抑制物激酶 inhi'
                'bitor of nuclear factor-kB kinase；IkB：核转录因子-kB抑制蛋白inhibitor of nuclearfactor-kB；NF- $\\cdot'
                ' \\kappa \\mathrm { B }$ ：核 转录因子-kB nuclear factor-kB；TRIF： $\\beta$ 干扰素TIR结构域衔接蛋白TIR-domain-'
                'containing adaptor inducing interferon- $\\boldsymbol { \\cdot } \\boldsymbol { \\beta }$ ；TBK'
                '1：箱式结合激酶1 tank-binding kinase1；IRF3：干扰素调节因子-3 interferon regulatory factor-3。')
    found = [surface for surface, _ in mentions_of(glossary)]
    assert "白细胞介素-6受体" not in found and "干扰素" not in found
    # "IkB：核转录因子-kB抑制蛋白" is IκB; "NF-κB：核 转录因子-kB" is NF-κB itself and stays
    assert found.count("核转录因子-kB") == 1 and "IRF3" in found and "MyD88" in found
