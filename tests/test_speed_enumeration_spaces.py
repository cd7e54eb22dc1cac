"""Two patterns rewritten for speed in stop 52 (BENCHMARKS "Stop 52 (s52-speed)" measured them; the lead took them):
``cues.ENUMERATION`` possessive, ``normalize._SPACE_RUN`` opening with ``\\s``. Both must answer exactly as the old
definitions: on every token mix a list gap is made of, and on every line of the bundled reviews."""

import random
import re
from pathlib import Path

from pipeline.relations.cues import ENUMERATION
from pipeline.text import normalize

OLD_ENUMERATION = re.compile(r"^\s*(?:、|,|，|和|与|及|以及|或|and|or|as well as|\s)*\s*$", re.IGNORECASE)
OLD_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")
TOKENS = ["、", ",", "，", "和", "与", "及", "以", "以及", "或", "and", "AND", "or", "as well as", "as", "well", " ",
          "\t", "\n", "\u3000", "a", "x", "Y"]
REVIEWS = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.md"))


def test_enumeration_and_space_runs_answer_as_before_on_token_mixes():
    rng = random.Random(52)
    for _ in range(50_000):
        text = "".join(rng.choice(TOKENS) for _ in range(rng.randint(0, 7)))
        assert bool(ENUMERATION.match(text)) == bool(OLD_ENUMERATION.match(text)), repr(text)
        assert [m.span() for m in normalize._SPACE_RUN.finditer(text)] == \
            [m.span() for m in OLD_SPACE_RUN.finditer(text)], repr(text)


def test_space_runs_answer_as_before_on_the_reviews():
    assert REVIEWS
    for path in REVIEWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            assert [m.span() for m in normalize._SPACE_RUN.finditer(line)] == \
                [m.span() for m in OLD_SPACE_RUN.finditer(line)]


def test_a_list_gap_is_an_enumeration_and_a_verb_is_not():
    assert ENUMERATION.match(" ,  and ")
    assert ENUMERATION.match("、")
    assert not ENUMERATION.match(" inhibited ")
