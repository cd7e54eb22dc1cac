"""The (document, pair) unit table of every development gold set, for fitting the rank weights.

    python bench/rank_units.py --csv /tmp/units.csv

Runs the pipeline in memory on the documents of the development sets only (the two reviews,
corpus/new_papers/, corpus/validation/; never corpus/heldout/) and writes one row per extracted
(document, pair) unit of every gold set of corpus/gold/ except the sealed ``heldout_*`` files
(reviews, new_papers_en/zh, validation_en/zh, validation38..41_en/zh; each set scored on its own
documents, as ``pipeline evaluate`` does). Each row has

* ``score``: the unit's rank score exactly as relations.csv ``doc_scores`` gives it
  (``ranking.document_scores``, with the self-named map and family factors);
* the terms of ``ranking.rank_features`` (RANK_WEIGHTS keys), and what bench/rank_loso.py builds its
  candidate terms from (not in the score): pair type, hedging, the self-named map and family flags,
  the agent being one the document studies (relations/document_focus.py), entities in the best
  sentence, the pair also named in a title/abstract, mentions of each side in the document, cued sentences;
* ``distance``, ``length``, ``cue_kind``, ``cue_text`` of the best sentence (characters between the two mentions, the
  sentence's length, its cue), ``n_documents`` naming the pair, ``doc_sentences`` of the document (stop 45);
* ``between``: distinct other entities named between the pair's nearest mentions in the best sentence (a pair read
  across a cascade or a list: "激活Gq蛋白…激活PLC，PLC水解PIP2生成IP3和DAG"), ``fan``: units of the document whose best
  sentence is this one, ``second_messenger``: one side is a second messenger (relations/second_messengers.py) (stop 47);
* ``gap``: the text between the pair's nearest mentions in the best sentence (where a cue, a list separator or a
  clause boundary sits), ``lang``: that sentence's language, ``distinct_sentences``: distinct texts among the
  document's sentences naming the pair (a sentence repeated, e.g. an abstract restated, counts once) (stop 48);
* ``cue_start``: where the best sentence's cue starts (-1: none), ``hedge_scope``: where a hedged sentence's hedge word
  stands relative to that cue (``hedge_scope``), ``sentence_id`` of the best sentence in its document (stop 49);
* ``gold``: whether the unit is in its set's gold.

bench/rank_loso.py reads the table and chooses weights by leaving one gold set out of the fit.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this checkout's pipeline, not an installed one

from pipeline import lazy_re  # noqa: E402
from pipeline.api import _aggregated, _entity, annotator_for, run  # noqa: E402
from pipeline.config import Config  # noqa: E402
from pipeline.evaluation.gold import load_gold, pair_key  # noqa: E402
from pipeline.relations import ranking  # noqa: E402
from pipeline.relations.comention import best_key  # noqa: E402
from pipeline.relations.cues import CUE_PATTERNS  # noqa: E402
from pipeline.relations.document_focus import studied_agents  # noqa: E402
from pipeline.relations.second_messengers import is_second_messenger  # noqa: E402
from pipeline.text.sections import FRONT_SECTIONS  # noqa: E402

SEALED = "heldout"
_CLAUSE_BREAK = lazy_re.compile(r"[,;，；。:：]")


def gold_sets() -> dict[str, Path]:
    """Set name -> gold CSV, every file of corpus/gold/ but the sealed held-out ones."""
    files = sorted((REPO / "corpus" / "gold").glob("*.csv"))
    return {("reviews" if f.stem == "relations" else f.stem): f for f in files if not f.stem.startswith(SEALED)}


def document_paths() -> list[Path]:
    """The development documents: the reviews, new papers and validation papers (no held-out folder)."""
    corpus = REPO / "corpus"
    return sorted(corpus.glob("*.md")) + [corpus / "new_papers", corpus / "validation"]


def entities_between(s, a_id: str, b_id: str) -> int:
    """Distinct entities other than the pair's named between its two nearest mentions in sentence ``s``."""
    a = [m for m in s.mentions if m.entity_id == a_id]
    b = [m for m in s.mentions if m.entity_id == b_id]
    if not a or not b:
        return 0
    x, y = sorted(min(((p, q) for p in a for q in b), key=lambda pq: abs(pq[0].sentence_start - pq[1].sentence_start)),
                  key=lambda m: m.sentence_start)
    return len({m.entity_id for m in s.mentions
                if x.sentence_end <= m.sentence_start < y.sentence_start and m.entity_id not in (a_id, b_id)})


def text_between(s, a_id: str, b_id: str) -> str:
    """The text between the pair's two nearest mentions in sentence ``s`` (what a cue would have to sit in)."""
    a = [m for m in s.mentions if m.entity_id == a_id]
    b = [m for m in s.mentions if m.entity_id == b_id]
    if not a or not b:
        return ""
    x, y = sorted(min(((p, q) for p in a for q in b), key=lambda pq: abs(pq[0].sentence_start - pq[1].sentence_start)),
                  key=lambda m: m.sentence_start)
    return s.text[x.sentence_end:y.sentence_start][:200]


