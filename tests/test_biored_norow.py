"""bench/biored_norow.py names the partner rule that removed a co-mentioned BioRED chemical–gene pair, replaying
relations/pairs.py's steps. Sentences: BioRED train (tests/data/given_endogenous_sentences.tsv, with PMIDs)."""

from __future__ import annotations

import csv
from pathlib import Path

from bench_helpers import bench_module

SENTENCES = {row["key"]: row["text"] for row in csv.DictReader(
    (Path(__file__).parent / "data" / "given_endogenous_sentences.tsv").open(encoding="utf-8"), delimiter="\t")}


def _steps(annotator, key: str) -> dict[str, set[str]]:
    """{entity id: the steps that removed its mentions} of the one sentence ``key``."""
    from pipeline.relations.facts import facts_of

    norow = bench_module("biored_norow")
    (s,) = facts_of(annotator.annotate("t", SENTENCES[key])).sentences
    why = norow._mention_steps(s.text, s.mentions)
    out: dict[str, set[str]] = {}
    for i, m in enumerate(s.mentions):
        out.setdefault(m.entity_id, set()).add(why.get(i, "kept"))
    return out


def test_the_channel_calcium_is_an_endogenous_mention(annotator):
    """BioRED train PMID15184369 (title): BioRED relates Ca2+ and TRPV6; GUIDELINES 1.3 makes the ion no entity."""
    steps = _steps(annotator, "calcium_title")
    assert steps["MESH:D002118"] == {"no-partner mention (how=endogenous)"}
    assert steps["HGNC:14006"] == {"kept"}


def test_the_gel_is_a_reagent(annotator):
    """BioRED train PMID15814629: "separated on agarose gels" (BioRED: agarose–ACE Association)."""
    steps = _steps(annotator, "agarose_gel")
    assert steps["MESH:D012685"] == {"no-partner mention (how=reagent)"}
