"""Batch runs: incremental, parallel (processes or a Dask cluster), resumable, fault-tolerant.

``run_batch`` discovers the input files, hashes them, and sends only new or changed files (or
all, with ``full``) to the workers; each file's results are committed to the store as they
come back. Relations are then aggregated from the stored facts of every current document —
in discovery order, so the result does not depend on the number of workers or on which run
annotated what. Files that disappeared drop out of the aggregate (and out of the store).

Executors: in the calling process (one worker), a ``ProcessPoolExecutor`` whose workers each
build the Annotator once (``worker.init_worker``), a Dask ``LocalCluster`` started for the
run whose workers share one Annotator (``scheduler="local"``, ``batch/cluster.py``), or an
existing Dask distributed cluster (``scheduler="tcp://host:8786"``; each of its workers builds
its own Annotator on its first task).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.api import relations_table
from pipeline.batch import noop
from pipeline.batch.aggregate import RunningAggregate
from pipeline.batch.cluster import CLIENT_SETTINGS, LOCAL, local_cluster
from pipeline.batch import collector
from pipeline.batch.collector import collecting_only_new_objects
from pipeline.batch.rendered import KINDS, Spool, remove_leftover_spools
from pipeline.batch.store import DocumentRecord, FileResult, FileState, Store, file_sha256, sha256
from pipeline.batch.worker import (
    FileTask,
    code_version,
    failed_result,
    init_worker,
    process_file,
    process_files,
    release_annotators,
    return_freed_memory_promptly,
    share_before_fork,
)
from pipeline.batch.worker import annotator as worker_annotator
from pipeline.config import Config, default_path
from pipeline.dictionaries.loader import dictionary_hash, load_dictionary
from pipeline.errors import BatchError, DocumentError
from pipeline.io.corpus import SourceDocument, find_documents
from pipeline.relations.facts import DocumentFacts

DASK_CONNECT_TIMEOUT = "20s"
# Files above this are refused unread (one error line): annotation holds a document's text,
# sentences and facts at once, ~100x its size at peak; 8 MB is ~60x the largest paper of the
# development sets and keeps a worker well under 1 GB. ``--max-file-mb`` changes it.
MAX_FILE_MB = 8.0
# After annotating more than this, the parent drops its Annotator (rebuilt by the next run in
# the same process: ~1-3 s, worth it only for a large batch)
RELEASE_AFTER_MB = 2.0
# Above this much to annotate (and where fork exists), the annotation phase runs in a child
# process: the parent then never holds an Annotator (batch/runner.py ``_in_child``)
CHILD_ABOVE_MB = 2.0
# Results are stored a few files per transaction: after this many files or characters
STORE_EVERY_FILES = 16
STORE_EVERY_CHARS = 4_000_000
# With several workers (or a cluster), the calling process folds stored files into the aggregate
# while the rest are annotated (``RunningAggregate``), until the aggregate holds about this much
# (its estimate); the rest is folded after. Bounded so the annotation phase's peak, the batch's
# (issue 15), grows by at most this; a small batch (bench/benchmark.py's 640 documents, ~4 MB)
# is folded whole meanwhile.
AGGREGATE_WHILE_ANNOTATING_MB = 16.0
MANIFEST_COLUMNS = [
    "doc_id", "file", "format", "encoding", "language", "zh_share", "chars", "content_hash", "status",
    "error_class", "message", "title",
]

if TYPE_CHECKING:  # imported where frames are built (``_frame``): pandas is ~0.35 s of CPU to import,
    import pandas as pd  # and a batch needs it only for the aggregate, after the start-up


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
    inputs_key: str = ""  # hash of the inputs' stored states (no-op re-runs)
    # Where the wall time of a run goes (issue 17): ``time.perf_counter`` stamps, comparable across
    # the forked processes (CLOCK_MONOTONIC), of the run's start, the first and the last result
    # the annotating side received; and this process's CPU while another process annotated (the
    # per-result work of the parent: folding stored files, the spool; 0 when it annotated itself)
    started_at: float = 0.0
    first_result_at: float = 0.0
    last_result_at: float = 0.0
    parent_cpu_annotating: float = 0.0

    @property
    def mb_per_s(self) -> float:
        return self.bytes_annotated / 1e6 / self.annotate_seconds if self.annotate_seconds else 0.0

    @property
    def docs_per_s(self) -> float:
        return self.annotated_documents / self.annotate_seconds if self.annotate_seconds else 0.0


def _frame(rows=None, columns=None) -> pd.DataFrame:
    """A pandas DataFrame, pandas imported on first use (not with this module: a batch's
    start-up, import to the first document, does not need it)."""
    import pandas as pd

    return pd.DataFrame(rows, columns=columns)


class BatchResult:
    """A batch run's aggregate. Relations, the manifest and errors are in memory; mentions,
    facts and records are read back from the store when asked for (``mentions``, ``facts``,
    ``records``: the API's and the tests' view) or one document at a time (``iter_facts``,
    ``iter_records``: what the output writers use), never all held by the run itself."""

    def __init__(self, relations: pd.DataFrame | None = None, errors: list | None = None,
                 manifest: pd.DataFrame | None = None, sources: dict[str, Path] | None = None,
                 stats: BatchStats | None = None, store_path: Path | None = None, keys: list[str] | None = None,
                 included: set[tuple[str, int]] | None = None, dictionary=None, db: Store | None = None):
        from pipeline.api import RELATION_COLUMNS

        self.relations = relations if relations is not None else _frame(columns=RELATION_COLUMNS)
        self.errors = errors or []
        self.manifest = manifest if manifest is not None else _frame(columns=MANIFEST_COLUMNS)
        self.sources = sources or {}
        self.stats = stats or BatchStats()
        self.store_path = store_path
        self.keys = keys or []
        self.included = included or set()
        self.dictionary = dictionary
        self.db = db  # open during the run; later reads open the store again
        self.seconds = 0.0
        self.mention_counts: dict[str, int] = {}
        self.documents: list = []  # no spaCy documents: they are not kept in batch runs
        self.unchanged = False  # nothing changed since the outputs were written: nothing to do
        self.n_relations: int | None = None
        self.config: Config | None = None
        self.spool = None  # documents the workers rendered (batch/rendered.py), for the outputs

    @property
    def doc_ids(self) -> set[str]:
        return set(self.sources)

    @property
    def docs(self) -> dict:
        return {}

    def iter_records(self, text: bool = True, facts: bool = True, start: int = 0) -> Iterator[DocumentRecord]:
        """The aggregated documents' records, in order, one at a time (of ``keys[start:]``)."""
        db = self.db or Store(self.store_path)
        try:
            for key, seq, record in db.stream(self.keys[start:], facts=facts, text=text):
                if (key, seq) in self.included:
                    yield record
        finally:
            if db is not self.db:
                db.close()

    def iter_facts(self) -> Iterator[DocumentFacts]:
        for record in self.iter_records(text=False):
            yield DocumentFacts.from_json(record.facts)

    @property
    def facts(self) -> list[DocumentFacts]:
        return list(self.iter_facts())

    @property
    def records(self) -> list[DocumentRecord]:
        return list(self.iter_records(facts=False))

    @property
    def mentions(self) -> pd.DataFrame:
        from pipeline.api import mentions_frame

        return mentions_frame(self.iter_facts(), self.dictionary)


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


