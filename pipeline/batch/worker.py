"""The unit of batch work: one file's bytes in, its documents' stored results out.

``process_file`` runs wherever the batch sends it: in the calling process, in a
``ProcessPoolExecutor`` worker or on a Dask worker. The bytes travel with the task, so a
cluster needs no shared file system. The Annotator (jieba user words, compiled dictionary
matcher) exists once per process — built by the parent before it forks the pool (workers
share it copy-on-write), else by ``init_worker`` or on the first task (Dask) — and is reused
for every document; spaCy Docs are not built (facts do not need them).
"""

from __future__ import annotations

import hashlib
import threading
import time
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.batch.store import DocumentRecord, FileResult, sha256
from pipeline.errors import PipelineError

# Sources whose change changes what is stored per document (readers, text, annotation, facts
# with their typed pairs).
# the whole relations package: effects.py imports a dozen rule modules (negation, roles,
# protocol, ...) whose changes alter stored pair labels and weights; listing its files one by one
# left a change to relations/protocol.py reusing stale results
CODE_PARTS = ("io/readers", "io/corpus.py", "text", "nlp", "relations", "_core", "dictionaries/loader.py",
              "dictionaries/schema.py", "batch/worker.py")

_lock = threading.Lock()
_annotators: dict = {}  # dictionaries folder -> Annotator, one per process


@dataclass
class FileTask:
    path: str  # resolved path (the store key)
    file_id: str  # doc_id for single-document formats
    data: bytes
    dictionaries: str  # folder, as the worker sees it
    render: tuple[str, ...] = ()  # render the per-document outputs too (batch/rendered.py KINDS)


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the sources that produce stored results: a change re-annotates everything."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for part in CODE_PARTS:
        target = root / part
        files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
        for f in files:
            digest.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def annotator(dictionaries: str, dictionary=None):
    """This process's Annotator for a dictionaries folder (built on first use, thread-safe).

    The batch runner builds it in the parent from the dictionary it has already loaded, so
    forked pool workers inherit it ready-made; spawned and Dask workers build their own.
    """
    from pipeline.dictionaries.loader import load_dictionary
    from pipeline.nlp.annotator import Annotator
    from pipeline.nlp.matcher import TermIndex

    with _lock:
        if dictionaries not in _annotators:
            dictionary = dictionary or load_dictionary(dictionaries)
            built = Annotator(dictionary, TermIndex(dictionary), make_docs=False)
            warm(built)
            _annotators[dictionaries] = built
        return _annotators[dictionaries]


FORGET_EVERY_MB = 2.0  # a worker drops the answers it remembered per text after this much input
_seen = [0]


def _forget_now_and_then(ann, size: int) -> None:
    """The Annotator remembers answers per text (jieba word edges per paragraph, fuzzy links,
    clause breaks) in caches bounded by entries, not bytes: with long paragraphs they reach
    hundreds of MB. Dropped every ``FORGET_EVERY_MB`` of input, a worker's memory stays bounded
    whatever the corpus (answers recur mostly within a document, so little is lost)."""
    _seen[0] += size
    if _seen[0] > FORGET_EVERY_MB * 1e6:
        from pipeline.api import forget_remembered_texts

        forget_remembered_texts(ann)
        _seen[0] = 0


def release_annotators() -> None:
    """Drop this process's Annotators and give their memory back to the OS (``malloc_trim`` on
    glibc): a batch's parent needs no Annotator once its files are annotated, and ~200 MB of
    it is then free for aggregation and outputs."""
    import ctypes
    import gc

    from pipeline.api import forget_remembered_texts

    with _lock:
        for ann in _annotators.values():
            forget_remembered_texts(ann)  # answers remembered per text: they grow with the corpus
        _annotators.clear()
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc
        pass


M_TRIM_THRESHOLD = -1  # glibc malloc.h
TRIM_THRESHOLD = 64 * 1024


def return_freed_memory_promptly() -> bool:
    """Make glibc give freed heap memory back to the OS once 64 KiB are free at the top of the
    heap (``mallopt(M_TRIM_THRESHOLD)``). By default the threshold grows with the largest block
    freed (up to 64 MB), so a worker that once held a large document keeps its peak for good.
    Dask sets the same for the workers it spawns (``MALLOC_TRIM_THRESHOLD_=65536``, see
    distributed's "Memory not released back to the OS"); a forked worker inherits the setting
    from the process that forks it, so the batch sets it there. Measured on 200 papers with a
    2-worker LocalCluster: peak PSS 1,083 -> 956-962 MB. Returns whether it was set."""
    import ctypes

    try:
        return ctypes.CDLL("libc.so.6").mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1
    except (OSError, AttributeError):  # not glibc
        return False


def warm(ann) -> None:
    """Load now what the Annotator loads on first use (the fuzzy linker's index), so that it
    is part of the start-up and forked workers share it instead of each loading it; likewise
    the index of jieba's word pairs that the Chinese edge test reads (a copy of two buffers)."""
    from pipeline.nlp.segmenter import crossing_reach

    crossing_reach()
    linker = getattr(ann, "linker", None)
    if linker is not None and getattr(ann, "link_unmatched", False):
        linker.generator()