def hedge_scope(text: str, cue_start: int, hedged: bool) -> str:
    """Where the hedge word of a hedged sentence (cues.py "hedge": 可能, 推测, may, might…, what sets
    ``PairLabel.hedged`` and so effects.HEDGE_FACTOR) stands relative to the pair's cue: "near" (within 16
    characters before it: "X可能通过抑制Y", "X may inhibit Y"), "clause" (in the cue's clause), "other" (elsewhere in
    the sentence: another clause's hedge), "no_cue" (the pair has none); "" when the sentence is not hedged."""
    if not hedged:
        return ""
    if cue_start < 0:
        return "no_cue"
    hedge = CUE_PATTERNS["hedge"]
    if hedge.search(text[max(0, cue_start - 16):cue_start]):
        return "near"
    clause = _CLAUSE_BREAK.split(text[:cue_start])[-1]
    return "clause" if hedge.search(clause) else "other"


def unit_table() -> tuple[pd.DataFrame, dict[str, int]]:
    """One row per extracted (document, pair) unit of the gold sets; and |gold| per set."""
    config = Config()
    result = run(document_paths(), config)
    dictionary = annotator_for(config).dictionary
    agg, composites = _aggregated(result.facts, config)
    gold = {name: load_gold(f) for name, f in gold_sets().items()}
    set_of = {g.doc_id: name for name, rows in gold.items() for g in rows}
    gold_units = {(g.doc_id, g.pair) for rows in gold.values() for g in rows}
    n_gold = {name: len({(g.doc_id, g.pair) for g in rows}) for name, rows in gold.items()}
    facts = {d.doc_id: d for d in result.facts if d.doc_id in set_of}
    studied = {doc: studied_agents(d.sentences) for doc, d in facts.items()}
    mentions = {doc: Counter(m.entity_id for s in d.sentences if s.section != "references" for m in s.mentions)
                for doc, d in facts.items()}
    sentence = {(doc, s.sentence_id): s for doc, d in facts.items() for s in d.sentences}
    rows = []
    for pair, stats in agg.stats.items():
        (a_type, a_id), (b_type, b_id) = pair
        a, b = _entity(a_id, dictionary, composites), _entity(b_id, dictionary, composites)
        disease = ranking.no_partner(a) or ranking.no_partner(b)
        self_named = ranking.named_after(a, b)
        family = ranking.family_member(a, b, dictionary.entities.get)
        one_member = ranking.one_member_axis(a_id, b_id)
        bests = stats.doc_bests()
        scores = ranking.document_scores(bests, a_type, b_type, disease, len(bests), self_named, family, one_member)
        by_doc = defaultdict(list)
        for e in stats.sentences:
            by_doc[e.doc_id].append(e)
        for doc, b in bests.items():
            if doc not in set_of:
                continue
            evidence = by_doc[doc]
            best = min(evidence, key=best_key)
            factor = ranking.unit_factor(a_type, b_type, b.label, b.negated, b.cued, disease, self_named, family,
                                         ranking.bare_english_one_member(one_member, b.label, b.section, b.text))
            args = (b.weight, factor, a_type, b_type, b.label, b.sentences, len(bests), b.section, b.cued)
            s = sentence.get((doc, b.sentence_id))
            agents = [x for x, t in ((a_id, a_type), (b_id, b_type)) if t in ranking.AGENT_TYPES]
            rows.append({
                "set": set_of[doc], "doc": doc, "a_id": a_id, "b_id": b_id, "a_type": a_type, "b_type": b_type,
                "pair_type": "–".join(sorted((a_type, b_type))), "label": b.label, "negated": b.negated,
                "hedged": bool(best.typed is not None and best.typed.hedged),
                "gold": (doc, pair_key(a_id, b_id)) in gold_units,
                "score": scores[doc], "log_score": math.log(ranking.rank_score(*args)), **ranking.rank_features(*args),
                "disease": disease, "self_named": self_named, "family": family,
                "studied": bool(agents) and all(x in studied[doc] for x in agents),
                "best_entities": len({m.entity_id for m in s.mentions}) if s else 0,
                "in_front": any(e.section in FRONT_SECTIONS for e in evidence),
                "a_mentions": mentions[doc][a_id], "b_mentions": mentions[doc][b_id],
                "n_cued": sum(e.typed is not None and e.typed.cue is not None for e in evidence),
                "distance": best.distance, "length": len(best.text),
                "cue_kind": best.typed.cue.kind if best.typed is not None and best.typed.cue is not None else "",
                "cue_text": best.typed.cue.text if best.typed is not None and best.typed.cue is not None else "",
                "cue_start": best.typed.cue.start if best.typed is not None and best.typed.cue is not None else -1,
                "n_documents": len(bests), "doc_sentences": len(facts[doc].sentences), "sentence_id": b.sentence_id,
                "between": entities_between(s, a_id, b_id) if s else 0,
                "second_messenger": is_second_messenger(a_id) or is_second_messenger(b_id),
                "gap": text_between(s, a_id, b_id) if s else "", "lang": s.lang if s else "",
                "distinct_sentences": len({e.text for e in evidence}),
                "hedge_scope": hedge_scope(best.text, best.typed.cue.start if best.typed is not None
                                           and best.typed.cue is not None else -1, bool(best.typed is not None
                                                                                         and best.typed.hedged)),
                "best": b.text[:300],
            })
    units = pd.DataFrame(rows)
    units["fan"] = units.groupby(["doc", "best"])["best"].transform("size")
    return units, n_gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, required=True, help="write the unit table here")
    args = parser.parse_args()
    units, n_gold = unit_table()
    units.to_csv(args.csv, index=False)
    pd.Series(n_gold, name="n_gold").to_csv(args.csv.with_suffix(".ngold.csv"))
    print(f"{len(units)} units, {int(units['gold'].sum())} gold; |gold| per set: {n_gold}")


if __name__ == "__main__":
    main()