# --- executors: each yields FileResults as they complete -----------------------------------------

def _in_process(tasks: Iterator[FileTask | FileResult]) -> Iterator[FileResult]:
    with collecting_only_new_objects():  # the collector leaves the built Annotator alone
        for task in tasks:
            yield task if isinstance(task, FileResult) else process_file(task)


def _bounded(submit, tasks: Iterator[FileTask | FileResult], window: int, wait_any) -> Iterator[FileResult]:
    """Keep at most ``window`` tasks in flight (the bytes travel with them). A task is one
    ``FileTask`` or a list of them (``_chunks``: its future's result is then a list)."""
    running: set = set()

    def results(done) -> Iterator[FileResult]:
        for f in done:
            found = f.result()
            yield from (found if isinstance(found, list) else (found,))

    for task in tasks:
        if isinstance(task, FileResult):  # failed before any work
            yield task
            continue
        running.add(submit(task))
        if len(running) >= window:
            done, running = wait_any(running)
            yield from results(done)
    while running:
        done, running = wait_any(running)
        yield from results(done)


# A pool task carries several small files (``_chunks``): each task is a round trip through the
# executor's queues, its management thread and a ``wait``; for the 16x benchmark's 640 files of
# ~5 kB each the annotating process spent 0.48-0.53 s of CPU relaying them, 0.29-0.35 s with
# chunks (4 runs in turns, load 12). Files are put together up to this many bytes (a real paper,
# 30-100 kB, goes alone: nothing changes for it) and this many files; towards the end the chunks
# shrink (guided self-scheduling: at most what is left over four times the workers) so that the
# workers finish together.
CHUNK_BYTES = 32_000
CHUNK_FILES = 8


