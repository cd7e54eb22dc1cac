"""A Chinese gene product named with its secretion, release or synthesis after it: an effect on it changes its amount.

GUIDELINES 2 types a change of a gene's amount as up/downregulates, of its activity as activates/inhibits.
effects.effect_label reads "分泌/释放/合成 Y" (the verb before the product, ``_ZH_MADE_BEFORE``) and the English
"Y secretion / release / synthesis" (``_LEVEL_AFTER``) as amounts; the Chinese noun after the product was missing:

* "去乙酰化的ghrelin…却能促进胰岛素(insulin)的分泌" (validation47_zh ChinaXiv-201711.00393V1, gold: GHRL
  ``upregulates`` INS), "其主要是通过促进生长激素的分泌来实现促生长作用" (same paper, GHRL ``upregulates`` GH1),
  "刺激腺垂体细胞的Ca2+通道,刺激生长激素的分泌" (validation46_zh ChinaXiv-201711.00400V1: DAG ``upregulates`` GH1);
* "leptin可抑制下丘脑的AMPK,使NPY释放减少" (validation47_zh ChinaXiv-201711.00393V1, gold: LEP ``downregulates``
  NPY), "…使NPY释放增加" (GHRL ``upregulates`` NPY): the release noun with its change word;
* "促进SOD和GPX等抗氧化酶的合成" (validation44_zh ChinaXiv-201812.00761V1, gold ``upregulates``): the noun after a
  coordination closed by 等 and its class noun is every item's (the shared head of coordinated nouns, as in
  zh_levels.py).

Secretion, release and synthesis are how much of the product there is, as 表达/水平 are. "X生成Y" (no 的, no change
word) is X's own verb and is left alone; so is "阻止细胞色素C的释放" (sample ChinaXiv-201711.00904V1: the release event of a
protein leaving its compartment, an activation step as in English, mediators.released_from_its_compartment), so the
release noun counts only with its change word.
"""

from __future__ import annotations

from pipeline import lazy_re

# (not "的释放": "阻止细胞色素C的释放" is the release event, the protein's exit from its compartment, which
# mediators.released_from_its_compartment reads as activity; a release with its change word is an amount)
_MADE = r"(?:分泌|合成|生成|产生)"
# an optional gloss "(insulin)", later items of a coordination ("和GPX"), a closing 等 with its class noun
_TAIL = (r"\s*(?:[(（][^()（）,，;；。]{1,30}[)）])?"
         r"(?:\s*(?:和|及|与|、|以及)\s*[A-Za-z0-9αβγδκ\-]{1,12}(?:[(（][^()（）]{1,30}[)）])?){0,4}"
         r"(?:\s*等[\u4e00-\u9fff]{0,6}?)?\s*")
_MADE_AFTER = lazy_re.compile(_TAIL + r"(?:的" + _MADE + r"|(?:分泌|释放)(?:量|水平)?(?:明显|显著)?(?:增加|减少|升高|降低|增多|下降))")


def made_after(text: str, gene_end: int) -> bool:
    """Is the gene ending at ``gene_end`` followed by its product's secretion, release or synthesis noun?"""
    return bool(_MADE_AFTER.match(text, gene_end, gene_end + 60))
