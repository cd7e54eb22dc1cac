"""Choose rank terms by leaving one gold set out of the fit (issue: the top |gold| of unseen text).

    python bench/rank_units.py --csv /tmp/units.csv      # the unit table (one in-memory run)
    python bench/rank_loso.py --csv /tmp/units.csv [--terms gene_gene,compound_gene ...]

For every development gold set S (reviews, new_papers_*, validation_*, validation38..41_*; never the
sealed held-out sets), a logistic regression of "the (document, pair) unit is gold" is fitted on the
units of all the other sets and rounded to 0.1, then ranks S's units; the table prints, per set,
P@|gold| (precision among the top |gold| units, the issue-14 figure) and average precision of the
current score against the score fitted without S. Two fits are compared:

* ``offset``: the current log rank score (``ranking.document_scores``) is kept as it is and only the
  candidate terms are fitted on top of it — a correction of the score, what ranking.py can add as
  ``UNIT_WEIGHTS``;
* ``refit``: every term of RANK_WEIGHTS is refitted with the candidate terms (what stops 28 and 33
  found to carry over nothing with five sets).

The logistic regression is L2-penalised (``--ridge``) and solved by Newton's method in numpy, as in
bench/rank_calibration.py. A term is worth adopting when the left-out P@|gold| and AP rise on most
sets, not on the mean; ranking cannot change recall (the same units are extracted).

Stop 42 (13 sets, 7,528 units, 2,813 gold): of the candidate terms, one carried over — two compounds
with any label but combined_with/contains (GUIDELINES 5, "Compound against compound"; ranking.py
``compound_pair``): fitted -1.7 to -2.3 with each set left out, left-out P@|gold| up on 5 sets, down on 1,
AP up on 12, down on none. Everything else moved the left-out sets both ways (P@|gold| ups/downs): gene–gene
+0.6 (5/5), herb +0.4 (2/2), hedged +0.5 (4/1 but AP 4/9), the document's studied agent -0.4 (5/2, AP 8/5),
entities in the best sentence (1/4), mentions of each side (1/3, 5/5), pair also in the title/abstract (0/0),
cued sentences (2/0, changes two units), family member +1.4 (1/2), no cue × pair type (≤5/3), gene–gene by
label (≤2/1), all candidates together (8/3, AP 10/3), pair types alone (7/4: reviews, v39_en and
validation_en fall) and a pair type × label table of 36 terms (6/2, +11 gold units over the thirteen
tops, the gains one unit each on small sets) — none raised most sets without a fall on large ones. A refit of every
RANK_WEIGHTS term on twelve sets did worse than the current weights on the left-out one (e.g. with the
gene–gene term: 4 up / 6 down), as in stops 28 and 33: the terms stay saturated.

Stop 45 (15 sets, 7,994 units, 3,097 gold; the top |gold| pooled: 1,017 false units, 424 gold units below it).
The false units in the tops: 444 with no cue word, GENE–PATHWAY 328 (81 of them member_of), GENE–GENE 261,
COMPOUND–GENE 214; the gold units below: 372 with no cue word, GENE–GENE 271. New candidates (bench/rank_units.py
columns): the two mentions' distance, the best sentence's length, its cue kind, documents naming the pair, the
document's sentence and unit counts, the unit's rank inside its document — none moved most sets one way (P@|gold|
ups/downs ≤ 5/4). One interaction carried: two genes × ln(1 + sentences naming them) (a gene–gene unit is gold in
0.20 of those named in one sentence, 0.76 of those named in more than eight), fitted +0.5, left out P@|gold| up on
6 sets, down on 2, AP up 12 / down 2 (ranking.py ``gene_gene_sentences``). Chosen among ~100 terms by the same
figures, so the selection was itself checked by leaving each set out of the choice too (choose the best single
term on the other fourteen sets, fit it there, measure the left-out set): the same term was chosen 13 times of 15,
P@|gold| up on 4 sets, down on 2, AP up 11 / down 3, mean P@|gold| +0.002 — what to expect on unseen text. A
gradient-boosted model on every column (sklearn, same leave-one-set-out) gave mean P@|gold| +0.008 (up 10, down 2):
the ceiling of these features is small; the false units in the tops are mostly cued statements the gold does not
count (background biology of the paper), which no rank term tells from its findings.

Stop 47 (17 sets, 9,930 units, 3,723 gold; issue 14 on the least-tuned sets validation44/45/46_zh, validation39/40/44_en).
Their top-|gold| false units by class (first match; true units in the tops in brackets, the cost of demoting the
class): second messenger on one side 33 (4), one-member axis member_of 19 (24), other member_of 22 (123), reference
title 91 (91), no cue word 94 (63), definitional sentence 6 (6), a pair read across a dense cascade or list (its best
sentence the best of more than 10 units, at least 2 other entities between the two) 81 (31), adjacent pair of such a
sentence 49 (49), at least 2 entities between in a sparse sentence 38 (68), other cued 136 (275: mostly a cue of
another pair or a recognition slip, read by hand: caspase's "半胱氨酸和天冬氨酸蛋白酶" as cysteine, "aP2" as AP-2).
Pairs named in 5+ sentences are no inflation there (4 false, 39 gold in the tops). Of the classes only the second
messengers carried (relations/second_messengers.py, ranked as no partner: 9 of 121 units gold). The cascade class
is false in the new sets' tops (81 / 31) but gold in the older sets' (38 / 163; GUIDELINES 2 "Mechanism chains" counts
A–Y of "A 通过激活 X 来抑制 Y"), so its terms move the sets both ways: ``dense_across`` fitted -0.4, P@|gold| up 5 /
down 2, ``log_between`` -0.1 (5 / 0, +8 gold units, AP 8 / 6), ``gene_gene_fan20`` 1 / 0, ``log_fan`` 4 / 1 (AP 6 / 9).
None was adopted: the weights are near 0 and the moves one or two units a set.

Stop 48 (18 sets, 10,532 units, 3,923 gold; issue 14 again on validation44–47_zh, validation39/40/44_en). Their top-|gold|
false units by class (first match, as stop 47; true units in the tops, gold units below the cut in brackets): other cued
194 (385, 19), reference title 117 (116, 49), no cue word 113 (78, 221), dense cascade/list 69 (44, 5), two or more
entities between in a sparse sentence 40 (76, 0), one-member axis member_of 22 (31, 0), other member_of 20 (166, 0),
title/abstract 7 (3, 0), second messenger 0 (0, 6). Read by hand (v46_zh, v40_en, 60 units): the cued false units are
a cue of another pair or a recognition slip (stop 47's reading holds). Tried on the new columns (``gap``, ``lang``,
``distinct_sentences``): a pair's sentences repeated verbatim are 4 units of 10,532 (no count inflation); a definitional
sentence (是一种/属于/is a …) 1 up / 1 down; a contrast between the pair (而/但/whereas, cued) 0 / 1; a hedge word between
+0.6, 6 / 0 but AP 9 / 6, and the ``hedged`` flag +0.7, 6 / 3, AP 8 / 10 (hedged cued units are gold 0.65, unhedged 0.67:
effects.HEDGE_FACTOR costs them ~1.0 of log score, a label-side weight left alone); demoting reference titles (−0.2 to
−0.6) 1–2 up / 6–7 down; Chinese dense cascades −0.7, 1 / 5; Chinese gap length −0.1, 4 / 1 (+8 gold, AP 7 / 4 — a
tie-breaker chosen among ~30, not adopted); the language split is real for one class only: a one-member axis's
member_of is gold in 74 of 111 Chinese-sentence units (20 of 37 in the English reference titles of Chinese papers) but
5 of 27 in English abstracts, all 27 in their set's top |gold| — adopted as ``ranking.bare_english_one_member`` (the
disease-map factor, 1.4 × ln 0.1 = −3.2; fitted −2.5 alone; each set left out at −3.2, P@|gold| up 3 / down 1, AP up
6 / down 0; in the default run P@|gold| new_papers_en 0.866 → 0.874, validation39_en 0.597 → 0.605, validation_en
0.749 → 0.755, none down; AP up on 4 sets, down on validation40_en 0.310 → 0.309; held-out lines unchanged).

Stop 49 (18 sets, 10,462 units, 3,929 gold; issue 14 on validation39/40/44_en, validation45/46/47_zh; bench/rank_classes.py).
Their top-|gold| false units by class (first match; gold units in the tops, gold units below the cut in brackets): no cue
word 88 (53, 152), cued gene–gene 85 (149, 12), reference title 80 (117, 39), dense cascade/list 58 (26, 4), cued
gene–pathway 35 (69, 2), two or more entities between 33 (65, 1), cued compound–gene 22 (41, 1), member_of 18 (120, 0),
hedged cued 8 (19, 4), no partner 7 (1, 11). What lifts the false units is a cue word of another pair (the cued
classes: in the weak sets' tops a cue word shared by six or more units of its sentence is 70 false / 47 gold) and
reference titles; what sinks the gold is the missing cue (152 of 226 gold units below the cut have none, 115 of
them in validation45/46_zh: "与ERK有关", "可以与MyoD…结合", "EPO/EPOR-modulated … included Cdc25a"), a label-side
miss no rank term sees (no-cue units are gold 0.14-0.16 in both languages, whatever their gap words). The ceiling
is recall for the English sets: validation44_en extracts 49 units for 50 gold pairs (ceiling 0.58 = its figure),
validation40_en's is 0.646, validation39_en's 0.661. The hedge (effects.HEDGE_FACTOR 0.6, ~1.0 of log score;
GUIDELINES 2 and 5.9 count hedged statements): hedged cued units are gold 0.65 (140 of 215), unhedged 0.67, hedged
no-cue 0.13 against 0.15 — too harsh for cued units on the raw rates, but conditional on the score it moves few
units: HEDGE_FACTOR 0.8 re-scored (best sentences re-chosen, no fit) P@|gold| 3 up / 2 down (validation40_en
0.465 → 0.455, validation46_zh 0.594 → 0.587), 1.0: 4 / 4; the ``hedged`` term +0.7 6 / 3, AP 8 / 10; split by
cue (``hedged_cued`` +0.6 2 / 1, ``hedged_no_cue`` +0.7 3 / 2), by membership (``hedged_member_of`` 0 / 0) and by
where the hedge word stands relative to the pair's cue (bench/rank_units.py ``hedge_scope``: just before it,
"mTOR可能通过PI3K/AKT/PTEN…" +0.8, 3 / 0 but AP 7 / 2 with the mean AP down; in its clause 0 / 0; in another clause
+0.6, 1 / 2). Only stop 48's hedge word between the pair's mentions (``gap_hedge`` +0.6: 5 / 0, AP 9 / 6, +6 gold
units over the eighteen tops) passes, and the pipeline does not know that gap at rank time (the stored pair row
holds the distance, not the positions): not adopted, HEDGE_FACTOR left at 0.6. How many units share the cue word
(``log_cue_share`` -0.2: 2 / 2, AP 8 / 10; ``cue_share6`` 0 / 1) and all 79 terms computable at rank time together
(ridge 10: 8 / 6, AP 10 / 8) moved the sets both ways, as in stops 42-48; so did where the best sentence stands in its
document (bench/rank_units.py ``sentence_id`` over ``doc_sentences``: cued body units are gold 0.60-0.66 in the first
seven tenths, 0.76 in the last two; ``position`` +0.3 1 / 9, ``cued_late`` +0.2 1 / 1, ``early`` -0.3 1 / 4).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd

CURRENT_TERMS = ["evidence_weight", "factor", "sentences", "agent_target", "agents", "effect_label", "via",
                 "member_of", "front", "references", "caption", "no_cue", "compound_pair",
                 "gene_gene_sentences"]


N_GOLD: dict[str, int] = {}  # |gold| per set, read by main


def candidate_terms(units: pd.DataFrame) -> pd.DataFrame:
    """The candidate terms of a unit, from the unit table's columns (bench/rank_units.py)."""
    pt = units["pair_type"]
    assoc = (units["label"] == "associated") & ~units["negated"].astype(bool)
    return pd.DataFrame({
        "gene_gene": (pt == "GENE–GENE").astype(float),
        "compound_gene": (pt == "COMPOUND–GENE").astype(float),
        "gene_pathway": (pt == "GENE–PATHWAY").astype(float),
        "compound_compound": (pt == "COMPOUND–COMPOUND").astype(float),
        "compound_pathway": (pt == "COMPOUND–PATHWAY").astype(float),
        "herb": pt.str.contains("HERB").astype(float),
        "pathway_pathway": (pt == "PATHWAY–PATHWAY").astype(float),
        "associated": assoc.astype(float),
        "gene_gene_associated": ((pt == "GENE–GENE") & assoc).astype(float),
        "gene_pathway_associated": ((pt == "GENE–PATHWAY") & assoc).astype(float),
        "compound_gene_associated": ((pt == "COMPOUND–GENE") & assoc).astype(float),
        "hedged": units["hedged"].astype(float),
        # stop 49: the hedge factor (effects.HEDGE_FACTOR, x0.6 of the weight) split by whether the unit has a cue
        "hedged_cued": units["hedged"].astype(float) * (1 - units["no_cue"].astype(float)),
        "hedged_no_cue": units["hedged"].astype(float) * units["no_cue"].astype(float),
        "hedged_member_of": units["hedged"].astype(float) * (units["label"] == "member_of"),
        "hedged_statement": units["hedged"].astype(float) * (1 - units["no_cue"].astype(float))
        * (units["label"] != "member_of"),
        "negated": units["negated"].astype(float),
        "studied": units["studied"].astype(float),
        "unstudied_agent": (units["a_type"].isin(["HERB", "COMPOUND"]) | units["b_type"].isin(["HERB", "COMPOUND"]))
        .astype(float) * (1 - units["studied"].astype(float)),
        "best_entities": np.log(units["best_entities"].clip(lower=2)),
        "in_front": units["in_front"].astype(float),
        "min_mentions": np.log1p(units[["a_mentions", "b_mentions"]].min(axis=1)),
        "max_mentions": np.log1p(units[["a_mentions", "b_mentions"]].max(axis=1)),
        "self_named": units["self_named"].astype(float),
        "family": units["family"].astype(float),
        "cued_sentences": np.log1p(units["n_cued"]),
        # GUIDELINES 5 ("Compound against compound"): between two herbs/compounds only combined_with
        # (and contains, herb–compound) is a relation
        "agents_other": (units["agents"].astype(float) > 0).astype(float)
        * (~units["label"].isin(["contains", "combined_with"])).astype(float),
        "compound_compound_other": (pt == "COMPOUND–COMPOUND").astype(float)
        * (~units["label"].isin(["contains", "combined_with"])).astype(float),
        "gene_gene_no_cue": (pt == "GENE–GENE").astype(float) * units["no_cue"].astype(float),
        "compound_gene_no_cue": (pt == "COMPOUND–GENE").astype(float) * units["no_cue"].astype(float),
        "gene_pathway_no_cue": (pt == "GENE–PATHWAY").astype(float) * units["no_cue"].astype(float),
        "no_cue": units["no_cue"].astype(float),
        "gene_gene_cued_associated": ((pt == "GENE–GENE") & assoc).astype(float) * (1 - units["no_cue"].astype(float)),
        "gene_gene_effect": ((pt == "GENE–GENE") & units["label"].isin(
            ["upregulates", "downregulates", "activates", "inhibits"])).astype(float),
        "gene_gene_via": ((pt == "GENE–GENE") & (units["label"] == "via")).astype(float),
        "negated_associated": (units["negated"].astype(bool) & (units["label"] == "associated")).astype(float),
        "gene_gene_entities": (pt == "GENE–GENE").astype(float) * np.log(units["best_entities"].clip(lower=2)),
        "agent_entities": units["agent_target"].astype(float) * np.log(units["best_entities"].clip(lower=2)),
        # stop 45 candidates: how far apart the two mentions are, how long the best sentence is, how many
        # documents name the pair, how many sentences the document has (bench/rank_units.py columns)
        **({} if "distance" not in units else {
            "log_distance": np.log1p(units["distance"].astype(float)),
            "cued_log_distance": np.log1p(units["distance"].astype(float)) * (1 - units["no_cue"].astype(float)),
            "no_cue_log_distance": np.log1p(units["distance"].astype(float)) * units["no_cue"].astype(float),
            "far_cued": ((units["distance"] > 60) & (units["no_cue"] == 0)).astype(float),
            "adjacent": (units["distance"] <= 10).astype(float),
            "log_length": np.log(units["length"].clip(lower=20).astype(float)),
            "log_documents": np.log(units["n_documents"].clip(lower=1).astype(float)),
            "log_doc_sentences": np.log(units["doc_sentences"].clip(lower=1).astype(float)),
            "sentence_share": np.log1p(np.exp(units["sentences"].astype(float)) - 1)
            - np.log(units["doc_sentences"].clip(lower=1).astype(float)),
            "many_entities": (units["best_entities"] > 8).astype(float),
            "log_doc_units": np.log(units.groupby("doc")["doc"].transform("size").astype(float)),
            "log_doc_rank": np.log(units.groupby("doc")["log_score"].rank(ascending=False, method="min")),
            "log_doc_cued": np.log1p(units.groupby("doc")["no_cue"].transform(lambda c: (c == 0).sum()).astype(float)),
            **{f"cue:{k}": (units["cue_kind"] == k).astype(float)
               for k in ("activate", "inhibit", "up", "down", "via", "member", "negation", "effect", "contains")},
        }),
        # stop 47 candidates: entities named between the pair's mentions (a cascade or list read across), units sharing
        # the best sentence (a dense review sentence), two genes in such a sentence, a second messenger on either side
        **({} if "between" not in units else {
            "log_between": np.log1p(units["between"].astype(float)),
            "cued_log_between": np.log1p(units["between"].astype(float)) * (1 - units["no_cue"].astype(float)),
            "gene_gene_log_between": np.log1p(units["between"].astype(float)) * (pt == "GENE–GENE"),
            "dense_across": ((units["fan"] > 10) & (units["between"] >= 2)).astype(float),
            "gene_gene_fan20": ((units["fan"] > 20) & (pt == "GENE–GENE")).astype(float),
            "log_fan": np.log(units["fan"].astype(float)),
            "second_messenger": units["second_messenger"].astype(str).eq("True").astype(float),
        }),
        # stop 48 candidates: the best sentence's language (a Chinese or English annotation convention), what stands
        # between the pair's mentions (a contrast, a hedge, a negation, a list separator, a clause boundary)
        **({} if "gap" not in units else _gap_terms(units)),
        **({} if "hedge_scope" not in units else _hedge_scope_terms(units)),
        **({} if "sentence_id" not in units else _position_terms(units)),
        **{f"type_label:{t}:{lab}": ((pt == t) & (units["label"] == lab)).astype(float)
           for t in ("GENE–GENE", "COMPOUND–GENE", "GENE–PATHWAY", "COMPOUND–PATHWAY", "PATHWAY–PATHWAY", "GENE–HERB")
           for lab in ("associated", "upregulates", "downregulates", "activates", "inhibits", "via")},
    }, index=units.index)


