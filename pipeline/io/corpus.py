"""Find and read documents: the bundled corpus (via its manifest), files, or folders."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import DocumentError

TEXT_SUFFIXES = (".md", ".txt", ".markdown")


@dataclass
class SourceDocument:
    doc_id: str
    path: Path
    title: str = ""


def _manifest(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / "manifest.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row["file"]: row for row in csv.DictReader(handle)}


def discover(paths: list[Path]) -> Iterator[SourceDocument]:
    """Documents under ``paths`` (files or folders, recursive), ids from the manifest or name."""
    for root in paths:
        root = Path(root)
        if not root.exists():
            raise DocumentError("no such file or folder", root)
        files = [root] if root.is_file() else sorted(
            p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
            and "gold" not in p.relative_to(root).parts
        )
        for path in files:
            manifest = _manifest(path.parent)
            row = manifest.get(path.name)
            if row:
                yield SourceDocument(row["doc_id"], path, row.get("title_zh", ""))
            else:
                yield SourceDocument(path.stem, path)


def read_text(path: Path) -> str:
    """The document text; a clear one-line error for what cannot be read."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DocumentError(f"cannot read ({exc.strerror})", path) from None
    if not data.strip():
        raise DocumentError("empty file", path)
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("binary file, not text", path)
    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            continue
        try:
            return data.decode(encoding)  # offsets are characters of this text
        except UnicodeDecodeError:
            continue
    raise DocumentError("cannot decode as UTF-8, UTF-16 or GB18030", path)
