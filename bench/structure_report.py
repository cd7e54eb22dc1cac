"""Document-structure figures of a batch run over real papers (issue 12).

Reproduces, for one batch output folder (``python -m pipeline run PAPERS --out OUT``):

* the longest co-mention sentence (characters; sentences with two or more distinct entities in
  a section that takes part in co-mention), and how many co-mention sentences exceed the
  reader's length (400 CJK / 1,000 Latin characters);
* the share of sentences the text layer split with its length guard (``Sentence.guard``);
* the papers whose references were found (a ``references`` section with at least one entry),
  the reference entries found, and the papers that have a reference heading but no entries;
* relations per paper (distinct pairs co-mentioned in the paper: median, max) and in all;
* the share of relations whose best evidence is in the references;
* the top N relations by score, written to ``top_relations.tsv`` for checking by hand.

The text-layer figures are computed by re-running ``split_sections``/``split_sentences`` of
the code checked out on the stored document texts, so run this script with the same code as
the batch. Usage::

    python -m pipeline run /work/shared/data/dev/chinaxiv/sample --out /tmp/run
    python bench/structure_report.py /tmp/run [--top 50] [--json figures.json]
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import statistics
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.config import ScoringConfig
from pipeline.text.sections import split_sections
from pipeline.text.sentences import split_sentences

_REF_HEADING = re.compile(r"参\s*考\s*文\s*献|References|REFERENCES|Literature [Cc]ited|Bibliography")


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def _too_long(text: str) -> bool:
    """Longer than a reader accepts as one sentence: 400 CJK or 1,000 Latin characters, and in
    between for a mix (a CJK character counts 2.5 Latin ones). Kept here, not imported, so that
    the figure means the same before and after a change of the pipeline."""
    return len(_CJK.findall(text)) * 2.5 + len(text) - len(_CJK.findall(text)) > 1000


def _documents(out: Path) -> list[tuple[str, str, str]]:
    """(doc_id, text, facts JSON) of every ok document in the run's store."""
    con = sqlite3.connect(out / "store.sqlite")
    try:
        return con.execute(
            "SELECT doc_id, text, facts FROM documents WHERE status = 'ok' ORDER BY doc_id"
        ).fetchall()
    finally:
        con.close()


def text_layer_figures(docs: list[tuple[str, str, str]]) -> dict:
    n_sentences = n_guard = 0
    with_refs, heading_no_refs, entries = [], [], 0
    for doc_id, text, _ in docs:
        paragraphs = split_sections(doc_id, text)
        sentences = split_sentences(paragraphs)
        n_sentences += len(sentences)
        n_guard += sum(1 for s in sentences if getattr(s, "guard", False))
        refs = [p for p in paragraphs if p.section == "references" and not p.is_heading]
        entries += len(refs)
        if refs:
            with_refs.append(doc_id)
        elif _REF_HEADING.search(text):
            heading_no_refs.append(doc_id)
    return {
        "papers": len(docs),
        "sentences": n_sentences,
        "sentences_split_by_guard": n_guard,
        "share_split_by_guard": round(n_guard / n_sentences, 4) if n_sentences else 0.0,
        "papers_with_references_found": len(with_refs),
        "reference_entries_found": entries,
        "papers_with_reference_heading_but_no_entries": heading_no_refs,
    }


def comention_figures(docs: list[tuple[str, str, str]]) -> dict:
    excluded = set(getattr(ScoringConfig(), "comention_exclude_sections", ()))
    longest, longest_where, over, total = 0, "", 0, 0
    by_section: Counter = Counter()
    for doc_id, _, facts in docs:
        for s in json.loads(facts)["sentences"]:
            if s["section"] in excluded or len({m["entity_id"] for m in s["mentions"]}) < 2:
                continue
            total += 1
            by_section[s["section"]] += 1
            over += _too_long(s["text"])
            if len(s["text"]) > longest:
                longest, longest_where = len(s["text"]), f"{doc_id}/{s['section']}/{s['sentence_id']}"
    return {
        "comention_sentences": total,
        "comention_sentences_by_section": dict(by_section.most_common()),
        "longest_comention_sentence": longest,
        "longest_comention_sentence_at": longest_where,
        "comention_sentences_over_reader_length": over,
    }


