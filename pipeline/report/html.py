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

from pipeline.relations.facts import DocumentFacts
from pipeline.report.entity_markup import label_colours, render_entities
from pipeline.report.evidence import (
    EvidenceSentence,
    Span,
    cue_spans,
    evidence_for,
    index_sentences,
    non_overlapping,
)
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
MAX_SENTENCES = 12  # rendered per relation at most (inline relations)
PART_SENTENCES = 1  # rendered per relation in the part files (the best; all are in relations.csv)
INLINE = 300  # relations drawn in report.html itself; the rest in report_files/part-NNN.js
PART_SIZE = 500  # relations per part file
MAX_RELATIONS = 20_000  # relations in the report at most (all are in relations.csv)
MAX_SENTENCE_CHARS = 600  # a longer (run-on) sentence is drawn cut around the pair
PARTS_DIR = "report_files"
STATUS_ORDER = ["", "accepted", "rejected", "unsure"]

CSS = """
body{font-family:"Report CJK","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",
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
  const main=document.getElementById('relations');
  let items=Array.from(document.querySelectorAll('article.relation'));
  const shown=document.getElementById('shown');
  const more=document.getElementById('more');
  const restEl=document.getElementById('rest');
  // relations in part files: [id, type, label, status, stale, score, search, part, docs]
  const rest=restEl?JSON.parse(restEl.textContent):[];
  const loaded={}, waiting={};
  window.reportPart=function(k,html){
    if(loaded[k]) return; loaded[k]=true;
    const box=document.createElement('div'); box.innerHTML=html;
    const add=Array.from(box.querySelectorAll('article.relation'));
    for(const a of add) main.appendChild(a);
    items=items.concat(add);
    (waiting[k]||[]).forEach(function(f){f();}); delete waiting[k];
    apply();
  };
  function load(k,then){
    if(loaded[k]){ if(then) then(); return; }
    if(then)(waiting[k]=waiting[k]||[]).push(then);
    if(document.getElementById('part-'+k)) return;
    const s=document.createElement('script'); s.id='part-'+k;
    s.src='PARTS_DIR/part-'+String(k).padStart(3,'0')+'.js'; document.body.appendChild(s);
  }
  function match(d,F){
    return (!F.type||d.type===F.type)&&(!F.label||d.label===F.label)
      &&(!F.status||d.status===F.status)&&(F.stale||d.stale!=='1')
      &&(parseFloat(d.score)>=F.min)&&(!F.q||d.search.indexOf(F.q)>=0)
      &&(!F.doc||d.docs.indexOf(' '+F.doc+' ')>=0);
  }
  function apply(){
    const E=form.elements;
    const F={type:E['type'].value,label:E['label'].value,status:E['status'].value,stale:E['stale'].checked,
      min:parseFloat(E['min'].value||'0')||0,q:E['q'].value.trim().toLowerCase(),doc:E['doc'].value};
    let n=0;
    for(const a of items){ const ok=match(a.dataset,F); a.hidden=!ok; if(ok) n++; }
    const parts=new Set(); let m=0;
    for(const r of rest){
      if(loaded[r[7]]) continue;
      if(match({type:r[1],label:r[2],status:r[3],stale:r[4],score:r[5],search:r[6],docs:r[8]},F)){
        m++; parts.add(r[7]);}
    }
    const total=items.length+rest.filter(function(r){return !loaded[r[7]];}).length;
    shown.textContent=(n+m)+' of '+total+' relations shown';
    if(more){
      more.hidden=!m;
      more.textContent='load '+m+' more matching relations ('+parts.size+' part file'+(parts.size>1?'s':'')+')';
      more.onclick=function(){ parts.forEach(function(k){load(k);}); };
    }
    if((F.q||F.doc)&&m>0&&m<=500) parts.forEach(function(k){load(k);});  // a search loads what it finds
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
  document.addEventListener('click',function(ev){  // a link to a relation in a part file loads it
    const a=ev.target.closest('a[href^="#R"]'); if(!a) return;
    const id=a.getAttribute('href').slice(1);
    if(document.getElementById(id)) return;
    const r=rest.find(function(x){return x[0]===id;}); if(!r) return;
    ev.preventDefault();
    load(r[7],function(){const e=document.getElementById(id); if(e){e.hidden=false; e.scrollIntoView();}});
  });
  window.addEventListener('hashchange',function(){fromHash(); apply();});  // #doc=… links
  form.addEventListener('input',function(){apply();toHash();});
  form.addEventListener('change',function(){apply();toHash();});
  fromHash();
  apply();
  document.documentElement.dataset.ready='1';
  document.documentElement.dataset.loadMs=String(Math.round(performance.now()));
})();
""".replace("PARTS_DIR", PARTS_DIR)


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
    """displaCy's HTML for a sentence (``entity_markup``: the same bytes, without importing spaCy);
    memoised: a sentence is evidence for every pair it co-mentions (4,486 sentences drawn for 471
    relations, 747 of them different, on 640 documents)."""
    return render_entities(text, ents, _LABEL_COLOURS).strip()


