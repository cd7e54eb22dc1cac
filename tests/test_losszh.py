"""Stop 40 (s40b-losszh): Chinese loss / deprivation / switch-off before an effect flips the entity's sign.

* a list whose last item carries the deprivation word ("谷氨酰胺、精氨酸和亮氨酸缺乏能诱导…自噬", "氨基酸或葡萄糖等营养
  缺乏时,细胞会启动自噬"): every listed entity is deprived, not only the last (relations/roles.py ``list_tail_end``);
* a gene switched off as its own predicate ("RagA关闭,会导致mTORC1失活,启动自噬"): 关闭 is its loss (roles ``_LOSS_AFTER``);
* "使PARP失去其酶活力": the causee loses its activity, so the causer inhibits it (relations/causatives.py).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import roles

AUTOPHAGY = "hsa04140"

# sample ChinaXiv-201711.01551V1 (abstract): nutrient deprivation starts autophagy, so glucose inhibits it
NUTRIENTS_LACKING = "自噬是机体维持自身稳态的一种重要生理活动，当体内氨基酸或葡萄糖等营养缺乏时，细胞会启动自噬。"
# sample ChinaXiv-201711.01551V1 (body): the pipeline already read leucine (the last item) as inhibits
AMINO_ACIDS_LACKING = ("体外试验也证明谷氨酰胺、精氨酸和亮氨酸缺乏能诱导猪肠道上皮细胞、人胚肾细胞等产生自噬作用[17-18]，并且一旦对"
                       "缺乏的氨基酸进行补充，自噬水平可减弱至正常水平。")
# sample ChinaXiv-201711.01551V1 (body): RagA switched off → mTORC1 inactive → autophagy starts
RAGA_OFF = "缺乏氨基酸，RagA关闭，会导致mTORC1失活，启动自噬帮助动物度过困难时期直至下一次喂食。"
# new_papers_zh ChinaXiv-201707.00654V1 (gold CASP3 inhibits PARP)
PARP_LOSES = "Caspase-3 剪切PARP后，破坏了其结构的完整性，使PARP失去其酶活力，加速细胞的不稳定，从而促进细胞凋亡。"


def _compound(annotator, zh_name: str) -> str:
    return next(e.id for e in annotator.dictionary.entities.values() if e.type == "compound" and e.name_zh == zh_name)


def test_every_item_of_a_deprived_list_is_deprived(annotator):
    typed = typed_pairs(annotator, AMINO_ACIDS_LACKING)
    for name in ("谷氨酰胺", "精氨酸", "亮氨酸"):
        assert typed[(_compound(annotator, name), AUTOPHAGY)].label == "inhibits", name  # were activates (but leucine)


def test_a_deprived_list_closed_by_a_class_noun(annotator):
    typed = typed_pairs(annotator, NUTRIENTS_LACKING)
    assert typed[(_compound(annotator, "葡萄糖"), AUTOPHAGY)].label == "inhibits"  # was activates


def test_list_tail():
    text = "谷氨酰胺、精氨酸和亮氨酸缺乏能诱导"
    assert roles.is_deprived(text, 0, 4) and roles.is_deprived(text, 5, 8)
    text = "氨基酸或葡萄糖等营养缺乏时"
    assert roles.is_deprived(text, 0, 3) and roles.is_deprived(text, 4, 7)
    text = "葡萄糖与维生素D缺乏有关"  # 与 compares: glucose is not the deprived one
    assert not roles.is_deprived(text, 0, 3)
    text = "葡萄糖、诱导亮氨酸缺乏"  # a verb inside the gap: no list
    assert not roles.is_deprived(text, 0, 3)


def test_a_gene_switched_off(annotator, gene_id):
    typed = typed_pairs(annotator, RAGA_OFF)
    assert typed[(gene_id("RRAGA"), AUTOPHAGY)].label == "inhibits"  # was activates


def test_switch_off_is_intransitive():
    text = "RagA关闭，会导致"
    assert roles.is_loss_of_function(text, 0, 4)
    text = "RagA关闭通道"  # transitive: RagA acts, it is not lost
    assert not roles.is_loss_of_function(text, 0, 4)


def test_causee_loses_its_activity(annotator, gene_id):
    typed = typed_pairs(annotator, PARP_LOSES)
    pair = typed[(gene_id("CASP3"), "FPLX:PARP")]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("CASP3"))  # was associated


# validation38_zh ChinaXiv-201712.01150V1: the phosphorylated 4E-BP1 is inactivated
EIF4EBP1_INACTIVATED = "4E-BP1磷酸化后失活，使之与eIF-4E分离"


def test_inactivating_phosphorylation():
    assert roles.inactivating_phosphorylation(EIF4EBP1_INACTIVATED, len("4E-BP1"))
    assert not roles.inactivating_phosphorylation("ACC磷酸化水平升高", 3)  # constructed: a plain phosphorylation
    assert not roles.inactivating_phosphorylation("JNK1磷酸化失活Bcl-2", 4)  # constructed: transitive, JNK1 acts


def test_causee_phosphorylated_and_inactivated(annotator, gene_id):
    # constructed after the causative sentences of causatives.py with the inactivation of the pool's mTORC1/ULK1 sentence
    typed = typed_pairs(annotator, "AMPK能够使ULK1磷酸化并使其失活，从而抑制自噬。")
    assert typed[("FPLX:AMPK", gene_id("ULK1"))].label == "inhibits"  # was activates