def _chunks(tasks: Iterator[FileTask | FileResult], total_bytes: int, workers: int,
            max_bytes: int = CHUNK_BYTES, max_files: int = CHUNK_FILES) -> Iterator[list[FileTask] | FileResult]:
    """``tasks`` with consecutive small ``FileTask``s put together in lists of at most
    ``max_files`` files and (unless one file is larger alone) ``max_bytes`` bytes, or less once
    little is left of the ``total_bytes`` to come (Polychronopoulos & Kuck's guided
    self-scheduling, 1987: a chunk is at most what is left over ``4 * workers``). A
    ``FileResult`` (a file that failed before any work) passes through at once."""
    chunk: list[FileTask] = []
    size = 0
    left = total_bytes  # bytes of the tasks not yet put in a chunk (an estimate: sizes as found on disk)
    for task in tasks:
        if isinstance(task, FileResult):
            left -= task.size
            yield task
            continue
        limit = min(max_bytes, left // (4 * workers))
        if chunk and (size + len(task.data) > limit or len(chunk) >= max_files):
            yield chunk
            chunk, size = [], 0
        chunk.append(task)
        size += len(task.data)
        left -= len(task.data)
    if chunk:
        yield chunk


def _process_pool(tasks: Iterator[FileTask | FileResult], workers: int, dictionaries: str,
                  total_bytes: int = 0) -> Iterator[FileResult]:
    """``tasks`` run by ``workers`` forked processes, a few small files per task (``_chunks``;
    ``total_bytes``: the bytes of the tasks to come, which makes the last chunks smaller)."""
    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else None)  # fork shares the built Annotator
    if fork:  # the children's garbage collector then leaves the shared pages alone (no copy-on-write)
        return_freed_memory_promptly()  # inherited by the workers
        share_before_fork()  # built once here, not once per worker
        collector.freeze()
    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=init_worker, initargs=(dictionaries, os.getpid()))

    def wait_any(running):
        done, rest = wait(running, return_when=FIRST_COMPLETED)
        return done, set(rest)

    try:
        yield from _bounded(lambda chunk: executor.submit(process_files, chunk), _chunks(tasks, total_bytes, workers),
                            4 * workers, wait_any)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        if fork:
            collector.thaw()


def _dask(tasks: Iterator[FileTask | FileResult], address: str) -> Iterator[FileResult]:
    try:
        from distributed import Client, as_completed
    except ImportError:  # pragma: no cover
        raise BatchError("--scheduler needs dask.distributed: pip install 'tcm-pipeline[cluster]'") from None
    import dask

    try:
        with dask.config.set(CLIENT_SETTINGS):  # its log of sent messages would keep every file's bytes
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


