"""Per-document outputs rendered where the document is annotated, spooled while the others are.

A batch's outputs are of two kinds. mentions.csv, the BioC annotations and passages, the
PubTator title/abstract/mention lines and the sentences that may be a relation's evidence in
the report need only the document; the BioC and PubTator relations (their scores and labels)
and the report's choice of evidence need the whole corpus. With several workers, each worker
renders the first kind for the documents it annotates, from the facts it holds as objects
(``render_document``; no parse, no dictionary in the parent), and the calling process writes
them, in discovery order, to a spool file as it folds each file into the aggregate
(``Spool``). After the last worker only the corpus-wide parts remain: ``finish_document``
joins each spooled document with its relations (batch/outputs.py ``stream_documents``).

The spool covers a prefix of the documents in order: the first file folded without rendered
outputs (one stored by an earlier run, or a worker that rendered nothing) ends it, and the
documents after it are rendered at the end from the store, by the same functions, so the
files are the same bytes either way (tests/test_batch_rendered.py).
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
import weakref
from collections.abc import Iterator
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

import orjson

from pipeline.dictionaries.schema import Entity
from pipeline.io.bioc_writer import bioc_document_head, bioc_relations_json, document_pair_rows
from pipeline.io.pubtator_writer import is_abstract, pubtator_head_lines, pubtator_relation_lines
from pipeline.review.cells import may_need_neutralising, neutralise_all

KINDS = ("bioc", "pubtator", "report")  # the optional outputs a rendering may serve (mentions: always)
# Rendered documents stored but not folded yet are held in memory up to this much; past it the
# spool ends (the rest is rendered at the end): files arrive out of order by a few transactions
# at most, so this is reached only when folding stops meanwhile (its memory budget).
MAX_PENDING_BYTES = 32_000_000
# ``.rendered.<pid>.<random>.tmp``: the pid of the run that writes it, so that a later run can
# tell a leftover of a killed run (``remove_leftover_spools``) from a spool in use
SPOOL_PREFIX = ".rendered."


class EvidenceMention(NamedTuple):
    """What the report draws of a mention (``EvidenceSentence.mentions``)."""

    sentence_start: int
    sentence_end: int
    label: str
    entity_id: str


def _entity(entity_id: str, dictionary, composites: dict[str, dict]) -> Entity:
    if entity_id in composites:
        return Entity(**composites[entity_id])
    return dictionary[entity_id]


def mention_rows(doc, dictionary) -> tuple[list[tuple], list[list[str]]]:
    """Per mention, in the document's order: (start, end, entity_id, type, name, how) for
    BioC/PubTator, and its mentions.csv row as text."""
    found, rows = [], []
    names: dict[str, tuple[str, str]] = {}  # entity id -> (name, name_zh), looked up once per document
    for s in doc.sentences:
        head = [doc.doc_id, s.section, str(s.paragraph), str(s.sentence_id)]
        for m in s.mentions:
            entity_id = m.entity_id
            named = names.get(entity_id)
            if named is None:
                entity = _entity(entity_id, dictionary, doc.composites)
                named = names[entity_id] = (entity.name or "", entity.name_zh or "")
            name, name_zh = named
            found.append((m.start, m.end, entity_id, m.label, name or name_zh, m.how))
            rows.append([*head, str(m.start), str(m.end), m.text, m.label, entity_id, name, name_zh, s.lang, m.how])
    return found, rows


def csv_rows_text(rows: list[list[str]]) -> str:
    """mentions.csv lines of ``rows``, each cell neutralised (``review.cells``) as the file
    writes it: checked once over all the cells, as most documents need nothing."""
    if may_need_neutralising(chain.from_iterable(rows)):
        rows = [neutralise_all(row) for row in rows]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def evidence_rows(doc) -> list[list]:
    """The sentences that may be a relation's evidence in the report (two entities or more):
    [section, paragraph, sentence id, language, text, [[start, end, label, entity id], …]]."""
    rows = []
    for s in doc.sentences:
        mentions = s.mentions
        if len(mentions) < 2 or len({m.entity_id for m in mentions}) < 2:
            continue
        rows.append([s.section, s.paragraph, s.sentence_id, s.lang, s.text,
                     [[m.sentence_start, m.sentence_end, m.label, m.entity_id] for m in mentions]])
    return rows


def render_document(record, doc, dictionary, kinds: tuple[str, ...]) -> dict:
    """What of the outputs one document gives by itself (``kinds``: which optional outputs to
    serve, of ``KINDS``). ``record``: its stored record (text, passages, format…); ``doc``: its
    ``DocumentFacts``. Keys: d doc id, m mentions.csv lines, n their number, b the BioC head, f
    each entity's first annotation, q the pair rows, p the PubTator head lines (None: not an
    abstract), e the evidence sentences."""
    found, rows = mention_rows(doc, dictionary)
    out: dict = {"d": doc.doc_id, "m": csv_rows_text(rows), "n": len(rows)}
    wants_pairs = "bioc" in kinds or "pubtator" in kinds
    if wants_pairs:
        by_start = sorted(found, key=itemgetter(0, 1, 2))
        out["q"] = document_pair_rows(doc)
    if "bioc" in kinds:
        out["b"], out["f"] = bioc_document_head(record, by_start)
    if "pubtator" in kinds:
        out["p"] = pubtator_head_lines(record, by_start) if is_abstract(record) else None
    if "report" in kinds:
        out["e"] = evidence_rows(doc)
    return out


def render_bytes(record, doc, dictionary, kinds: tuple[str, ...]) -> bytes:
    """``render_document`` as it travels to the calling process and lies in the spool."""
    return orjson.dumps(render_document(record, doc, dictionary, kinds))


def bioc_text(rendered: dict, known: dict[str, tuple[float, str]]) -> str:
    """The document's BioC JSON text, with the corpus-wide relations ``known``."""
    return rendered["b"] + bioc_relations_json(rendered["q"], rendered["f"], known) + "]}"


