"""A compound before a verb and an organelle in -酶体 is no enzyme's substrate (nlp/enzyme_names.py).

溶酶体 (lysosome), 蛋白酶体 (proteasome) and 过氧化物酶体 (peroxisome) end in 酶 + 体: they name an organelle or
a complex, not an enzyme, so the compound before them is not part of an enzyme name. Real sentences of
validation_zh ChinaXiv-201712.00999V1."""

import pipeline
from pipeline.nlp.enzyme_names import names_an_enzyme_substrate
from pipeline.nlp.matcher import Mention

LYSOSOME = ("Obatoclax是Bcl-2家族抗凋亡蛋白的抑制剂,其作用机制与BH3-only蛋白类似,可以竞争性地与抗凋亡蛋白疏水区域结合,诱导凋亡[5]。"
            "同时obatoclax通过在溶酶体中蓄积并减少溶酶体组织蛋白酶CTSB、CTSD及CTSL的表达影响溶酶体的功能,抑制自噬而导致细胞增殖受到抑制。")


def _linked(text: str, word: str) -> list[str]:
    doc = pipeline.annotate(text)
    return [e.kb_id_ for e in doc.spans["entities"] if e.text == word]


def test_compound_before_a_lysosome_stays():
    assert _linked(LYSOSOME, "obatoclax") == ["MESH:C520962"]


def test_organelles_in_mei_ti_are_no_enzyme_heads():
    for text in ("obatoclax通过在溶酶体中蓄积", "MG-132抑制蛋白酶体"):
        word = text.split("通过")[0] if "通过" in text else "MG-132"
        m = Mention(0, len(word), "X", "COMPOUND", "dictionary", word)
        assert not names_an_enzyme_substrate(text, m)


def test_a_substrate_before_its_enzyme_is_still_read_as_one():
    text = "天门冬氨酸氨基转氨酶"
    assert names_an_enzyme_substrate(text, Mention(0, 5, "CPD:aspartate", "COMPOUND", "dictionary", "天门冬氨酸"))