@collecting_only_new_objects()  # a fresh block per call (contextlib.ContextDecorator)
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
    max_file_mb: float | None = None,
    outputs=None,
) -> BatchResult:
    """Annotate new and changed documents, re-aggregate everything current (nothing is written
    to the output folder; see ``write_batch_outputs``).

    Each file's results go to the store as they come back and are not kept; relations are
    then aggregated from the store one document at a time (``batch/aggregate.py``). A file
    larger than ``max_file_mb`` (default ``MAX_FILE_MB``) is refused unread: one error line.
    ``outputs`` (the ``OutputOptions`` the caller will write with): when nothing changed since
    the run that wrote the output folder (``batch/noop.py``), the result is marked
    ``unchanged`` and nothing is aggregated; ``write_batch_outputs`` then writes nothing.

    The calling process's garbage collector leaves alone what existed before the call
    (``collecting_only_new_objects``): a caller holding an Annotator (the API, the benchmark)
    has millions of long-lived objects, and one full collection set off by the run's own
    allocations walked them all (0.6-0.9 s, in the run's first 0.03 s; which run meets it
    depends on the caller's history of allocations, not on this run)."""
    config = config or Config()
    started = time.perf_counter()
    roots = [Path(p) for p in paths] if paths else [default_path("corpus")]
    sources = find_documents(roots, include, exclude, skip=[Path(config.output_dir)])  # none: an error
    keys = [str(s.resolved or s.path.resolve()) for s in sources]
    display = {key: str(s.path) for s, key in zip(sources, keys)}
    store_path = Path(store) if store else Path(config.output_dir) / "store.sqlite"
    content_hash = dictionary_hash(config.dictionaries)  # the dictionary itself is loaded where it is used
    version = code_version()
    stats = BatchStats(files=len(sources), started_at=started)
    limit = int((MAX_FILE_MB if max_file_mb is None else max_file_mb) * 1_000_000)

    with Store(store_path) as db:
        states = db.states()
        gone = [p for p in states if not Path(p).exists()]
        stats.removed_files = db.forget(gone)
        pending: list[tuple[SourceDocument, str, int, str]] = []
        for source, key in zip(sources, keys):
            try:
                size, digest = source.path.stat().st_size, file_sha256(source.path)
            except OSError as exc:
                error = DocumentError(f"cannot read ({exc.strerror})", source.path)
                db.put(failed_result(FileTask(key, source.doc_id, b"", ""), "", error, content_hash))
                continue
            current = FileState(source.doc_id, digest, content_hash, version)
            if full or states.get(key) != current:
                pending.append((source, key, size, digest))
        stats.reused_files = len(sources) - len(pending)
        stats.inputs_key = _inputs_key(keys, db.states(), content_hash, version)
        if strict:
            reused = [k for k in keys if k not in {key for _, key, _, _ in pending}]
            _fail_fast(((k, r) for k, _, r in db.stream(reused, facts=False)), display)
        if outputs is not None and not pending and not stats.removed_files:
            key = noop.outputs_key(stats.inputs_key, config, outputs)
            kept = noop.unchanged(db.meta(noop.META_KEY), key, Path(config.output_dir))
            if kept is not None:
                return _unchanged(kept, stats, config, store_path, started)

        n_workers = min(workers or default_workers(), max(1, len(pending)))
        # fold meanwhile only when another process annotates: with one worker, this process (or
        # the child) is the one annotating, and a second core would make "1 process" two
        meanwhile = bool(scheduler) or n_workers > 1
        # ... and then the workers render each document's own outputs (batch/rendered.py)
        render = rendered_kinds(outputs) if meanwhile else ()
        remove_leftover_spools(store_path.parent)  # a killed run's spool would stay for good
        spool = Spool(store_path.parent, render) if render else None
        tasks = _tasks(pending, str(config.dictionaries), content_hash, limit, render)
        folding = RunningAggregate(keys, display, config, spool=spool)
        # a file is ready to fold once stored: the pending ones when the annotation phase says so
        waiting = {key for _, key, _, _ in pending}
        stored: set[str] = set()

        def ready(key: str) -> bool:
            return key not in waiting or key in stored

        def arrived(paths: list[str], rendered: dict | None = None) -> None:
            """Files stored (their rendered documents, if the workers rendered them)."""
            stored.update(paths)
            if spool is not None:
                spool.offer(rendered)
        budget = int(AGGREGATE_WHILE_ANNOTATING_MB * 1e6)
        to_annotate = sum(size for _, _, size, _ in pending if size <= limit)
        build = any(size <= limit for _, _, size, _ in pending)  # an Annotator is needed
        work = (tasks, n_workers, scheduler, build, str(config.dictionaries), content_hash, version,
                stats, sum(size for _, _, size, _ in pending), len(pending), strict, display, progress)
        if scheduler in (None, LOCAL) and to_annotate > CHILD_ABOVE_MB * 1e6 and _can_fork():
            # a large batch: the Annotator (~450 MB, and what it leaves behind when dropped)
            # lives in a child that exits when the files are annotated, so aggregation and
            # outputs start from a parent that never built it. The child loads its own
            # dictionary; one loaded here would have its pages copied into the child by their
            # reference counts (~110 MB). It is loaded here once the child has exited: loaded
            # while the child annotates, it added ~180 MB to the batch's peak (200 papers,
            # 2 workers: 1,256 MB instead of ~900), for ~0.3 s saved.
            db.close()
            _forget_dictionary(config.dictionaries)  # one left loaded by an earlier run
            connected = []

            def fold_some() -> bool:  # while the child annotates: one stored file, if one is ready
                if folding.size() > budget and spool is not None:
                    spool.stop()  # the rest is folded after the child: held until then, it would grow
                if folding.done or not ready(folding.keys[folding.position]) or folding.size() > budget:
                    return False
                if not connected:  # the store is opened after the fork (never across it)
                    db.reopen()
                    connected.append(True)
                return folding.advance(db, ready, budget, files=1) > 0

            cpu = time.process_time()
            try:
                # folding meanwhile allocates many objects: collections leave the old ones alone
                with collecting_only_new_objects() if meanwhile else contextlib.nullcontext():
                    stats = _in_child(_annotate, store_path, *work, listen=arrived if meanwhile else None,
                                      idle=fold_some if meanwhile else None,
                                      meanwhile=_AGGREGATE_MODULES + _output_modules(outputs, to_annotate))
            finally:
                db.reopen()
            stats.parent_cpu_annotating = time.process_time() - cpu
            dictionary = load_dictionary(config.dictionaries)
        else:
            dictionary = load_dictionary(config.dictionaries)

            def fold_stored(paths: list[str], rendered: dict | None = None) -> None:
                arrived(paths, rendered)
                folding.advance(db, ready, budget)

            _annotate(db, *work, stored=fold_stored if meanwhile else None)
            if stats.bytes_annotated > RELEASE_AFTER_MB * 1e6 and not scheduler:
                release_annotators()  # a large batch: the memory goes to aggregation and outputs
        stats.inputs_key = _inputs_key(keys, db.states(), content_hash, version)
        with collecting_only_new_objects():
            result = _aggregate(db, folding, dictionary, config, stats, started, store_path)
            result.spool = spool
            return result


