"""Write the evaluation as readable markdown tables and as CSV: a summary table with one row
per gold set (reviews, new papers zh, new papers en), then each set's tables."""

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
            f"recall {o.recall:.3f}, F1 {o.f1:.3f}, precision@|gold| {ev.precision_at_gold:.3f}, "
            f"average precision {ev.average_precision:.3f}")
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


UNIT_NOTE = ("Unit: (document, unordered entity pair). Families match families only; "
             "composed axes match by member set (pipeline/evaluation/gold.py). Each gold set is "
             "scored on its own documents: pairs found in other documents are neither TP nor FP.")


def _f(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def summary_table(evs: list[Evaluation]) -> list[str]:
    """One row per gold set, then one per (set, language of the evidence sentence)."""
    lines = [("| gold set | docs | gold pairs | extracted | precision | recall | F1 | precision@\\|gold\\| "
              "| AP | typed F1 | label accuracy | negated pairs |"),
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for ev in evs:
        o, n = ev.overall, ev.negation
        lines.append(f"| {ev.name} | {len(ev.docs)} | {ev.n_gold} | {ev.n_predicted} | {o.precision:.3f} "
                     f"| {o.recall:.3f} | {o.f1:.3f} | {ev.precision_at_gold:.3f} | {ev.average_precision:.3f} "
                     f"| {_f(ev.typed.f1 if ev.typed else None)} | {_f(ev.label_accuracy)} "
                     f"| {n.found}/{n.gold} found, {n.flagged} flagged |")
    lines += ["", "By language of the evidence sentence:", "",
              "| gold set | language | TP | FP | FN | precision | recall | F1 |",
              "|---|---|---|---|---|---|---|---|"]
    for ev in evs:
        for lang, sc in ev.by_language.items():
            lines.append(f"| {ev.name} | {lang} | {sc.tp} | {sc.fp} | {sc.fn} | {sc.precision:.3f} "
                         f"| {sc.recall:.3f} | {sc.f1:.3f} |")
    return lines + [""]


HELDOUT_PREFIX = "heldout"
SEALED_NOTE = ("Error lists of a held-out set are not written (its causes, false negatives and false "
               "positives): a set nobody tunes on must not be read while tuning. Read them once per "
               "stop with `python -m pipeline evaluate --show-heldout` (corpus/gold/README.md).")


def is_sealed(name: str, show_heldout: bool = False) -> bool:
    """A held-out gold set (``heldout_*.csv``) whose error lists stay out of the reports: the
    default run scores it with every other set, and whoever reads evaluation.md for their own
    set would otherwise read the held-out set's misses too (and tune on them)."""
    return name.startswith(HELDOUT_PREFIX) and not show_heldout


def to_markdown_sets(evs: list[Evaluation], show_heldout: bool = False) -> str:
    """The whole report: the summary over gold sets, then each set's tables (a held-out set's
    figures only, unless ``show_heldout``)."""
    lines = ["# Evaluation against corpus/gold/", "", UNIT_NOTE, "", "## Summary per gold set", ""]
    lines += summary_table(evs)
    for ev in evs:
        lines += [f"## Gold set: {ev.name}", "", headline(ev), ""]
        lines += _body(ev, sealed=is_sealed(ev.name, show_heldout))
    return "\n".join(lines) + "\n"


def to_markdown(ev: Evaluation) -> str:
    lines = ["# Evaluation against corpus/gold/", "", headline(ev), "", UNIT_NOTE, ""]
    return "\n".join(lines + _body(ev)) + "\n"


def _body(ev: Evaluation, sealed: bool = False) -> list[str]:
    lines = _table("Overall", {"all": ev.overall})
    lines += _table("By pair type", ev.by_pair_type)
    lines += _table("By document", ev.by_document)
    lines += _table("By section (front = titles, abstracts, keywords)", ev.by_section)
    lines += _table("By language of the evidence sentence", ev.by_language)
    lines += ["### Ranked quality (ordered by score)", "", "| k | precision@k |", "|---|---|"]
    lines += [f"| {k} | {v:.3f} |" for k, v in ev.precision_at.items()]
    lines += [f"| {ev.n_gold} = \\|gold\\| | {ev.precision_at_gold:.3f} |"]
    lines += ["", f"Average precision: {ev.average_precision:.3f}"]
    if ev.average_precision_cooccurrence is not None:
        lines += [("Average precision ordered by the co-occurrence score alone (before typing): "
                   f"{ev.average_precision_cooccurrence:.3f}")]
    lines += [""]
    if ev.typed is not None:
        lines += _table("Typed relations (document, pair, label)", {"typed": ev.typed})
        lines += [f"Label accuracy on the pairs found: {ev.label_accuracy:.3f}", ""]
    n = ev.negation
    lines += [(f"Negated gold pairs (stated only as non-effects): {n.gold}; found {n.found}, flagged "
               f"negated {n.flagged}. Found pairs flagged negated that the gold states as effects: "
               f"{n.flagged_wrongly}."), ""]
    if sealed:
        return lines + [SEALED_NOTE, ""]
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
    return lines + [""]


def _cell(text: str, limit: int = 160) -> str:
    text = str(text or "").replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= limit else text[:limit] + "…"


def write_report(evs: Evaluation | list[Evaluation], out_dir: Path,
                 show_heldout: bool = False) -> dict[str, Path]:
    """evaluation.md (summary per gold set, then each set) and evaluation.csv (every TP/FP/FN
    unit with its ``gold_set``; a held-out set's units only with ``show_heldout``, ``is_sealed``)."""
    evs = [evs] if isinstance(evs, Evaluation) else list(evs)
    out_dir = Path(out_dir)
    md, csv = out_dir / "evaluation.md", out_dir / "evaluation.csv"
    write_text(md, to_markdown_sets(evs, show_heldout))
    records = [{"gold_set": ev.name, **row} for ev in evs if not is_sealed(ev.name, show_heldout)
               for row in ev.errors.to_dict("records")]
    write_csv(pd.DataFrame(records) if records else pd.DataFrame(columns=["gold_set", "status"]), csv)
    return {"evaluation_md": md, "evaluation_csv": csv}
