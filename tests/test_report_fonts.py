"""report/fonts: the embedded CJK subset keeps the full font's bounds and extremes (no recalculation,
as pyftsubset does by default) and differs from a recalculated subset in nothing else: same glyphs,
outlines, advances, layout tables."""

from __future__ import annotations

import io

import pytest
from fontTools.ttLib import TTFont

from pipeline.report.fonts import _subset, _wanted, cjk_font_path
from tests.conftest import JIN

BOUNDS = ("xMin", "yMin", "xMax", "yMax")
# the other font-wide extremes ``recalcBBoxes`` recomputes from the kept glyphs (fontTools' hhea/vhea recalc)
EXTREMES = {"hhea": ("advanceWidthMax", "minLeftSideBearing", "minRightSideBearing", "xMaxExtent"),
            "vhea": ("advanceHeightMax", "minTopSideBearing", "minBottomSideBearing", "yMaxExtent")}


@pytest.mark.skipif(cjk_font_path() is None or cjk_font_path().suffix.lower() == ".ttc", reason="no OTF CJK font")
def test_subset_with_kept_bounds_differs_only_in_the_bounds():
    """The characters of a bundled review (jin2025: Chinese text, fullwidth punctuation, Greek)."""
    codes = _wanted(JIN.read_text(encoding="utf-8"))
    assert len(codes) > 300
    kept, recalculated = (TTFont(io.BytesIO(_subset(cjk_font_path(), codes, recalc_bounds=flag)))
                          for flag in (False, True))
    assert sorted(kept.keys()) == sorted(recalculated.keys())
    assert kept.getGlyphOrder() == recalculated.getGlyphOrder()
    assert kept.getBestCmap() == recalculated.getBestCmap() and set(codes) <= set(kept.getBestCmap())
    full = TTFont(str(cjk_font_path()), lazy=True)
    assert [getattr(kept["head"], b) for b in BOUNDS] == [getattr(full["head"], b) for b in BOUNDS]
    for b in BOUNDS:  # the subset's own bounds lie inside the font's
        setattr(kept["head"], b, getattr(recalculated["head"], b))
    for tag, fields in EXTREMES.items():
        for field in fields if tag in kept else ():
            setattr(kept[tag], field, getattr(recalculated[tag], field))
    top = kept["CFF "].cff.topDictIndex[0]
    top.FontBBox = recalculated["CFF "].cff.topDictIndex[0].FontBBox
    for tag in recalculated.keys():
        if tag in ("GlyphOrder", "head"):
            continue
        assert kept.getTableData(tag) == recalculated.getTableData(tag), tag
    kept["head"].checkSumAdjustment = recalculated["head"].checkSumAdjustment
    assert kept["head"].compile(kept) == recalculated["head"].compile(recalculated)
