"""report.html in a real headless browser (Debian chromium): entities highlighted, filters work."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from pipeline.report.html import COLORS, render_report
from pipeline.review.merge import merge

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="needs a headless Chromium (Debian: apt-get install chromium; .ci/run installs it)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--virtual-time-budget=5000"]


def chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=180, check=False)


@pytest.fixture(scope="module")
def report(corpus_run, tmp_path_factory):
    frame = merge(corpus_run.relations).frame
    frame.loc[frame.index[:3], "status"] = "accepted"
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_report(frame, corpus_run.facts, {}), encoding="utf-8")
    return path, len(frame)


def test_chromium_renders_the_report_with_entities_highlighted_in_our_colours(report, tmp_path):
    path, n = report
    proc = chromium(tmp_path, "--dump-dom", path.as_uri())
    dom = proc.stdout
    assert 'data-ready="1"' in dom, proc.stderr[-2000:]  # the page's script ran
    marks = re.findall(r'<mark class="entity" style="background: (#[0-9a-f]{6});', dom)
    assert len(marks) > n  # every relation shows at least one sentence with its entities
    assert {COLORS[k] for k in ("HERB", "COMPOUND", "GENE", "PATHWAY", "CUE")} <= set(marks)
    assert f"{n} of {n} relations shown" in dom


def test_a_filter_in_the_address_hides_the_other_relations(report, tmp_path):
    path, n = report
    dom = chromium(tmp_path, "--dump-dom", path.as_uri() + "#status=accepted").stdout
    visible = re.findall(r'<article class="relation[^"]*" id="[^"]+" [^>]*data-status="([^"]+)"[^>]*>', dom)
    hidden = re.findall(r'<article class="relation[^"]*" id="[^"]+" [^>]*hidden[^>]*>', dom)
    assert f"3 of {n} relations shown" in dom
    assert len(hidden) == n - 3 and visible.count("accepted") == 3


def test_a_screenshot_of_the_report_is_not_blank(report, tmp_path):
    path, _ = report
    shot = tmp_path / "report.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,1600", path.as_uri())
    from PIL import Image

    image = Image.open(shot).convert("RGB")
    colours = {image.getpixel((x, y)) for x in range(0, 1280, 16) for y in range(0, 1600, 16)}
    assert image.size == (1280, 1600) and len(colours) > 20
