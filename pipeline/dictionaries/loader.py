"""Load the dictionary TSVs into ``Entity`` objects.

A malformed row stops the load with ``file:line: message`` (never a traceback): the
dictionaries are partly hand-curated, and a curator needs to know which line to fix.

Parsing 58k rows takes most of a second, so the parsed rows are also cached on disk (one
marshal file of plain tuples, keyed by the dictionaries' content hash and this module's and
the schema's source). The cache is never required: a missing, corrupt or unwritable cache
only means parsing the TSVs. The same cache folder holds every derived cache (matcher,
jieba, linker); the helpers for them live here, at the bottom of the dependency order.
"""

from __future__ import annotations

import csv
import dataclasses
import gc
import hashlib
import marshal
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import bundled_path
from pipeline.dictionaries.schema import (
    COLUMNS,
    DICTIONARY_FILES,
    ENTITY_TYPES,
    Entity,
    split_multi,
)
from pipeline.errors import DictionaryError

STOP_PHRASES_FILE = "stop_phrases.tsv"
DEFAULT_DIR = bundled_path("dictionaries")


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


def default_cache_dir() -> Path:
    """Where derived caches live: $PIPELINE_CACHE, else ~/.cache/tcm-pipeline."""
    return Path(os.environ.get("PIPELINE_CACHE", Path.home() / ".cache" / "tcm-pipeline"))


def source_fingerprint(*modules: object) -> str:
    """Hash of the source of ``modules`` (and of the Python version): a code change misses
    every cache keyed by it."""
    digest = hashlib.sha256(sys.version.encode())
    for module in modules:
        digest.update(Path(module.__file__).read_bytes())  # type: ignore[attr-defined]
    return digest.hexdigest()[:16]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a cache builds millions of objects at once
    (it would otherwise re-scan the growing heap many times over: 5-10x slower loads).

    On leaving (the outermost block), what was built is moved straight to the oldest
    generation (``gc.freeze`` then ``gc.unfreeze``: two list splices, no scan). Left in the
    youngest, the objects were walked by the next young collection and again by the middle
    one on their way up: 0.08 s after the dictionary and 0.15 s after the matcher's tables of a
    warm start-up (``gc.callbacks``), for objects that live as long as the process. Not when
    something is frozen already (a forked child's shared pages must stay frozen, and a batch
    freezes its caller's objects from its first step, batch/runner.py): then what was built
    joins the frozen objects (``gc.freeze`` alone), and goes to the oldest generation when that
    freeze is thawed. Left young under a batch's freeze, a warm Annotator's load cost 0.5 s of
    young and middle collections on a batch's first document (stop 25, ``gc.callbacks``)."""
    from pipeline.batch.collector import is_frozen

    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            is_frozen_before = is_frozen()
            gc.freeze()
            if not is_frozen_before:
                gc.unfreeze()
            gc.enable()


def read_cache(path: Path | None) -> bytes | None:
    """The bytes of a cache file, or None (absent or unreadable: rebuild)."""
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError:
        return None


def write_cache(path: Path | None, data: bytes) -> bool:
    """Write a cache file atomically; False when the folder is read-only (run without)."""
    if path is None:
        return False
    from pipeline.io.writers import atomic_write_bytes  # only on a cache miss: it imports pandas

    try:
        atomic_write_bytes(path, data)
    except OSError:
        return False
    return True


_loaded: dict[str, tuple[tuple, Dictionary]] = {}


def _signature(folder: Path) -> tuple:
    paths = [folder / name for name in DICTIONARY_FILES] + [folder / "curated" / STOP_PHRASES_FILE]
    return tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in paths if p.exists())


def load_dictionary(folder: Path | str | None = None, cache_dir: Path | None | bool = None) -> Dictionary:
    """Read every dictionary TSV in ``folder`` (default: the committed dictionaries/).

    The result is shared within a process (treat it as read-only) until a file changes.
    ``cache_dir``: where the parsed form is cached (default ``default_cache_dir()``; False:
    no disk cache)."""
    folder = Path(folder) if folder is not None else DEFAULT_DIR
    return _while_unchanged(_loaded, folder, lambda: _load(folder, cache_dir))


def _while_unchanged(memo: dict, folder: Path, make):
    """``make()``, remembered in ``memo`` per folder until one of its files changes."""
    key = str(folder.resolve())
    signature = _signature(folder)
    known = memo.get(key)
    if known is not None and known[0] == signature:
        return known[1]
    value = make()
    memo[key] = (signature, value)
    return value


