"""The per-document store of a batch: SQLite (standard library), one file, e.g. outputs/store.sqlite.

Tables:

- ``files``: one row per input file: path (resolved, the key), the doc_id it was given, its
  content hash (SHA-256 of the bytes), format, and the dictionary hash and code version its
  results were computed with. A file is *current* when all four still match; only files that
  are not current are read and annotated again.
- ``documents``: one row per document read from a file (several for BioC and PubTator; one
  row with status ``failed`` for a file that could not be read): doc_id, text hash, format,
  encoding, language mix, status, error class and message, the extracted text and passages
  (for the BioC/PubTator writers) and the ``DocumentFacts`` JSON that relations are
  aggregated from.

Each file's results are replaced in one transaction (WAL journal), so a run killed at any
point leaves every file either fully stored or not at all; the next run re-does the rest.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY,          -- resolved path of the input file
    file_id TEXT NOT NULL,          -- doc_id given to the file (single-document formats)
    content_hash TEXT NOT NULL,     -- SHA-256 of the file's bytes
    size INTEGER NOT NULL,
    format TEXT NOT NULL,
    dictionary_hash TEXT NOT NULL,
    code_version TEXT NOT NULL,
    n_documents INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    path TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
    seq INTEGER NOT NULL,           -- order inside the file
    doc_id TEXT NOT NULL,
    content_hash TEXT NOT NULL,     -- SHA-256 of the document text (of the file bytes when failed)
    format TEXT NOT NULL,
    encoding TEXT NOT NULL,
    title TEXT NOT NULL,
    language TEXT NOT NULL,         -- zh | en | zh+en
    zh_share REAL NOT NULL,         -- CJK characters / (CJK + Latin letters)
    chars INTEGER NOT NULL,
    status TEXT NOT NULL,           -- ok | failed
    error_class TEXT NOT NULL,
    error TEXT NOT NULL,
    facts TEXT NOT NULL,            -- DocumentFacts JSON ('' when failed)
    text TEXT NOT NULL,             -- the annotated text (offsets point into it)
    passages TEXT NOT NULL,         -- JSON list of Passage (BioC/PubTator coordinates)
    dictionary_hash TEXT NOT NULL,
    code_version TEXT NOT NULL,
    PRIMARY KEY (path, seq)
);
CREATE INDEX IF NOT EXISTS documents_doc_id ON documents(doc_id);
"""


# SQLite refuses a value over SQLITE_MAX_LENGTH (10^9 bytes by default) with "string or blob
# too big"; a document whose text or facts come near it is stored as a failure instead.
MAX_VALUE_BYTES = 500_000_000