def _annotate(db: Store | Path, tasks: Iterator[FileTask | FileResult], n_workers: int, scheduler: str | None,
              build: bool, dictionaries: str, dictionary_hash: str, version: str, stats: BatchStats,
              total_bytes: int, total_files: int, strict: bool, display: dict[str, str], progress: bool | None,
              stored: Callable[[list[str]], None] | None = None) -> BatchStats:
    """The annotation phase: build the Annotator (unless on a cluster), run the files through
    the executor and store each result as it comes back, a few files per transaction
    (``STORE_EVERY_FILES`` / ``STORE_EVERY_CHARS``: one commit per file was ~0.4 s of a
    2-process benchmark). ``db``: the open store, or its path (in a child: its own connection).
    ``stored``: told the paths of each transaction's files once it is committed."""
    own = not isinstance(db, Store)
    store = Store(db) if own else db
    buffer: list[FileResult] = []
    buffered = 0

    def flush() -> None:
        nonlocal buffered
        if buffer:
            store.put_many(buffer)  # stored, then dropped: aggregation reads the store
            paths = [r.path for r in buffer]
            rendered = _rendered_documents(buffer)
            buffer.clear()
            buffered = 0
            if stored is not None:
                stored(paths, rendered)

    cluster = contextlib.ExitStack()
    if build and not scheduler:  # forked workers inherit it
        startup = time.perf_counter()
        worker_annotator(dictionaries)  # built once per process (it loads the dictionary)
        stats.startup_seconds = time.perf_counter() - startup
    if scheduler == LOCAL:  # a LocalCluster whose workers share one Annotator, closed at the end
        startup = time.perf_counter()
        address = cluster.enter_context(local_cluster(n_workers, dictionaries))
        stats.startup_seconds = time.perf_counter() - startup
        results, stats.executor = _dask(tasks, address), f"dask LocalCluster ({n_workers} workers)"
    elif scheduler:
        results, stats.executor = _dask(tasks, scheduler), f"dask {scheduler}"
    elif n_workers > 1:
        results, stats.executor = _process_pool(tasks, n_workers, dictionaries, total_bytes), "processes"
    else:
        results, stats.executor = _in_process(tasks), "in-process"
    stats.workers = 1 if stats.executor == "in-process" else n_workers
    annotate_started = time.perf_counter()
    bar = _progress_bar(total_bytes, total_files, progress)
    try:
        for result in results:
            stats.last_result_at = time.perf_counter()
            if not stats.first_result_at:
                stats.first_result_at = stats.last_result_at
            if (result.dictionary_hash, result.code_version) != (dictionary_hash, version):
                raise BatchError(f"a worker runs other code or dictionaries ({result.code_version}, "
                                 f"{result.dictionary_hash}; expected {version}, {dictionary_hash}); "
                                 "install the same version and dictionaries on every worker")
            buffer.append(result)
            buffered += sum(len(d.text) + len(d.facts) for d in result.documents)
            stats.annotated_files += 1
            stats.annotated_documents += len(result.documents)
            stats.bytes_annotated += result.size
            stats.worker_seconds += result.seconds
            if bar is not None:
                bar.update(result.size)
                bar.set_postfix_str(f"{stats.annotated_files}/{total_files} files, "
                                    f"{stats.annotated_documents} documents", refresh=False)
            if strict and result.failed:
                flush()  # what is stored so far stays
                _fail_fast(((result.path, r) for r in result.failed), display)
            if len(buffer) >= STORE_EVERY_FILES or buffered >= STORE_EVERY_CHARS:
                flush()
            del result
        flush()
    finally:
        if hasattr(results, "close"):
            results.close()  # stops a pool or a client when we leave early
        cluster.close()
        if bar is not None:
            bar.close()
        if own:
            store.close()
    stats.annotate_seconds = time.perf_counter() - annotate_started if total_files else 0.0
    return stats


