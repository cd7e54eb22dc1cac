"""bench/ner_eval.py's same-entity column (docs/ner_benchmarks.md, herbs stop 21): nested spans
count when the gold text names the mention's entity. Sentences from the cshan train split."""

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _ner_eval():
    spec = importlib.util.spec_from_file_location("ner_eval", REPO / "bench" / "ner_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("ner_eval", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_same_entity_forgives_a_boundary_not_another_herb(annotator):
    ne = _ner_eval()
    # cshan-2354 "加车前草，薏苡仁，茯苓": the gold tags 苡仁 inside 薏苡仁 (the same herb);
    # cshan-1764 "…防风浙贝母白芷…": the gold tags 贝母 inside 浙贝母 (another herb)
    text = "尿少，加车前草，薏苡仁，茯苓，大腹皮以利水。陈皮防风浙贝母白芷牛蒡子。"
    a, b = text.index("苡仁"), text.index("贝母")
    sample = ne.Sample("t", text, [(a, a + 2, "HER"), (b, b + 2, "HER")])
    ids: dict = {}
    predicted = ne.predict(annotator, sample, ids)
    scores: dict = {}
    ne.score_sample(sample, predicted, "cshan", scores, ids, ne._names_of(annotator))
    her = scores["HER"]
    assert her.tp == 0 and her.fn == 2  # exact: both gold spans missed
    assert her.same_tp == 1  # 苡仁 names 薏苡仁's herb; 贝母 does not name 浙贝母's
    p, r, _ = her.same_entity
    assert r == 0.5 and p < 1.0
