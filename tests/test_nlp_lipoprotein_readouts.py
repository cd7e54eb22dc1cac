"""HDL, the FamPlex family of high-density lipoprotein particles, is a serum lipid read-out: a mention,
no relation partner (nlp/enzyme_names.py ``LIPOPROTEIN_PARTICLES``)."""

# verbatim
NIACIN = ("Its special profile of actions, especially the rise in HDL-cholesterol levels induced by nicotinic acid, "
          "is unique among the currently available pharmacological tools to treat lipid disorders.")  # validation_en PMID16322797
RCT = ("RCT 是指新生的圆盘状HDL从外周细胞(包括动脉壁细胞)中摄取过剩的胆固醇，在血浆中经卵磷脂胆固醇酰基转移酶"
       "(lecithincholesterolacyltransferase,LCAT)酯化后,游离胆固醇转变为胆固醇脂并向HDL的内核转移，最终形成球状的成熟 HDL，"
       "将胆固醇转运至肝脏，主要通过生成胆汁酸的形式排出体外的过程[9-10]。")  # validation_zh ChinaXiv-201711.00864V1


def _pair_ids(annotator, text):
    from pipeline.relations.facts import facts_of

    pairs = [p for s in facts_of(annotator.annotate("t", text)).sentences for p in s.typed_pairs()]
    return {i for p in pairs for i in (p.a[1], p.b[1])}


def test_hdl_is_a_mention_but_no_relation_partner(annotator, mentions_of):
    for text in (NIACIN, RCT):
        assert "FPLX:HDL" in {eid for _, eid in mentions_of(text)}, text
        assert "FPLX:HDL" not in _pair_ids(annotator, text), text


def test_the_agent_loses_only_the_particle(annotator):
    assert "CPD:niacin" not in _pair_ids(annotator, NIACIN)  # its only partner was HDL