def rendered_kinds(outputs) -> tuple[str, ...]:
    """Which optional outputs the workers render documents for (``rendered.KINDS``): those of
    ``outputs``, the options the caller will write with (all of them when not told)."""
    from pipeline.review.outputs import OutputOptions

    options = outputs if outputs is not None else OutputOptions()
    return tuple(k for k in KINDS if getattr(options, k, False))


def _rendered_documents(results: list[FileResult]) -> dict[str, dict[int, bytes]]:
    """path -> {seq: rendered outputs} of the stored files whose documents the worker rendered,
    each of them (a file whose documents all failed has none to render: an empty dict)."""
    found: dict[str, dict[int, bytes]] = {}
    for r in results:
        docs = {seq: d.rendered for seq, d in enumerate(r.documents) if d.rendered is not None}
        if len(docs) == sum(d.status == "ok" for d in r.documents):
            found[r.path] = docs
    return found


def _forget_dictionary(folder) -> None:
    """Drop this process's loaded dictionary and give its memory back (load_dictionary
    reads it again from its disk cache, ~0.3-1 s). The dictionary holds no reference cycles:
    dropping the last reference frees it (measured: 150 -> 25 MB RSS with ``malloc_trim``, a
    full collection after it freed 2 MB more), so no ``gc.collect``, which walked the whole
    heap (0.4-0.6 s in a process that holds an Annotator, as the benchmark's does).

    Kept when an Annotator of this process holds it (an earlier small batch in the same
    process, an API caller's): dropping the loader's reference would free nothing, and the
    dictionary would be loaded a second time after the child (another ~150 MB and ~0.5 s)."""
    import ctypes

    from pipeline.batch.worker import _annotators
    from pipeline.dictionaries import loader

    key = str(Path(folder).resolve())
    entry = loader._loaded.get(key)
    if entry is None:
        return  # nothing loaded here (a fresh batch process)
    if any(getattr(ann, "dictionary", None) is entry[1] for ann in _annotators.values()):
        return  # alive anyway
    del loader._loaded[key]
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


# What the aggregate imports (its frames), in the parent while the child annotates: not imported
# with this module, so it is off a batch's start-up (~0.35 s of CPU), and a parent idle while the
# child works does it there instead of after
_AGGREGATE_MODULES = ("pandas",)
# What writing the outputs imports that a parent whose child annotated has not imported yet:
# spaCy (the report's entity renderer: ~1-1.8 s) and matplotlib (the network figure: ~0.5 s)
_REPORT_MODULES = ("pipeline.report.html",)
_NETWORK_MODULES = ("pipeline.report.network", "matplotlib.figure", "matplotlib.backends.backend_agg",
                    "matplotlib.backends.backend_svg", "matplotlib.lines", "matplotlib.patches")


