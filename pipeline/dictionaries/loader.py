"""Load the dictionary TSVs into ``Entity`` objects.

A malformed row stops the load with ``file:line: message`` (never a traceback): the
dictionaries are partly hand-curated, and a curator needs to know which line to fix.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.dictionaries.schema import (
    COLUMNS,
    DICTIONARY_FILES,
    ENTITY_TYPES,
    Entity,
    split_multi,
)
from pipeline.errors import DictionaryError

STOP_PHRASES_FILE = "stop_phrases.tsv"
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "dictionaries"


@dataclass
class Dictionary:
    """All entities, by id, plus a content hash that keys every derived cache."""

    entities: dict[str, Entity] = field(default_factory=dict)
    content_hash: str = ""
    folder: Path | None = None
    stop_phrases: list[str] = field(default_factory=list)  # phrases that block any match inside

    def __contains__(self, entity_id: str) -> bool:
        return entity_id in self.entities

    def __getitem__(self, entity_id: str) -> Entity:
        return self.entities[entity_id]

    def __len__(self) -> int:
        return len(self.entities)

    def add(self, entity: Entity) -> None:
        self.entities[entity.id] = entity


def _read_rows(path: Path, required: tuple[str, ...] = ("id", "type", "name")) -> list[tuple[int, dict[str, str]]]:
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise DictionaryError(f"cannot open dictionary file ({exc.strerror})", path) from None
    with handle:
        header: list[str] | None = None
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        try:
            for row in reader:
                line = reader.line_num
                if not row or row[0].startswith("#"):
                    continue
                if header is None:
                    header = row
                    missing = [c for c in required if c not in header]
                    if missing:
                        raise DictionaryError(f"header lacks column(s) {', '.join(missing)}", path, line)
                    continue
                if len(row) != len(header):
                    raise DictionaryError(
                        f"expected {len(header)} tab-separated columns, got {len(row)}", path, line
                    )
                rows.append((line, dict(zip(header, row))))
        except UnicodeDecodeError as exc:
            raise DictionaryError(f"not UTF-8 ({exc.reason})", path) from None
    return rows


_loaded: dict[str, tuple[tuple, Dictionary]] = {}


def _signature(folder: Path) -> tuple:
    paths = [folder / name for name in DICTIONARY_FILES] + [folder / "curated" / STOP_PHRASES_FILE]
    return tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in paths if p.exists())


def load_dictionary(folder: Path | str | None = None) -> Dictionary:
    """Read every dictionary TSV in ``folder`` (default: the committed dictionaries/).

    The result is shared within a process (treat it as read-only) until a file changes."""
    folder = Path(folder) if folder is not None else DEFAULT_DIR
    key = str(folder.resolve())
    signature = _signature(folder)
    cached = _loaded.get(key)
    if cached is not None and cached[0] == signature:
        return cached[1]
    dictionary = _load(folder)
    _loaded[key] = (signature, dictionary)
    return dictionary


def _load(folder: Path) -> Dictionary:
    files = [folder / name for name in DICTIONARY_FILES if (folder / name).exists()]
    if not files:
        raise DictionaryError(
            f"no dictionary files ({', '.join(DICTIONARY_FILES)}) found; "
            "run `python -m pipeline dictionaries build --sources PATH` or pass --dictionaries",
            folder,
        )
    digest = hashlib.sha256()
    dictionary = Dictionary(folder=folder)
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
        for line, row in _read_rows(path):
            entity_id, etype, name = row.get("id", "").strip(), row.get("type", "").strip(), row.get("name", "").strip()
            if not entity_id:
                raise DictionaryError("empty id", path, line)
            if etype not in ENTITY_TYPES:
                raise DictionaryError(
                    f"unknown type {etype!r} (expected one of {', '.join(ENTITY_TYPES)})", path, line
                )
            if not name and not row.get("name_zh", "").strip():
                raise DictionaryError(f"entity {entity_id} has neither name nor name_zh", path, line)
            if entity_id in dictionary.entities:
                raise DictionaryError(f"duplicate id {entity_id}", path, line)
            dictionary.add(
                Entity(
                    id=entity_id,
                    type=etype,
                    name=name,
                    name_zh=row.get("name_zh", "").strip(),
                    synonyms=split_multi(row.get("synonyms", "")),
                    synonyms_zh=split_multi(row.get("synonyms_zh", "")),
                    pinyin=row.get("pinyin", "").strip(),
                    members=split_multi(row.get("members", "")),
                    parents=split_multi(row.get("parents", "")),
                    source=row.get("source", "").strip(),
                    note=row.get("note", "").strip(),
                )
            )
    stop_file = folder / "curated" / STOP_PHRASES_FILE
    if stop_file.exists():
        digest.update(stop_file.read_bytes())
        for line, row in _read_rows(stop_file, required=("phrase",)):
            phrase = row.get("phrase", "").strip()
            if not phrase:
                raise DictionaryError("empty phrase", stop_file, line)
            dictionary.stop_phrases.append(phrase)
    dictionary.content_hash = digest.hexdigest()[:16]
    return dictionary


__all__ = ["COLUMNS", "Dictionary", "load_dictionary"]
