"""A font with CJK glyphs for matplotlib, so Chinese labels are not drawn as empty boxes.

The project depends on ``mplfonts`` (PyPI), which ships Noto Sans CJK SC (SIL OFL); a
system Noto/Source Han CJK font (Debian ``fonts-noto-cjk``) is used when that is absent.
The font is registered once per process; nothing global in matplotlib is changed; callers
use the returned family name in an ``rc_context``.
"""

from __future__ import annotations

import importlib.util
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