_CONTRAST = r"(?<![从进因继反])而(?!且|言)|但|whereas|but |while "  # not the chain connectives 从而/进而
_HEDGE = r"可能|may |might |或许|推测"


def _hedge_scope_terms(units: pd.DataFrame) -> dict[str, pd.Series]:
    """Stop 49 candidate terms: where a hedged sentence's hedge word stands relative to the pair's cue
    (bench/rank_units.py ``hedge_scope``), and how many units of the sentence share the unit's cue word (a cue
    claimed by many pairs belongs to few of them)."""
    where = units["hedge_scope"]
    cued = units["cue_start"] >= 0
    share = units.groupby(["doc", "best", "cue_start"])["cue_start"].transform("size").astype(float)
    return {f"hedge_{k}": (where == k).astype(float) for k in ("near", "clause", "other", "no_cue")} | {
        "hedge_near_clause": where.isin(["near", "clause"]).astype(float),
        "log_cue_share": np.log(share) * cued, "cue_share3": ((share >= 3) & cued).astype(float),
        "cue_share6": ((share >= 6) & cued).astype(float),
        "gene_gene_cue_share": np.log(share) * cued * (units["pair_type"] == "GENE–GENE")}


def _position_terms(units: pd.DataFrame) -> dict[str, pd.Series]:
    """Stop 49 candidate terms: where the best sentence stands in its document (sentence index over the document's
    sentences; an introduction's background early, a conclusion late), outside the front matter and reference list."""
    pos = (units["sentence_id"].astype(float) / units["doc_sentences"].clip(lower=1).astype(float)).clip(0, 1)
    body = (1 - units["front"].astype(float)) * (1 - units["references"].astype(float))
    cued = 1 - units["no_cue"].astype(float)
    zh = (units["lang"] == "zh").astype(float)
    return {"position": pos * body, "cued_position": pos * body * cued, "late": (pos > 0.8) * body,
            "cued_late": (pos > 0.8) * body * cued, "early": (pos < 0.2) * body, "cued_early": (pos < 0.2) * body * cued,
            "zh_position": pos * body * zh, "en_position": pos * body * (1 - zh)}


