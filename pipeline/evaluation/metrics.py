"""Precision, recall, F1 and ranked quality of extracted relations against the gold set."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd

from pipeline.evaluation.gold import GoldRelation, canonical_id, pair_key, section_group
from pipeline.relations.conflicts import parse_document_evidence, parse_items

K_VALUES = (10, 20, 50, 100)


@dataclass
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_sets(predicted: set, gold: set) -> Score:
    return Score(len(predicted & gold), len(predicted - gold), len(gold - predicted))


@dataclass
class Negation:
    """Gold pairs stated only as non-effects (every gold row negated), and how many of them the
    pipeline found and flagged ``negated``; also found pairs flagged negated that gold states."""

    gold: int = 0
    found: int = 0
    flagged: int = 0
    flagged_wrongly: int = 0


@dataclass
class Evaluation:
    overall: Score
    by_pair_type: dict[str, Score]
    by_document: dict[str, Score]
    by_section: dict[str, Score]
    by_language: dict[str, Score]
    precision_at: dict[int, float]
    average_precision: float
    typed: Score | None
    label_accuracy: float | None
    errors: pd.DataFrame  # one row per TP / FP / FN unit, with cause and evidence
    n_gold: int = 0
    n_predicted: int = 0
    average_precision_cooccurrence: float | None = None
    notes: list[str] = field(default_factory=list)
    precision_at_gold: float = 0.0  # precision among the top |gold| extracted pairs
    negation: Negation = field(default_factory=Negation)
    name: str = ""  # the gold set's name
    docs: tuple[str, ...] = ()  # the documents scored


def _predicted_units(relations: pd.DataFrame, docs: set[str] | None = None, rows: list[dict] | None = None):
    """(doc, pair) -> best row, scored and labelled from that document (``unit_of``); plus
    section/language units and pair types. With ``docs``, only what was found in those
    documents (a gold set is scored on its own documents). ``rows``: ``relations.to_dict("records")``
    when the caller made it already (``api.evaluate`` scores every gold set on one frame: converting it
    once per set was ~60 % of the evaluation's CPU, stop 40)."""
    units: dict[tuple, dict] = {}
    by_section: set = set()
    by_lang: set = set()
    for row in relations.to_dict("records") if rows is None else rows:
        if "stale" in str(row.get("flag") or ""):
            continue  # kept in relations.csv for the curators, but no longer extracted
        items = [_found_in_item(item) for item in
                 str(row.get("found_in") or f"{row['evidence_doc']}/{row['evidence_section']}/").split(";")]
        if docs is not None:
            items = [item for item in items if item[0] in docs]
            if not items:  # found in none of the set's documents: the pair's key and cells are not read
                continue
        pair = pair_key(row["a_id"], row["b_id"])
        ptype = "–".join(sorted((row["a_type"], row["b_type"])))
        scores, labels = parse_items(row.get("doc_scores")), parse_items(row.get("doc_labels"))
        row_units: dict[str, dict] = {}
        for doc, section, lang in items:
            key = (doc, pair)
            if doc not in row_units:  # a row names a document once per section
                row_units[doc] = unit_of(row, doc, scores, labels, ptype)
            if key not in units or row_units[doc]["score"] > units[key]["score"]:
                units[key] = row_units[doc]
            by_section.add((doc, section_group(section), pair))
            if lang:
                by_lang.add((doc, lang, pair))
    return units, by_section, by_lang


def unit_of(row: dict, doc: str, scores: dict[str, str], labels: dict[str, str], pair_type: str) -> dict:
    """The (document, pair) unit of ``row`` in ``doc``: the row, with the score and label that
    document gives the pair (``doc_scores``, ``doc_labels``) — a row's own score and label come
    from the best sentence of any document, which another paper's unit must not borrow. A CSV
    without those columns (older runs) keeps the row's; ``row_score`` and ``row_label`` keep the
    row's anyway (bench/relations_quality.py compares the two)."""
    unit = {**row, "pair_type": pair_type, "row_score": row["score"], "row_label": row.get("label")}
    if doc in scores:
        unit["score"] = float(scores[doc])
    if doc in labels:
        label = labels[doc]
        unit["negated"] = label.startswith("not ")
        unit["label"] = label.removeprefix("not ")
    return unit


def unit_evidence(unit: dict, doc: str) -> str:
    """The evidence sentence of a unit of ``doc``: its own document's best sentence, as it is
    scored and labelled (``doc_evidence`` when the row quotes another document). A relations.csv
    without that column, or a document past its cell's limit, gives the row's sentence, saying
    which document it is from: a false positive is read against its own document's text."""
    source = str(unit.get("evidence_doc") or "")
    evidence = str(unit.get("evidence") or "")
    if not source or source == doc:
        return evidence
    own = parse_document_evidence(unit.get("doc_evidence"), doc)
    return own if own is not None else f"[from {source}] {evidence}"


def _found_in_item(item: str) -> tuple[str, str, str]:
    """``doc/section/lang`` of ``found_in``; a doc_id may itself hold ``/`` (``2024/smith``),
    so the section and language are taken from the right."""
    parts = item.split("/")
    if len(parts) >= 3:
        return "/".join(parts[:-2]), parts[-2], parts[-1]
    return (parts + ["", ""])[:3]  # type: ignore[return-value]


def _group(units: set, index: int) -> dict[str, set]:
    groups: dict[str, set] = defaultdict(set)
    for unit in units:
        groups[unit[index]].add(unit)
    return groups


def _by(predicted: set, gold: set, index: int) -> dict[str, Score]:
    p, g = _group(predicted, index), _group(gold, index)
    return {k: score_sets(p.get(k, set()), g.get(k, set())) for k in sorted(p.keys() | g.keys())}


def evaluate_relations(gold: list[GoldRelation] | tuple[GoldRelation, ...], relations: pd.DataFrame,
                       mentions: pd.DataFrame, docs: set[str] | frozenset[str] | None = None,
                       name: str = "", rows: list[dict] | None = None) -> Evaluation:
    """Score the relations found in ``docs`` (default: the documents the gold rows come from)
    against ``gold``; pairs found in other documents are neither TP nor FP here."""
    docs = set(docs) if docs is not None else {g.doc_id for g in gold}
    units, pred_section, pred_lang = _predicted_units(relations, docs, rows)
    if len(mentions) and "doc_id" in mentions.columns:
        mentions = mentions[mentions["doc_id"].astype(str).isin(docs)]
    pred = set(units)
    gold_units = {(g.doc_id, g.pair) for g in gold}
    gold_section = {(g.doc_id, section_group(g.section), g.pair) for g in gold}
    gold_lang = {(g.doc_id, g.lang, g.pair) for g in gold}
    gold_type = {(g.doc_id, g.pair): g.pair_type for g in gold}
    pred_type = {k: v["pair_type"] for k, v in units.items()}

    by_pair_type = _by({(d, p, pred_type[(d, p)]) for d, p in pred}, {(d, p, gold_type[(d, p)]) for d, p in gold_units}, 2)

    # ranked quality: predicted units by score, precision at k and average precision
    precision_at, average_precision = _ranked(units, gold_units, "score")
    precision_at_gold = _ranked(units, gold_units, "score", (len(gold_units),))[0].get(len(gold_units), 0.0)
    ap_cooccurrence = None
    if "score_cooccurrence" in relations.columns:  # the ranking before typing, for comparison
        ap_cooccurrence = _ranked(units, gold_units, "score_cooccurrence")[1]

    # typed relations, once relations.csv carries a label
    typed = label_accuracy = None
    if "label" in relations.columns:
        gold_labels: dict[tuple, set] = defaultdict(set)
        for g in gold:
            gold_labels[(g.doc_id, g.pair)].add(g.label)
        pred_labels = {k: v.get("label") for k, v in units.items()}
        typed = score_sets({(d, p, lab) for (d, p), lab in pred_labels.items()},
                           {(d, p, lab) for (d, p), labs in gold_labels.items() for lab in labs})
        found = [k for k in pred_labels if k in gold_labels]
        label_accuracy = (sum(pred_labels[k] in gold_labels[k] for k in found) / len(found)) if found else 0.0

    errors = _error_analysis(gold, units, gold_units, pred, mentions)
    return Evaluation(
        overall=score_sets(pred, gold_units),
        by_pair_type=by_pair_type,
        by_document=_by(pred, gold_units, 0),
        by_section=_by(pred_section, gold_section, 1),
        by_language=_by(pred_lang, gold_lang, 1),
        precision_at=precision_at,
        average_precision=average_precision,
        average_precision_cooccurrence=ap_cooccurrence,
        typed=typed,
        label_accuracy=label_accuracy,
        errors=errors,
        n_gold=len(gold_units),
        n_predicted=len(pred),
        precision_at_gold=precision_at_gold,
        negation=_negation(gold, units),
        name=name,
        docs=tuple(sorted(docs)),
    )


def _is_true(value) -> bool:
    return str(value).strip().lower() in ("true", "1", "yes")


def _negation(gold, units: dict) -> Negation:
    rows_by_pair: dict[tuple, list[bool]] = defaultdict(list)
    for g in gold:
        rows_by_pair[(g.doc_id, g.pair)].append(g.negated)
    only_negated = {k for k, flags in rows_by_pair.items() if all(flags)}
    found = [k for k in only_negated if k in units]
    flagged = sum(_is_true(units[k].get("negated")) for k in found)
    wrongly = sum(_is_true(u.get("negated")) for k, u in units.items()
                  if k in rows_by_pair and k not in only_negated and not any(rows_by_pair[k]))
    return Negation(len(only_negated), len(found), flagged, wrongly)


def _ranked(units: dict, gold_units: set, column: str,
            k_values: tuple[int, ...] = K_VALUES) -> tuple[dict[int, float], float]:
    """Precision at k and average precision of the units ordered by ``column`` (descending)."""
    ranked = sorted(units.items(), key=lambda kv: (-float(kv[1][column]), kv[1]["relation_id"], kv[0][0]))
    hits = [key in gold_units for key, _ in ranked]
    precision_at = {k: sum(hits[:k]) / k for k in k_values if k > 0}
    ap, tp_so_far = 0.0, 0
    for rank, hit in enumerate(hits, start=1):
        if hit:
            tp_so_far += 1
            ap += tp_so_far / rank
    return precision_at, (ap / len(gold_units) if gold_units else 0.0)


def _error_analysis(gold, units, gold_units, pred, mentions: pd.DataFrame) -> pd.DataFrame:
    found_by_doc: dict[str, set] = defaultdict(set)
    sentence_sets: dict[str, list[set]] = defaultdict(list)
    if len(mentions):
        for doc, ids in mentions.groupby("doc_id")["entity_id"]:
            found_by_doc[doc] = {canonical_id(i) for i in ids}
        for (doc, _sid), ids in mentions.groupby(["doc_id", "sentence_id"])["entity_id"]:
            sentence_sets[doc].append({canonical_id(i) for i in ids})
    first_gold = {}
    for g in gold:
        first_gold.setdefault((g.doc_id, g.pair), g)
    rows = []
    for key, g in sorted(first_gold.items()):
        doc, (a, b) = key
        if key in pred:
            u = units[key]
            rows.append({"status": "TP", "doc_id": doc, "a_id": g.a_id, "a_name": g.a_name, "b_id": g.b_id,
                         "b_name": g.b_name, "pair_type": g.pair_type, "gold_label": g.label,
                         "predicted_label": u.get("label", ""), "score": u["score"], "cause": "",
                         "evidence": unit_evidence(u, doc), "gold_evidence": g.evidence})
            continue
        missing = [(i, n) for i, n in ((g.a_id, g.a_name), (g.b_id, g.b_name)) if canonical_id(i) not in found_by_doc[doc]]
        if missing:
            cause = "not recognised: " + ", ".join(f"{n} ({i})" for i, n in missing)
        elif not any(a in s and b in s for s in sentence_sets[doc]):
            cause = "both recognised, never in one sentence"
        else:
            cause = "co-mentioned but not extracted"
        rows.append({"status": "FN", "doc_id": doc, "a_id": g.a_id, "a_name": g.a_name, "b_id": g.b_id,
                     "b_name": g.b_name, "pair_type": g.pair_type, "gold_label": g.label, "predicted_label": "",
                     "score": None, "cause": cause, "evidence": "", "gold_evidence": g.evidence})
    for key in sorted(pred - gold_units):
        u = units[key]
        rows.append({"status": "FP", "doc_id": key[0], "a_id": u["a_id"], "a_name": u["a_name"], "b_id": u["b_id"],
                     "b_name": u["b_name"], "pair_type": u["pair_type"], "gold_label": "",
                     "predicted_label": u.get("label", ""), "score": u["score"], "cause": "not in gold",
                     "evidence": unit_evidence(u, key[0]), "gold_evidence": ""})
    return pd.DataFrame(rows)
