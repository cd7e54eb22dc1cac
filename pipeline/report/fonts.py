"""A font with CJK glyphs for matplotlib, so Chinese labels are not drawn as empty boxes.

The project depends on ``mplfonts`` (PyPI), which ships Noto Sans CJK SC (SIL OFL); a
system Noto/Source Han CJK font (Debian ``fonts-noto-cjk``) is used when that is absent.
The font is registered once per process; nothing global in matplotlib is changed; callers
use the returned family name in an ``rc_context``.
"""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path

PACKAGED = [("mplfonts", "fonts/NotoSansCJKsc-Regular.otf"),
            ("mplfonts", "fonts/SourceHanSerifSC-Regular.otf")]
SYSTEM = [
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/System/Library/Fonts/PingFang.ttc",
    "C:/Windows/Fonts/msyh.ttc",
]
PROBE = "骨质疏松"


def _packaged() -> list[Path]:
    found = []
    for package, relative in PACKAGED:
        spec = importlib.util.find_spec(package)
        if spec and spec.origin:
            path = Path(spec.origin).parent / relative
            if path.exists():
                found.append(path)
    return found


@lru_cache(maxsize=1)
def cjk_font_path() -> Path | None:
    """The first CJK font found: the packaged one, then common system locations."""
    for path in [*_packaged(), *(Path(p) for p in SYSTEM)]:
        if path.exists():
            return path
    return None


@lru_cache(maxsize=1)
def cjk_family() -> str | None:
    """Register the CJK font with matplotlib; its family name (None when there is none)."""
    path = cjk_font_path()
    if path is None:
        return None
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def font_families() -> list[str]:
    """rcParams["font.family"]: the CJK family first, DejaVu Sans for anything it lacks."""
    family = cjk_family()
    return [family, "DejaVu Sans"] if family else ["DejaVu Sans"]


WEB_FAMILY = "Report CJK"  # the family name report.html gives its embedded subset


def _wanted(text: str) -> list[int]:
    """The code points a page needs from the CJK font: everything beyond ASCII (CJK, fullwidth
    punctuation, Greek); ASCII is left to the browser's own fonts. The distinct characters
    first (``set`` of a string runs in C): a per-character ``ord`` over a multi-MB page cost
    ~1.3 s of a 16x run's outputs."""
    return sorted(code for code in map(ord, set(text)) if code >= 0x80)


def cjk_subset_woff(text: str) -> bytes | None:
    """The packaged Noto Sans CJK SC cut down to the characters of ``text``, as WOFF (zlib, no
    extra dependency), with fontTools' subsetter — the standard tool for it (Google Fonts and
    glyphhanger use it). ~0.5 MB for the ~3,000 different characters of 120 papers, instead of
    16 MB; None without a CJK font or a character to subset."""
    path = cjk_font_path()
    codes = _wanted(text)
    if path is None or not codes or path.suffix.lower() == ".ttc":
        return None
    return _cached_subset(path, codes)


def _cached_subset(path: Path, codes: list[int]) -> bytes:
    """Subsetting the 16 MB font takes ~1.4 s, most of a small batch's output time, and the
    same corpus asks for the same characters every run: the WOFF is kept in the derived-data
    cache (dictionaries/loader.default_cache_dir), keyed by the font file and the characters."""
    import hashlib

    import fontTools

    from pipeline.dictionaries.loader import default_cache_dir

    stat = path.stat()
    key = hashlib.sha256(repr((str(path), stat.st_size, stat.st_mtime_ns, fontTools.version, SUBSET_MAKING, codes))
                         .encode()).hexdigest()[:32]
    cached = default_cache_dir() / "fonts" / f"{key}.woff"
    try:
        return cached.read_bytes()
    except OSError:
        pass
    woff = _subset(path, codes)
    try:  # atomic: a concurrent run reads the whole file or none
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(woff)
        partial.replace(cached)
    except OSError:  # a read-only cache: subset every time
        pass
    return woff


# what _subset does beyond its inputs, in the cache key: a cached WOFF made another way is not reused
SUBSET_MAKING = "woff, all layout features, no hinting, names 0-6, font-wide bounds kept"


def _subset(path: Path, codes: list[int], recalc_bounds: bool = False) -> bytes:
    """The subset, made once per new character set (``_cached_subset``). ``recalcBBoxes=False``: the
    font-wide bounds and extremes (head xMin…yMax, CFF FontBBox, hhea/vhea maxima) are the full
    font's, as pyftsubset writes them by default (``--no-recalc-bounds``); recomputing them drew
    every kept glyph once more, 40 % of the time (3.2-3.4 -> 1.7-1.9 CPU-s for the 2,471 characters of 38 ChinaXiv papers, the same
    size). Glyphs, outlines, advances and layout tables are the same; browsers lay text out from those
    (tests/test_report_browser.py draws the report's characters with the subset; tests/test_report_fonts.py
    checks the bounds are all that differs from ``recalc_bounds=True``)."""
    import io

    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff"
    options.layout_features = ["*"]  # vertical forms, fullwidth punctuation
    options.hinting = False  # screens hint CJK themselves; halves the size
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # copyright and names, as the OFL asks
    font = TTFont(str(path), lazy=True, recalcTimestamp=False, recalcBBoxes=recalc_bounds)  # the same bytes every run
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codes)
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff"
    font.save(out)
    return out.getvalue()


def font_face_css(woff: bytes | None) -> str:
    """An @font-face rule embedding ``woff`` as a data URL (a page opened from disk may not
    load fonts from files beside it: browsers treat file:// fonts as cross-origin)."""
    if not woff:
        return ""
    import base64

    data = base64.b64encode(woff).decode("ascii")
    return (f"@font-face{{font-family:\"{WEB_FAMILY}\";src:url(data:font/woff;base64,{data}) "
            "format(\"woff\");font-display:block}")
