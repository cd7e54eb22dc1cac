"""Relation patterns that backtracked catastrophically on real or realistic gaps now split a text one way
only, with the same answers: coordination._READOUT_TAIL, _ITEM_GAP, effects._LEVEL_GAP, combination._LIST_TAIL
(bench/regex_backtracking.py finds such patterns).

coordination._READOUT_TAIL (is the text between two read-outs a series of changed items?):

Its stop-37 form let ``(?:\\s+|…)*?`` split a run of blanked mention characters, and ``[^;.]{0,90}?`` a
series of changed items, in exponentially many ways before failing: one gap of validation_en
PMID25622904 ("…degradation of NOXA and NF1, and co-operates with Kras to promote lung tumorigenesis by
activating NFkappaB and mTOR pathways via targeted degradation of tumor suppressive substrates including
IkappaB, DEPTOR, p21 and p27", the mentions blanked: "/    /" and 25 spaces) took 212 s, and the default run
of the corpus went from 38 s to 244 s of annotation. Now an item's words never hold the next item's
opening and a space is one token: the same answers (below, and on the 45 distinct gaps the default corpus and
the sample papers ask, checked when the change was made), each in well under a millisecond."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from pipeline.relations import coordination

NEW = coordination._READOUT_TAIL
_ITEM_RE = r"(?:(?!" + coordination._ITEM_SEP + coordination._CHANGE + r")[^;.]){0,90}?)*"


def _stop37_pattern() -> re.Pattern:
    """The stop-37 pattern, rebuilt from today's: ``\\s+`` as a token and items of any 90 characters."""
    src = NEW.pattern.replace(r"^(?:\s|/|", r"^(?:\s+|/|", 1)
    assert _ITEM_RE in src
    return re.compile(src.replace(_ITEM_RE, r"[^;.]{0,90}?)*"), re.IGNORECASE)


GAPS = [
    " activation, strongly ",  # PMID23571107: "constitutive ERK1/2 activation, strongly reduced Ihh expression"
    " expression and proteolytic ",  # PMID15870944
    " (both protein and mRNA levels), cytochrome c release to the cytosol and ",  # PMID23523949
    " expression, reduced Ihh expression and decreased chondrocyte proliferation and maturation, increased ",
    ", increased X and decreased Y, increased Z and ",
    " and increased p-ERK, reduced A, and markedly ",
    " activity of               ",
    " and subsequent ",
    "/    /      ",
    ", and ",
    " which increased ",
]


@pytest.mark.parametrize("gap", GAPS)
def test_the_series_pattern_gives_the_stop37_answers(gap):
    assert bool(NEW.match(gap)) == bool(_stop37_pattern().match(gap))


def test_the_series_pattern_accepts_a_series_and_refuses_a_chain():
    assert NEW.match(" expression, reduced Ihh expression and decreased chondrocyte proliferation and maturation, ")
    assert NEW.match(" activation, strongly ")
    assert not NEW.match(" and subsequent ")


def test_gaps_that_made_the_stop37_pattern_backtrack_are_answered_at_once():
    """In a child killed after 60 s (the new pattern answers in microseconds; the stop-37 one needed 212 s for
    the first gap and far longer for the others): a hang fails here instead of stalling a batch."""
    code = ("from pipeline.relations.coordination import _READOUT_TAIL as P\n"
            "gaps = ['/    /' + ' ' * 25, ' ' * 300, ', increased ' * 25, ', and increased , and increased ' * 10]\n"
            "print([bool(P.match(g)) for g in gaps])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[False, False, False, False]"


# --- two more found by bench/regex_backtracking.py (made-up texts of the pipeline's shapes) ---------------------

from pipeline.relations import combination, effects  # noqa: E402

LEVEL_GAP_STOP37 = re.compile(effects._LEVEL_GAP.pattern.replace("[A-Za-z0-9αβγδκ]|", "[A-Za-z0-9αβγδκ]+|", 1))
LIST_TAIL_STOP37 = re.compile(r"^(?:\s*(?:the|and|or|,|、|[\w\-]+(?:\s+(?:receptor|antagonists?|inhibitors?|agents?|"
                              r"drugs?))?)\s*){0,8}$", re.IGNORECASE)


@pytest.mark.parametrize("gap", ["、Jagged1、Jagged2及Treg的", "蛋白表达水平明显", "的mRNA和蛋白质表达量显著或极显著",
                                 "的表达均不同程度的", " and p-ERK 的", "较对照组", "x抑制", ""])
def test_the_level_gap_gives_the_stop37_answers(gap):
    """effects._LEVEL_GAP ("Notch1、Jagged1、Jagged2及Treg的表达升高"): one Latin character per step instead of a
    run, inside the same star — the same strings."""
    assert LEVEL_GAP_STOP37.pattern != effects._LEVEL_GAP.pattern
    assert bool(effects._LEVEL_GAP.match(gap)) == bool(LEVEL_GAP_STOP37.match(gap))


def test_the_list_tail_gives_the_stop37_answers():
    """combination._LIST_TAIL: up to eight whole words, commas or 、 (the stop-37 form could also split a word,
    read "the"/"and"/"or" as words of their own and give the spaces to either side) — the same answers on real
    gaps and on 1,500 random ones made of its pieces."""
    import random

    rng = random.Random(38)
    pieces = [" ", "  ", "the", "and", "or", "Or", ",", "、", "x", "TNF", "receptor", " receptor", "-", "anti-",
              "drugs", ";", "theory"]
    gaps = [" the cisplatin", " and the anti-EGFR antibody ,", "、顺铂", " theory and", " a b c d e f g h",
            " a b c d e f g h i", " TNF receptor antagonists", "; cisplatin", "", "   ", " ,", "THE "]
    gaps += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(1500)]
    assert [bool(combination._LIST_TAIL.match(g)) for g in gaps] == [bool(LIST_TAIL_STOP37.match(g)) for g in gaps]