def relation_figures(relations: pd.DataFrame, paper_ids: list[str]) -> dict:
    per_doc: Counter = Counter({doc_id: 0 for doc_id in paper_ids})
    for found in relations["found_in"].fillna(""):
        for doc_id in {item.split("/")[0] for item in found.split(";") if item}:
            per_doc[doc_id] += 1
    counts = list(per_doc.values()) or [0]
    sections = relations["evidence_section"].fillna("").value_counts()
    return {
        "relations": len(relations),
        "relations_per_paper_median": statistics.median(counts),
        "relations_per_paper_max": max(counts),
        "best_evidence_in_references": int(sections.get("references", 0)),
        "share_best_evidence_in_references": round(
            float(sections.get("references", 0)) / len(relations), 4) if len(relations) else 0.0,
        "best_evidence_by_section": {k: int(v) for k, v in sections.items()},
        "best_evidence_over_reader_length": int(
            relations["evidence"].fillna("").map(_too_long).sum()),
    }


def write_top(relations: pd.DataFrame, top: int, path: Path) -> None:
    cols = ["score", "a_name", "a_name_zh", "label", "b_name", "b_name_zh", "evidence_doc",
            "evidence_section", "evidence"]
    rows = relations.sort_values("score", ascending=False).head(top)[cols].copy()
    rows["evidence"] = rows["evidence"].fillna("").map(
        lambda t: (t[:300] + f"… [{len(t)} chars]") if len(t) > 300 else t)
    rows.insert(0, "junk", "")
    rows.to_csv(path, sep="\t", index=False)


def _variations(text: str, rng) -> list[tuple[str, str]]:
    """Damaged copies of a paper, the kinds PDF conversion produces."""
    lines = text.split("\n")
    cut = rng.randrange(1, max(2, len(text)))
    return [
        ("one line", text.replace("\n", " ")),
        ("no blank lines", "\n".join(line for line in lines if line.strip())),
        ("truncated", text[:cut]),
        ("tail only", text[cut:]),
        ("blocks shuffled", "\n\n".join(rng.sample(text.split("\n\n"), len(text.split("\n\n"))))),
        ("empty headings", text.replace("\n\n", "\n\n#\n\n", 5)),
        ("unclosed table", text[:cut] + "<table><tr><td>黄芩苷" + text[cut:]),
        ("kangxi", text.replace("羊", "\u2f7a").replace("言", "\u2f94")),
        ("line numbers", "\n".join(f"{i} {line}" for i, line in enumerate(lines, 1))),
        ("references heading only", text + "\n\n参考文献\n"),
        ("no spaces after stops", text.replace(". ", ".").replace("。 ", "。")),
    ]


def stress(docs: list[tuple[str, str, str]], n: int, seed: int = 12) -> dict:
    """Run the text layer over ``n`` damaged variations of the papers; check it never fails and
    every sentence maps back inside the original text."""
    import random
    import traceback

    rng = random.Random(seed)
    tried, failures = 0, []
    while tried < n:
        doc_id, text, _ = docs[rng.randrange(len(docs))]
        for kind, variant in _variations(text, rng):
            tried += 1
            try:
                for s in split_sentences(split_sections(doc_id, variant)):
                    start, end = s.paragraph.text.original_span(s.start, s.end)
                    assert 0 <= start <= end <= len(variant), (start, end, len(variant))
            except Exception:  # noqa: BLE001 - collected and reported
                failures.append(f"{doc_id} [{kind}]: {traceback.format_exc().splitlines()[-1]}")
    return {"variations_tried": tried, "variations_failed": len(failures), "failures": failures[:10]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a batch output folder (store.sqlite, relations.csv)")
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--stress", type=int, default=0, metavar="N",
                        help="also run the text layer over N damaged variations of the papers")
    args = parser.parse_args(argv)

    docs = _documents(args.out)
    relations = pd.read_csv(args.out / "relations.csv", encoding="utf-8-sig", low_memory=False)
    errors_path = args.out / "errors.csv"
    errors = pd.read_csv(errors_path) if errors_path.exists() and errors_path.stat().st_size else None
    figures = {
        **text_layer_figures(docs),
        **comention_figures(docs),
        **relation_figures(relations, [d[0] for d in docs]),
        "failed_documents": 0 if errors is None else len(errors),
    }
    if args.stress:
        figures.update(stress(docs, args.stress))
    write_top(relations, args.top, args.out / "top_relations.tsv")
    for key, value in figures.items():
        print(f"{key}: {value}")
    print(f"top {args.top} relations: {args.out / 'top_relations.tsv'}")
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
