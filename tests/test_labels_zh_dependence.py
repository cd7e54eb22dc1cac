"""Stop 51: "X依赖性Y" / "X依赖的Y" is a premodifier naming Y by what it depends on, no means (relations/zh_dependence.py).

Real sentences of the development texts (the document named at each); the verb 依赖 with its object keeps its via cue.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import zh_dependence

# validation44_zh ChinaXiv-201812.00140V1 (gold IL1B–autophagy ``associated``)
SECRETION = "例如,虽然功能性MVB是自噬依赖性IL-1β分泌所必需的[32],但是,在该分泌过程中自噬体-溶酶体融合并不一定存在。"
# validation45_zh ChinaXiv-201812.00297V1 (gold FAS–apoptosis ``associated``)
APOPTOSIS = "细胞凋亡主要有2种途径:内源性(线粒体依赖性细胞凋亡)和外源性(Fas依赖性细胞凋亡)途径。"
# validation_zh ChinaXiv-201711.00762V1 (gold EGF ``via`` the Ras-Raf-ERK axis): 依赖 as a verb with its object
VERB = "EGF促进小鼠反应性星形胶质细胞中巢蛋白(Nestin)依赖Ras-Raf-ERK信号通路。"


def test_a_dependent_process_is_associated_with_what_it_depends_on(annotator, gene_id):
    assert typed_pairs(annotator, SECRETION)[("hsa04140", gene_id("IL1B"))].label == "associated"  # was via
    assert typed_pairs(annotator, APOPTOSIS)[(gene_id("FAS"), "hsa04210")].label == "associated"  # was via


def test_the_verb_with_its_object_keeps_its_means(annotator, gene_id):
    typed = typed_pairs(annotator, VERB)
    axis = next(b for a, b in typed if a == gene_id("EGF") and b.startswith("AXIS:"))
    assert typed[(gene_id("EGF"), axis)].label == "via"


def test_attributive_starts_finds_the_premodifier_only():
    assert zh_dependence.attributive_starts("RAR依赖的信号通路") == frozenset({3})
    assert zh_dependence.attributive_starts("FoxO依赖通路调节Sirt1") == frozenset({4})
    assert zh_dependence.attributive_starts("Nestin依赖Ras-Raf-ERK信号通路") == frozenset()
    assert zh_dependence.attributive_starts("非PLC依赖PKC通路") == frozenset()