_FIELDS = tuple(f.name for f in dataclasses.fields(Entity))


def _content_hash(files: list[Path], stop_file: Path) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    if stop_file.exists():
        digest.update(stop_file.read_bytes())
    return digest.hexdigest()[:16]


def _cache_path(content_hash: str, cache_dir: Path | None | bool) -> Path | None:
    if cache_dir is False:
        return None
    from pipeline.dictionaries import schema

    code = source_fingerprint(sys.modules[__name__], schema)
    return Path(cache_dir or default_cache_dir()) / f"dictionary-{content_hash}-{code}.marshal"


def _from_cache(data: bytes | None, folder: Path, content_hash: str) -> Dictionary | None:
    """The cached parse: (fields, entity rows as tuples, stop phrases); None if unusable."""
    if data is None:
        return None
    try:
        with gc_paused():
            fields, rows, stop_phrases = marshal.loads(data)
            if tuple(fields) != _FIELDS:
                return None
            entities = {row[0]: Entity(*row) for row in rows}
    except Exception:  # noqa: BLE001 — a corrupt or foreign cache is re-parsed, never trusted
        return None
    return Dictionary(entities, content_hash, folder, list(stop_phrases))


def _to_cache(dictionary: Dictionary) -> bytes:
    """The cache's bytes, with every repeated string stored once (``shared_strings``)."""
    shared: dict[str, str] = {}
    rows = [tuple(shared_strings(getattr(e, name), shared) for name in _FIELDS) for e in dictionary.entities.values()]
    return marshal.dumps((_FIELDS, rows, dictionary.stop_phrases))


def shared_strings(value, shared: dict[str, str]):
    """``value`` (a string or a list of strings) with each string replaced by the first equal
    string seen (``shared``), so that marshal writes a repeated value once and a back-reference
    after (marshal format >= 3 refers to an object it has written when the same object comes
    again). Loaded, 165k entities then hold one "compound", one "MeSH", one "HGNC:..." parent
    string where they held one copy per row: the TSVs repeat types, sources, notes, herb ids of
    origin and member symbols on row after row. Strings are immutable, so sharing them changes no
    value (stop 32, issue 17)."""
    if isinstance(value, str):
        return shared.setdefault(value, value)
    return [shared.setdefault(v, v) for v in value]


def _files(folder: Path) -> list[Path]:
    files = [folder / name for name in DICTIONARY_FILES if (folder / name).exists()]
    if not files:
        raise DictionaryError(
            f"no dictionary files ({', '.join(DICTIONARY_FILES)}) found; "
            "run `python -m pipeline dictionaries build --sources PATH` or pass --dictionaries",
            folder,
        )
    return files


_hashes: dict[str, tuple[tuple, str]] = {}


def dictionary_hash(folder: Path | str | None = None) -> str:
    """``load_dictionary(folder).content_hash`` without loading the dictionary: a batch's
    parent needs only the hash before it forks the annotating child (which loads its own),
    and a run with nothing to annotate may need no dictionary at all. Raises what
    ``load_dictionary`` raises when there are no dictionary files."""
    folder = Path(folder) if folder is not None else DEFAULT_DIR
    return _while_unchanged(_hashes, folder,
                            lambda: _content_hash(_files(folder), folder / "curated" / STOP_PHRASES_FILE))


def _load(folder: Path, cache_dir: Path | None | bool = None) -> Dictionary:
    files = _files(folder)
    stop_file = folder / "curated" / STOP_PHRASES_FILE
    content_hash = dictionary_hash(folder)  # hashed once per process while the files are unchanged
    path = _cache_path(content_hash, cache_dir)
    dictionary = _from_cache(read_cache(path), folder, content_hash)
    if dictionary is None:
        with gc_paused():
            dictionary = _parse(folder, files, stop_file)
        dictionary.content_hash = content_hash
        write_cache(path, _to_cache(dictionary))
    return dictionary


def _parse(folder: Path, files: list[Path], stop_file: Path) -> Dictionary:
    dictionary = Dictionary(folder=folder)
    for path in files:
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
    if stop_file.exists():
        for line, row in _read_rows(stop_file, required=("phrase",)):
            phrase = row.get("phrase", "").strip()
            if not phrase:
                raise DictionaryError("empty phrase", stop_file, line)
            dictionary.stop_phrases.append(phrase)
    return dictionary


__all__ = ["COLUMNS", "Dictionary", "default_cache_dir", "load_dictionary"]
