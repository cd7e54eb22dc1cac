"""report/entity_markup: displaCy's entity markup without importing spaCy — the same bytes as
spaCy's own EntityRenderer, as report.html drew it before, on real sentences."""

from __future__ import annotations

import subprocess
import sys

from pipeline.relations.cues import find_cues
from pipeline.report import html
from pipeline.report.evidence import Span, non_overlapping


def _spacy_markup(text, ents):
    """The report's former path: spaCy's renderer with our colours."""
    from spacy.displacy.render import EntityRenderer

    data = {"text": text, "ents": [{"start": a, "end": b, "label": label} for a, b, label in ents], "title": None}
    return EntityRenderer(options={"colors": html.COLORS}).render([data], page=False, minify=False).strip()


def _ents(text, spans):
    """Mentions and cue words as report.html draws them (html.displacy_sentence)."""
    ents = [Span(sp.start, sp.end, sp.label) for sp in spans]
    for cue in find_cues(text):
        if all(cue.end <= s.start or cue.start >= s.end for s in ents):
            ents.append(Span(cue.start, cue.end, "CUE"))
    return tuple((s.start, s.end, s.label) for s in non_overlapping(ents))


def test_markup_equals_spacy_on_every_sentence_of_the_corpus(corpus_sentences):
    """Every sentence with a mention of the default corpus and the sample papers (English and
    Chinese; with <, >, &, quotes: "P < 0.05", "&", "“…”"), mentions and cues marked."""
    html._render_entities.cache_clear()
    checked = 0
    for text, spans in corpus_sentences:
        ents = _ents(text, spans)
        assert html._render_entities(text, ents) == _spacy_markup(text, ents), text
        checked += 1
    assert checked > 1000
    assert any("<" in t for t, _ in corpus_sentences) and any("&" in t for t, _ in corpus_sentences)


def test_line_breaks_and_unknown_labels_as_spacy_draws_them():
    """A heading and its first sentence joined by a line break (li2025: "Ferroptosis\\nFerroptosis is an
    iron-dependent …"), a label without our colour (spaCy's grey) and one of spaCy's own labels."""
    text = "Ferroptosis\nFerroptosis is an iron-dependent form of regulated cell death (GPX4 & SLC7A11 < 2 \"fold\")."
    ents = ((0, 11, "PATHWAY"), (12, 23, "DISEASE"), (71, 75, "GENE"), (78, 85, "DATE"))
    assert html._render_entities(text, ents) == _spacy_markup(text, ents)
    assert html._render_entities(text, ()) == _spacy_markup(text, ())


def test_writing_a_report_does_not_import_spacy():
    code = "import sys, pipeline.report.html; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
