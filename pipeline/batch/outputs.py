"""What a batch run writes, streamed from its store one document at a time.

``api.write_outputs`` renders mentions.csv, BioC and PubTator from frames holding every
document; at 200 real papers that was gigabytes. Here one pass over the store writes
mentions.csv, annotations.bioc.json and annotations.pubtator into temporary files in the
output folder (moved into place at the end, so every file is still replaced atomically) and
keeps, for report.html, only the few evidence sentences per relation that the report draws
(``html.sentences_wanted``). mentions.csv is split at Excel's row limit (mentions.csv,
mentions.2.csv, …: each opens whole in Excel or WPS).
"""

from __future__ import annotations

import bisect
import csv
import io
import os
import tempfile
from contextlib import ExitStack
from itertools import chain, combinations
from pathlib import Path

from pipeline.batch import noop
from pipeline.batch.collector import collecting_only_new_objects
from pipeline.batch.rendered import KINDS, EvidenceMention, bioc_text, pubtator_text, render_document
from pipeline.batch.store import Store
from pipeline.io.bioc_writer import collection_head_json, known_relations
from pipeline.relations.facts import DocumentFacts
from pipeline.report.evidence import SECTION_PREFERENCE, EvidenceSentence
from pipeline.review.cells import neutralise_all
from pipeline.review.outputs import FILES, OutputOptions, plan_run_outputs, write_planned
from pipeline.review.store import BACKUPS, SNAPSHOT

BATCH_FILES = {
    "manifest": "manifest.csv",
    "bioc": "annotations.bioc.json",
    "pubtator": "annotations.pubtator",
}
EXCEL_ROWS = 1_048_576  # rows of an Excel / WPS sheet, the header included
FORK_BELOW = 5_000  # relations: a smaller table's network figure is drawn in a forked child


def write_batch_outputs(result, output_dir: Path | str, options: OutputOptions | None = None) -> dict[str, Path]:
    """mentions, relations (merged with the curator's decisions), errors, report, network,
    manifest.csv, annotations.bioc.json and annotations.pubtator (only when some documents
    are abstracts). Files whose bytes did not change are left as they are."""
    options = options or OutputOptions()
    out = Path(output_dir)
    if getattr(result, "unchanged", False):
        return {}
    with collecting_only_new_objects():
        # the figure is drawn in a forked child when workers are idle, unless the table is large:
        # the child then copies much of the parent's memory (measured: 1.4 GB on 2,000 papers)
        parallel = getattr(getattr(result, "stats", None), "workers", 1) > 1 and len(result.relations) < FORK_BELOW
        plan = plan_run_outputs(result, out, parallel, options,
                                stream=lambda wanted: stream_documents(result, out, wanted, options))
        plan.names["manifest"] = BATCH_FILES["manifest"]
        plan.files["manifest"] = result.manifest.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")
        written = write_planned(plan)
    produced = {plan.names[n] for n in plan.files}
    for name in ("bioc", "pubtator"):  # no document of that kind any more
        if BATCH_FILES[name] not in produced and getattr(options, name) and (out / BATCH_FILES[name]).exists():
            (out / BATCH_FILES[name]).unlink()
    for old in out.glob("mentions.*.csv"):  # parts of an earlier, longer mentions table
        if old.name not in produced:
            old.unlink()
    _remember(result, out, options, sorted(produced | {f"{BACKUPS}/{SNAPSHOT}"}))
    return written


def _remember(result, out: Path, options: OutputOptions, names: list[str]) -> None:
    """Record what these outputs follow from, for the next run's no-op test (batch/noop.py)."""
    stats, config = getattr(result, "stats", None), getattr(result, "config", None)
    if stats is None or config is None or not stats.inputs_key or result.store_path is None:
        return
    summary = {"documents": stats.documents, "errors": [list(e) for e in result.errors],
               "relations": len(result.relations), "mentions": result.mention_counts}
    key = noop.outputs_key(stats.inputs_key, config, options)
    if Path(config.output_dir).resolve() != out.resolve():
        return  # written elsewhere than the run's output folder: nothing to compare next time
    with Store(result.store_path) as db:
        db.set_meta(noop.META_KEY, noop.record(key, out, names, summary))


class _Evidence:
    """The sentences kept for one relation of the report: its first ``limit`` in the
    report's order (``evidence.evidence_for``), each (document, text) once, and how many there are."""

    __slots__ = ("best", "kept", "limit", "seen", "seen_doc", "total")

    def __init__(self, limit: int, best: tuple[str, str]):
        self.limit, self.best = limit, best
        self.kept: list[tuple[tuple, EvidenceSentence]] = []
        self.total = 0
        self.seen: set[str] = set()  # texts already counted in the current document
        self.seen_doc = ""

    def add(self, s: EvidenceSentence) -> None:
        if s.doc_id != self.seen_doc:
            self.seen_doc, self.seen = s.doc_id, set()
        if s.text in self.seen:
            return
        self.seen.add(s.text)
        self.total += 1
        is_best = s.doc_id == self.best[1] and s.flat_text == self.best[0]
        key = (not is_best, SECTION_PREFERENCE.get(s.section, 3), s.doc_id, s.sentence_id)
        if len(self.kept) < self.limit or key < self.kept[-1][0]:
            bisect.insort(self.kept, (key, s), key=lambda x: x[0])
            del self.kept[self.limit:]


def _temp(out: Path, name: str, stack: ExitStack):
    fd, path = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
    handle = stack.enter_context(os.fdopen(fd, "w", encoding="utf-8", newline=""))
    return Path(path), handle


