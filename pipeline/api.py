"""The Python API: what the CLI and notebooks call (docs/api.md).

One text, as a spaCy Doc (the components of pipeline/nlp/components.py):

    >>> import pipeline
    >>> doc = pipeline.annotate("淫羊藿苷通过上调GPX4的表达抑制成骨细胞铁死亡。")
    >>> [(e.text, e.label_, e.kb_id_) for e in doc.ents]        # doctest: +SKIP
    >>> doc._.relations                                          # doctest: +SKIP
    >>> nlp = pipeline.load("en"); doc = nlp("Icariin upregulates GPX4.")  # doctest: +SKIP

Documents and folders, as tables (the batch runner of ``python -m pipeline run`` is
pipeline.batch.run_batch; this is its in-process, nothing-stored counterpart):

    >>> result = pipeline.run()              # the bundled corpus   # doctest: +SKIP
    >>> result.relations.head()              # pandas DataFrame     # doctest: +SKIP
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.config import Config, default_path
from pipeline.dictionaries.loader import Dictionary, gc_paused, load_dictionary
from pipeline.dictionaries.schema import Entity
from pipeline.errors import DocumentError, PipelineError
from pipeline.io.corpus import find_documents, read_documents
from pipeline.nlp.annotator import AnnotatedDocument, Annotator
from pipeline.nlp.matcher import TermIndex
from pipeline.relations.comention import Aggregate, Evidence, aggregate, relation_id
from pipeline.relations.conflicts import format_labels, format_scores, is_conflict, labels_of
from pipeline.relations.facts import DocumentFacts, facts_of
from pipeline.relations.family_labels import family_label, family_labels
from pipeline.relations.ranking import (
    bare_english_one_member,
    document_scores,
    family_member,
    named_after,
    no_partner,
    one_member_axis,
    rank_score,
    tier_of,
    unit_factor,
)

if TYPE_CHECKING:  # imported where frames are built: pandas and spaCy take a second to import
    import pandas as pd
    from spacy.language import Language
    from spacy.tokens import Doc

LANGUAGES = ("zh", "en")

MENTION_COLUMNS = [
    "doc_id", "section", "paragraph", "sentence_id", "start", "end", "text", "entity_type",
    "entity_id", "entity_name", "entity_name_zh", "lang", "how",
]
RELATION_COLUMNS = [
    "relation_id", "a_type", "a_id", "a_name", "a_name_zh", "a_members", "b_type", "b_id",
    "b_name", "b_name_zh", "b_members", "label", "tier", "direction", "negated", "hedged", "cue",
    "cue_start", "cue_end", "label_counts", "conflict", "doc_labels", "doc_scores", "n_docs", "n_paragraphs", "n_sentences", "score",
    "score_cooccurrence", "evidence", "evidence_doc", "evidence_section", "more_evidence", "found_in",
    "doc_evidence",
]


@dataclass
class RunResult:
    mentions: pd.DataFrame
    relations: pd.DataFrame
    documents: list[AnnotatedDocument]  # empty for documents re-used from a batch store
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (file, error class, message)
    seconds: float = 0.0
    facts: list[DocumentFacts] = field(default_factory=list)

    @property
    def docs(self) -> dict[str, list[Doc]]:
        return {d.doc_id: d.docs for d in self.documents}


@lru_cache(maxsize=4)
def _cached_annotator(folder: str, make_docs: bool, link_unmatched: bool = True) -> Annotator:
    with gc_paused():  # one garbage collection after the caches are loaded, not one per cache
        dictionary = load_dictionary(folder)
        return Annotator(dictionary, TermIndex(dictionary), make_docs=make_docs, link_unmatched=link_unmatched)


def annotator_for(config: Config) -> Annotator:
    """One compiled matcher per dictionaries folder per process."""
    return _cached_annotator(str(config.dictionaries), config.make_docs, config.link_unmatched)


def load(lang: str = "zh", dictionaries: Path | str | None = None, relations: bool = True) -> Language:
    """A new spaCy pipeline that annotates like ``python -m pipeline run``.

    ``lang``: "zh" (spaCy's blank Chinese with the jieba segmenter; it also reads the English
    parts of a Chinese paper) or "en" (blank English with scispacy's tokenizer). Entities are the
    same either way: the tokenizer only decides the tokens. ``dictionaries``: a folder of
    dictionary TSVs (default ./dictionaries, else the bundled ones). ``relations``: add
    ``tcm_relations`` after ``tcm_entities``.

        >>> nlp = pipeline.load()                                    # doctest: +SKIP
        >>> nlp.pipe_names
        ['tcm_entities', 'tcm_relations']
        >>> doc = nlp("黄芩素作为黄芩的重要活性成分之一。")          # doctest: +SKIP
        >>> [(e.text, e.label_, e.kb_id_) for e in doc.ents]         # doctest: +SKIP
        [('黄芩素', 'COMPOUND', 'CPD:baicalein'), ('黄芩', 'HERB', ...)]
    """
    from pipeline.nlp import components  # noqa: F401 — registers the factories
    from pipeline.nlp.pipelines import blank_pipeline

    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    nlp = blank_pipeline(lang)
    nlp.add_pipe("tcm_entities", config={"dictionaries": str(dictionaries) if dictionaries else None})
    if relations:
        nlp.add_pipe("tcm_relations")
    return nlp


@lru_cache(maxsize=4)
def _loaded(lang: str, dictionaries: str | None) -> Language:
    return load(lang, dictionaries)


def language_of(text: str) -> str:
    """"en" for English text (at most 10 % of its letters Chinese), else "zh": jieba also
    splits the English of a Chinese paper well, while scispacy's tokenizer keeps a run of
    Chinese characters as one token."""
    from pipeline.io.readers import language_mix

    language, _ = language_mix(text)
    return "en" if language in ("en", "") else "zh"


def annotate(text: str, lang: str | None = None, doc_id: str = "text",
             dictionaries: Path | str | None = None) -> Doc:
    """Annotate one text: a spaCy Doc with entities, sentences and relations.

    ``doc.ents``: entity Spans (``label_`` HERB, COMPOUND, GENE or PATHWAY, ``kb_id_`` the
    dictionary id, ``_.how`` how it was found); ``doc.spans["entities"]``: every mention,
    overlapping ones too; ``doc.sents``; ``doc._.relations``: ``Relation`` objects (two entity
    Spans, label, direction, negated, hedged, cue, score), best first. ``lang``: "zh" or "en"
    (default: from the text's letters); see ``load``. The same entities as a batch run on a
    file holding the same text (tests/test_api.py checks it on the two reviews).

        >>> doc = pipeline.annotate("Icariin inhibits ferroptosis by upregulating GPX4.")  # doctest: +SKIP
        >>> [(e.text, e.label_, e.kb_id_) for e in doc.ents]         # doctest: +SKIP
        [('Icariin', 'COMPOUND', 'CPD:icariin'), ('ferroptosis', 'PATHWAY', ...), ('GPX4', 'GENE', 'HGNC:4556')]
        >>> from spacy import displacy; html = displacy.render(doc, style="ent")  # doctest: +SKIP
    """
    nlp = _loaded(lang or language_of(text), str(dictionaries) if dictionaries else None)
    doc = nlp.make_doc(text)
    doc._.doc_id = doc_id
    return nlp(doc)


def annotate_many(texts: Iterable[str], lang: str | None = None, n_process: int = 1, batch_size: int = 16,
                  dictionaries: Path | str | None = None) -> list[Doc]:
    """Annotate many texts (as ``annotate``), in order; ``n_process`` > 1 runs spaCy's
    ``nlp.pipe`` in that many processes (worth it from a few hundred abstracts on).

        >>> docs = pipeline.annotate_many(["黄芩素抑制NF-κB。", "Baicalein inhibits NF-κB."])  # doctest: +SKIP
        >>> [len(d.ents) for d in docs]                              # doctest: +SKIP
        [2, 2]
    """
    texts = list(texts)
    langs = [lang or language_of(t) for t in texts]
    docs: list[Doc | None] = [None] * len(texts)
    folder = str(dictionaries) if dictionaries else None
    for language in dict.fromkeys(langs):
        chosen = [i for i, x in enumerate(langs) if x == language]
        nlp = _loaded(language, folder)
        for i, doc in zip(chosen, nlp.pipe((texts[i] for i in chosen), n_process=n_process, batch_size=batch_size)):
            docs[i] = doc
    return docs  # type: ignore[return-value]


def run(paths: Iterable[Path | str] | None = None, config: Config | None = None) -> RunResult:
    """Annotate documents and extract co-mention relations (nothing is written)."""
    config = config or Config()
    started = time.perf_counter()
    annotator = annotator_for(config)
    sources = find_documents([Path(p) for p in paths] if paths else [default_path("corpus")])
    documents: list[AnnotatedDocument] = []
    errors: list[tuple[str, str, str]] = []
    for source in sources:
        try:
            for document in read_documents(source):  # one, or several (BioC, PubTator)
                if document.error:
                    errors.append((str(source.path), "DocumentError", document.error))
                else:
                    documents.append(annotator.annotate(document.doc_id, document.text))
        except PipelineError as exc:
            errors.append((str(source.path), type(exc).__name__, exc.message))
        except Exception as exc:  # noqa: BLE001 — a bad document must not stop the batch
            errors.append((str(source.path), type(exc).__name__, str(exc).splitlines()[0] if str(exc) else ""))
    facts = [facts_of(d) for d in documents]
    return build_result(facts, annotator.dictionary, config, documents, errors, started)


def build_result(facts: list[DocumentFacts], dictionary: Dictionary, config: Config,
                 documents: list[AnnotatedDocument] | None = None,
                 errors: list[tuple[str, str, str]] | None = None, started: float | None = None) -> RunResult:
    """Mentions and relations from per-document facts (fresh or from a batch store)."""
    mentions = mentions_frame(facts, dictionary)
    relations = relations_frame(facts, dictionary, config)
    seconds = time.perf_counter() - started if started is not None else 0.0
    return RunResult(mentions, relations, documents or [], errors or [], seconds, facts)


def _entity(entity_id: str, dictionary: Dictionary, composites: dict[str, dict]) -> Entity:
    if entity_id in composites:
        return Entity(**composites[entity_id])
    return dictionary[entity_id]


def mentions_frame(documents: list[DocumentFacts], dictionary: Dictionary) -> pd.DataFrame:
    import pandas as pd

    rows = []
    for doc in documents:
        for s in doc.sentences:
            for m in s.mentions:
                entity = _entity(m.entity_id, dictionary, doc.composites)
                rows.append({
                    "doc_id": doc.doc_id, "section": s.section, "paragraph": s.paragraph,
                    "sentence_id": s.sentence_id, "start": m.start, "end": m.end, "text": m.text,
                    "entity_type": m.label, "entity_id": m.entity_id, "entity_name": entity.name,
                    "entity_name_zh": entity.name_zh, "lang": s.lang, "how": m.how,
                })
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def _members(entity: Entity, limit: int) -> str:
    if entity.label != "PATHWAY" or not entity.members:
        return ""
    shown = entity.members[:limit]
    more = len(entity.members) - len(shown)
    return ";".join(shown) + (f";… (+{more} more)" if more > 0 else "")


def clip(text: str, limit: int, where: str, length: int | None = None) -> str:
    """``text`` within ``limit`` characters: a longer one (a run-on sentence) is cut and says
    how much is left out and where the whole is (mentions.csv and the store have it by id).
    ``length``: the whole text's, when ``text`` was already cut (a batch keeps no more)."""
    length = length or len(text)
    if length <= limit:
        return text
    return f"{text[:limit]}… [+{length - limit:,} characters; full text: {where}]"


# Excel holds at most 32,767 characters in a cell and silently cuts (or refuses) longer ones: the
# per-document cells grow with the corpus (~30 characters a document), so past ~1,000 papers naming
# one pair they keep their first documents and say how many more (the evaluation then falls back
# to the row's score and label for those).
EXCEL_CELL_LIMIT = 32_000


def clip_list(items: str, limit: int) -> str:
    """A ";"-joined list within about ``limit`` characters: whole items, then how many more."""
    if len(items) <= limit:
        return items
    parts = items.split(";")
    kept, size = [], 0
    for part in parts:
        if size + len(part) + 1 > limit:
            break
        kept.append(part)
        size += len(part) + 1
    return ";".join(kept) + f";… (+{len(parts) - len(kept)} more)"


def relations_frame(documents: list[DocumentFacts], dictionary: Dictionary, config: Config) -> pd.DataFrame:
    """relations.csv as a frame: one row per co-mentioned pair, best-scored first."""
    return relations_table(*_aggregated(documents, config), dictionary, config)


def relations_table(agg, composites: dict[str, dict], dictionary: Dictionary, config: Config) -> pd.DataFrame:
    """The relations frame from aggregated pair statistics (in memory, or streamed from a batch
    store by pipeline/batch/aggregate.py)."""
    import pandas as pd

    rows = [row for row, _ in relation_rows(agg, composites, dictionary, config)]
    frame = pd.DataFrame(rows, columns=RELATION_COLUMNS)
    return frame.sort_values(["score", "relation_id"], ascending=[False, True], ignore_index=True)


def relation_records(documents: list[DocumentFacts], dictionary: Dictionary, config: Config,
                     ) -> list[tuple[dict, Evidence]]:
    """(relations.csv row, best evidence sentence) per co-mentioned pair, in aggregation order:
    what ``relations_frame`` tabulates and the spaCy component ``tcm_relations`` puts on a Doc."""
    return relation_rows(*_aggregated(documents, config), dictionary, config)


def _aggregated(documents: list[DocumentFacts], config: Config) -> tuple[Aggregate, dict[str, dict]]:
    """The documents' pair statistics and the composite pathways they name (in memory)."""
    composites: dict[str, dict] = {}
    for doc in documents:
        composites.update(doc.composites)
    return aggregate(documents, config.scoring), composites


def relation_rows(agg, composites: dict[str, dict], dictionary: Dictionary, config: Config,
                  ) -> list[tuple[dict, Evidence]]:
    """(row, best evidence) per pair of ``agg`` (an in-memory or streamed aggregate)."""
    records = []
    limit = config.max_evidence_chars
    for pair, stats in agg.stats.items():
        (a_label, a_id), (b_label, b_id) = pair
        a, b = _entity(a_id, dictionary, composites), _entity(b_id, dictionary, composites)
        ranked = stats.ranked(1 + config.more_evidence)
        best, typed = ranked[0], ranked[0].typed
        cue = typed.cue if typed else None
        label, negated = (typed.label, bool(typed.negated)) if typed else ("associated", False)
        bests = stats.doc_bests()  # each document's own label and best sentence (relations/conflicts.py)
        by_doc = labels_of(bests)
        disease = no_partner(a) or no_partner(b)
        self_named = named_after(a, b)  # "NF-kappaB … signalling cascades": the gene and its own map
        family = family_member(a, b, dictionary.entities.get)  # "PKC … PKCα、PKCβ和PKCγ": a family and its member
        one_member = one_member_axis(a_id, b_id)  # "the JNK pathway": its member_of restates the name
        # a family and its member stating nothing else: member_of, shown; ranked as read (relations/family_labels.py)
        shown, by_doc = family_label(label, negated, family), family_labels(by_doc, family)
        direction = ""
        if typed and typed.agent:
            direction = "a>b" if typed.agent == a_id else "b>a"
        records.append(({
            "relation_id": relation_id(a_id, b_id),
            # an entity with a Chinese name only (a formula named in the paper) shows that name:
            # an empty cell cannot be sorted or filtered by a curator
            "a_type": a_label, "a_id": a_id, "a_name": a.name or a.name_zh, "a_name_zh": a.name_zh,
            "a_members": _members(a, config.max_members_listed),
            "b_type": b_label, "b_id": b_id, "b_name": b.name or b.name_zh, "b_name_zh": b.name_zh,
            "b_members": _members(b, config.max_members_listed),
            "label": shown, "tier": tier_of(a_label, b_label, shown, negated), "direction": direction,
            "negated": negated, "hedged": bool(typed and typed.hedged),
            "cue": cue.text if cue else "", "cue_start": cue.start if cue else "", "cue_end": cue.end if cue else "",
            "label_counts": ";".join(f"{k}:{v}" for k, v in stats.label_counts().items()),
            "conflict": is_conflict(by_doc), "doc_labels": clip_list(format_labels(by_doc), EXCEL_CELL_LIMIT),
            "doc_scores": clip_list(format_scores(document_scores(bests, a_label, b_label, disease, len(by_doc),
                                                                  self_named, family, one_member)), EXCEL_CELL_LIMIT),
            "n_docs": agg.n_documents.get(pair, 0), "n_paragraphs": agg.n_paragraphs.get(pair, 0),
            "n_sentences": len(stats.sentences),
            "score": round(rank_score(best.weight, unit_factor(a_label, b_label, label, negated, cue is not None,
                                                               disease, self_named, family,
                                                               bare_english_one_member(one_member, label, best.section,
                                                                                       best.text)),
                                      a_label, b_label, label, len(stats.sentences), len(by_doc), best.section,
                                      cue is not None), 6),
            "score_cooccurrence": round(agg.score[pair], 6),
            "evidence": clip(best.text, limit, f"{best.doc_id}/{best.section}/sentence {best.sentence_id}",
                             getattr(best, "length", None)),
            "evidence_doc": best.doc_id, "evidence_section": best.section,
            "more_evidence": "\n".join(
                f"{e.doc_id}/{e.section}/{e.sentence_id}: "
                f"{clip(e.text, limit // 2, 'the sentence', getattr(e, 'length', None))}"
                for e in ranked[1:1 + config.more_evidence]
            ),
            "found_in": clip_list(stats.found_in(), EXCEL_CELL_LIMIT),
            "doc_evidence": document_evidence(bests, best.doc_id, limit // 2),
        }, best))
    return records


def document_evidence(bests: dict, evidence_doc: str, limit: int, cell: int = EXCEL_CELL_LIMIT) -> str:
    """relations.csv ``doc_evidence``: each document's own best sentence of the pair, one line
    "doc/section/sentence: text" per document other than ``evidence_doc`` (whose sentence is
    ``evidence``), in ``doc_labels``' order; every sentence within ``limit`` characters (``clip``)
    and the cell within Excel's limit (whole lines, then how many more).

    Each (document, pair) is scored and labelled from its own document (``doc_scores``,
    ``doc_labels``), but ``evidence`` quotes the best sentence of any document: a curator checking
    one paper's unit, or the evaluation listing it as a false positive, read another paper's
    sentence ("[from …]"). ``bests``: doc id -> ``conflicts.DocumentBest``."""
    lines, size, left = [], 0, 0
    items = iter(bests.items())
    for doc, b in items:
        if doc == evidence_doc or not b.text:
            continue
        line = f"{doc}/{b.section}/{b.sentence_id}: {clip(b.text, limit, 'the sentence', b.length or None)}"
        if size + len(line) + 1 > cell:  # the cell is full: the rest are only counted, not written
            left = 1 + sum(1 for doc, b in items if doc != evidence_doc and b.text)
            break
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines) + (f"\n… (+{left} more)" if left else "")



def write_outputs(result: RunResult, output_dir: Path, parallel: bool = False) -> dict[str, Path]:
    """Write mentions.csv, relations.csv merged with the curator's decisions, errors.csv,
    report.html and network.png/.svg (see pipeline/review/outputs.py); ``parallel``: the
    figure is drawn in a forked child meanwhile."""
    from pipeline.review.outputs import write_run_outputs

    return write_run_outputs(result, Path(output_dir), parallel)


def forget_remembered_texts(annotator: Annotator) -> None:
    """Drop every answer remembered per text in this process — fuzzy links, jieba edges,
    clause breaks, and the per-word answers of the unmatched-span and glued-run rules — so that
    a benchmark running a corpus again is not served from them."""
    from pipeline.nlp import glued, linker, segmenter
    from pipeline.relations.cues import clause_breaks

    annotator.linker.forget()
    segmenter.cached_boundaries.cache_clear()
    clause_breaks.cache_clear()
    linker._word_kind.cache_clear()
    glued._remembered_cuts.cache_clear()


def gold_folder_for(paths: Iterable[Path | str] | None) -> Path | None:
    """corpus/gold/ next to the documents, when there is one (with any gold CSV)."""
    for p in [Path(p) for p in paths] if paths else [default_path("corpus")]:
        folder = p if p.is_dir() else p.parent
        if (folder / "gold").is_dir() and any((folder / "gold").glob("*.csv")):
            return folder / "gold"
    return None


def evaluate(
    relations: pd.DataFrame | Path | str | None = None,
    mentions: pd.DataFrame | Path | str | None = None,
    gold: Path | str | None = None,
    output_dir: Path | str | None = None,
    show_heldout: bool = False,
):
    """Compare relations (a frame or outputs/relations.csv) with each gold set; write the report.

    A held-out set (``heldout_*.csv``) is scored like the others, but its error lists are written
    only with ``show_heldout`` (evaluation/report.py ``is_sealed``).

    ``gold``: a gold CSV (one set) or a folder (every set in it: corpus/gold/ holds the reviews'
    ``relations.csv``, ``new_papers_zh.csv`` and ``new_papers_en.csv``). Each set is scored on
    its own documents; a set none of whose documents is in ``mentions`` is left out. Returns
    the first set's Evaluation (the reviews' for corpus/gold/), with
    every set's in ``.by_gold_set`` (name -> Evaluation) and the files in ``.written``.
    """
    from pipeline.evaluation.gold import load_gold_sets
    from pipeline.evaluation.metrics import evaluate_relations
    from pipeline.evaluation.report import write_report

    out = Path(output_dir) if output_dir is not None else default_path("outputs")
    if relations is None or isinstance(relations, (str, Path)):
        relations = read_output_csv(Path(relations) if relations else out / "relations.csv")
    if mentions is None or isinstance(mentions, (str, Path)):
        mentions = read_output_csv(Path(mentions) if mentions else out / "mentions.csv")
    sets = load_gold_sets(Path(gold) if gold else default_path("corpus") / "gold")
    if len(mentions) and "doc_id" in mentions.columns:  # sets whose documents were not run: left out
        run_docs = set(mentions["doc_id"].astype(str))
        sets = [s for s in sets if s.docs & run_docs] or sets
    rows = relations.to_dict("records")  # once, not once per gold set (metrics._predicted_units)
    evs = [evaluate_relations(s.rows, relations, mentions, s.docs, s.name, rows) for s in sets]
    written = write_report(evs, out, show_heldout)
    first = evs[0]
    first.by_gold_set = {ev.name: ev for ev in evs}  # type: ignore[attr-defined]
    first.written = written  # type: ignore[attr-defined]
    return first


def read_output_csv(path: Path) -> pd.DataFrame:
    import pandas as pd

    if not path.exists():
        raise DocumentError("not found; run `python -m pipeline run` first", path)
    return pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False)


def summary(result: RunResult) -> str:
    counts = result.mentions["entity_type"].value_counts().to_dict() if len(result.mentions) else {}
    parts = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    return (
        f"{len(result.documents)} documents, {len(result.mentions)} mentions ({parts}), "
        f"{len(result.relations)} relations, {len(result.errors)} failed, {result.seconds:.1f} s"
    )


def eprint(*args: object) -> None:
    print(*args, file=sys.stderr)
