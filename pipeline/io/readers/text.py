"""Bytes to text: encoding detection for plain-text files, and the language mix of a text.

Detection is a BOM check and then strict trial decoding, in this order: BOM (UTF-8, UTF-16,
UTF-32) → UTF-16 without BOM (mostly-ASCII text with a NUL in every other byte) → a charset
the file declares (HTML ``<meta charset>``) → UTF-8 → GB18030 (a superset of GBK and GB2312,
the usual encodings of Chinese files). Latin-1 and other single-byte encodings are not
guessed: such a file either fails with a clear message or, rarely, decodes as GB18030.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from pipeline import lazy_re
from pipeline._core import cjk_latin_counts
from pipeline.errors import DocumentError

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
            "utf8": "utf-8", "unicode": "utf-16"}
_CONTROL = lazy_re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# the characters language_mix counts (pipeline._core.cjk_latin_counts counts the same, in one pass)
_CJK = lazy_re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = lazy_re.compile(r"[A-Za-z]")


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL (ASCII-heavy UTF-16 text)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _canonical(encoding: str) -> str | None:
    name = encoding.strip().lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, path: Path | str, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding) of a text file; a one-line ``DocumentError`` for what is not text."""
    if not data.strip():
        raise DocumentError("empty file", path)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _nonempty(data.decode(encoding), path), encoding
            except UnicodeDecodeError as exc:
                raise DocumentError(f"starts with a {encoding} byte-order mark but is not {encoding} "
                                    f"(byte {exc.start}); re-save the file as UTF-8", path) from None
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _nonempty(data.decode(utf16), path), utf16
        except UnicodeDecodeError:
            pass
    head = data[:8192]
    if b"\x00" in head or len(_CONTROL.findall(head)) > 0.01 * len(head):
        raise DocumentError("binary file, not text (control bytes); check the file type", path)
    candidates = [c for c in (_canonical(declared) if declared else None, "utf-8", "gb18030") if c]
    first_error: UnicodeDecodeError | None = None
    for encoding in dict.fromkeys(candidates):
        try:
            return _nonempty(data.decode(encoding), path), encoding
        except UnicodeDecodeError as exc:
            first_error = first_error or exc
    where = f" (byte 0x{data[first_error.start]:02x} at offset {first_error.start})" if first_error else ""
    raise DocumentError(f"cannot decode as UTF-8, UTF-16 or GB18030{where}; re-save the file as UTF-8", path)


def _nonempty(text: str, path: Path | str) -> str:
    if not text.strip():
        raise DocumentError("empty file", path)
    return text


def language_mix(text: str) -> tuple[str, float]:
    """("zh" | "en" | "zh+en" | "", share of CJK characters among CJK + Latin letters)."""
    cjk, latin = cjk_latin_counts(text)  # one compiled pass (pipeline._core)
    if cjk + latin == 0:
        return "", 0.0
    share = cjk / (cjk + latin)
    if share >= 0.9:
        return "zh", round(share, 3)
    if share <= 0.1:
        return "en", round(share, 3)
    return "zh+en", round(share, 3)
