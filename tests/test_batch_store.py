"""The SQLite store: one transaction per file, states that decide what is re-annotated."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from pipeline.batch.store import DocumentRecord, FileResult, FileState, Store


def result(path: str, *doc_ids: str, content_hash: str = "h1") -> FileResult:
    docs = [DocumentRecord(d, f"t-{d}", "pubtator", "ok", facts=json.dumps({"doc_id": d, "sentences": []}),
                           text="GPX4", passages=[{"start": 0, "end": 4, "offset": 0, "infons": {}}])
            for d in doc_ids]
    return FileResult(path, "f", content_hash, 10, "pubtator", "dict", "code", docs)


def test_a_file_s_documents_are_replaced_together(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        store.put(result("/a", "1", "2"))
        store.put(result("/b", "3"))
        store.put(result("/a", "4", content_hash="h2"))  # the file changed: 1 and 2 are gone
        assert [(p, r.doc_id) for p, r in store.documents(["/b", "/a"])] == [("/b", "3"), ("/a", "4")]
        assert store.states()["/a"] == FileState("f", "h2", "dict", "code")
        [(_, record)] = list(store.documents(["/a"]))
        assert record.passages == [{"start": 0, "end": 4, "offset": 0, "infons": {}}]
        assert store.forget(["/a"]) == 1 and store.count() == 1


def test_a_failed_write_leaves_the_previous_results(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        store.put(result("/a", "1"))
        broken = result("/a", "2", content_hash="h2")
        broken.documents.append(None)  # fails half-way through the insert
        with pytest.raises(AttributeError):
            store.put(broken)
        assert [r.doc_id for _, r in store.documents(["/a"])] == ["1"]
        assert store.states()["/a"].content_hash == "h1"


def test_the_store_is_plain_sqlite_readable_by_other_tools(tmp_path):
    with Store(tmp_path / "s.sqlite") as store:
        store.put(result("/a", "1"))
    with closing(sqlite3.connect(tmp_path / "s.sqlite")) as db:
        assert db.execute("SELECT doc_id, status, format FROM documents").fetchall() == [("1", "ok", "pubtator")]
        assert db.execute("SELECT value FROM meta WHERE key='schema'").fetchone() == ("1",)