def _gap_terms(units: pd.DataFrame) -> dict[str, pd.Series]:
    """Stop 48 candidate terms from the ``gap`` (text between the pair's nearest mentions) and ``lang`` columns."""
    gap = units["gap"].astype(str)
    zh = (units["lang"] == "zh").astype(float)
    cued = 1 - units["no_cue"].astype(float)
    ref = units["references"].astype(float)
    one = (units["a_id"].str.match(r"^AXIS:[^/]*$") | units["b_id"].str.match(r"^AXIS:[^/]*$")).astype(float)
    dense = ((units["fan"] > 10) & (units["between"] >= 2)).astype(float)
    return {
        "one_axis_member_of": one * (units["label"] == "member_of"),
        "en_one_axis_member_of": one * (units["label"] == "member_of") * (1 - zh) * (1 - ref),
        "zh_dense_across": dense * zh, "en_dense_across": dense * (1 - zh),
        "zh_log_between": np.log1p(units["between"].astype(float)) * zh,
        "zh_no_cue": units["no_cue"].astype(float) * zh,
        "ref_cued": ref * cued,
        "log_gap": np.log1p(gap.str.len().astype(float)),
        "zh_log_gap": np.log1p(gap.str.len().astype(float)) * zh,
        "gap_dun": gap.str.contains("、").astype(float),
        "gap_comma": gap.str.contains(r"[，,]").astype(float),
        "gap_semicolon": gap.str.contains(r"[；;]").astype(float),
        "gap_paren": gap.str.contains(r"[()（）]").astype(float),
        "cued_contrast": cued * gap.str.contains(_CONTRAST).astype(float),
        "gap_hedge": gap.str.contains(_HEDGE).astype(float),
        "gap_negation": gap.str.contains(r"不|未|没有|not |no ").astype(float),
    }