# ... but only below this much to annotate: they add ~90 MB to the parent (52 MB spaCy, 36 MB
# matplotlib) while the child holds the Annotator, when a large batch's peak is reached
IMPORT_OUTPUTS_BELOW_MB = 32.0


def _output_modules(outputs, to_annotate: int) -> tuple[str, ...]:
    """The modules the outputs ``outputs`` (``OutputOptions``; None: the caller writes none)
    will import, to be imported while the child annotates ``to_annotate`` bytes
    (``_in_child``'s ``meanwhile``); none for a large batch (``IMPORT_OUTPUTS_BELOW_MB``)."""
    if outputs is None or to_annotate > IMPORT_OUTPUTS_BELOW_MB * 1e6:
        return ()
    return (_REPORT_MODULES if outputs.report else ()) + (_NETWORK_MODULES if outputs.network else ())


def _import_all(names: tuple[str, ...]) -> None:
    """Import ``names``, ignoring failures: the outputs import them again and report there."""
    import importlib

    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001, S110 - only a head start: the real import raises
            pass


def _in_child(work, *args, listen: Callable[[list[str]], None] | None = None,
              idle: Callable[[], bool] | None = None, meanwhile: tuple[str, ...] = ()):
    """``work(*args)`` in a forked child (it dies with this process); returns what it returns
    and raises what it raised. The child's memory — the Annotator, its caches, the heap it
    leaves fragmented — goes back to the OS when it exits.

    ``listen``: ``work`` is given ``stored=``, a function whose calls (a list of paths) reach
    ``listen`` here; meanwhile, whenever no message is waiting, ``idle()`` is called until it
    returns False (it does one small piece of work at a time, so the pipe is kept drained).

    ``meanwhile``: modules this process imports in a thread while the child works (what the
    outputs need after it: the tail of a run that is otherwise serial; a core is idle then with
    one worker). The thread starts after the fork and is joined before this returns, so no
    fork (the outputs' forked renderers) ever happens while it holds an import lock."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child_main, args=(send, work, args, os.getpid(), listen is not None),
                            name="tcm-annotate")
    # the child's garbage collector then leaves the parent's pages (the dictionary) shared; a
    # caller's freeze (run_batch's collecting_only_new_objects) stays
    first = collector.freeze()
    try:
        child.start()
    finally:
        if first:
            collector.thaw()
    send.close()
    importer = None
    if meanwhile:
        import threading

        importer = threading.Thread(target=_import_all, args=(meanwhile,), name="tcm-output-imports", daemon=True)
        importer.start()
    outcome = None
    try:
        while True:
            if idle is not None and not receive.poll() and idle():
                continue
            kind, value = receive.recv()
            if kind == "stored" and listen is not None:
                listen(*value)
                continue
            outcome = value
            break
    except EOFError:
        pass
    finally:
        receive.close()
        child.join()
        if importer is not None:
            importer.join()
    if outcome is None:
        raise BatchError(f"the annotating process died (exit code {child.exitcode}); files stored so far "
                         "are kept, the next run annotates the rest")
    ok, value = outcome
    if not ok:
        raise value
    return value


def _child_main(send, work, args, parent: int, tell: bool = False) -> None:
    from pipeline.batch.worker import die_with_parent

    die_with_parent(parent)
    try:
        if tell:
            outcome = (True, work(*args, stored=lambda *value: send.send(("stored", value))))
        else:
            outcome = (True, work(*args))
    except BaseException as exc:  # noqa: BLE001 - sent to the parent, raised there
        try:
            import pickle

            pickle.dumps(exc)
            outcome = (False, exc)
        except Exception:  # noqa: BLE001 - an exception that does not pickle
            outcome = (False, BatchError(f"{type(exc).__name__}: {exc}"))
    send.send(("done", outcome))
    send.close()


def _unchanged(kept: dict, stats: BatchStats, config: Config, store_path: Path, started: float) -> BatchResult:
    """The result of a run that found nothing changed: what the last run reported."""
    stats.documents = int(kept.get("documents", 0))
    stats.failed = len(kept.get("errors", []))
    result = BatchResult(errors=[tuple(e) for e in kept.get("errors", [])], stats=stats, store_path=store_path)
    result.unchanged, result.config = True, config
    result.n_relations = int(kept.get("relations", 0))
    result.mention_counts = dict(kept.get("mentions", {}))
    result.seconds = time.perf_counter() - started
    return result


def _inputs_key(keys: list[str], states: dict[str, FileState], dictionary_hash: str, version: str) -> str:
    """What this run's results follow from: the inputs in order with their stored states."""
    parts = [dictionary_hash, version] + [f"{k}\0{vars(states[k]) if k in states else ''}" for k in keys]
    return sha256("\n".join(parts))


