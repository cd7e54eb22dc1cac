"""What relation extraction needs from an annotated document, in plain serialisable form.

Per document: the sentences that carry mentions (text, section, paragraph, language), their
mentions (offsets into the original file and into the sentence) and the typed pairs of
entities they co-mention (relations/pairs.py: typed here, where the sentence is, so batch
workers do it in parallel). Batch runs store these per document (JSON in the embedded
store) and re-aggregate relations from them without re-annotating or re-typing; everything
downstream of annotation reads only these facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cache

import orjson

from pipeline.relations.cross_sentence import CROSS_SENTENCE_HOWS, DOCUMENT_AGENT
from pipeline.relations.document_agents import document_agent, eligible
from pipeline.relations.document_focus import demote_peripheral_agents
from pipeline.relations.group_designs import demote_inducer_combinations
from pipeline.relations.pairs import NO_PARTNER, PairFacts, document_agent_pairs, sentence_pairs
from pipeline.relations.plant_subjects import drop_gene_pairs, front_matter, plant_subject


@dataclass
class MentionFacts:
    start: int  # offsets into the original file
    end: int
    sentence_start: int  # offsets into the sentence text
    sentence_end: int
    text: str
    label: str
    entity_id: str
    how: str
    members: list[str] = field(default_factory=list)


@dataclass
class SentenceFacts:
    sentence_id: int
    paragraph: int
    section: str
    lang: str
    text: str
    mentions: list[MentionFacts]
    pairs: list[PairFacts] | None = None  # None: not typed yet (``typed_pairs`` does it)

    def typed_pairs(self) -> list[PairFacts]:
        if self.pairs is None:
            self.pairs = sentence_pairs(self.text, self.mentions)
        return self.pairs


@dataclass
class DocumentFacts:
    doc_id: str
    sentences: list[SentenceFacts]
    composites: dict[str, dict] = field(default_factory=dict)  # AXIS id -> Entity fields

    def to_json(self) -> str:
        # built by hand: dataclasses.asdict deep-copies recursively and was most of the cost
        data = {
            "doc_id": self.doc_id,
            "sentences": [
                {"sentence_id": s.sentence_id, "paragraph": s.paragraph, "section": s.section, "lang": s.lang,
                 "text": s.text, "mentions": [m.__dict__ for m in s.mentions],
                 "pairs": [p.row for p in s.typed_pairs()]}
                for s in self.sentences
            ],
            "composites": self.composites,
        }
        return orjson.dumps(data).decode()  # orjson: the store's JSON, read back on every run

    @classmethod
    def from_json(cls, text: str) -> DocumentFacts:
        data = orjson.loads(text)
        sentences = []
        for s in data["sentences"]:
            pairs = s.get("pairs")
            s["mentions"] = [_from_fields(MentionFacts, _MENTION_FIELDS, m) for m in s["mentions"]]
            s["pairs"] = None if pairs is None else [PairFacts(p) for p in pairs]
            sentences.append(_from_fields(SentenceFacts, _SENTENCE_FIELDS, s))
        return cls(data["doc_id"], sentences, data.get("composites", {}))


_MENTION_FIELDS = frozenset(f.name for f in fields(MentionFacts))
_SENTENCE_FIELDS = frozenset(f.name for f in fields(SentenceFacts))


def _from_fields(kind, names: frozenset, values: dict):
    """``kind(**values)`` without the call: the parsed dict becomes the object's ``__dict__``
    when it holds exactly the dataclass's fields (what ``to_json`` writes). Every stored
    document is parsed once by the aggregation and once by the outputs (35k mentions at the
    16x benchmark); the keyword call was a quarter of ``from_json``. Anything else (an older
    store's rows) goes through the constructor, defaults and all."""
    if values.keys() == names:
        obj = object.__new__(kind)
        obj.__dict__ = values
        return obj
    return kind(**values)


def entity_fields(entity) -> dict:
    """``dataclasses.asdict(entity)`` for a dictionary ``Entity`` (its fields are strings and lists of strings), in
    field order, without ``asdict``'s recursive deep copy: the line cost more than the rest of ``facts_of`` but the
    sentence loop (~0.4 % of ``process_file`` on the 16x benchmark; issue 17, stop 45). A list field is copied, as
    ``asdict`` copies it; any other value is a string or a tuple of strings, kept as is (``asdict`` rebuilds a tuple
    of the same strings)."""
    values = entity.__dict__
    return {name: (list(value) if type(value) is list else value)
            for name in _entity_field_names(type(entity)) for value in (values[name],)}


@cache
def _entity_field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def _document_agent_findings(sentences: list[SentenceFacts]) -> None:
    """Add to the typed pairs of each sentence that states a change with no agent named the pairs of the document's
    one agent (relations/document_agents.py). Its mention, zero-width at the sentence's opening, is only what the
    pairing reads: the sentence's mentions (mentions.csv, BioC, the co-mention counts) stay the text's own."""
    found = document_agent(sentences, NO_PARTNER | CROSS_SENTENCE_HOWS)  # named in the text, not read at an anaphor
    if found is None:
        return
    label, entity_id = found
    for s in eligible(sentences, entity_id, NO_PARTNER):  # an agent read at an anaphor is an agent of the sentence
        start = s.mentions[0].start - s.mentions[0].sentence_start
        agent = MentionFacts(start, start, 0, 0, "", label, entity_id, DOCUMENT_AGENT)
        s.pairs = s.typed_pairs() + document_agent_pairs(s.text, agent, s.mentions, s.typed_pairs())


def facts_of(adoc) -> DocumentFacts:
    """Facts of an ``AnnotatedDocument`` (sentences with at least one mention)."""
    sentences = []
    for item in adoc.sentences:
        if not item.mentions:
            continue
        s = item.sentence
        otext = s.paragraph.text
        mentions = []
        for m in item.mentions:
            start, end = otext.original_span(m.start, m.end)
            mentions.append(MentionFacts(start, end, m.start - s.start, m.end - s.start, m.text,
                                         m.label, m.entity_id, m.how, list(m.members)))
        facts = SentenceFacts(s.index, s.paragraph.index, s.paragraph.section, s.lang, s.text, mentions)
        facts.typed_pairs()
        sentences.append(facts)
    _document_agent_findings(sentences)  # "… DICO decreased Bcl-2 … . Subsequently, caspase-9 … were activated."
    demote_inducer_combinations(sentences)  # the model's toxin plus its protector is a design, not a therapy
    demote_peripheral_agents(sentences)  # an agent the paper does not study, merely named with a gene
    if plant_subject(front_matter(adoc.paragraphs)):  # a plant-biology paper: its genes are plant genes, no HGNC id
        drop_gene_pairs(sentences)
    composites = {k: entity_fields(v) for k, v in adoc.composites.items()}
    return DocumentFacts(adoc.doc_id, sentences, composites)