class _MentionsWriter:
    """mentions.csv rows as ``review.store.csv_bytes`` writes them, split at Excel's row limit."""

    def __init__(self, out: Path, stack: ExitStack, columns: list[str], rows_per_file: int):
        self.out, self.stack, self.columns, self.limit = out, stack, columns, rows_per_file
        self.files: dict[str, tuple[str, Path]] = {}
        self.rows = 0
        self._next()

    def _next(self) -> None:
        k = len(self.files) + 1
        name = FILES["mentions"] if k == 1 else f"mentions.{k}.csv"
        path, self.handle = _temp(self.out, name, self.stack)
        self.files["mentions" if k == 1 else name] = (name, path)
        self.handle.write("\ufeff")
        self.writer = csv.writer(self.handle, lineterminator="\r\n")
        self.writer.writerow(neutralise_all(list(self.columns)))
        self.rows = 0

    def write(self, row: list[str]) -> None:
        if self.rows >= self.limit:
            self._next()
        self.writer.writerow(neutralise_all(row))
        self.rows += 1

    def write_text(self, text: str, n_rows: int) -> None:
        """One document's rows, already as mentions.csv lines (``rendered.csv_rows_text``:
        neutralised); split into their rows only where they cross into the next file."""
        if self.rows + n_rows <= self.limit:
            self.handle.write(text)
            self.rows += n_rows
            return
        rows = list(csv.reader(io.StringIO(text, newline="")))  # neutralised already: written as read
        done = 0
        while done < len(rows):
            if self.rows >= self.limit:
                self._next()
            part = rows[done:done + self.limit - self.rows]
            self.writer.writerows(part)
            self.rows += len(part)
            done += len(part)


def stream_documents(result, out: Path, wanted: dict, options: OutputOptions,
                     rows_per_file: int | None = None) -> tuple[dict[str, Path], dict, dict]:
    """One pass over the documents: mentions.csv (+ mentions.N.csv), BioC, PubTator into
    temporary files; the report's evidence sentences for the pairs in ``wanted``.
    Returns ({name: (file name, temp file)}, {pair: sentences}, {pair: number of sentences}).

    The documents the workers rendered (``result.spool``, batch/rendered.py) come first, joined
    here with what needs the whole corpus; the rest are read from the store and rendered now
    by the same functions."""
    from pipeline.api import MENTION_COLUMNS

    out.mkdir(parents=True, exist_ok=True)
    rows_per_file = rows_per_file or EXCEL_ROWS - 1
    dictionary = result.dictionary
    known = known_relations(result.relations)
    labels = {rid: label for rid, (_, label) in known.items()}
    keep = {pair: _Evidence(limit, (best, doc)) for pair, (limit, best, doc) in wanted.items()}
    wanted_ids = frozenset(chain.from_iterable(keep))
    kinds = tuple(k for k in KINDS if (k == "report" and keep) or (k != "report" and getattr(options, k)))
    spool = getattr(result, "spool", None)
    files: dict[str, tuple[str, Path]] = {}  # name -> (file name, temp file)
    with ExitStack() as stack:
        if spool is not None:
            stack.callback(spool.close)
        mentions = _MentionsWriter(out, stack, MENTION_COLUMNS, rows_per_file)
        bioc = pubtator = None
        counts = [0, 0]  # BioC documents, PubTator blocks written
        if options.bioc:
            path, bioc = _temp(out, "bioc", stack)
            files["bioc"] = (BATCH_FILES["bioc"], path)
            bioc.write(collection_head_json())
        if options.pubtator:
            path, pubtator = _temp(out, "pubtator", stack)
            files["pubtator"] = (BATCH_FILES["pubtator"], path)

        def write(rendered: dict) -> None:
            mentions.write_text(rendered["m"], rendered["n"])
            if bioc is not None:
                bioc.write((", " if counts[0] else "") + bioc_text(rendered, known))
                counts[0] += 1
            if pubtator is not None:
                block = pubtator_text(rendered, labels)
                if block is not None:
                    pubtator.write(("\n" if counts[1] else "") + block)
                    counts[1] += 1
            if keep:
                _keep_evidence(rendered["d"], rendered["e"], keep, wanted_ids)

        start = 0
        if spool is not None and spool.serves(options):
            for rendered in spool.documents():
                write(rendered)
            start = spool.position
        for record in result.iter_records(text=bioc is not None or pubtator is not None, start=start):
            facts = DocumentFacts.from_json(record.facts)
            record.facts = ""
            write(render_document(record, facts, dictionary, kinds))
        if bioc is not None:
            bioc.write("]}\n")
        files.update(mentions.files)
    if pubtator is not None and not counts[1]:
        files.pop("pubtator")[1].unlink()
    index = {frozenset(pair): [s for _, s in e.kept] for pair, e in keep.items() if e.kept}
    totals = {frozenset(pair): e.total for pair, e in keep.items() if e.kept}
    return files, index, totals


def _keep_evidence(doc_id: str, sentences: list[list], keep: dict, wanted_ids: frozenset[str] | None = None) -> None:
    """Each sentence (``rendered.evidence_rows``) to the kept evidence of the wanted pairs
    (``keep``) it co-mentions. ``wanted_ids``: the entities of those pairs; only they make a
    pair worth looking up (a sentence naming twenty entities is 190 pairs, of which the report
    wants a few or none)."""
    if wanted_ids is None:
        wanted_ids = frozenset(chain.from_iterable(keep))
    for section, paragraph, sentence_id, lang, text, mentions in sentences:
        present = {m[3] for m in mentions}
        ids = sorted(present & wanted_ids)
        sentence = None
        for pair in combinations(ids, 2):
            kept = keep.get(pair)
            if kept is None:
                continue
            if sentence is None:
                sentence = EvidenceSentence(doc_id, section, paragraph, sentence_id, lang, text,
                                            tuple(EvidenceMention(*m) for m in mentions), frozenset(present))
            kept.add(sentence)