def share_before_fork() -> None:
    """Build now, in a process about to fork several workers, what each of them would otherwise
    build for itself on first use: scispacy's abbreviation pipeline (spaCy's blank English with
    scispacy's tokenizer, a sentencizer and the Schwartz & Hearst detector; nlp/abbreviations.py),
    which the first English paragraph with a parenthesised short form needs — nearly every paper,
    as ChinaXiv papers carry an English abstract. 1.2 CPU-s per worker on a loaded machine; the
    20-paper dev sample with 2 workers used 11.8-12.0 CPU-s instead of 12.8-13.3. The workers then
    share its pages. Not in ``warm``: one process builds it on first use anyway, and a batch's
    start-up (import to the first document) stays as short. A missing library is left for the
    worker that needs it to report, as before."""
    from pipeline.nlp.abbreviations import _abbreviation_nlp

    try:
        _abbreviation_nlp()
    except ImportError:
        pass


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int | None = None) -> bool:
    """Ask the kernel to kill this process when its parent dies (Linux ``prctl(PR_SET_PDEATHSIG,
    SIGKILL)``), so a batch killed with kill -9 leaves no worker behind. ``parent``: the pid the
    caller expects as parent; if it is already gone (it died before the call), exit now.
    Returns whether the request was made (False where there is no prctl)."""
    import ctypes
    import os
    import signal
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if parent is not None and os.getppid() != parent:
        os._exit(1)
    return True


def init_worker(dictionaries: str, parent: int | None = None) -> None:
    """ProcessPoolExecutor initializer: die with the parent, build the Annotator before the
    first task arrives, then freeze what exists (``gc.freeze``): the collector's full passes
    then walk only what the documents create, not the Annotator's ~0.8 million long-lived
    objects. A forked worker inherits the parent's freeze already (batch/runner.py); a spawned
    one built its Annotator here, unfrozen."""
    from pipeline.batch import collector

    die_with_parent(parent)
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.filterwarnings("ignore", message=r".*\[W036\].*")
    annotator(dictionaries)
    collector.freeze()


def _first_line(exc: BaseException) -> str:
    text = exc.message if isinstance(exc, PipelineError) else str(exc)
    return text.splitlines()[0] if text else ""


def failed_result(task: FileTask, fmt: str, exc: BaseException, dictionary_hash: str) -> FileResult:
    record = DocumentRecord(task.file_id, sha256(task.data), fmt, "failed",
                            error_class=type(exc).__name__, error=_first_line(exc))
    return FileResult(task.path, task.file_id, sha256(task.data), len(task.data), fmt, dictionary_hash,
                      code_version(), [record])


def _rendered(record: DocumentRecord, parsed, dictionary, kinds: tuple[str, ...]) -> bytes | None:
    """The document's own part of the outputs (``rendered.render_bytes``), rendered here where
    its facts are objects already. None when that fails: the outputs then render it from the
    store, as without workers, and meet the same error where it is reported."""
    from pipeline.batch.rendered import render_bytes

    try:
        return render_bytes(record, parsed, dictionary, kinds)
    except Exception:  # noqa: BLE001 - an optimisation only: the end of the run does it again
        return None


def process_file(task: FileTask, keep_parsed: bool = False) -> FileResult:
    """Read the documents of one file and annotate each; failures become records, never raise.

    ``keep_parsed``: the records also carry their ``DocumentFacts`` objects (in-process runs:
    the caller would otherwise parse the JSON it was just given; never across processes)."""
    from pipeline.io.readers import format_of, language_mix, read_file

    started = time.perf_counter()
    ann = annotator(task.dictionaries)
    _forget_now_and_then(ann, len(task.data))
    dictionary_hash = ann.dictionary.content_hash
    fmt = format_of(task.path, task.data)
    try:
        documents = read_file(task.path, task.data, task.file_id)
    except Exception as exc:  # noqa: BLE001 — DocumentError or a reader bug: one error line, the batch goes on
        return failed_result(task, fmt, exc, dictionary_hash)
    records = []
    for doc in documents:
        base = {"doc_id": doc.doc_id, "content_hash": sha256(doc.text or task.data), "format": doc.format,
                "encoding": doc.encoding, "title": doc.title, "chars": len(doc.text)}
        if doc.error:
            records.append(DocumentRecord(status="failed", error_class="DocumentError", error=doc.error, **base))
            continue
        try:
            _, parsed = ann.analyse(doc.doc_id, doc.text)  # as the spaCy component tcm_entities does
            facts = parsed.to_json()
        except Exception as exc:  # noqa: BLE001 — an annotator bug on one document must not stop the batch
            records.append(DocumentRecord(status="failed", error_class=type(exc).__name__,
                                          error=_first_line(exc), **base))
            continue
        language, share = language_mix(doc.text)
        record = DocumentRecord(status="ok", language=language, zh_share=share, facts=facts,
                                parsed=parsed if keep_parsed else None,
                                text=doc.text, passages=doc.passages_json(), **base)
        if task.render:
            record.rendered = _rendered(record, parsed, ann.dictionary, task.render)
        records.append(record)
    return FileResult(task.path, task.file_id, sha256(task.data), len(task.data), fmt, dictionary_hash,
                      code_version(), records, time.perf_counter() - started)


def process_files(tasks: list[FileTask]) -> list[FileResult]:
    """``process_file`` of each task, in order: one pool task for several small files
    (batch/runner.py ``_chunks``)."""
    return [process_file(task) for task in tasks]
