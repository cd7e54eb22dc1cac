"""Write the evaluation as readable markdown tables and as CSV."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pandas as pd

from pipeline.evaluation.metrics import Evaluation, Score
from pipeline.io.writers import write_csv, write_text


def _row(name: str, s: Score) -> str:
    return f"| {name} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |"


def _table(title: str, scores: dict[str, Score]) -> list[str]:
    lines = [f"### {title}", "", "| | TP | FP | FN | precision | recall | F1 |", "|---|---|---|---|---|---|---|"]
    lines += [_row(k, v) for k, v in scores.items()]
    return lines + [""]


def headline(ev: Evaluation) -> str:
    o = ev.overall
    text = (f"gold {ev.n_gold} pairs, extracted {ev.n_predicted}: precision {o.precision:.3f}, "
            f"recall {o.recall:.3f}, F1 {o.f1:.3f}, average precision {ev.average_precision:.3f}")
    if ev.average_precision_cooccurrence is not None:
        text += f" (co-occurrence score alone: {ev.average_precision_cooccurrence:.3f})"
    if ev.typed is not None:
        text += (f"; typed F1 {ev.typed.f1:.3f}, label accuracy {ev.label_accuracy:.3f}")
    return text


def causes(ev: Evaluation, top: int = 10) -> list[tuple[str, int]]:
    fn = ev.errors[ev.errors.status == "FN"] if len(ev.errors) else ev.errors
    counter: Counter[str] = Counter()
    for cause in fn.get("cause", []):
        counter["not recognised" if cause.startswith("not recognised") else cause] += 1
    missing: Counter[str] = Counter()
    for cause in fn.get("cause", []):
        if cause.startswith("not recognised: "):
            for part in cause[len("not recognised: "):].split(", "):
                missing[part] += 1
    return counter.most_common(top) + [(f"  missing entity {k}", v) for k, v in missing.most_common(top)]


def to_markdown(ev: Evaluation) -> str:
    lines = ["# Evaluation against corpus/gold/", "", headline(ev), "",
             ("Unit: (document, unordered entity pair). Families match families only; "
              "composed axes match by member set (pipeline/evaluation/gold.py)."), ""]
    lines += _table("Overall", {"all": ev.overall})
    lines += _table("By pair type", ev.by_pair_type)
    lines += _table("By document", ev.by_document)
    lines += _table("By section (front = titles, abstracts, keywords)", ev.by_section)
    lines += _table("By language of the evidence sentence", ev.by_language)
    lines += ["### Ranked quality (ordered by score)", "", "| k | precision@k |", "|---|---|"]
    lines += [f"| {k} | {v:.3f} |" for k, v in ev.precision_at.items()]
    lines += ["", f"Average precision: {ev.average_precision:.3f}"]
    if ev.average_precision_cooccurrence is not None:
        lines += [("Average precision ordered by the co-occurrence score alone (before typing): "
                   f"{ev.average_precision_cooccurrence:.3f}")]
    lines += [""]
    if ev.typed is not None:
        lines += _table("Typed relations (document, pair, label)", {"typed": ev.typed})
        lines += [f"Label accuracy on the pairs found: {ev.label_accuracy:.3f}", ""]
    lines += ["### Causes of false negatives", "", "| cause | count |", "|---|---|"]
    lines += [f"| {c} | {n} |" for c, n in causes(ev)]
    for status, title in (("FN", "False negatives"), ("FP", "False positives")):
        part = ev.errors[ev.errors.status == status] if len(ev.errors) else ev.errors
        lines += ["", f"### {title} ({len(part)})", ""]
        if status == "FN":
            lines += ["| doc | a | b | gold label | cause | gold evidence |", "|---|---|---|---|---|---|"]
            lines += [f"| {r.doc_id} | {r.a_name} | {r.b_name} | {r.gold_label} | {r.cause} | {_cell(r.gold_evidence)} |"
                      for r in part.itertuples()]
        else:
            lines += ["| doc | a | b | score | evidence |", "|---|---|---|---|---|"]
            lines += [f"| {r.doc_id} | {r.a_name} | {r.b_name} | {r.score:.3f} | {_cell(r.evidence)} |"
                      for r in part.itertuples()]
    return "\n".join(lines) + "\n"


def _cell(text: str, limit: int = 160) -> str:
    text = str(text or "").replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + "…"


def write_report(ev: Evaluation, out_dir: Path) -> dict[str, Path]:
    out_dir = Path(out_dir)
    md, csv = out_dir / "evaluation.md", out_dir / "evaluation.csv"
    write_text(md, to_markdown(ev))
    write_csv(ev.errors if len(ev.errors) else pd.DataFrame(columns=["status"]), csv)
    return {"evaluation_md": md, "evaluation_csv": csv}
