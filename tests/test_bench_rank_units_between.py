"""bench/rank_units.py ``entities_between`` (stop 47): entities named between a pair's nearest mentions, the column a
rank term for pairs read across a cascade was tried on (bench/rank_loso.py, stop 47)."""

from bench_helpers import bench_module

from pipeline.relations.facts import facts_of

# verbatim (validation46_zh ChinaXiv-201711.00400V1, body): a cascade, Gq -> PLC -> PIP2 -> IP3 and DAG
CASCADE = ("磷脂酰肌醇信号通路是指胞外信号通过膜受体与其相应的第一信使分子结合后,激活膜上的Gq蛋白(一种G蛋白),激活质膜上的"
           "磷脂酶C(PLC),PLC水解磷脂酰肌醇-4,5-二磷酸生成的三磷酸肌醇和二酰甘油2个第二信使的过程。")


def test_entities_between_counts_the_steps_a_pair_spans(annotator):
    ru = bench_module("rank_units")
    sentence = facts_of(annotator.annotate("ChinaXiv-201711.00400V1", CASCADE)).sentences[0]
    assert {"FPLX:G_q", "FPLX:PLC", "MESH:D019269", "MESH:D015544"} <= {m.entity_id for m in sentence.mentions}
    assert ru.entities_between(sentence, "FPLX:G_q", "FPLX:PLC") == 0  # adjacent steps
    assert ru.entities_between(sentence, "FPLX:PLC", "MESH:D019269") == 0  # PLC (its second mention) cuts PIP2
    assert ru.entities_between(sentence, "FPLX:G_q", "MESH:D015544") >= 2  # Gq .. PLC, PIP2 .. IP3
    assert ru.entities_between(sentence, "FPLX:G_q", "HGNC:0") == 0  # a pair the sentence does not name


def test_text_between_is_what_a_cue_would_sit_in(annotator):
    """``text_between`` (stop 48): the ``gap`` column the contrast, hedge and separator terms were tried on."""
    ru = bench_module("rank_units")
    sentence = facts_of(annotator.annotate("ChinaXiv-201711.00400V1", CASCADE)).sentences[0]
    assert ru.text_between(sentence, "FPLX:G_q", "FPLX:PLC") == "蛋白(一种G蛋白),激活质膜上的"  # Gq … 磷脂酶C
    assert ru.text_between(sentence, "FPLX:PLC", "MESH:D019269") == "水解"  # PLC's nearest mention, not 磷脂酶C
    assert ru.text_between(sentence, "FPLX:G_q", "HGNC:0") == ""  # a pair the sentence does not name