_LABEL_COLOURS = label_colours(COLORS)


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


def clipped(s, row: dict):
    """A run-on sentence cut to ``MAX_SENTENCE_CHARS`` around the first mention of the pair
    (spans shifted, the cut marked with …); a normal sentence as it is."""
    if len(s.text) <= MAX_SENTENCE_CHARS:
        return s
    ids = {str(row.get("a_id", "")), str(row.get("b_id", ""))}
    at = min((sp.start for sp in s.spans if sp.entity_id in ids), default=0)
    start = max(0, min(at - MAX_SENTENCE_CHARS // 3, len(s.text) - MAX_SENTENCE_CHARS))
    end = start + MAX_SENTENCE_CHARS
    head, tail = ("…" if start else ""), ("…" if end < len(s.text) else "")
    shift = len(head) - start
    spans = [Span(sp.start + shift, sp.end + shift, sp.label, sp.entity_id) for sp in s.spans
             if start <= sp.start and sp.end <= end]
    cut = EvidenceSentence(s.doc_id, s.section, s.paragraph, s.sentence_id, s.lang,
                           head + s.text[start:end] + tail, (), s.entity_ids)
    cut.__dict__["spans"] = spans  # cached_property: set the shifted spans directly
    return cut


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
                   sections: dict[tuple[str, str], list[tuple[str, str]]], max_sentences: int = MAX_SENTENCES,
                   totals: dict | None = None) -> str:
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
    for s in sentences[:max_sentences]:
        cues = row_cues(row, s.text) if s.flat_text == best else []
        parts.append(_sentence_html(clipped(s, row), documents, cues))
        sections[(s.doc_id, s.section)].append((rid, f"{a} — {b}"))
    if not parts and str(row.get("evidence", "")).strip():
        parts.append(_stored_sentence_html(row, documents))
        sections[(str(row.get("evidence_doc", "")), str(row.get("evidence_section", "")))].append((rid, f"{a} — {b}"))
    body = "".join(parts[:SHOWN_SENTENCES])
    if len(parts) > SHOWN_SENTENCES:
        body += (f"<details><summary>{len(parts) - SHOWN_SENTENCES} more sentences</summary>"
                 f"{''.join(parts[SHOWN_SENTENCES:])}</details>")
    total = (totals or {}).get(frozenset((str(row.get("a_id", "")), str(row.get("b_id", "")))), len(sentences))
    if total > max_sentences:
        body += f'<p class="meta">and {total - max_sentences} more sentences not shown</p>'
    search = " ".join([a, b, rid, str(row.get("a_id", "")), str(row.get("b_id", "")), label]).lower()
    data = (f'id="{_e(rid)}" data-type="{_e(pair_type)}" data-label="{_e(label)}" '
            f'data-status="{_e(status or "-")}" data-stale="{int(stale)}" data-score="{score:.6f}" '
            f'data-search="{_e(search)}" data-docs="{_e(docs_of(row))}"')
    css = "relation stale" if stale else "relation"
    return f'<article class="{css}" {data}>{head}{meta}{note_html}<div class="evidence">{body}</div></article>'


def docs_of(row: dict) -> str:
    """The documents a relation was found in (``found_in``: doc/section/lang items), space-framed
    for the document filter; the evidence document for a stale row."""
    docs = dict.fromkeys(item.rsplit("/", 2)[0] for item in str(row.get("found_in", "")).split(";")
                         if item.count("/") >= 2 and not item.startswith("…"))
    if not docs and str(row.get("evidence_doc", "")):
        docs = {str(row.get("evidence_doc", "")): None}
    return " " + " ".join(docs) + " "


def _options(name: str, values: list[str], labels: dict[str, str] | None = None) -> str:
    options = "".join(f'<option value="{_e(v)}">{_e((labels or {}).get(v, v))}</option>' for v in values)
    return f'<select name="{name}"><option value="">all</option>{options}</select>'


def document_links(documents: dict[str, Path], output_dir: Path) -> dict[str, str]:
    """doc_id -> a link to the document file relative to the report's folder."""
    links = {}
    here = Path(output_dir).resolve()
    resolve = _folder_resolver()
    for doc_id, path in documents.items():
        try:
            rel = os.path.relpath(resolve(Path(path)), here)
        except ValueError:  # another drive on Windows
            links[doc_id] = Path(path).resolve().as_uri()
            continue
        links[doc_id] = quote(Path(rel).as_posix())
    return links


def _folder_resolver():
    """``Path.resolve`` for many files of few folders: each folder is resolved once (a
    corpus's files share a handful), then a file is its resolved folder and its name, unless
    the file itself is a link. ``resolve`` looks up every component of a path; for the 640
    files of the 16x benchmark it was ~5 % of the outputs."""
    folders: dict[Path, Path] = {}

    def resolve(path: Path) -> Path:
        if path.name in ("", ".", "..") or os.path.islink(path):
            return path.resolve()
        parent = path.parent
        real = folders.get(parent)
        if real is None:
            real = folders[parent] = parent.resolve()
        return real / path.name

    return resolve


def _score(r: dict) -> float:
    try:
        return float(r.get("score", 0) or 0)
    except ValueError:
        return 0.0


def report_order(relations: pd.DataFrame) -> list[dict]:
    """The rows as the report lists them: active relations by score, then stale ones."""
    rows = relations.fillna("").to_dict("records")
    active, stale = [], []
    for r in rows:
        (stale if FLAG_STALE in parse_flags(r.get("flag", ""), "") else active).append(r)
    return sorted(active, key=lambda r: (-_score(r), str(r.get("relation_id", "")))) + \
        sorted(stale, key=lambda r: (-_score(r), str(r.get("relation_id", ""))))


def sentences_wanted(ordered: list[dict], inline: int = INLINE, limit: int = MAX_RELATIONS) -> dict:
    """(a_id, b_id) sorted -> (sentences drawn, best evidence text, its document) for the
    relations the report shows: what a streaming pass over the documents keeps."""
    wanted = {}
    for rank, r in enumerate(ordered[:limit]):
        key = tuple(sorted((str(r.get("a_id", "")), str(r.get("b_id", "")))))
        wanted[key] = (MAX_SENTENCES if rank < inline else PART_SENTENCES,
                       " ".join(str(r.get("evidence", "")).split()), str(r.get("evidence_doc", "")))
    return wanted


def render_report(relations: pd.DataFrame, facts: list[DocumentFacts] | None = None,
                  documents: dict[str, str] | None = None, generated: str = "", **options) -> str:
    """The page as text (one file: every relation inline). See :func:`render_report_files`."""
    options.setdefault("inline", MAX_RELATIONS)
    return render_report_files(relations, facts, documents, generated, **options)["report.html"]


def render_report_files(relations: pd.DataFrame, facts: list[DocumentFacts] | None = None,
                        documents: dict[str, str] | None = None, generated: str = "",
                        index: dict | None = None, totals: dict | None = None, inline: int = INLINE,
                        limit: int = MAX_RELATIONS, font: bool = True, sink=None,
                        ordered: list[dict] | None = None, n_documents: int | None = None) -> dict[str, str]:
    """report.html and its part files, as text by path relative to the output folder.

    ``relations``: the merged table; ``documents``: doc_id -> link; ``index``: the evidence
    sentences by pair (:func:`evidence.index_sentences` of ``facts`` when not given — a
    streaming batch passes the few it kept per pair, with ``totals``, the number of sentences
    per pair). The first ``inline`` relations are drawn in the page; the others (up to
    ``limit``) go to report_files/part-NNN.js, loaded when a filter or link needs them. With
    ``font``, the characters beyond ASCII are drawn with an embedded subset of Noto Sans CJK
    (readable without a CJK font on the machine). ``sink(name, text)``: takes each part file
    as soon as it is drawn (not kept in the result); ``ordered``: :func:`report_order` of
    ``relations`` when the caller has it already."""
    documents = documents or {}
    if index is None:
        index = index_sentences(facts or [])
    ordered = report_order(relations) if ordered is None else ordered
    rows = ordered
    n_stale = sum(FLAG_STALE in parse_flags(r.get("flag", ""), "") for r in ordered)
    n_active = len(ordered) - n_stale
    dropped = max(0, len(ordered) - limit)
    ordered = ordered[:limit]
    sections: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    elsewhere: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)  # not listed: in parts
    articles = [_relation_html(i, r, index, documents, sections, MAX_SENTENCES, totals)
                for i, r in enumerate(ordered[:inline], 1)]
    files: dict[str, str] = {}
    chars: set[str] = set()  # beyond ASCII, in the part files (for the font subset)
    rest = []
    for k, first in enumerate(range(inline, len(ordered), PART_SIZE), start=1):
        # one part at a time: handed to ``sink`` (written out) as soon as it is drawn
        chunk = "".join(_relation_html(i, r, index, documents, elsewhere, PART_SENTENCES, totals)
                        for i, r in enumerate(ordered[first:first + PART_SIZE], first + 1))
        elsewhere.clear()
        chars.update(c for c in set(chunk) if ord(c) >= 0x80)
        name = f"{PARTS_DIR}/part-{k:03d}.js"
        text = ("// Generated by `python -m pipeline run` (part of report.html); do not edit.\n"
                f"reportPart({k},{json.dumps(chunk, ensure_ascii=False)});\n")
        if sink is not None:
            sink(name, text)
        else:
            files[name] = text
        for r in ordered[first:first + PART_SIZE]:
            rest.append(_meta(r, k))

    types = sorted({f"{r.get('a_type', '')}–{r.get('b_type', '')}" for r in rows})
    doc_ids = sorted({d for r in ordered for d in docs_of(r).split()})
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
        f"<label>document {_options('doc', doc_ids)}</label>"
        '<label>find <input type="search" name="q" placeholder="name, id…"></label>'
        f'<span class="legend">{legend}</span>'
        '<span id="shown" class="count"></span>'
        + ('<button type="button" id="more" hidden></button>' if rest else "") + "</form>"
    )
    doc_parts = []
    by_doc: dict[str, list[str]] = defaultdict(list)
    for (doc_id, section) in sorted(sections):
        by_doc[doc_id].append(section)
    for doc_id in doc_ids:
        by_doc.setdefault(doc_id, [])
    for doc_id in sorted(by_doc):
        secs = by_doc[doc_id]
        items = []
        for section in secs:
            refs = sections[(doc_id, section)]
            links = ", ".join(f'<a href="#{_e(rid)}">{_e(name)}</a>' for rid, name in dict.fromkeys(refs))
            items.append(f'<li id="{_anchor(doc_id, section)}"><details><summary><b>{_e(section)}</b> '
                         f'<span class="count">({len(dict.fromkeys(refs))} relations)</span></summary>'
                         f"{links}</details></li>")
        every = f' <a class="count" href="#doc={quote(doc_id, safe="")}">all its relations</a>'
        doc_parts.append(f"<h3>{_link(doc_id, documents)}{every}</h3><ul>{''.join(items)}</ul>")
    if n_documents is None:
        n_documents = len(doc_ids) if facts is None else len(facts)
    summary = (f"{n_active} relations extracted" + (f", {n_stale} stale" if n_stale else "")
               + f" · {n_documents} documents · sorted by score"
               + (f" · the first {inline} shown here, the others loaded from {PARTS_DIR}/ when asked for"
                  if rest else "")
               + (f" · {dropped} relations of lowest score only in relations.csv" if dropped else "")
               + (f" · {_e(generated)}" if generated else ""))
    rest_json = json.dumps(rest, ensure_ascii=False).replace("</", "<\\/")
    body = (
        f"<header><h1>Relations: evidence report</h1><p class=\"sub\">{summary}</p>{form}</header>"
        f'<main id="relations">{"".join(articles)}</main>'
        f'<section id="documents"><h2>Documents and sections</h2>{"".join(doc_parts)}</section>'
        + (f'<script type="application/json" id="rest">{rest_json}</script>' if rest else "")
        + f"<script>{SCRIPT}</script>"
        f'<script type="application/json" id="colors">{json.dumps(COLORS)}</script>'
    )
    face = ""
    if font:
        from pipeline.report.fonts import cjk_subset_woff, font_face_css

        face = font_face_css(cjk_subset_woff(body + "".join(sorted(chars))))
    files["report.html"] = (
        "<!DOCTYPE html>\n<!-- Generated by `python -m pipeline run`; do not edit (re-run to regenerate). -->\n"
        '<html lang="zh"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Relations: evidence report</title>"
        f"<style>{face}{CSS}</style></head><body>{body}</body></html>\n"
    )
    return files


def _meta(r: dict, part: int) -> list:
    """What the filters need of a relation kept in a part file."""
    a = entity_label(r.get("a_name", ""), r.get("a_name_zh", ""))
    b = entity_label(r.get("b_name", ""), r.get("b_name_zh", ""))
    label = str(r.get("label", "") or "")
    rid = str(r.get("relation_id", ""))
    search = " ".join([a, b, rid, str(r.get("a_id", "")), str(r.get("b_id", "")), label]).lower()
    stale = FLAG_STALE in parse_flags(r.get("flag", ""), "")
    return [rid, f"{r.get('a_type', '')}–{r.get('b_type', '')}", label,
            normalise_status(r.get("status", "")) or "-", "1" if stale else "0", f"{_score(r):.6f}", search, part,
            docs_of(r)]
