"""outputs/report.html: one self-contained page (no network, no CDN) to review relations.

Per relation, sorted by score: the two entities, label, status and flags, and the evidence
sentences drawn with spaCy displaCy's entity style in our colours (cue words marked as
``CUE``), each linked to its document file and to the section in the page's document index.
Filters by pair type, label, status, stale, score and text work without a server.
"""

from __future__ import annotations

import html
import json
import os
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import pandas as pd
from spacy.displacy.render import EntityRenderer

from pipeline.relations.facts import DocumentFacts
from pipeline.report.evidence import Span, cue_spans, evidence_for, index_sentences, non_overlapping
from pipeline.review.merge import FLAG_STALE, normalise_status, parse_flags

# entity colours, shared with the network figure
COLORS = {
    "HERB": "#9ee09e",
    "COMPOUND": "#ffc97a",
    "GENE": "#9cc9ff",
    "PATHWAY": "#e0b0ff",
    "CUE": "#fff15c",
}
SHOWN_SENTENCES = 2  # visible per relation; the rest behind "more"
MAX_SENTENCES = 12  # rendered per relation at most
STATUS_ORDER = ["", "accepted", "rejected", "unsure"]

CSS = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",
 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid #d8dce3;
 padding:.6em 1.2em}
h1{font-size:1.25em;margin:.2em 0}
.sub{color:#5b6475;font-size:.85em;margin:.2em 0}
#filters{display:flex;flex-wrap:wrap;gap:.6em 1.2em;align-items:center;font-size:.9em;margin-top:.4em}
#filters label{white-space:nowrap}
#filters input[type=search]{width:16em}
.legend mark{padding:.1em .4em;border-radius:.3em;margin-right:.3em;font-size:.85em}
main{padding:.6em 1.2em}
article.relation{background:#fff;border:1px solid #dde1e8;border-radius:.5em;
 margin:.7em 0;padding:.5em 1em}
article.relation[hidden]{display:none}
article.stale{opacity:.7;border-style:dashed}
h2{font-size:1.05em;margin:.3em 0;font-weight:600}
.rank{color:#8a93a6;font-weight:400;margin-right:.4em}
.ent{padding:.05em .35em;border-radius:.3em}
.badge{display:inline-block;font-size:.75em;padding:.1em .5em;border-radius:1em;
 background:#eef0f4;margin-left:.4em;font-weight:500;vertical-align:middle}
.badge.accepted{background:#c8f0c8}.badge.rejected{background:#ffd0d0}
.badge.unsure{background:#fff0b0}.badge.flag{background:#ffe0c0}.badge.negated{background:#f4c7ff}
.meta{color:#5b6475;font-size:.8em;margin:.1em 0 .3em}
.where{font-size:.78em;color:#5b6475;margin:.6em 0 0}
.where a{color:#2c5fb3}
.sentence .entities{font-size:.95em}
details summary{cursor:pointer;color:#2c5fb3;font-size:.85em;margin:.4em 0}
.note{font-size:.85em;background:#f3f5f8;border-left:3px solid #b8c0cc;padding:.2em .6em;margin:.3em 0}
section#documents{padding:.6em 1.2em 3em}
section#documents h3{font-size:1em;margin:.8em 0 .2em}
section#documents li{font-size:.85em}
.count{color:#5b6475}
"""

SCRIPT = """
(function(){
  const form=document.getElementById('filters');
  const items=Array.from(document.querySelectorAll('article.relation'));
  const shown=document.getElementById('shown');
  function apply(){
    const E=form.elements;
    const type=E['type'].value,label=E['label'].value,status=E['status'].value;
    const stale=E['stale'].checked,min=parseFloat(E['min'].value||'0')||0;
    const q=E['q'].value.trim().toLowerCase();
    let n=0;
    for(const a of items){
      const d=a.dataset;
      const ok=(!type||d.type===type)&&(!label||d.label===label)
        &&(!status||d.status===status)&&(stale||d.stale!=='1')
        &&(parseFloat(d.score)>=min)&&(!q||d.search.indexOf(q)>=0);
      a.hidden=!ok; if(ok) n++;
    }
    shown.textContent=n+' of '+items.length+' relations shown';
  }
  function fromHash(){  // report.html#status=accepted&type=HERB–GENE opens filtered
    const h=new URLSearchParams(location.hash.slice(1));
    for(const [k,v] of h){const e=form.elements[k]; if(!e) continue;
      if(e.type==='checkbox') e.checked=(v==='1'||v==='true'); else e.value=v;}
  }
  function toHash(){
    const h=new URLSearchParams();
    for(const e of form.elements){ if(!e.name) continue;
      if(e.type==='checkbox'){ if(e.checked) h.set(e.name,'1'); }
      else if(e.value&&!(e.name==='min'&&e.value==='0')) h.set(e.name,e.value); }
    const s=h.toString(); history.replaceState(null,'',s?'#'+s:location.pathname);
  }
  form.addEventListener('input',function(){apply();toHash();});
  form.addEventListener('change',function(){apply();toHash();});
  fromHash();
  apply();
  document.documentElement.dataset.ready='1';
})();
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def entity_label(name: str, name_zh: str) -> str:
    """"中文 English" when both exist and differ, else whichever exists."""
    name, name_zh = str(name or "").strip(), str(name_zh or "").strip()
    if name_zh and name and name_zh != name:
        return f"{name_zh} {name}"
    return name_zh or name


def displacy_sentence(text: str, spans: list[Span], cues: list[tuple[int, int]]) -> str:
    """One sentence in displaCy's entity style (manual mode) with our colours; cues as CUE."""
    ents = list(spans)
    for start, end in cues:
        if all(end <= s.start or start >= s.end for s in ents):
            ents.append(Span(start, end, "CUE"))
    return _render_entities(text, tuple((s.start, s.end, s.label) for s in non_overlapping(ents)))


@lru_cache(maxsize=4096)
def _render_entities(text: str, ents: tuple[tuple[int, int, str], ...]) -> str:
    """displaCy's HTML for a sentence; memoised: a sentence is evidence for every pair it
    co-mentions (4,486 sentences drawn for 471 relations, 747 of them different, on 640 documents)."""
    data = {"text": text, "ents": [{"start": start, "end": end, "label": label} for start, end, label in ents],
            "title": None}
    return _entity_renderer().render([data], page=False, minify=False).strip()


@lru_cache(maxsize=1)
def _entity_renderer() -> EntityRenderer:
    """displaCy's entity renderer, built once: ``displacy.render`` builds a new one per call,
    and each build scans the installed packages' entry points for colour schemes."""
    return EntityRenderer(options={"colors": COLORS})


def row_cues(row: dict, sentence: str) -> list[tuple[int, int]]:
    """The relation's cue in its best sentence: ``cue`` + ``cue_start``/``cue_end`` when they agree."""
    cue = str(row.get("cue", "") or "")
    try:
        start, end = int(float(row.get("cue_start", ""))), int(float(row.get("cue_end", "")))
    except (TypeError, ValueError):
        start = end = -1
    if cue and 0 <= start < end <= len(sentence) and sentence[start:end] == cue:
        return [(start, end)]
    return cue_spans(cue, sentence)


def _link(doc_id: str, documents: dict[str, str]) -> str:
    href = documents.get(doc_id)
    if href:
        return f'<a href="{_e(href)}">{_e(doc_id)}</a>'
    return _e(doc_id)


def _anchor(doc_id: str, section: str) -> str:
    return "doc-" + quote(f"{doc_id}--{section}", safe="")


def _sentence_html(s, documents: dict[str, str], cues: list[tuple[int, int]]) -> str:
    where = (f'{_link(s.doc_id, documents)} › <a href="#{_anchor(s.doc_id, s.section)}">{_e(s.section)}</a>'
             f" · paragraph {s.paragraph}, sentence {s.sentence_id} · {_e(s.lang)}")
    return (f'<div class="sentence"><p class="where">{where}</p>'
            f"{displacy_sentence(s.text, s.spans, cues)}</div>")


def _stored_sentence_html(row: dict, documents: dict[str, str]) -> str:
    """A relation with no sentences in this run (stale): its evidence as last written."""
    doc, section = str(row.get("evidence_doc", "")), str(row.get("evidence_section", ""))
    where = f'{_link(doc, documents)} › <a href="#{_anchor(doc, section)}">{_e(section)}</a> · as last extracted'
    text = str(row.get("evidence", ""))
    return (f'<div class="sentence"><p class="where">{where}</p>'
            f"{displacy_sentence(text, [], row_cues(row, text))}</div>")


def _relation_html(rank: int, row: dict, index: dict, documents: dict[str, str],
                   sections: dict[tuple[str, str], list[tuple[str, str]]]) -> str:
    a = entity_label(row.get("a_name", ""), row.get("a_name_zh", ""))
    b = entity_label(row.get("b_name", ""), row.get("b_name_zh", ""))
    a_type, b_type = str(row.get("a_type", "")), str(row.get("b_type", ""))
    status = normalise_status(row.get("status", ""))
    flags = parse_flags(row.get("flag", ""), row.get("flag_why", ""))
    stale = FLAG_STALE in flags
    label = str(row.get("label", "") or "")
    negated = str(row.get("negated", "")).strip().lower() in ("true", "1", "yes")
    hedged = str(row.get("hedged", "")).strip().lower() in ("true", "1", "yes")
    arrow = {"a>b": "→", "b>a": "←"}.get(str(row.get("direction", "")).strip(), "—")
    pair_type = f"{a_type}–{b_type}"
    rid = str(row.get("relation_id", ""))
    badges = []
    if label:
        badges.append(f'<span class="badge label">{_e(label)}</span>')
    if negated:
        badges.append('<span class="badge negated">negated</span>')
    if hedged:
        badges.append('<span class="badge negated">hedged</span>')
    badges.append(f'<span class="badge {_e(status or "undecided")}">{_e(status or "undecided")}</span>')
    badges += [f'<span class="badge flag" title="{_e(why)}">{_e(flag)}</span>' for flag, why in flags.items()]
    try:
        score = float(row.get("score", 0) or 0)
    except ValueError:
        score = 0.0
    head = (f'<h2><span class="rank">#{rank}</span>'
            f'<span class="ent" style="background:{COLORS.get(a_type, "#ddd")}">{_e(a)}</span> {arrow} '
            f'<span class="ent" style="background:{COLORS.get(b_type, "#ddd")}">{_e(b)}</span>'
            f'{"".join(badges)}</h2>')
    meta = (f'<p class="meta">{_e(pair_type)} · score {score:.3f} · {_e(row.get("n_docs", ""))} documents, '
            f'{_e(row.get("n_sentences", ""))} sentences · {_e(rid)} · '
            f'{_e(row.get("a_id", ""))} / {_e(row.get("b_id", ""))}</p>')
    notes = []
    if str(row.get("cue", "")).strip():
        notes.append(f"cue: {_e(row.get('cue'))}")
    for key in ("curator", "note", "reviewed_at"):
        if str(row.get(key, "")).strip():
            notes.append(f"{key}: {_e(row.get(key))}")
    for flag, why in flags.items():
        if why:
            notes.append(f"{_e(flag)}: {_e(why)}")
    note_html = f'<div class="note">{"<br>".join(notes)}</div>' if notes else ""

    sentences = evidence_for(row, index)
    best = " ".join(str(row.get("evidence", "")).split())
    parts = []
    for s in sentences[:MAX_SENTENCES]:
        cues = row_cues(row, s.text) if s.flat_text == best else []
        parts.append(_sentence_html(s, documents, cues))
        sections[(s.doc_id, s.section)].append((rid, f"{a} — {b}"))
    if not parts and str(row.get("evidence", "")).strip():
        parts.append(_stored_sentence_html(row, documents))
        sections[(str(row.get("evidence_doc", "")), str(row.get("evidence_section", "")))].append((rid, f"{a} — {b}"))
    body = "".join(parts[:SHOWN_SENTENCES])
    if len(parts) > SHOWN_SENTENCES:
        body += (f"<details><summary>{len(parts) - SHOWN_SENTENCES} more sentences</summary>"
                 f"{''.join(parts[SHOWN_SENTENCES:])}</details>")
    if len(sentences) > MAX_SENTENCES:
        body += f'<p class="meta">and {len(sentences) - MAX_SENTENCES} more sentences not shown</p>'
    search = " ".join([a, b, rid, str(row.get("a_id", "")), str(row.get("b_id", "")), label]).lower()
    data = (f'id="{_e(rid)}" data-type="{_e(pair_type)}" data-label="{_e(label)}" '
            f'data-status="{_e(status or "-")}" data-stale="{int(stale)}" data-score="{score:.6f}" '
            f'data-search="{_e(search)}"')
    css = "relation stale" if stale else "relation"
    return f'<article class="{css}" {data}>{head}{meta}{note_html}<div class="evidence">{body}</div></article>'


def _options(name: str, values: list[str], labels: dict[str, str] | None = None) -> str:
    options = "".join(f'<option value="{_e(v)}">{_e((labels or {}).get(v, v))}</option>' for v in values)
    return f'<select name="{name}"><option value="">all</option>{options}</select>'


def document_links(documents: dict[str, Path], output_dir: Path) -> dict[str, str]:
    """doc_id -> a link to the document file relative to the report's folder."""
    links = {}
    here = Path(output_dir).resolve()
    for doc_id, path in documents.items():
        try:
            rel = os.path.relpath(Path(path).resolve(), here)
        except ValueError:  # another drive on Windows
            links[doc_id] = Path(path).resolve().as_uri()
            continue
        links[doc_id] = quote(Path(rel).as_posix())
    return links


def render_report(relations: pd.DataFrame, facts: list[DocumentFacts],
                  documents: dict[str, str] | None = None, generated: str = "") -> str:
    """The page as text. ``relations``: the merged table; ``documents``: doc_id -> link."""
    documents = documents or {}
    index = index_sentences(facts)
    rows = relations.fillna("").to_dict("records")
    active, stale = [], []
    for r in rows:
        (stale if FLAG_STALE in parse_flags(r.get("flag", ""), "") else active).append(r)

    def score(r: dict) -> float:
        try:
            return float(r.get("score", 0) or 0)
        except ValueError:
            return 0.0

    ordered = sorted(active, key=lambda r: (-score(r), str(r.get("relation_id", "")))) + \
        sorted(stale, key=lambda r: (-score(r), str(r.get("relation_id", ""))))
    sections: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    articles = [_relation_html(i, r, index, documents, sections) for i, r in enumerate(ordered, 1)]

    types = sorted({f"{r.get('a_type', '')}–{r.get('b_type', '')}" for r in rows})
    labels = sorted({str(r.get("label", "")) for r in rows if str(r.get("label", "")).strip()})
    statuses = {normalise_status(r.get("status", "")) for r in rows}
    status_values = ["-", *STATUS_ORDER[1:], *sorted(statuses - set(STATUS_ORDER))]
    legend = "".join(f'<mark style="background:{c}">{_e(k)}</mark>' for k, c in COLORS.items())
    form = (
        '<form id="filters" onsubmit="return false">'
        f"<label>type {_options('type', types)}</label>"
        f"<label>label {_options('label', labels)}</label>"
        f"<label>status {_options('status', status_values, {'-': 'undecided'})}</label>"
        '<label><input type="checkbox" name="stale"> show stale</label>'
        '<label>score ≥ <input type="number" name="min" value="0" step="0.1" min="0" style="width:5em"></label>'
        '<label>find <input type="search" name="q" placeholder="name, id…"></label>'
        f'<span class="legend">{legend}</span>'
        '<span id="shown" class="count"></span></form>'
    )
    doc_parts = []
    by_doc: dict[str, list[str]] = defaultdict(list)
    for (doc_id, section) in sorted(sections):
        by_doc[doc_id].append(section)
    for doc_id, secs in by_doc.items():
        items = []
        for section in secs:
            refs = sections[(doc_id, section)]
            links = ", ".join(f'<a href="#{_e(rid)}">{_e(name)}</a>' for rid, name in dict.fromkeys(refs))
            items.append(f'<li id="{_anchor(doc_id, section)}"><details><summary><b>{_e(section)}</b> '
                         f'<span class="count">({len(dict.fromkeys(refs))} relations)</span></summary>'
                         f"{links}</details></li>")
        doc_parts.append(f"<h3>{_link(doc_id, documents)}</h3><ul>{''.join(items)}</ul>")
    n_stale = len(stale)
    summary = (f"{len(active)} relations extracted" + (f", {n_stale} stale" if n_stale else "")
               + f" · {len(facts)} documents · sorted by score" + (f" · {_e(generated)}" if generated else ""))
    return (
        "<!DOCTYPE html>\n<!-- Generated by `python -m pipeline run`; do not edit (re-run to regenerate). -->\n"
        '<html lang="zh"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Relations: evidence report</title>"
        f"<style>{CSS}</style></head><body>"
        f"<header><h1>Relations: evidence report</h1><p class=\"sub\">{summary}</p>{form}</header>"
        f'<main id="relations">{"".join(articles)}</main>'
        f'<section id="documents"><h2>Documents and sections</h2>{"".join(doc_parts)}</section>'
        f"<script>{SCRIPT}</script>"
        f'<script type="application/json" id="colors">{json.dumps(COLORS)}</script>'
        "</body></html>\n"
    )