def pubtator_text(rendered: dict, labels: dict[str, str]) -> str | None:
    """The document's PubTator block, or None when it is not an abstract."""
    head = rendered["p"]
    if head is None:
        return None
    return "\n".join(head + pubtator_relation_lines(rendered["d"], rendered["q"], labels)) + "\n"


class Spool:
    """Rendered documents written to a temporary file in discovery order, as their files are
    folded (``file_folded``); ``offer`` holds what arrives before its file is folded. Opened on
    the first write (never before a fork: a child would inherit its buffer). Removed when
    read (``close``) or when its owner is collected."""

    def __init__(self, folder: Path, kinds: tuple[str, ...]):
        self.folder, self.kinds = Path(folder), tuple(kinds)
        self.position = 0  # keys[:position] are in the spool
        self.stopped = False
        self.pending: dict[str, dict[int, bytes]] = {}
        self.pending_bytes = 0
        self.path: Path | None = None
        self._handle = None
        self._finalizer = None

    def serves(self, options) -> bool:
        """Whether the spooled documents hold every part the outputs of ``options`` need."""
        needed = [k for k in KINDS if getattr(options, k, False)]
        return all(k in self.kinds for k in needed)

    def offer(self, rendered: dict[str, dict[int, bytes]] | None) -> None:
        """Files stored by the annotating side, with their documents rendered (by seq)."""
        if self.stopped or not rendered:
            return
        for key, docs in rendered.items():
            self.pending[key] = docs
            self.pending_bytes += sum(len(d) for d in docs.values())
        if self.pending_bytes > MAX_PENDING_BYTES:
            self.stop()

    def file_folded(self, key: str, included: list[int]) -> None:
        """``key``'s file was folded, its documents ``included`` (seqs) aggregated."""
        if self.stopped:
            return
        docs = self.pending.pop(key, None)
        if docs is None or any(seq not in docs for seq in included):
            self.stop()
            return
        self.pending_bytes -= sum(len(d) for d in docs.values())
        if included:
            handle = self._open()
            for seq in included:
                handle.write(docs[seq])
                handle.write(b"\n")
        self.position += 1

    def stop(self) -> None:
        """No more documents: the spool keeps what it has (the prefix)."""
        self.stopped = True
        self.pending.clear()
        self.pending_bytes = 0

    def _open(self):
        if self._handle is None:
            fd, path = tempfile.mkstemp(prefix=f"{SPOOL_PREFIX}{os.getpid()}.", suffix=".tmp", dir=self.folder)
            self.path = Path(path)
            self._handle = os.fdopen(fd, "wb")
            self._finalizer = weakref.finalize(self, _remove, self._handle, self.path)
        return self._handle

    def documents(self) -> Iterator[dict]:
        """The spooled documents, in order (the spool is complete: nothing more is added)."""
        self.stop()
        if self._handle is None:
            return
        self._handle.flush()
        with open(self.path, "rb") as handle:
            for line in handle:
                yield orjson.loads(line)

    def close(self) -> None:
        self.stop()
        if self._finalizer is not None:
            self._finalizer()


def _remove(handle, path: Path) -> None:
    handle.close()
    path.unlink(missing_ok=True)


def _process_alive(pid: int) -> bool:
    """Whether a process ``pid`` exists (signal 0 only checks: POSIX ``kill(2)``)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by another user
        return True
    return True


def remove_leftover_spools(folder: Path) -> list[Path]:
    """Delete the spool files of runs that died before removing them; return what was deleted.

    A spool is removed when read or when its owner is collected, but a run killed by SIGKILL
    (or the OOM killer, or a power cut) runs neither, and its spool — up to the size of the
    batch's rendered outputs — stays in the folder for good. A file is a leftover when the
    process named in it is gone; a spool of a run still going (another store in the same
    folder) is left alone. Not on Windows, where signal 0 would terminate the process: there
    a leftover stays, as before.
    """
    if os.name == "nt":
        return []
    removed = []
    for path in Path(folder).glob(f"{SPOOL_PREFIX}*.tmp"):
        pid_text = path.name[len(SPOOL_PREFIX):].split(".", 1)[0]
        if not pid_text.isdigit() or int(pid_text) == os.getpid() or _process_alive(int(pid_text)):
            continue
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed
