"""Batch runs: incremental, parallel (processes or a Dask cluster), resumable, fault-tolerant.

``run_batch`` discovers the input files, hashes them, and sends only new or changed files (or
all, with ``full``) to the workers; each file's results are committed to the store as they
come back. Relations are then aggregated from the stored facts of every current document —
in discovery order, so the result does not depend on the number of workers or on which run
annotated what. Files that disappeared drop out of the aggregate (and out of the store).

Executors: in the calling process (one worker), a ``ProcessPoolExecutor`` whose workers each
build the Annotator once (``worker.init_worker``), or an existing Dask distributed cluster
(``scheduler="tcp://host:8786"``).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.api import RunResult, build_result
from pipeline.batch.collector import collecting_only_new_objects
from pipeline.batch.store import DocumentRecord, FileResult, FileState, Store, sha256
from pipeline.batch.worker import FileTask, code_version, failed_result, init_worker, process_file
from pipeline.batch.worker import annotator as worker_annotator
from pipeline.config import Config, default_path
from pipeline.dictionaries.loader import load_dictionary
from pipeline.errors import BatchError, DocumentError
from pipeline.io.corpus import SourceDocument, find_documents
from pipeline.relations.facts import DocumentFacts

DASK_CONNECT_TIMEOUT = "20s"
MANIFEST_COLUMNS = [
    "doc_id", "file", "format", "encoding", "language", "zh_share", "chars", "content_hash", "status",
    "error_class", "message", "title",
]


@dataclass
class BatchStats:
    files: int = 0  # input files found
    documents: int = 0  # documents in the aggregate
    annotated_files: int = 0  # files read and annotated in this run
    annotated_documents: int = 0
    reused_files: int = 0  # files whose stored results were current
    removed_files: int = 0  # stored files that no longer exist
    failed: int = 0  # error lines
    bytes_annotated: int = 0
    startup_seconds: float = 0.0  # building the Annotator in this process (before forking workers)
    annotate_seconds: float = 0.0  # wall time of the annotation phase after that
    worker_seconds: float = 0.0  # time spent inside process_file, summed over files
    workers: int = 0
    executor: str = ""

    @property
    def mb_per_s(self) -> float:
        return self.bytes_annotated / 1e6 / self.annotate_seconds if self.annotate_seconds else 0.0

    @property
    def docs_per_s(self) -> float:
        return self.annotated_documents / self.annotate_seconds if self.annotate_seconds else 0.0


@dataclass
class BatchResult(RunResult):
    manifest: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=MANIFEST_COLUMNS))
    records: list[DocumentRecord] = field(default_factory=list)  # aggregated documents (text, passages)
    sources: dict[str, Path] = field(default_factory=dict)  # doc_id -> file
    stats: BatchStats = field(default_factory=BatchStats)
    store_path: Path | None = None


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


# --- executors: each yields FileResults as they complete -----------------------------------------

def _in_process(tasks: Iterator[FileTask | FileResult]) -> Iterator[FileResult]:
    with collecting_only_new_objects():  # the collector leaves the built Annotator alone
        for task in tasks:
            yield task if isinstance(task, FileResult) else process_file(task, keep_parsed=True)


def _bounded(submit, tasks: Iterator[FileTask | FileResult], window: int, wait_any) -> Iterator[FileResult]:
    """Keep at most ``window`` tasks in flight (the bytes travel with them)."""
    running: set = set()
    for task in tasks:
        if isinstance(task, FileResult):  # failed before any work
            yield task
            continue
        running.add(submit(task))
        if len(running) >= window:
            done, running = wait_any(running)
            yield from (f.result() for f in done)
    while running:
        done, running = wait_any(running)
        yield from (f.result() for f in done)


def _process_pool(tasks: Iterator[FileTask | FileResult], workers: int, dictionaries: str) -> Iterator[FileResult]:
    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else None)  # fork shares the built Annotator
    if fork:  # the children's garbage collector then leaves the shared pages alone (no copy-on-write)
        gc.freeze()
    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=init_worker, initargs=(dictionaries,))

    def wait_any(running):
        done, rest = wait(running, return_when=FIRST_COMPLETED)
        return done, set(rest)

    try:
        yield from _bounded(lambda t: executor.submit(process_file, t), tasks, 4 * workers, wait_any)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        if fork:
            gc.unfreeze()


def _dask(tasks: Iterator[FileTask | FileResult], address: str) -> Iterator[FileResult]:
    try:
        from distributed import Client, as_completed
    except ImportError:  # pragma: no cover
        raise BatchError("--scheduler needs dask.distributed: pip install 'tcm-pipeline[cluster]'") from None
    try:
        client = Client(address, timeout=DASK_CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise BatchError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
    try:
        window = 4 * max(1, sum(client.nthreads().values()))
        running = as_completed(loop=client.loop)  # this client's loop: it is not the default client
        for task in tasks:
            if isinstance(task, FileResult):
                yield task
                continue
            running.add(client.submit(process_file, task, pure=False))
            while running.count() >= window:
                yield next(running).result()
        for future in running:
            yield future.result()
    finally:
        client.close()


# --- the batch -----------------------------------------------------------------------------------

def _read(source: SourceDocument) -> bytes | OSError:
    try:
        return source.path.read_bytes()
    except OSError as exc:
        return exc


def run_batch(
    paths: Iterable[Path | str] | None = None,
    config: Config | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    full: bool = False,
    strict: bool = False,
    store: Path | str | None = None,
    include: Iterable[str] | None = None,
    exclude: Iterable[str] | None = None,
    progress: bool | None = None,
) -> BatchResult:
    """Annotate new and changed documents, re-aggregate everything current (nothing is written
    to the output folder; see ``write_batch_outputs``)."""
    config = config or Config()
    started = time.perf_counter()
    roots = [Path(p) for p in paths] if paths else [default_path("corpus")]
    sources = find_documents(roots, include, exclude, skip=[Path(config.output_dir)])  # none: an error
    keys = [str(s.resolved or s.path.resolve()) for s in sources]
    display = {key: str(s.path) for s, key in zip(sources, keys)}
    store_path = Path(store) if store else Path(config.output_dir) / "store.sqlite"
    dictionary = load_dictionary(config.dictionaries)
    version = code_version()
    stats = BatchStats(files=len(sources))

    with Store(store_path) as db:
        states = db.states()
        gone = [p for p in states if not Path(p).exists()]
        stats.removed_files = db.forget(gone)
        pending: list[tuple[SourceDocument, str, int]] = []
        for source, key in zip(sources, keys):
            data = _read(source)
            if isinstance(data, OSError):
                error = DocumentError(f"cannot read ({data.strerror})", source.path)
                db.put(failed_result(FileTask(key, source.doc_id, b"", ""), "", error, dictionary.content_hash))
                continue
            current = FileState(source.doc_id, sha256(data), dictionary.content_hash, version)
            if full or states.get(key) != current:
                pending.append((source, key, len(data)))
        stats.reused_files = len(sources) - len(pending)
        if strict:
            reused = [k for k in keys if k not in {key for _, key, _ in pending}]
            _fail_fast(db.documents(reused), display)

        tasks = _tasks(pending, str(config.dictionaries), dictionary.content_hash)
        n_workers = min(workers or default_workers(), max(1, len(pending)))
        if pending and not scheduler:  # built once here; forked workers inherit it
            startup = time.perf_counter()
            worker_annotator(str(config.dictionaries), dictionary)
            stats.startup_seconds = time.perf_counter() - startup
        if scheduler:
            results, stats.executor = _dask(tasks, scheduler), f"dask {scheduler}"
        elif n_workers > 1:
            results, stats.executor = _process_pool(tasks, n_workers, str(config.dictionaries)), "processes"
        else:
            results, stats.executor = _in_process(tasks), "in-process"
        stats.workers = 1 if stats.executor == "in-process" else n_workers
        annotate_started = time.perf_counter()
        bar = _progress_bar(sum(size for _, _, size in pending), len(pending), progress)
        fresh: dict[str, list[DocumentRecord]] = {}  # this run's results, kept instead of read back
        try:
            for result in results:
                if (result.dictionary_hash, result.code_version) != (dictionary.content_hash, version):
                    raise BatchError(f"a worker runs other code or dictionaries ({result.code_version}, "
                                     f"{result.dictionary_hash}; expected {version}, {dictionary.content_hash}); "
                                     "install the same version and dictionaries on every worker")
                db.put(result)
                for record in result.documents:  # parsed while the workers go on
                    if record.status == "ok" and record.parsed is None:
                        record.parsed = DocumentFacts.from_json(record.facts)
                fresh[result.path] = result.documents
                stats.annotated_files += 1
                stats.annotated_documents += len(result.documents)
                stats.bytes_annotated += result.size
                stats.worker_seconds += result.seconds
                if bar is not None:
                    bar.update(result.size)
                    bar.set_postfix_str(f"{stats.annotated_files}/{len(pending)} files, "
                                        f"{stats.annotated_documents} documents", refresh=False)
                if strict and result.failed:
                    _fail_fast(((result.path, r) for r in result.failed), display)
        finally:
            if hasattr(results, "close"):
                results.close()  # stops a pool or a client when we leave early
            if bar is not None:
                bar.close()
        stats.annotate_seconds = time.perf_counter() - annotate_started if pending else 0.0
        with collecting_only_new_objects():
            stored = [(key, record) for key in keys
                      for record in (fresh[key] if key in fresh else [r for _, r in db.documents([key])])]
            return _aggregate(stored, display, dictionary, config, stats, started, store_path)


def _fail_fast(records: Iterable[tuple[str, DocumentRecord]], display: dict[str, str]) -> None:
    """--strict: the first failed document stops the batch (what is stored so far stays)."""
    for key, record in records:
        if record.status != "ok":
            raise BatchError(f"{display.get(key, key)}: {record.error_class}: {record.error} "
                             "(--strict: a failed document stops the batch)")


def _tasks(pending: list[tuple[SourceDocument, str, int]], dictionaries: str, dictionary_hash: str,
           ) -> Iterator[FileTask | FileResult]:
    for source, key, _ in pending:
        data = _read(source)
        if isinstance(data, OSError):  # gone or unreadable since it was hashed
            error = DocumentError(f"cannot read ({data.strerror})", source.path)
            yield failed_result(FileTask(key, source.doc_id, b"", dictionaries), "", error, dictionary_hash)
        else:
            yield FileTask(key, source.doc_id, data, dictionaries)


def _progress_bar(total_bytes: int, total_files: int, enabled: bool | None):
    """tqdm on stderr (documents done, MB/s, ETA); off when stderr is not a terminal."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled or not total_files:
        return None
    from tqdm import tqdm

    return tqdm(total=total_bytes, unit="B", unit_scale=True, unit_divisor=1000, desc="annotating",
                file=sys.stderr, dynamic_ncols=True, smoothing=0.1, postfix=f"0/{total_files} files")


def _aggregate(stored: list[tuple[str, DocumentRecord]], display: dict[str, str], dictionary, config: Config,
               stats: BatchStats, started: float, store_path: Path) -> BatchResult:
    facts: list[DocumentFacts] = []
    records: list[DocumentRecord] = []
    errors: list[tuple[str, str, str]] = []
    manifest = []
    first: dict[str, tuple[str, str]] = {}  # doc_id -> (file, text hash)
    sources_of: dict[str, Path] = {}
    for key, record in stored:
        file = display[key]
        status, error_class, message = record.status, record.error_class, record.error
        if status == "ok" and record.doc_id in first:
            other, text_hash = first[record.doc_id]
            if text_hash == record.content_hash:
                status, message = "duplicate", f"same document as in {other}; skipped"
            else:
                status, error_class = "failed", "DocumentError"
                message = f"duplicate doc_id {record.doc_id} (a different text is in {other}); skipped"
        if status == "ok":
            first[record.doc_id] = (file, record.content_hash)
            facts.append(record.parsed or DocumentFacts.from_json(record.facts))
            record.facts, record.parsed = "", None  # parsed above; keep memory down
            records.append(record)
            sources_of[record.doc_id] = Path(file)
        elif status == "failed":
            errors.append((file, error_class, message))
        manifest.append({
            "doc_id": record.doc_id, "file": file, "format": record.format, "encoding": record.encoding,
            "language": record.language, "zh_share": record.zh_share, "chars": record.chars,
            "content_hash": record.content_hash, "status": status, "error_class": error_class,
            "message": message, "title": record.title,
        })
    stats.documents = len(facts)
    stats.failed = len(errors)
    base = build_result(facts, dictionary, config, [], errors, started)
    return BatchResult(
        base.mentions, base.relations, base.documents, base.errors, base.seconds, base.facts,
        manifest=pd.DataFrame(manifest, columns=MANIFEST_COLUMNS), records=records, sources=sources_of,
        stats=stats, store_path=store_path,
    )


def summary(result: BatchResult) -> str:
    s = result.stats
    line = (f"{s.documents} documents from {s.files} files ({s.annotated_files} annotated, {s.reused_files} "
            f"unchanged, {s.removed_files} removed), {len(result.mentions)} mentions, "
            f"{len(result.relations)} relations, {s.failed} failed, {result.seconds:.1f} s")
    if s.annotated_files:
        line += (f"; annotation {s.docs_per_s:.1f} documents/s, {s.mb_per_s:.2f} MB/s "
                 f"({s.workers} worker{'s' if s.workers > 1 else ''}, {s.executor})")
    return line
