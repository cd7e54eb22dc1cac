"""Fit and check the rank weights of pipeline/relations/ranking.py on the development gold.

    python bench/rank_weights.py [--seeds 3]

Runs the bundled corpus in memory (the two reviews and corpus/new_papers/), builds one example
per (document, pair) unit of the three gold sets (corpus/gold/: reviews, new_papers_zh,
new_papers_en) with the features ``ranking.rank_score`` reads from that document's own best
sentence, label and sentence count (``ranking.document_scores``, what evaluation ranks), and

1. fits a logistic regression of "the unit is gold" on all three sets and prints its weights
   (RANK_WEIGHTS are these, rounded to 0.1) and the precision among the top |gold| units
   (P@|gold|, the issue-14 figure) of the rounded weights;
2. checks generalisation: per seed, the Chinese papers and the English abstracts are split in two
   halves of documents; weights fitted (and rounded) on one half rank the other half, and are
   compared with the current RANK_WEIGHTS and with the co-occurrence × cue-weight score used
   before (``score_cooccurrence`` × best weight × ``score_factor``) on that same half.

Needs scikit-learn (installed with scispacy). Fitting is a bench step only: the pipeline reads
the rounded constants.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # this checkout's pipeline, not an installed one

from pipeline.api import _aggregated, _entity, annotator_for, run
from pipeline.config import Config
from pipeline.evaluation.gold import load_gold, pair_key
from pipeline.relations import ranking

GOLD = {"reviews": "relations.csv", "zh": "new_papers_zh.csv", "en": "new_papers_en.csv"}
# --with-validation: the validation sets join the fit (issue 14: calibrate on new papers + validation)
VALIDATION = {"ven": "validation_en.csv", "vzh": "validation_zh.csv"}
FEATURES = list(ranking.RANK_WEIGHTS)


def features(*row) -> list[float]:
    """The terms of ``ranking.rank_score`` before weighting, in RANK_WEIGHTS order."""
    value = ranking.rank_features(*row)
    return [value[f] for f in FEATURES]


def units_of_corpus(gold_files=GOLD):
    """(gold set, doc, relation_id, features, old score, is gold) per unit of the gold sets."""
    config = Config()
    result = run(None, config)
    dictionary = annotator_for(config).dictionary
    agg, composites = _aggregated(result.facts, config)
    gold = {name: load_gold(REPO / "corpus" / "gold" / f) for name, f in gold_files.items()}
    set_of = {g.doc_id: name for name, rows in gold.items() for g in rows}
    gold_units = {(g.doc_id, g.pair) for rows in gold.values() for g in rows}
    units = []
    for pair, stats in agg.stats.items():
        (a_type, a_id), (b_type, b_id) = pair
        best = stats.best()
        typed = best.typed
        label, negated = (typed.label, bool(typed.negated)) if typed else ("associated", False)
        disease = ranking.no_partner(_entity(a_id, dictionary, composites)) or \
            ranking.no_partner(_entity(b_id, dictionary, composites))
        old = agg.score[pair] * best.weight * ranking.score_factor(a_type, b_type, label, negated, disease)
        key = pair_key(a_id, b_id)
        bests = stats.doc_bests()  # each unit's features from its own document (relations.csv doc_scores)
        for doc, b in bests.items():
            if doc in set_of:
                factor = ranking.score_factor(a_type, b_type, b.label, b.negated, disease)
                x = features(b.weight, factor, a_type, b_type, b.label, b.sentences, len(bests), b.section,
                             b.cued)
                units.append((set_of[doc], doc, f"{a_id}|{b_id}", x, old, (doc, key) in gold_units))
    n_gold = defaultdict(int)
    for doc, _ in gold_units:
        n_gold[doc] += 1
    return units, n_gold, {name: sorted({g.doc_id for g in rows}) for name, rows in gold.items()}


def p_at_gold(units, n_gold, score, docs) -> float:
    chosen = [u for u in units if u[1] in docs]
    n = sum(n_gold[d] for d in docs)
    chosen.sort(key=lambda u: (-score(u), u[2], u[1]))
    return sum(u[5] for u in chosen[:n]) / n if n else 0.0


def fit(units, docs, without=()) -> np.ndarray:
    """Rounded logistic-regression weights; features named in ``without`` are held at 0."""
    from sklearn.linear_model import LogisticRegression

    chosen = [u for u in units if u[1] in docs]
    keep = [i for i, f in enumerate(FEATURES) if f not in without]
    x = np.array([u[3] for u in chosen])[:, keep]
    model = LogisticRegression(C=1.0, max_iter=3000).fit(x, [u[5] for u in chosen])
    weights = np.zeros(len(FEATURES))
    weights[keep] = np.round(model.coef_[0], 1)
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--without", nargs="*", default=["documents"], choices=FEATURES,
                        help="features held at weight 0 (default: documents, see ranking.RANK_WEIGHTS)")
    parser.add_argument("--with-validation", action="store_true",
                        help="also fit on corpus/gold/validation_en.csv and validation_zh.csv")
    args = parser.parse_args()
    units, n_gold, docs = units_of_corpus({**GOLD, **VALIDATION} if args.with_validation else GOLD)
    current = np.array([ranking.RANK_WEIGHTS[f] for f in FEATURES])
    fitted = fit(units, set().union(*map(set, docs.values())), args.without)
    print("fitted on all gold sets (rounded):", dict(zip(FEATURES, fitted.tolist())))
    print("current RANK_WEIGHTS:               ", ranking.RANK_WEIGHTS)
    for name, weights in (("old score", None), ("current", current), ("fitted", fitted)):
        score = (lambda u: u[4]) if weights is None else (lambda u, w=weights: float(np.dot(u[3], w)))
        print(f"{name:10s}", "  ".join(f"{s}: P@|gold| {p_at_gold(units, n_gold, score, set(d)):.3f}" for s, d in docs.items()))
    print("half split (fit on one half of the new papers, measure on the other):")
    for seed in range(args.seeds):
        rnd = random.Random(seed)
        halves: list[set] = [set(), set()]
        for name in ("zh", "en"):
            d = docs[name][:]
            rnd.shuffle(d)
            halves[0] |= set(d[: len(d) // 2])
            halves[1] |= set(d[len(d) // 2:])
        for train, test in ((0, 1), (1, 0)):
            w = fit(units, halves[train], args.without)
            cells = []
            for name in ("zh", "en"):
                part = halves[test] & set(docs[name])
                old = p_at_gold(units, n_gold, lambda u: u[4], part)
                new = p_at_gold(units, n_gold, lambda u, w=w: float(np.dot(u[3], w)), part)
                cur = p_at_gold(units, n_gold, lambda u: float(np.dot(u[3], current)), part)
                cells.append(f"{name}: old {old:.3f} -> fitted on other half {new:.3f} (current {cur:.3f})")
            print(f"  seed {seed} half {test}:", "; ".join(cells))


if __name__ == "__main__":
    main()
