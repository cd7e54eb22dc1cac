"""spaCy components: ``tcm_entities`` (dictionary entities and sentences) and ``tcm_relations``.

    >>> import spacy
    >>> import pipeline.nlp.components  # registers the factories (as scispacy.abbreviation does)
    >>> nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    >>> _ = nlp.add_pipe("tcm_entities"); _ = nlp.add_pipe("tcm_relations")
    >>> doc = nlp("淫羊藿苷通过上调GPX4的表达抑制成骨细胞铁死亡。")
    >>> [(e.text, e.label_, e.kb_id_) for e in doc.ents]  # doctest: +SKIP
    [('淫羊藿苷', 'COMPOUND', 'CPD:icariin'), ('GPX4', 'GENE', 'HGNC:4556'), ('铁死亡', 'PATHWAY', ...)]
    >>> doc._.relations[0].label  # doctest: +SKIP
    'upregulates'

``tcm_entities`` calls ``Annotator.analyse`` — the very call the batch worker makes for each
document (batch/worker.py) — and writes its result onto the Doc: entity Spans with
``label_`` (HERB, COMPOUND, GENE, PATHWAY) and ``kb_id_`` in ``doc.ents`` (non-overlapping,
what ``displacy.render(doc, style="ent")`` shows), every mention in ``doc.spans["entities"]``
(composite pathways such as PI3K/AKT/mTOR also in ``doc.spans["pathways"]``), ``Span._.how``
(how it was found), and sentence starts (``doc.sents``). Tokens are split at entity edges
(jieba may glue an entity to its neighbour), as spaCy's own ``merge``/``split`` components do.
The per-document facts it computed (mentions, typed pairs; the batch store's JSON) stay on
``doc._.tcm_facts``.

``tcm_relations`` aggregates and scores those facts exactly as ``pipeline.run`` does for a
corpus of one document (api.relation_records) and sets ``doc._.relations``: ``Relation``
objects with the two entity Spans, label, direction, negation, hedging, cue and score, best
first. Everything stored on the Doc is plain data, so Docs survive ``Doc.to_bytes`` and
``nlp.pipe(n_process=…)``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from pipeline.nlp.pipelines import displayed, register_extensions

if TYPE_CHECKING:
    from pipeline.nlp.annotator import AnnotatedDocument, Annotator
    from pipeline.relations.facts import DocumentFacts


@dataclass(frozen=True)
class Relation:
    """One co-mentioned pair of a Doc, as a row of relations.csv, with Spans into the Doc.

    ``a`` and ``b`` are the two entities' mentions in the best evidence sentence (ordered
    HERB, COMPOUND, GENE, PATHWAY, as in relations.csv); ``row`` is the full relations.csv row.
    """

    relation_id: str
    a: Span
    b: Span
    label: str  # upregulates, downregulates, activates, inhibits, via, member_of, contains, ...
    direction: str  # "a>b", "b>a" or ""
    negated: bool
    hedged: bool
    score: float
    sentence: Span  # the best evidence sentence
    cue: Span | None  # the cue words of the label, when found in the sentence
    row: dict[str, Any]

    def __repr__(self) -> str:
        arrow = {"a>b": "->", "b>a": "<-"}.get(self.direction, "--")
        flags = "".join([" negated" if self.negated else "", " hedged" if self.hedged else ""])
        return f"<Relation {self.a.text} {arrow}{self.label}{arrow} {self.b.text} {self.score:g}{flags}>"


@lru_cache(maxsize=1)
def register_doc_extensions() -> None:
    """The Doc extensions of our components (once per process; values are plain data)."""
    register_extensions()  # doc._.doc_id, span._.how, ...
    for name in ("tcm_facts", "tcm_relations"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("relations"):
        Doc.set_extension("relations", getter=relations_of)


# --- tcm_entities ----------------------------------------------------------------------------------

def annotator_for_folder(dictionaries: str | Path | None, link_unmatched: bool = True) -> Annotator:
    """This process's Annotator for a dictionaries folder (default: ./dictionaries, else the
    bundled ones), shared with ``pipeline.run``; spaCy Docs per sentence are not made."""
    from pipeline.api import annotator_for
    from pipeline.config import Config

    config = Config(dictionaries=Path(dictionaries) if dictionaries else None, make_docs=False,
                    link_unmatched=link_unmatched)
    return annotator_for(config)


class TcmEntities:
    """Dictionary entities (herbs, formulas, compounds, genes, pathways) and sentences."""

    def __init__(self, nlp: Language, name: str = "tcm_entities", dictionaries: str | None = None,
                 link_unmatched: bool = True):
        register_doc_extensions()
        self.name = name
        self.annotator = annotator_for_folder(dictionaries, link_unmatched)

    def __call__(self, doc: Doc) -> Doc:
        annotated, facts = self.annotator.analyse(doc._.doc_id or "doc", doc.text)
        set_entities(doc, annotated, facts)
        doc._.tcm_facts = facts.to_json()
        return doc


def _sentence_spans(annotated: AnnotatedDocument) -> list[tuple[int, int]]:
    """Sentences at offsets into the original text."""
    spans = []
    for item in annotated.sentences:
        s = item.sentence
        start, end = s.paragraph.text.original_span(s.start, s.end)
        if end > start:
            spans.append((start, end))
    return spans


def split_tokens_at(doc: Doc, cuts: set[int]) -> None:
    """Split every token that a cut (a character offset) falls inside."""
    ordered = sorted(cuts)
    with doc.retokenize() as retokenizer:
        for token in list(doc):
            start, end = token.idx, token.idx + len(token.text)
            first = bisect_right(ordered, start)
            inner = [c - start for c in ordered[first:bisect_left(ordered, end, first)]]
            if not inner:
                continue
            edges = [0, *inner, len(token.text)]
            orths = [token.text[a:b] for a, b in pairwise(edges)]
            retokenizer.split(token, orths, heads=[(token, 0)] * len(orths))


def _span(doc: Doc, start: int, end: int, label: str = "", kb_id: str = "") -> Span | None:
    span = doc.char_span(start, end, label=label, kb_id=kb_id)
    if span is None:  # an edge in whitespace that belongs to no token
        span = doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
    return span


def set_entities(doc: Doc, annotated: AnnotatedDocument, facts: DocumentFacts) -> None:
    """Write the mentions of ``facts`` (offsets into ``doc.text``) and the sentences of
    ``annotated`` onto ``doc``."""
    mentions = [m for s in facts.sentences for m in s.mentions]
    sentences = _sentence_spans(annotated)
    cuts = {m.start for m in mentions} | {m.end for m in mentions}
    cuts |= {a for a, _ in sentences} | {b for _, b in sentences}
    split_tokens_at(doc, cuts)
    spans = []
    for m in mentions:
        span = _span(doc, m.start, m.end, m.label, m.entity_id)
        if span is not None:
            span._.how = m.how
            spans.append(span)
    doc.spans["entities"] = SpanGroup(doc, name="entities", spans=spans)
    doc.spans["pathways"] = SpanGroup(doc, name="pathways",
                                      spans=[s for s in spans if s._.how == "pathway-composition"])
    doc.ents = displayed(spans)
    starts = {0} | {a for a, _ in sentences} | {b for _, b in sentences}
    for token in doc:  # text between sentences (headings, whitespace) is a sentence of its own
        token.is_sent_start = token.idx in starts


# --- tcm_relations ---------------------------------------------------------------------------------

class TcmRelations:
    """Co-mention relations of the Doc, typed and scored as relations.csv (needs tcm_entities)."""

    def __init__(self, nlp: Language, name: str = "tcm_relations", alpha: float = 0.6,
                 document_weight: float = 1.0, paragraph_weight: float = 2.0, sentence_weight: float = 0.2,
                 counting: str = "indicator"):
        from pipeline.config import ScoringConfig

        register_doc_extensions()
        self.name = name
        self.nlp = nlp
        self.scoring = ScoringConfig(document_weight, paragraph_weight, sentence_weight, alpha, counting)

    def _entities(self) -> TcmEntities:
        for _, component in self.nlp.pipeline:
            if isinstance(component, TcmEntities):
                return component
        raise ValueError("tcm_relations needs tcm_entities before it: nlp.add_pipe('tcm_entities')")

    def __call__(self, doc: Doc) -> Doc:
        from pipeline.api import relation_records
        from pipeline.config import Config
        from pipeline.relations.facts import DocumentFacts

        if doc._.tcm_facts is None:
            raise ValueError("tcm_relations needs tcm_entities before it: nlp.add_pipe('tcm_entities')")
        facts = DocumentFacts.from_json(doc._.tcm_facts)
        dictionary = self._entities().annotator.dictionary
        config = Config(dictionaries=dictionary.folder, scoring=self.scoring)
        records = relation_records([facts], dictionary, config)
        records.sort(key=lambda r: (-r[0]["score"], r[0]["relation_id"]))  # as relations.csv
        by_sentence = {s.sentence_id: s for s in facts.sentences}
        doc._.tcm_relations = [_located(doc, row, by_sentence[best.sentence_id]) for row, best in records]
        return doc


def _located(doc: Doc, row: dict, sentence) -> dict:
    """The row with the character offsets of its two mentions and its cue in ``doc``."""
    first = {}
    for m in sentence.mentions:
        first.setdefault(m.entity_id, (m.start, m.end))
    located = dict(row, a_span=first[row["a_id"]], b_span=first[row["b_id"]], cue_span=None)
    if row["cue"] != "":
        anchor = _span(doc, *first[row["a_id"]])
        if anchor is not None:
            located["cue_span"] = _cue_offsets(anchor.sent, sentence, row)
    return located


def _cue_offsets(sent: Span, sentence, row: dict) -> tuple[int, int] | None:
    """The cue's offsets in the Doc: cue_start/cue_end are offsets into the (normalised)
    sentence text; where normalisation kept the sentence's length they map one to one,
    otherwise the cue's text is looked for in the original sentence."""
    cue, start, end = row["cue"], int(row["cue_start"]), int(row["cue_end"])
    if len(sent.text) == len(sentence.text) and sent.text[start:end] == cue:
        return sent.start_char + start, sent.start_char + end
    found = sent.text.find(cue)
    return (sent.start_char + found, sent.start_char + found + len(cue)) if found >= 0 else None


