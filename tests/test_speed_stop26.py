"""Speed work of stop 26 (issue 17) that must not change a result: a sentence's pairs skip the
per-mention rules when it names fewer than two partner entities, and the model-inducer rule
finds the next mention by bisection. Checked against the former definition, written out here,
on every sentence of the two bundled reviews and the Chinese development papers."""

from __future__ import annotations

import pytest
from conftest import CORPUS, JIN, LI

from pipeline.relations import pairs
from pipeline.relations.baseline_groups import is_baseline_group
from pipeline.relations.cell_cycle_phenotypes import is_cycle_phenotype
from pipeline.relations.class_appositions import class_appositions
from pipeline.relations.diets import names_a_diet
from pipeline.relations.excluded_elements import is_excluded
from pipeline.relations.facts import facts_of
from pipeline.relations.model_inducers import is_model_inducer
from pipeline.relations.model_stimuli import stimulus_before_treatment


def _former_partners(text: str, mentions) -> list:
    """The partner mentions as sentence_pairs chose them before s26-speed (with s26-enprec's rules):
    every mention through every rule, the next mention found by a scan."""
    mentions = [m for m in mentions if m.how not in pairs.NO_PARTNER
                and not is_baseline_group(text, m.sentence_start, m.sentence_end)
                and not is_excluded(text, m.sentence_start, m.sentence_end)
                and not (m.label == "PATHWAY" and is_cycle_phenotype(text, m.sentence_start, m.sentence_end))
                and not (m.label == "COMPOUND" and names_a_diet(text, m.sentence_end))]
    measured = pairs.measured_readouts(text, mentions) | class_appositions(text, mentions)
    measured |= pairs.name_modifiers(text, mentions)  # s28-zhprec: "肝素结合性EGF" (relations/name_modifiers.py)
    mentions = [m for i, m in enumerate(mentions) if i not in measured]

    def induces(m) -> bool:
        following = [n.sentence_start for n in mentions if n.sentence_start >= m.sentence_end]
        nxt = min(following, default=None)
        return is_model_inducer(text, m.sentence_start, m.sentence_end, nxt) or stimulus_before_treatment(
            text, m.sentence_start, m.sentence_end, nxt)  # s32-zhprec: "用脂多糖诱导巨噬细胞,…处理后"

    return [m for m in mentions if not induces(m)]


@pytest.fixture(scope="module")
def sentences(annotator):
    papers = [LI, JIN, *sorted((CORPUS / "new_papers" / "zh").glob("*.md"))]
    return [s for path in papers
            for s in facts_of(annotator.annotate(path.stem, path.read_text(encoding="utf-8"))).sentences]


def test_the_partners_are_those_of_the_former_definition(sentences):
    """Every sentence's partner mentions are the former definition's, whenever they make a pair;
    else there are none (and the rules did drop mentions somewhere: the comparison is not idle)."""
    dropped = compared = 0
    for s in sentences:
        former = _former_partners(s.text, s.mentions)
        dropped += len([m for m in s.mentions if m.how not in pairs.NO_PARTNER]) - len(former)
        if len({(m.label, m.entity_id) for m in former}) >= 2:
            assert pairs.partner_mentions(s.text, s.mentions) == former, s.text
            compared += 1
        else:
            assert pairs.partner_mentions(s.text, s.mentions) == [], s.text
            assert pairs.sentence_pairs(s.text, s.mentions) == [], s.text
    assert dropped > 0 and compared > 100


def test_a_sentence_naming_one_entity_is_not_read_by_the_mention_rules(sentences, monkeypatch):
    """One partner entity (named once or more): no pair, answered before any per-mention rule."""
    def never(*args):
        raise AssertionError("a per-mention rule read a sentence that has no pair")

    monkeypatch.setattr(pairs, "is_baseline_group", never)
    monkeypatch.setattr(pairs, "is_excluded", never)
    monkeypatch.setattr(pairs, "is_model_inducer", never)
    single = [s for s in sentences
              if len({(m.label, m.entity_id) for m in s.mentions if m.how not in pairs.NO_PARTNER}) == 1]
    assert len(single) > 50
    assert all(pairs.sentence_pairs(s.text, s.mentions) == [] for s in single)


def test_chain_elements_read_only_compounds_with_a_slash_beside_and_mark_the_same(annotator, monkeypatch):
    """Marking chain elements only where a "/" is beside the compound gives every paper the
    mentions (offsets, entity, how) that scanning every compound gives; "cAMP/PKA" and the
    spaced "cGMP / PKG" are still found."""
    from pipeline.api import forget_remembered_texts
    from pipeline.nlp import chain_elements

    texts = [path.read_text(encoding="utf-8") for path in (LI, JIN, *sorted((CORPUS / "new_papers" / "zh").glob("*.md")))]
    texts.append("cAMP/PKA具有抑制Bad表达的作用。研究表明 cGMP / PKG 信号可降低ENaC的活性。")

    def mentions():
        forget_remembered_texts(annotator)
        return [[(m.start, m.end, m.entity_id, m.how) for s in annotator.annotate(f"d{i}", t).sentences
                 for m in s.mentions] for i, t in enumerate(texts)]

    now = mentions()
    monkeypatch.setattr(chain_elements, "_slash_beside", lambda text, m: True)
    assert mentions() == now
    assert sum(how == "chain-element" for doc in now for *_, how in doc) >= 2
    assert sum(how == "chain-element" for *_, how in now[-1]) == 2
