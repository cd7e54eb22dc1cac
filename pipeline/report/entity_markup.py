"""displaCy's entity markup ("ent" style, manual mode), written without importing spaCy.

report.html draws every evidence sentence the way ``spacy.displacy.render(..., style="ent")``
does. Importing ``spacy.displacy.render`` imports all of spaCy first (its package ``__init__``:
thinc, pydantic schemas, the CLI with weasel, httpx, requests …): 0.38–0.65 s in a process that
needs spaCy for nothing else — the parent of a parallel run, and any process whose texts hold no
English "long form (SHORT)" (nlp/abbreviations.py loads spaCy and scispacy's detector for those;
the matcher, linker and relation typing never do: the benchmark's synthetic corpus, Chinese-only
papers). The markup below is ``EntityRenderer.render_ents`` of spaCy 3.8 (MIT licence,
© ExplosionAI GmbH) for the one case the report uses — left-to-right, no title, no
knowledge-base links, every label shown — with its templates and colours copied. tests/test_entity_markup.py checks the output
equals spaCy's own renderer, byte for byte, on the evidence sentences of the bundled reviews
and Chinese papers (spaCy stays a dependency: the API's Doc output uses it).
"""

from __future__ import annotations

# spacy/displacy/templates.py
TPL_ENTS = """
<div class="entities" style="line-height: 2.5; direction: {dir}">{content}</div>
"""

TPL_ENT = """
<mark class="entity" style="background: {bg}; padding: 0.45em 0.6em; margin: 0 0.25em; line-height: 1; border-radius: 0.35em;">
    {text}
    <span style="font-size: 0.8em; font-weight: bold; line-height: 1; border-radius: 0.35em; vertical-align: middle; margin-left: 0.5rem">{label}{kb_link}</span>
</mark>
"""

# spacy/displacy/render.py
DEFAULT_DIR = "ltr"
DEFAULT_ENTITY_COLOR = "#ddd"
DEFAULT_LABEL_COLORS = {
    "ORG": "#7aecec", "PRODUCT": "#bfeeb7", "GPE": "#feca74", "LOC": "#ff9561", "PERSON": "#aa9cfc",
    "NORP": "#c887fb", "FAC": "#9cc9cc", "EVENT": "#ffeb80", "LAW": "#ff8197", "LANGUAGE": "#ff8197",
    "WORK_OF_ART": "#f0d0ff", "DATE": "#bfe1d9", "TIME": "#bfe1d9", "MONEY": "#e4e7d2",
    "QUANTITY": "#e4e7d2", "ORDINAL": "#e4e7d2", "CARDINAL": "#e4e7d2", "PERCENT": "#e4e7d2",
}


def escape_html(text: str) -> str:
    """spacy.util.escape_html: &, <, > and " as entities (not ')."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def label_colours(colours: dict[str, str]) -> dict[str, str]:
    """``EntityRenderer(options={"colors": colours}).colors``: spaCy's defaults updated with
    ``colours``, labels upper-cased (no installed package registers displaCy colours here;
    the test compares with spaCy's renderer, which reads that registry)."""
    return {label.upper(): colour for label, colour in {**DEFAULT_LABEL_COLORS, **colours}.items()}


def _text(markup: list[str], text: str) -> None:
    fragments = text.split("\n")
    for i, fragment in enumerate(fragments):
        markup.append(escape_html(fragment))
        if len(fragments) > 1 and i != len(fragments) - 1:
            markup.append("<br>")


def render_entities(text: str, ents, colours: dict[str, str]) -> str:
    """``EntityRenderer(options={"colors": …}).render([{"text": text, "ents": …, "title": None}],
    page=False, minify=False)`` for ``ents`` = (start, end, label) in order, not overlapping;
    ``colours`` as made by ``label_colours``."""
    markup: list[str] = []
    offset = 0
    for start, end, label in ents:
        _text(markup, text[offset:start])
        markup.append(TPL_ENT.format(label=label, text=escape_html(text[start:end]),
                                     bg=colours.get(label.upper(), DEFAULT_ENTITY_COLOR), kb_link=""))
        offset = end
    _text(markup, text[offset:])
    return TPL_ENTS.format(content="".join(markup), dir=DEFAULT_DIR)