def relations_of(doc: Doc) -> list[Relation]:
    """``doc._.relations``: Relation objects built from the plain rows ``tcm_relations`` stored."""
    relations = []
    for row in doc._.tcm_relations or []:
        a = _span(doc, *row["a_span"], label=row["a_type"], kb_id=row["a_id"])
        b = _span(doc, *row["b_span"], label=row["b_type"], kb_id=row["b_id"])
        if a is None or b is None:
            continue
        cue = _span(doc, *row["cue_span"]) if row.get("cue_span") else None
        fields = {k: v for k, v in row.items() if k not in ("a_span", "b_span", "cue_span")}
        relations.append(Relation(row["relation_id"], a, b, row["label"], row["direction"], bool(row["negated"]),
                                  bool(row["hedged"]), float(row["score"]), a.sent, cue, fields))
    return relations


# --- factories -------------------------------------------------------------------------------------

@Language.factory(
    "tcm_entities",
    assigns=["doc.ents", "doc.spans", "token.is_sent_start", "doc._.tcm_facts"],
    default_config={"dictionaries": None, "link_unmatched": True},
)
def make_entities(nlp: Language, name: str, dictionaries: str | None, link_unmatched: bool) -> TcmEntities:
    """``dictionaries``: a folder of dictionary TSVs (default ./dictionaries, else the bundled
    ones); ``link_unmatched``: fuzzy-link gene-like names the dictionaries miss (nlp/linker.py)."""
    return TcmEntities(nlp, name, dictionaries, link_unmatched)


@Language.factory(
    "tcm_relations",
    requires=["doc._.tcm_facts"],
    assigns=["doc._.tcm_relations"],
    default_config={"alpha": 0.6, "document_weight": 1.0, "paragraph_weight": 2.0, "sentence_weight": 0.2,
                    "counting": "indicator"},
)
def make_relations(nlp: Language, name: str, alpha: float, document_weight: float, paragraph_weight: float,
                   sentence_weight: float, counting: str) -> TcmRelations:
    """The scoring weights of relations/scoring.py (the CLI's --alpha, --document-weight, ...)."""
    return TcmRelations(nlp, name, alpha, document_weight, paragraph_weight, sentence_weight, counting)
