"""Shared by the entity and relation tests: what the annotator finds in one real sentence."""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline.relations.effects import Span, label_pair
from pipeline.relations.facts import facts_of
from pipeline.relations.pairs import PATHWAY_ANAPHOR, sentence_pairs


def genes(annotator, text: str) -> list[str]:
    """The gene mentions of ``text``: linked ones, then those found by shape or phrase."""
    adoc = annotator.annotate("t", text)
    out = []
    for item in adoc.sentences:
        out += [m.text for m in item.mentions if m.label == "GENE"]
        out += [m.text for m in item.unlinked]
    return out


def named(annotator, text: str) -> list[tuple[str, str]]:
    """(surface, entity id) of every linked mention of ``text``, in text order."""
    adoc = annotator.annotate("t", text)
    return [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions]


def herb_uses(annotator, text: str) -> dict[str, set[str]]:
    """surface -> the herb ids (or, for other mentions, the labels) its mentions in ``text`` got."""
    adoc = annotator.annotate("t", text)
    out: dict[str, set[str]] = {}
    for item in adoc.sentences:
        for m in item.mentions:
            out.setdefault(m.text, set()).add(m.entity_id if m.label == "HERB" else m.label)
    return out



def best_evidence(doc) -> dict:
    """(a id, b id) -> (label, weight, sentence text) of the pair's best sentence in one document's facts, both orders."""
    from pipeline.config import ScoringConfig
    from pipeline.relations.comention import aggregate

    out = {}
    for (a, b), stats in aggregate([doc], ScoringConfig()).stats.items():
        best = stats.best()
        out[(a[1], b[1])] = out[(b[1], a[1])] = (best.pair.label, best.weight, best.text)
    return out


def best_labels(doc) -> dict:
    """(a id, b id) -> (label, weight) of the pair's best sentence in one document's facts, both orders."""
    return {key: (label, weight) for key, (label, weight, _) in best_evidence(doc).items()}

def sentences_tsv(name: str) -> dict[str, str]:
    """key -> text of a tests/data TSV of real sentences (columns key, text, source)."""
    with (Path(__file__).parent / "data" / name).open(encoding="utf-8") as handle:
        return {row["key"]: row["text"] for row in csv.DictReader(handle, delimiter="\t")}


def tsv_rows(name: str) -> list[dict[str, str]]:
    """The rows of a tests/data TSV whose first lines may be ``#`` comments (the source of each sentence), as
    dicts by the header line; split on tabs only, so a quote in a sentence stays a quote."""
    text = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def typed_by_key(annotator, sentences: dict[str, str]):
    """key -> ``typed_pairs`` of that sentence: what the relation tests' ``typed`` fixture gives."""
    return lambda key: typed_pairs(annotator, sentences[key])


def typed_pairs(annotator, text: str) -> dict:
    """{(entity id, entity id): PairLabel} for every pair of each sentence of ``text`` (both orders)."""
    facts = facts_of(annotator.annotate("t", text))
    out = {}
    for s in facts.sentences:
        # a pathway's definite description ("该通路") is read only where the first mentions state nothing
        # (relations/pairs.py ``_at_anaphor``): left out here as ``sentence_pairs`` leaves it out
        spans = [Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members)) for m in s.mentions
                 if m.how != PATHWAY_ANAPHOR]
        ids = list(dict.fromkeys(m.entity_id for m in s.mentions))
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                out[(a, b)] = out[(b, a)] = label_pair(s.text, spans, a, b)
    return out


def typed_sentence(annotator, doc_id: str, text: str, needle: str):
    """The first sentence of document ``text`` that holds ``needle``, and a function typing a
    pair of its entity ids (``label_pair`` over the sentence's mentions)."""
    facts = facts_of(annotator.annotate(doc_id, text))
    sentence = next(s for s in facts.sentences if needle in s.text)
    spans = [Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members)) for m in sentence.mentions]
    return sentence, lambda a, b: label_pair(sentence.text, spans, a, b)


def corpus_paragraphs(synthetic_folder: Path, seed: int) -> list[str]:
    """The normalised paragraphs the annotator reads, of every document of the reviews,
    corpus/new_papers, corpus/validation and a 40-paper synthetic corpus (bench/make_corpus.py,
    written to ``synthetic_folder`` with ``seed``): the text the speed tests compare a fast path
    with its definition on."""
    import sys

    from pipeline.io.readers import read_file
    from pipeline.text.sections import split_sections

    repo = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(repo / "bench"))
    from make_corpus import make_corpus

    make_corpus(synthetic_folder, n=40, seed=seed)
    corpus = repo / "corpus"
    files = sorted(corpus.glob("*.md"))  # the two reviews
    for folder in ("new_papers", "validation"):
        files += sorted(p for p in (corpus / folder).rglob("*") if p.suffix in (".md", ".txt"))
    out = []
    for n, path in enumerate(files + sorted(synthetic_folder.iterdir())):
        for doc in read_file(path, path.read_bytes(), path.name):
            out += [p.text.text for p in split_sections(f"d{n}", doc.text)]
    return out


SAMPLE_PAPERS = Path("/work/shared/data/dev/chinaxiv/sample")


def corpus_files(repo: Path, with_sample: bool = True) -> list[Path]:
    """The files of the default run's corpus (the two reviews, corpus/new_papers, corpus/validation)
    and, when ``with_sample`` and present, the 20 ChinaXiv sample papers: the texts the speed tests
    compare a rewrite with its reference implementation on."""
    corpus = repo / "corpus"
    files = sorted(corpus.glob("*.md"))
    for folder in ("new_papers", "validation"):
        files += sorted(p for p in (corpus / folder).rglob("*") if p.suffix in (".md", ".txt"))
    if with_sample and SAMPLE_PAPERS.is_dir():
        files += sorted(SAMPLE_PAPERS.glob("*.md"))
    return files


def corpus_sentences(annotator, repo: Path) -> list[tuple[str, list[Span]]]:
    """(text, spans) of every sentence with a mention of ``corpus_files(repo)``: the sentences the
    speed tests compare per-sentence rewrites of relation typing on (conftest's session fixture
    ``corpus_sentences`` annotates them once for every test file)."""
    from pipeline.io.readers import read_file

    out = []
    for path in corpus_files(repo):
        for doc in read_file(str(path), path.read_bytes(), path.stem):
            for s in facts_of(annotator.annotate(doc.doc_id, doc.text)).sentences:
                out.append((s.text, [Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members))
                                     for m in s.mentions]))
    return out


def entity_pairs(spans: list[Span]) -> list[tuple[str, str]]:
    """Every unordered pair of the distinct entities of a sentence, in order of first mention."""
    ids = list(dict.fromkeys(sp.entity_id for sp in spans))
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]


def sentence_rows(annotator, text: str) -> dict:
    """{(entity id, entity id): PairLabel} of the rows ``sentence_pairs`` stores for each sentence of ``text`` (both
    orders): every mention of the pair, where ``typed_pairs`` asks ``label_pair`` about the first mentions only."""
    rows = {}
    for sentence in facts_of(annotator.annotate("t", text)).sentences:
        for p in sentence_pairs(sentence.text, sentence.mentions):
            rows[(p.a[1], p.b[1])] = rows[(p.b[1], p.a[1])] = p.typed
    return rows


def entity_ids(mentions_of, text: str) -> list[str]:
    """The entity ids of ``text``'s mentions in order, from the ``mentions_of`` fixture's (text, id) pairs."""
    return [eid for _, eid in mentions_of(text)]