def sha256(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def file_sha256(path: Path, chunk: int = 1 << 20) -> str:
    """SHA-256 of a file read in chunks (a 100 MB file is never held whole to be hashed)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class DocumentRecord:
    """One document's stored result (what a worker sends back)."""

    doc_id: str
    content_hash: str
    format: str
    status: str  # "ok" | "failed"
    encoding: str = ""
    title: str = ""
    language: str = ""
    zh_share: float = 0.0
    chars: int = 0
    error_class: str = ""
    error: str = ""
    facts: str = ""
    text: str = ""
    passages: list[dict] = field(default_factory=list)
    # ``facts`` parsed, when this process already did (never stored, never sent back by a worker)
    parsed: object = field(default=None, repr=False, compare=False)
    # its per-document outputs, rendered by the worker (batch/rendered.py; never stored)
    rendered: bytes | None = field(default=None, repr=False, compare=False)


@dataclass
class FileResult:
    """Everything a worker found in one file."""

    path: str  # resolved
    file_id: str
    content_hash: str
    size: int
    format: str
    dictionary_hash: str
    code_version: str
    documents: list[DocumentRecord]
    seconds: float = 0.0

    @property
    def failed(self) -> list[DocumentRecord]:
        return [d for d in self.documents if d.status != "ok"]


@dataclass
class FileState:
    file_id: str
    content_hash: str
    dictionary_hash: str
    code_version: str


class Store:
    """Per-document results of batch runs, in one SQLite file."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._connect()

    def reopen(self) -> None:
        """A fresh connection (after another process — a forked child — wrote to the store;
        a connection must not be used across a fork)."""
        self.db.close()
        self._connect()

    def _connect(self) -> None:
        self.db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")  # durable across a killed process
        self.db.execute("PRAGMA foreign_keys=ON")
        with self.transaction():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self.db.execute(statement)
            found = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if found is None:
                self.db.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            elif found[0] != SCHEMA_VERSION:  # an older layout: start afresh, results are recomputable
                self.db.execute("DELETE FROM documents")
                self.db.execute("DELETE FROM files")
                self.db.execute("UPDATE meta SET value=? WHERE key='schema'", (SCHEMA_VERSION,))

    def transaction(self):
        return _Transaction(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:  # noqa: PYI034
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- reading ---------------------------------------------------------------------------

    def states(self) -> dict[str, FileState]:
        """path -> what the stored results of that file were computed from."""
        rows = self.db.execute("SELECT path, file_id, content_hash, dictionary_hash, code_version FROM files")
        return {r[0]: FileState(*r[1:]) for r in rows}

    def documents(self, paths: Iterable[str]) -> Iterator[tuple[str, DocumentRecord]]:
        """(path, record) for the stored documents of ``paths``, in the order given."""
        for path in paths:
            rows = self.db.execute(
                "SELECT doc_id, content_hash, format, status, encoding, title, language, zh_share, chars, "
                "error_class, error, facts, text, passages FROM documents WHERE path=? ORDER BY seq",
                (path,),
            )
            for r in rows:
                yield path, DocumentRecord(*r[:13], passages=orjson.loads(r[13]))

    def stream(self, paths: Iterable[str], facts: bool = True, text: bool = False,
               ) -> Iterator[tuple[str, int, DocumentRecord]]:
        """(path, seq, record) of every document of ``paths``, one row in memory at a time;
        without ``facts``/``text`` the record carries no facts / no text or passages."""
        columns = ("facts" if facts else "''") + (", text, passages" if text else ", '', '[]'")
        for path in paths:
            rows = self.db.execute(
                "SELECT seq, doc_id, content_hash, format, status, encoding, title, language, zh_share, chars, "
                f"error_class, error, {columns} FROM documents WHERE path=? ORDER BY seq",
                (path,),
            )
            for r in rows:
                yield path, r[0], DocumentRecord(*r[1:14], passages=orjson.loads(r[14]))

    def meta(self, key: str) -> str | None:
        found = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return found[0] if found else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM files").fetchone()[0]

    # --- writing ---------------------------------------------------------------------------

    def put(self, result: FileResult) -> None:
        """Replace one file's results, atomically. A document whose text or facts are larger
        than SQLite can hold (``MAX_VALUE_BYTES``) is stored as failed, with one error line."""
        self.put_many([result])

    def put_many(self, results: list[FileResult]) -> None:
        """Replace several files' results in one transaction (one commit, one WAL sync for
        the lot: a batch stores its results a few at a time); every file is stored whole or
        not at all, as with ``put``."""
        with self.transaction():
            for result in results:
                self._put(result)

    def _put(self, result: FileResult) -> None:
        for i, d in enumerate(result.documents):
            size = max(len(d.text), len(d.facts)) * 4  # UTF-8: at most 4 bytes a character
            if size > MAX_VALUE_BYTES and max(len(d.text.encode()), len(d.facts.encode())) > MAX_VALUE_BYTES:
                result.documents[i] = DocumentRecord(
                    d.doc_id, d.content_hash, d.format, "failed", d.encoding, d.title, chars=d.chars,
                    error_class="DocumentTooLarge",
                    error=f"too large to store ({d.chars:,} characters; the store holds "
                          f"{MAX_VALUE_BYTES // 1_000_000} MB a value): split the file")
        self.db.execute("DELETE FROM documents WHERE path=?", (result.path,))
        self.db.execute(
            "INSERT OR REPLACE INTO files VALUES (?,?,?,?,?,?,?,?)",
            (result.path, result.file_id, result.content_hash, result.size, result.format,
             result.dictionary_hash, result.code_version, len(result.documents)),
        )
        self.db.executemany(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (result.path, seq, d.doc_id, d.content_hash, d.format, d.encoding, d.title, d.language,
                 d.zh_share, d.chars, d.status, d.error_class, d.error, d.facts, d.text,
                 orjson.dumps(d.passages).decode(), result.dictionary_hash, result.code_version)
                for seq, d in enumerate(result.documents)
            ],
        )

    def forget(self, paths: Iterable[str]) -> int:
        """Drop the results of files that no longer exist; returns how many were dropped."""
        paths = list(paths)
        with self.transaction():
            for path in paths:
                self.db.execute("DELETE FROM documents WHERE path=?", (path,))
                self.db.execute("DELETE FROM files WHERE path=?", (path,))
        return len(paths)


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")
