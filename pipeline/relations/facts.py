"""What relation extraction needs from an annotated document, in plain serialisable form.

Per document: the sentences that carry mentions (text, section, paragraph, language) and
their mentions (offsets into the original file and into the sentence). Batch runs store
these per document (JSON in the embedded store) and re-aggregate relations from them
without re-annotating; everything downstream of annotation reads only these facts.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field


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
                 "text": s.text, "mentions": [m.__dict__ for m in s.mentions]}
                for s in self.sentences
            ],
            "composites": self.composites,
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> DocumentFacts:
        data = json.loads(text)
        sentences = [
            SentenceFacts(**{**s, "mentions": [MentionFacts(**m) for m in s["mentions"]]})
            for s in data["sentences"]
        ]
        return cls(data["doc_id"], sentences, data.get("composites", {}))


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
        sentences.append(SentenceFacts(s.index, s.paragraph.index, s.paragraph.section, s.lang, s.text, mentions))
    composites = {k: asdict(v) for k, v in adoc.composites.items()}
    return DocumentFacts(adoc.doc_id, sentences, composites)
