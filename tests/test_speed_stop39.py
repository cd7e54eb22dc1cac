"""Speed (issue 17, stop 39): gap patterns that split a run of blanks in many ways, now one way.

clause_chains ``_ACTIVITY_TAIL`` and post_nominal ``_ZH_GAP`` / ``_ZH_READOUT_GAP`` wrote a blank run as
adjacent ``\\s*`` around optional words ("\\s*(?:的)?\\s*(?:通路)?\\s*…"): on a run of spaces (mentions are blanked
to spaces) followed by a character that ends the match, the engine tried every split of the run between the
``\\s*`` before failing: 120 spaces and "!" took 6.6 s (``_ZH_READOUT_GAP``) and 2.3 s (``_ACTIVITY_TAIL``) to
refuse, 2,000 spaces now well under a millisecond (``_ZH_GAP`` has the same construction, rewritten alike).
Each optional word now carries the blanks after it, so a run is read one way; the language is the same. The stop-38 patterns are kept here and compared on every string
of up to five tokens over the patterns' own words, blanks and a stranger (and the groups of the tail).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import time

import pytest
from nlp_helpers import entity_pairs

from pipeline.relations import axis_members, clause_chains, effects, post_nominal
from pipeline.relations.effects import SentenceContext, label_pair

_OLD_ETC = r"(?:等\s*(?:[\u4e00-\u9fff]{0,6}?(?:标志物|蛋白|因子|基因|分子))?)?"
OLD_ZH_GAP = re.compile(r"\s*" + _OLD_ETC + r"\s*(?:蛋白|基因|信号通路|通路|信号)?\s*的\s*")
OLD_ZH_READOUT_GAP = re.compile(r"\s*" + _OLD_ETC + r"\s*(?:蛋白|基因)?\s*的?\s*(?:mRNA|蛋白)?\s*(?:表达量|表达水平|表达|水平|含量)\s*")
OLD_ACTIVITY_TAIL = re.compile(r"^\s*(?:的)?\s*(?P<pathway>信号转导通路|信号通路|信号途径|通路|途径|信号)?\s*(?:的)?\s*"
                               r"(?P<activity>活性|活化|磷酸化(?:水平)?)?\s*$")


def _texts(tokens: tuple[str, ...], longest: int):
    for n in range(longest + 1):
        yield from ("".join(t) for t in itertools.product(tokens, repeat=n))


_GAP_TOKENS = (" ", "等", "的", "蛋白", "基因", "通路", "信号", "标志物", "自噬", "mRNA", "表达", "水平", "表达量", "x")
_TAIL_TOKENS = (" ", "的", "信号", "通路", "信号通路", "途径", "活性", "活化", "磷酸化", "水平", "x")


def test_the_gap_patterns_match_the_same_texts():
    checked = matched = 0
    for text in _texts(_GAP_TOKENS, 5):
        for old, new in ((OLD_ZH_GAP, post_nominal._ZH_GAP), (OLD_ZH_READOUT_GAP, post_nominal._ZH_READOUT_GAP)):
            found = old.fullmatch(text) is not None
            assert (new.fullmatch(text) is not None) == found, (new.pattern, text)
            matched += found
            checked += 1
    assert checked > 1_000_000 and matched > 1_000  # both answers are asked


def test_the_activity_tail_gives_the_same_match_and_groups():
    matched = 0
    for text in _texts(_TAIL_TOKENS, 5):
        old, new = OLD_ACTIVITY_TAIL.match(text), clause_chains._ACTIVITY_TAIL.match(text)
        assert (old is None) == (new is None), text
        if old is not None:
            matched += 1
            assert old.span() == new.span() and old.groupdict() == new.groupdict(), text
    assert matched > 500


@pytest.mark.parametrize("pattern", [clause_chains._ACTIVITY_TAIL, post_nominal._ZH_GAP, post_nominal._ZH_READOUT_GAP])
@pytest.mark.parametrize("text", [" " * 2000 + "!", " " * 1000 + "的" + " " * 1000 + "!", "等" + " " * 2000 + "!"])
def test_a_long_blank_run_fails_at_once(pattern, text):
    started = time.perf_counter()
    assert pattern.fullmatch(text) is None
    assert time.perf_counter() - started < 0.05


# --- relation typing: per-sentence answers instead of per-pair ones ------------------------------------------
#
# effects.py ``_membership_skips``: ``_stated_member``, ``_process_member`` and ``_described_role`` were asked for
# every pair, though each needs a word right after one of the sentence's mentions (a member noun, a family word, a
# "-related proteins" noun, an apoptosis process); the sentence's mentions are read once and the rules skipped
# where none is there. axis_members ``enclosures``: the pathways enclosing each mention, read once per sentence;
# ``speaks_through`` answers a pair from them (``speaks_through_axis`` scanned the mentions for every pair).
# ``SentenceContext.repeated``: the entities named twice or more; ``label_pair`` looks for a later (lost, inactivated)
# mention of an entity only among them (``_lost_mention`` scanned the mentions for both orders of every pair).

_NEW_SKIPS = frozenset({"process_member", "described_role", "member_after", "member_lists"})


@pytest.fixture(scope="module")
def sentences(pair_sentences):
    return pair_sentences


def test_every_pair_gets_the_label_it_got_with_every_rule_asked(sentences):
    pairs = 0
    skipped = dict.fromkeys(_NEW_SKIPS, 0)
    for text, spans in sentences:
        context = SentenceContext.of(text, spans)
        for name in _NEW_SKIPS & context.skip:
            skipped[name] += 1
        asked = dataclasses.replace(SentenceContext.of(text, spans), skip=context.skip - _NEW_SKIPS, repeated=None)
        assert context.repeated == {e for e in context.first if sum(sp.entity_id == e for sp in spans) > 1}
        for a, b in entity_pairs(spans):
            assert label_pair(text, spans, a, b, context=context) == label_pair(text, spans, a, b, context=asked), (text, a, b)
            pairs += 1
    assert pairs > 10000
    assert all(n > len(sentences) // 2 for n in skipped.values()), skipped  # the gates skip most sentences


def test_the_gated_membership_rules_answer_as_before_for_every_two_mentions(sentences):
    """Every ordered pair of mentions of two entities (not only the first mentions ``label_pair`` reads)."""
    positive = dict.fromkeys(("stated", "process", "described"), 0)
    for text, spans in sentences:
        skip = frozenset(effects._membership_skips(text, spans))
        for x in spans:
            for y in spans:
                if x.entity_id == y.entity_id:
                    continue
                stated = effects._stated_member(text, spans, x, y)
                assert effects._stated_member(text, spans, x, y, skip) == stated, (text, x, y)
                process = effects._process_member(text, spans, x, y, False)
                assert process is None or "process_member" not in skip, (text, x, y)
                described = effects._described_role(text, spans, x, y, False)
                assert described is None or "described_role" not in skip, (text, x, y)
                positive["stated"] += stated
                positive["process"] += process is not None
                positive["described"] += described is not None
    assert all(n > 10 for n in positive.values()), positive  # each rule fires somewhere: the comparison is not vacuous


def test_speaks_through_gives_the_per_pair_answer(sentences):
    through = 0
    for text, spans in sentences:
        pathways = [sp for sp in spans if sp.label == "PATHWAY"]
        enclosed = axis_members.enclosures(spans, pathways)
        ids = list(dict.fromkeys(sp.entity_id for sp in spans))
        for a in ids:
            for b in ids:
                if a != b:
                    expected = axis_members.speaks_through_axis(spans, pathways, a, b)
                    assert bool(pathways) and axis_members.speaks_through(enclosed, a, b) == expected or \
                        not pathways and not expected, (text, a, b)
                    through += expected
    assert through > 100
