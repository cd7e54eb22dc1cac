"""Stop 44 (s44-speed): gated and reordered tests that must give the same answers as the code they replace.

Each former formulation is restated here and compared on every paragraph of the repository's papers
(the two reviews and corpus/new_papers), plus constructed texts that do match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.nlp import drug_codes, lab_tools
from pipeline.nlp.compound_descriptions import CLASS_WORDS, Named, remember
from pipeline.relations import plant_subjects

REPO = Path(__file__).resolve().parents[1]
PAPERS = [REPO / "corpus" / "jin2025_autophagy_osteoporosis.md", REPO / "corpus" / "li2025_ferroptosis_osteoporosis.md",
          *sorted((REPO / "corpus" / "new_papers").glob("*/*.md"))]
CONSTRUCTED = [
    "荧光显微镜检测GFP或RFP; 脱落的GST标签; pRL-TK-Renilla and pGL3-Basic; DNA Ladder (NEB); NEB酶切buffer4",
    "with the BLAST and GRAIL programs; PowerBLAST analysis; after Low-Dose X-Ray irradiation; X-rays",
    "FX11 (10 mg/kg) and AP7 (10 or 20 mg/kg) were given; GNC92H2 (190 mg/kg); IL-6 (10 ng/ml)",
    "c-Myc-tagged and HA tag and Flag-tagged and V5 epitope; GST pull-down; GST fusion; pcDNA3.1(+)-SIRT1",
]


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    texts = [p for path in PAPERS for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    assert len(texts) > 300
    return texts + CONSTRUCTED


def _lab_tool_spans_before(text: str) -> list[tuple[int, int]]:
    """lab_tool_spans before stop 44: every pattern over the whole paragraph."""
    spans = []
    if "FP" in text and lab_tools._FLUORESCENCE_CUE.search(text):
        spans += [m.span() for m in lab_tools._FP_HOMONYM.finditer(text)]
    for pattern in (lab_tools._TAG, lab_tools._VECTOR, lab_tools._SUPPLIER, lab_tools._BLAST, lab_tools._X_RAY):
        spans += [m.span() for m in pattern.finditer(text)]
    return sorted(spans)


def test_lab_tool_spans_gated_as_before(paragraphs):
    found = 0
    for text in paragraphs:
        assert lab_tools.lab_tool_spans(text) == _lab_tool_spans_before(text), text[:80]
        found += bool(_lab_tool_spans_before(text))
    assert found >= len(CONSTRUCTED)
    assert len(_lab_tool_spans_before(" ".join(CONSTRUCTED))) >= 15


def test_tag_words_are_what_every_tag_match_holds():
    """Every alternative of _TAG names one of _TAG_WORDS literally (the gate's premise)."""
    names = re.findall(r"\(\?:(Myc\|[^)]*)\)", lab_tools._TAG.pattern)[0].split("|")
    assert set(names) <= set(lab_tools._TAG_WORDS) and "GST" in lab_tools._TAG_WORDS


def test_dosed_codes_from_the_body_as_before(paragraphs):
    found = 0
    for text in paragraphs:
        before = [m.span() for m in drug_codes._DOSED_CODE.finditer(text)]
        assert [m.span() for m in drug_codes.finditer_from_body(drug_codes._DOSED_CODE, drug_codes._DOSED_CODE_BODY, text)] \
            == before
        found += bool(before)
    # no mentions given: IL-6 is read as a code too (a dictionary mention keeps it in a run)
    # FX11 and AP7 take the id of MeSH's record (dictionaries/compound_codes.tsv, stop 48)
    assert drug_codes.dosed_codes(CONSTRUCTED[2], []) == {"FX11": "MESH:C547455", "AP7": "MESH:C031231",
                                                          **{c: "PCPD:" + c for c in ("GNC92H2", "IL-6")}}
    assert found >= 1


def test_plant_subject_answers_as_the_full_verdict(paragraphs):
    fronts = paragraphs + ["\n".join(paragraphs[i:i + 5]) for i in range(0, len(paragraphs), 5)] + [
        "拟南芥幼苗中转录因子MYB的克隆与启动子分析", "拟南芥幼苗中转录因子的克隆; 小鼠",
        "Cloning of a promoter from Arabidopsis seedlings: drought and abscisic acid", "水稻 品种 克隆"]
    plants = 0
    for front in fronts:
        assert plant_subjects.plant_subject(front) == plant_subjects.plant_subject_verdict(front).plant, front[:80]
        plants += plant_subjects.plant_subject(front)
    assert plants >= 2


def _classes_before(sentence: str) -> set[str]:
    low = sentence.casefold()
    return {w for w in CLASS_WORDS if re.search(rf"(?<![a-z]){re.escape(w)}(?:s|es)?(?![a-z])", low)
            if w.isascii()} | {w for w in CLASS_WORDS if not w.isascii() and w in sentence}


def test_remembered_class_words_as_before(paragraphs):
    class _M:
        label, entity_id, how, text = "COMPOUND", "MESH:D0001", "dictionary", "lariciresinol"

    hits = 0
    for text in paragraphs:
        seen: list[Named] = []
        remember(seen, text, [_M()], lambda _id: "lariciresinol", frozenset())
        assert seen[-1].classes == _classes_before(text), text[:80]
        hits += bool(seen[-1].classes)
    assert hits >= 5


def test_change_words_are_the_participles_of_a_change_item():
    """Every participle of coordination._CHANGE holds one of _CHANGE_WORDS (the gate's premise)."""
    from pipeline.relations import coordination

    body = coordination._CHANGE.split(")*(?:")[1].removesuffix(")\\b")
    participles = [p.replace("up-?", "up").replace("down-?", "down") for p in body.split("|")]
    assert len(participles) == 22  # up- and down-regulated share "regulated"
    assert all(any(w in p for w in coordination._CHANGE_WORDS) for p in participles)


def test_change_series_gated_as_before(paragraphs):
    from pipeline.relations import coordination

    def before(text):
        saved = coordination.may_hold
        coordination.may_hold = lambda *_: True
        try:
            return coordination.change_series(text)
        finally:
            coordination.may_hold = saved

    texts = paragraphs + ["BMSCs showed reduced Ihh expression, increased Runx2, decreased Sp7 and up-regulated Rankl.",
                          "It DECREASED A, INCREASED B, LOWERED D, and Up-Regulated C in the Kidney."]
    found = 0
    for text in texts:
        assert coordination.change_series(text) == before(text), text[:80]
        found += bool(before(text))
    assert found >= 2
