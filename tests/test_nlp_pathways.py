"""Composite pathways become one PATHWAY entity with member genes, plus the member mentions."""

import pytest


def composites(annotator, text):
    adoc = annotator.annotate("test", text)
    return {m.entity_id: m for item in adoc.sentences for m in item.mentions if m.how == "pathway-composition"}


PI3K_AKT_MTOR = "AXIS:FPLX:PI3K/FPLX:AKT/HGNC:3942"


def test_chinese_full_name_chain_is_one_pathway(annotator):
    text = "研究发现褪黑素能够通过激活磷脂酰肌醇-3激酶/苏\n\n氨酸蛋白激酶/雷帕霉素靶蛋白信号通路来抑制大鼠 BMSCs 的铁死亡进程"
    found = composites(annotator, text)
    assert PI3K_AKT_MTOR in found
    assert found[PI3K_AKT_MTOR].members == ("FPLX:PI3K", "FPLX:AKT", "HGNC:3942")


@pytest.mark.parametrize("text", [
    "Melatonin inhibits the ferroptosis pathway in rat bone marrow mesenchymal stem cells by activating the PI3K/AKT/mTOR signaling axis to attenuate steroid-induced osteoporosis",
    "益母草可以通过影响 PI3K/Akt/mTOR 通路激活骨髓基质干细胞自噬,进而促进成骨细胞的分化。",
])
def test_symbol_chain_is_the_same_pathway_in_both_languages(annotator, text):
    assert PI3K_AKT_MTOR in composites(annotator, text)


def test_members_keep_their_own_mentions(annotator):
    adoc = annotator.annotate("t", "研究表明黄芩素通过上调溶质载体家族7成员11/GPX4轴来阻止BMSCs的铁死亡。")
    ids = [m.entity_id for item in adoc.sentences for m in item.mentions]
    assert "AXIS:HGNC:11059/HGNC:4556" in ids and "HGNC:11059" in ids and "HGNC:4556" in ids


def test_named_single_gene_pathway_uses_the_dictionary_not_an_axis(annotator):
    adoc = annotator.annotate("t", "在成骨细胞中,mTOR 信号通路的异常活化抑制自噬,导致成骨细胞功能受损。")
    ids = [m.entity_id for item in adoc.sentences for m in item.mentions]
    assert "hsa04150" in ids
    assert not any(i.startswith("AXIS:") for i in ids)


def test_the_backward_chain_reading_finds_what_the_end_anchored_patterns_find():
    """compose_pathways reads a chain backwards from each member; the helpers that look back only
    over the characters a match can hold give, at every position of the reviews (and of
    connector-heavy strings), what ``_CONNECTOR`` / ``_LATIN_ELEMENT`` found on the whole prefix."""
    from conftest import JIN, LI

    from pipeline.nlp import pathways as pw
    from pipeline.text.sections import split_sections

    texts = [p.text.text for path in (LI, JIN) for p in split_sections(path.stem, path.read_text(encoding="utf-8"))]
    texts += ["PI3K / AKT -- mTOR –\u3000p70S6K/ \n", "a--b/", "1AKT/ x-y-z -", "NSUN5-FTH1/FTL 轴 / -", "　/"]
    connectors = 0
    for text in texts:
        for pos in range(len(text) + 1):
            before = text[:pos]
            found = pw._CONNECTOR.search(before)
            got = pw._connector_start(text, pos)
            assert got == (len(pw._CONNECTOR.sub("", before)) if found else None), (text, pos)
            assert pw._stripped_end(text, pos) == len(before.rstrip(" /-–").rstrip())
            if found:
                connectors += 1
                old = pw._LATIN_ELEMENT.search(before)
                new = pw._LATIN_ELEMENT.search(text, pw._latin_run_start(text, pos), pos)
                assert (old and (old.span(1), old.group(1))) == (new and (new.span(1), new.group(1))), (text, pos)
    assert connectors > 200  # 252 positions of the reviews and the strings end a connector
