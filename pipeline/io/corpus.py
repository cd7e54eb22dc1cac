"""Find and read documents: the bundled corpus (via its manifest), files, or folders.

``discover`` walks files and folders (recursively; ``gold/`` folders, hidden files and
folders are skipped) for every format in ``pipeline.io.readers.FORMATS``, with optional
glob filters. A folder that cannot be listed is an error when it was given, a warning
(``UnreadableFolderWarning``; its files are skipped) when found inside one; ``find_documents``
also says why nothing was found. A file's doc_id is, in this order: the ``doc_id`` of its row in a
``manifest.csv`` beside it or in a folder above it (``file`` is the path below that
manifest's folder, ``en/123.txt``: running ``corpus/new_papers/en`` alone keeps the ids);
its path below the folder given without the suffix (``2024/smith.md`` → ``2024/smith``; a
file given directly: its stem; when two files would share an id, the later in sorted order
keeps its suffix: ``smith.md``). Formats that hold several documents (BioC, PubTator) name
each document themselves (the PMID or BioC id).
"""

from __future__ import annotations

import csv
import os
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from pipeline.errors import (
    DocumentError,
    NothingToDoError,
    UnreadableFolderError,
    UnreadableFolderWarning,
)
from pipeline.io.readers import SUFFIXES, Document, decode, read_file

TEXT_SUFFIXES = (".md", ".txt", ".markdown")  # kept for callers that want plain text only
_COMPOUND_SUFFIXES = (".bioc.xml", ".bioc.json", ".pubtator.txt")


@dataclass
class SourceDocument:
    doc_id: str
    path: Path
    title: str = ""
    relative: str = ""  # path below the folder it was found in (posix), for glob filters
    resolved: Path | None = None  # the real path (symlinks followed): the batch store's key


def _manifest(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / "manifest.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle) if row.get("file") and row.get("doc_id")}


def _stem(relative: str) -> str:
    lower = relative.lower()
    for suffix in _COMPOUND_SUFFIXES:
        if lower.endswith(suffix):
            return relative[: -len(suffix)]
    dot = relative.rfind(".")
    return relative[:dot] if dot > relative.rfind("/") else relative


def matches(relative: str, include: Iterable[str] | None, exclude: Iterable[str] | None) -> bool:
    """Glob filters: a pattern with a ``/`` matches the relative path, one without the name."""
    name = relative.rsplit("/", 1)[-1]

    def hit(pattern: str) -> bool:
        return fnmatch(relative, pattern) if "/" in pattern else fnmatch(name, pattern)

    if include and not any(hit(p) for p in include):
        return False
    return not (exclude and any(hit(p) for p in exclude))


def discover(paths: list[Path], include: Iterable[str] | None = None, exclude: Iterable[str] | None = None,
             skip: Iterable[Path] = ()) -> Iterator[SourceDocument]:
    """Files under ``paths`` in a stable order, with their doc_ids (see the module docstring).

    ``skip``: folders whose files are never inputs (the output folder).
    """
    include, exclude = list(include or []), list(exclude or [])
    skipped = [Path(s).resolve() for s in skip]
    seen: set[Path] = set()
    ids: set[str] = set()
    manifests: dict[Path, dict[str, dict[str, str]]] = {}
    for root in paths:
        root = Path(root)
        if not root.exists():
            raise DocumentError("no such file or folder", root)
        if root.is_file():
            candidates = [(root, root.name, root.resolve())]
        else:
            candidates = []
            for p in sorted(_walk(root)):
                relative = p.relative_to(root).as_posix()
                parts = relative.split("/")
                if not p.is_file() or "gold" in parts[:-1] or any(x.startswith(".") for x in parts):
                    continue
                if not p.name.lower().endswith(SUFFIXES):
                    continue
                resolved = p.resolve()  # once per file: resolving is most of the cost of a no-op run
                if any(s == resolved.parent or s in resolved.parents for s in skipped):
                    continue
                candidates.append((p, relative, resolved))
        folders: dict[Path, Path] = {}
        for path, relative, resolved in candidates:
            if not matches(relative, include, exclude):
                continue
            if resolved in seen:
                continue
            seen.add(resolved)
            row = None
            absolute = path.absolute()
            parts = absolute.parts
            for depth, here in enumerate(absolute.parents):  # the file's folder first, then up
                if here not in folders:
                    folders[here] = here.resolve()
                folder = folders[here]
                if folder not in manifests:
                    manifests[folder] = _manifest(folder)
                row = manifests[folder].get("/".join(parts[len(parts) - depth - 1:]))
                if row:
                    break
            doc_id, title = ((row["doc_id"], row.get("title_zh") or row.get("title", "")) if row
                             else (_stem(relative), ""))
            if doc_id in ids:  # x.md beside x.html: the later one keeps its suffix
                doc_id = relative
            ids.add(doc_id)
            yield SourceDocument(doc_id, path, title, relative, resolved)


def _walk(root: Path) -> Iterator[Path]:
    """Every entry below ``root`` (as ``Path.rglob("*")``: symlinked folders are listed, not
    entered; hidden and ``gold`` folders, whose files are never inputs, are not entered either),
    saying which folders cannot be listed instead of skipping them silently."""
    try:
        with os.scandir(root) as entries:
            listed = list(entries)
    except OSError as exc:
        raise UnreadableFolderError(f"cannot read folder ({exc.strerror})", root) from None
    stack = [(root, listed)]
    while stack:
        folder, listed = stack.pop()
        for entry in listed:
            path = folder / entry.name
            yield path
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if not is_folder or entry.name.startswith(".") or entry.name == "gold":
                continue
            try:
                with os.scandir(path) as entries:
                    stack.append((path, list(entries)))
            except OSError as exc:
                warnings.warn(UnreadableFolderWarning(
                    f"{UnreadableFolderError.code} {path}: cannot read folder ({exc.strerror}); its files are skipped"
                ), stacklevel=2)


def find_documents(paths: list[Path], include: Iterable[str] | None = None, exclude: Iterable[str] | None = None,
                   skip: Iterable[Path] = ()) -> list[SourceDocument]:
    """``discover``, but finding nothing is an error that says why (an empty folder, or
    filters that match none of the documents there)."""
    skip = list(skip)
    found = list(discover(paths, include, exclude, skip))
    if found:
        return found
    where = ", ".join(str(p) for p in paths)
    if include or exclude:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnreadableFolderWarning)  # already said once
            unfiltered = sum(1 for _ in discover(paths, skip=skip))
        if unfiltered:
            filters = " ".join([*(f"--include '{g}'" for g in include or []),
                                *(f"--exclude '{g}'" for g in exclude or [])])
            raise NothingToDoError(f"{filters} left none of the {unfiltered} documents found here", where)
    kinds = " ".join(sorted({s.lstrip(".") for s in SUFFIXES}))
    raise NothingToDoError(f"no documents found (formats read: {kinds})", where)


def read_documents(source: SourceDocument, data: bytes | None = None) -> list[Document]:
    """The documents of a discovered file (one for most formats)."""
    return read_file(source.path, data, source.doc_id)


def read_text(path: Path) -> str:
    """The text of a plain-text file; a clear one-line error for what cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DocumentError(f"cannot read ({exc.strerror})", path) from None
    return decode(data, path)[0]  # offsets are characters of this text
