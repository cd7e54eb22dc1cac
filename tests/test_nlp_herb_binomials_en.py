"""Issue 13, herbs in English abstracts: a plant's binomial names the pharmacopoeia drug.

HERB gives a plant's binomial to every row cut from it (Camellia sinensis: 茶花, 茶树根, 茶叶,
茶子; Panax ginseng: 人参花蕾, 人参芦), and the matcher broke such ties by the lowest id, so
English papers' herbs linked to a flower, a bud or a seedling. The build now keeps each
binomial matchable on one row (build_herbs._one_owner_per_name: the Chinese Pharmacopoeia
herb first), and curated binomials of pharmacopoeia herbs (herb_names_en.tsv) may take a name
that HERB gives only to rows outside the pharmacopoeia. Sentences from the development PubMed
abstracts, with their source, are in tests/data/herb_binomial_sentences_en.tsv; the coverage
bench is bench/herb_coverage_en.py. A binomial written in full and then as ``G. species``
(N. sativa, P. corylifolia) names the same herb in that paper
(extract_abbreviations.genus_abbreviations).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

import pipeline

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data" / "herb_binomial_sentences_en.tsv"


def _herb_rows() -> dict[str, dict[str, str]]:
    with (REPO / "dictionaries" / "herbs.tsv").open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return {r["id"]: r for r in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)}


with DATA.open(encoding="utf-8", newline="") as _fh:
    SENTENCES = list(csv.DictReader(_fh, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def herbs() -> dict[str, dict[str, str]]:
    return _herb_rows()


@pytest.mark.parametrize("row", SENTENCES, ids=[r["key"] for r in SENTENCES])
def test_binomial_links_to_the_herb_the_paper_means(row, herbs):
    doc = pipeline.annotate(row["text"], lang="en")
    start = row["text"].index(row["binomial"])
    over = [e for e in doc.ents if e.label_ == "HERB" and e.start_char <= start < e.end_char]
    assert over, f"no HERB over {row['binomial']!r}"
    assert herbs[over[0].kb_id_]["name_zh"] == row["herb_zh"]


_BINOMIAL = re.compile(r"^(?:[A-Z][a-z]+|[A-Z]\.) [a-z]{3,}(?:-[a-z]+)?(?: (?:[A-Z][A-Za-z.]*|et|ex|&|f\.))*$")


def test_no_binomial_is_matchable_on_two_herbs(herbs):
    # the matcher would break the tie by the lowest id: the wrong part as often as not
    owners: dict[str, set[str]] = defaultdict(set)
    for hid, r in herbs.items():
        if r["type"] != "herb":
            continue
        for s in [r["name"], *r["synonyms"].split("|")]:
            if _BINOMIAL.match(s):
                owners[s.casefold()].add(hid)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert not shared, sorted(shared.items())[:5]


def test_parts_keep_their_binomial_as_a_shown_name(herbs):
    by_zh = {r["name_zh"]: r for r in herbs.values() if r["type"] == "herb" and r["name_zh"]}
    assert by_zh["茶花"]["name"] == "Camellia sinensis (茶花)"
    assert by_zh["人参花蕾"]["name"] == "Panax ginseng (人参花蕾)"
    assert "Panax ginseng" in by_zh["人参"]["synonyms"].split("|")


def test_genus_initial_read_only_from_the_paper():
    from pipeline.nlp.extract_abbreviations import genus_abbreviations
    from pipeline.nlp.matcher import Mention

    ms = [Mention(0, 14, "HERB006868", "HERB", "dictionary", "Nigella sativa"),
          Mention(20, 26, "HERB000001", "HERB", "dictionary", "Ginkgo"),  # a genus alone: nothing to cut
          Mention(30, 43, "CPD:x", "COMPOUND", "dictionary", "Thymoquinone x")]
    assert genus_abbreviations(ms) == [("N. sativa", "HERB006868", 0, 14), ("N sativa", "HERB006868", 0, 14),
                                       ("Nigella s.", "HERB006868", 0, 14)]