def logistic(x: np.ndarray, y: np.ndarray, offset: np.ndarray | None = None, ridge: float = 1.0,
             steps: int = 60) -> np.ndarray:
    """Weights (intercept first) of an L2-penalised logistic regression with a fixed offset (none: zeros), by
    Newton-Raphson (IRLS); the intercept is not penalised. bench/rank_calibration.py fits with it too."""
    x1 = np.c_[np.ones(len(x)), x]
    offset = np.zeros(len(x)) if offset is None else offset
    w = np.zeros(x1.shape[1])
    penalty = ridge * np.eye(len(w))
    penalty[0, 0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x1 @ w + offset)))
        hessian = x1.T @ (x1 * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, x1.T @ (y - p) - penalty @ w)
        w += step
        if np.abs(step).max() < 1e-8:
            break
    return w


def figures(gold: np.ndarray, score: np.ndarray, n: int, order_key: np.ndarray) -> tuple[float, float]:
    """(P@|gold|, average precision) of units ranked by score (ties by ``order_key``: relation id, doc)."""
    order = np.lexsort((order_key, -score))
    g = gold[order]
    hits = np.cumsum(g)
    ap = float((hits / np.arange(1, len(g) + 1))[g].sum() / n) if n else 0.0
    return (float(g[:n].sum() / n) if n else 0.0), ap


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, required=True)
    parser.add_argument("--terms", nargs="*", default=None,
                        help="comma-separated groups of candidate terms to try (default: each alone, then all)")
    parser.add_argument("--ridge", type=float, default=1.0)
    parser.add_argument("--refit", action="store_true", help="also refit the current terms")
    parser.add_argument("--weights", default="", help="fixed term=weight,... to score (no fit), e.g. gene_gene=-0.5")
    args = parser.parse_args()
    units = pd.read_csv(args.csv, keep_default_na=False)
    for c in ("gold", "negated", "hedged", "studied", "in_front", "self_named", "family", "disease"):
        units[c] = units[c].astype(str).eq("True")
    n_gold = pd.read_csv(args.csv.with_suffix(".ngold.csv"), index_col=0)["n_gold"].to_dict()
    N_GOLD.update(n_gold)
    cand = candidate_terms(units)
    gold = units["gold"].to_numpy(bool)
    offset = units["log_score"].to_numpy(float)
    key = (units["a_id"] + "|" + units["b_id"] + "|" + units["doc"]).rank(method="dense").to_numpy()
    sets = list(n_gold)
    masks = {s: (units["set"] == s).to_numpy() for s in sets}

    def per_set(score: np.ndarray) -> dict[str, tuple[float, float]]:
        return {s: figures(gold[m], score[m], n_gold[s], key[m]) for s, m in masks.items()}

    base = per_set(offset)
    print("set".ljust(16), " ".join(f"{s.replace('validation', 'v').replace('new_papers', 'np'):>9s}" for s in sets))
    print("current P@|g|".ljust(16), " ".join(f"{base[s][0]:9.3f}" for s in sets))
    print("current AP".ljust(16), " ".join(f"{base[s][1]:9.3f}" for s in sets))
    if args.weights:
        fixed = {k: float(v) for k, v in (kv.split("=") for kv in args.weights.split(","))}
        score = offset + sum(w * cand[t].to_numpy(float) for t, w in fixed.items())
        got = per_set(score)
        _print_row(args.weights[:16], got, base, sets)
        return
    groups = [g.split(",") for g in args.terms] if args.terms else [[t] for t in cand.columns] + [list(cand.columns)]
    for terms in groups:
        x_new = cand[terms].to_numpy(float)
        variants = [("offset", x_new, offset)]
        if args.refit:
            current = [t for t in CURRENT_TERMS if t in units.columns]
            variants.append(("refit", np.c_[units[current].to_numpy(float), x_new], np.zeros(len(units))))
        for kind, x, off in variants:
            held_figs = {}
            for s in sets:
                train = ~masks[s]
                w = np.round(logistic(x[train], gold[train].astype(float), off[train], args.ridge)[1:], 1)
                score = off + x @ w
                held_figs[s] = figures(gold[masks[s]], score[masks[s]], n_gold[s], key[masks[s]])
            w_all = np.round(logistic(x, gold.astype(float), off, args.ridge)[1:], 1)
            label = f"{kind}:{'+'.join(terms) if len(terms) < 4 else f'{len(terms)} terms'}"
            _print_row(label, held_figs, base, sets)
            names = ([t for t in CURRENT_TERMS if t in units.columns] if kind == "refit" else []) + terms
            print("   all-sets fit:", {t: float(v) for t, v in zip(names, w_all) if v})


def _print_row(label: str, got: dict, base: dict, sets: list[str]) -> None:
    dp = [got[s][0] - base[s][0] for s in sets]
    dap = [got[s][1] - base[s][1] for s in sets]
    up = sum(d > 1e-9 for d in dp)
    down = sum(d < -1e-9 for d in dp)
    up_ap = sum(d > 1e-9 for d in dap)
    down_ap = sum(d < -1e-9 for d in dap)
    hits = sum(round((got[s][0] - base[s][0]) * N_GOLD[s]) for s in sets)  # gold units gained in the tops
    print(f"{label[:40]:40s} P {up}+/{down}- AP {up_ap}+/{down_ap}-  mean dP {np.mean(dp):+.4f} dAP {np.mean(dap):+.4f}"
          f"  gold in tops {hits:+d}")
    print("   P@|g|".ljust(16), " ".join(f"{got[s][0]:9.3f}" for s in sets))
    print("   AP".ljust(16), " ".join(f"{got[s][1]:9.3f}" for s in sets))


if __name__ == "__main__":
    main()