def _fail_fast(records: Iterable[tuple[str, DocumentRecord]], display: dict[str, str]) -> None:
    """--strict: the first failed document stops the batch (what is stored so far stays)."""
    for key, record in records:
        if record.status != "ok":
            raise BatchError(f"{display.get(key, key)}: {record.error_class}: {record.error} "
                             "(--strict: a failed document stops the batch)")


def _tasks(pending: list[tuple[SourceDocument, str, int, str]], dictionaries: str, dictionary_hash: str,
           limit: int, render: tuple[str, ...] = ()) -> Iterator[FileTask | FileResult]:
    for source, key, size, digest in pending:
        if size > limit:  # refused unread: its hash is stored, so the next run does not try again
            yield too_large(key, source.doc_id, size, digest, limit, dictionary_hash)
            continue
        data = _read(source)
        if isinstance(data, OSError):  # gone or unreadable since it was hashed
            error = DocumentError(f"cannot read ({data.strerror})", source.path)
            yield failed_result(FileTask(key, source.doc_id, b"", dictionaries), "", error, dictionary_hash)
        else:
            yield FileTask(key, source.doc_id, data, dictionaries, render)


def too_large(key: str, file_id: str, size: int, digest: str, limit: int, dictionary_hash: str) -> FileResult:
    message = (f"file too large ({size / 1e6:,.1f} MB; the limit is {limit / 1e6:g} MB): split it into "
               "smaller files or raise --max-file-mb")
    record = DocumentRecord(file_id, digest, "", "failed", error_class="FileTooLarge", error=message)
    return FileResult(key, file_id, digest, size, "", dictionary_hash, code_version(), [record])


def _progress_bar(total_bytes: int, total_files: int, enabled: bool | None):
    """tqdm on stderr (documents done, MB/s, ETA); off when stderr is not a terminal."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled or not total_files:
        return None
    from tqdm import tqdm

    return tqdm(total=total_bytes, unit="B", unit_scale=True, unit_divisor=1000, desc="annotating",
                file=sys.stderr, dynamic_ncols=True, smoothing=0.1, postfix=f"0/{total_files} files")


def _aggregate(db: Store, folding: RunningAggregate, dictionary, config: Config, stats: BatchStats,
               started: float, store_path: Path) -> BatchResult:
    """Fold what is not folded yet (everything, unless files were folded while annotating),
    then the relations table."""
    folding.advance(db)
    errors, included, keys = folding.errors, folding.included, folding.keys
    result = BatchResult(errors=errors, manifest=_frame(folding.manifest, columns=MANIFEST_COLUMNS),
                         sources=folding.sources, stats=stats, store_path=store_path, keys=keys, included=included,
                         dictionary=dictionary, db=db)
    agg, composites, counts = folding.result()
    result.relations = relations_table(agg, composites, dictionary, config)
    result.n_relations = len(result.relations)
    result.mention_counts = counts
    result.config = config
    result.db = None
    stats.documents = len(included)
    stats.failed = len(errors)
    result.seconds = time.perf_counter() - started
    return result


def summary(result: BatchResult) -> str:
    s = result.stats
    line = (f"{s.documents} documents from {s.files} files ({s.annotated_files} annotated, {s.reused_files} "
            f"unchanged, {s.removed_files} removed), {sum(result.mention_counts.values())} mentions, "
            f"{result.n_relations} relations, {s.failed} failed, {result.seconds:.1f} s")
    if result.unchanged:
        line += "; nothing changed since the last run: outputs kept as they are"
    if s.annotated_files:
        line += (f"; annotation {s.docs_per_s:.1f} documents/s, {s.mb_per_s:.2f} MB/s "
                 f"({s.workers} worker{'s' if s.workers > 1 else ''}, {s.executor})")
    return line