def test_the_level_gap_and_list_tail_answer_long_gaps_at_once():
    code = ("from pipeline.relations.effects import _LEVEL_GAP as L\n"
            "from pipeline.relations.combination import _LIST_TAIL as T\n"
            "print([bool(L.match(', and ' * 40 + '抑制')), bool(T.match(' and ' * 40 + 'ed!'))])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[False, False]"


def _item_gap_stop37() -> re.Pattern:
    from pipeline.relations import coordination as c

    item = r"(?:" + c._SEPARATOR + c._UNRECOGNISED_ITEM
    assert item + r"(?:\s*\([^()]{0,60}\))?)*" in c._ITEM_GAP.pattern
    return re.compile(c._ITEM_GAP.pattern.replace(item + r"(?:\s*\([^()]{0,60}\))?)*",
                                                  item + r"\s*(?:\([^()]{0,60}\))?)*", 1), re.IGNORECASE)


def test_the_item_gap_gives_the_stop37_answers():
    """coordination._ITEM_GAP ("Bax, Bak, Bad, cyclin B, Fas, PARP, …, p21, and p27"): an item's trailing spaces
    are left to the next separator, which takes spaces first in every form — the same answers on real gaps and
    on 3,000 random ones made of its pieces (and on the 5,677 distinct gaps of the default corpus and the sample
    papers, checked when the change was made)."""
    import random

    from pipeline.relations import coordination as c

    old = _item_gap_stop37()
    rng = random.Random(38)
    pieces = [" ", "  ", ",", "、", "和", " and ", "and", " or ", "IL-6", "p-", "total ", "(", ")", "(x)", "such as",
              "-", "a", "as well as"]
    gaps = [", Bak, Bad, cyclin B, ", ", and ", " (IL-1RI), ", "、", ", Endo G and ", " (", ")", ", such as ", " were "]
    gaps += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(3000)]
    assert [bool(c._ITEM_GAP.match(g)) for g in gaps] == [bool(old.match(g)) for g in gaps]


def test_the_item_gap_answers_a_long_run_of_blanked_items_at_once():
    code = ("from pipeline.relations.coordination import _ITEM_GAP as P\n"
            "print([bool(P.match('    , and ' * 12 + ' 抑制!')), bool(P.match(' and     ' * 30 + '!'))])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[False, False]"


# --- stop 51: whitespace taken possessively where optional words sit between ``\s*`` ------------------------------

def test_optional_words_between_whitespace_answer_runs_at_once():
    """roles._INHIBITED_IF/_WHEN, effects._BEFORE_REAGENT_NOUN and member_statements' three family/member-noun
    patterns put two to four ``\\s*`` around optional words:
    on a run of spaces (PDF text, blanked mentions) each split of the run was tried, O(n³). Possessive now (the
    same matches: checked on 300,000 random strings of their tokens when changed); in a child killed after 60 s."""
    code = ("from pipeline.relations import roles, effects, member_statements as m\n"
            "runs = [' ' * 3000 + 'x', ' ' * 3000 + '抑制x', ' - ' * 1000 + 'x']\n"
            "print([bool(p.match(r)) for p in (roles._INHIBITED_IF, roles._INHIBITED_WHEN, effects._BEFORE_REAGENT_NOUN,"
            " m._MEMBER_NOUN_AFTER, m._IN_FAMILY_AFTER, m._FAMILY_AFTER) for r in runs])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == str([False] * 18)
    assert roles_inhibited_if_reads("SERT受到抑制或敲除时") == "抑制"


def roles_inhibited_if_reads(text: str) -> str | None:
    from pipeline.relations import roles

    found = roles._INHIBITED_IF.match(text, 4)
    return found.group("loss") if found else None
