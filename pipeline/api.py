"""The Python API: what the CLI and notebooks call.

    >>> import pipeline
    >>> result = pipeline.run()              # the bundled corpus
    >>> result.relations.head()              # pandas DataFrame
    >>> result.docs["li2025_ferroptosis"][0].ents   # spaCy Docs with entity Spans
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
from pipeline.errors import PipelineError
from pipeline.io.corpus import discover, read_documents
from pipeline.nlp.annotator import AnnotatedDocument, Annotator
from pipeline.nlp.matcher import TermIndex
from pipeline.relations.comention import aggregate, relation_id
from pipeline.relations.facts import DocumentFacts, facts_of

if TYPE_CHECKING:  # imported where frames are built: pandas and spaCy take a second to import
    import pandas as pd
    from spacy.tokens import Doc

MENTION_COLUMNS = [
    "doc_id", "section", "paragraph", "sentence_id", "start", "end", "text", "entity_type",
    "entity_id", "entity_name", "entity_name_zh", "lang", "how",
]
RELATION_COLUMNS = [
    "relation_id", "a_type", "a_id", "a_name", "a_name_zh", "a_members", "b_type", "b_id",
    "b_name", "b_name_zh", "b_members", "label", "direction", "negated", "hedged", "cue",
    "cue_start", "cue_end", "label_counts", "n_docs", "n_paragraphs", "n_sentences", "score",
    "score_cooccurrence", "evidence", "evidence_doc", "evidence_section", "more_evidence", "found_in",
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


def run(paths: Iterable[Path | str] | None = None, config: Config | None = None) -> RunResult:
    """Annotate documents and extract co-mention relations (nothing is written)."""
    config = config or Config()
    started = time.perf_counter()
    annotator = annotator_for(config)
    sources = list(discover([Path(p) for p in paths] if paths else [default_path("corpus")]))
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
    composites: dict[str, dict] = {}
    for doc in documents:
        composites.update(doc.composites)
    return relations_table(aggregate(documents, config.scoring), composites, dictionary, config)


def relations_table(agg, composites: dict[str, dict], dictionary: Dictionary, config: Config) -> pd.DataFrame:
    """The relations frame from aggregated pair statistics (in memory, or streamed from a batch
    store by pipeline/batch/aggregate.py)."""
    import pandas as pd

    rows = []
    limit = config.max_evidence_chars
    for pair, stats in agg.stats.items():
        (a_label, a_id), (b_label, b_id) = pair
        a, b = _entity(a_id, dictionary, composites), _entity(b_id, dictionary, composites)
        ranked = stats.ranked(1 + config.more_evidence)
        best, typed = ranked[0], ranked[0].typed
        cue = typed.cue if typed else None
        direction = ""
        if typed and typed.agent:
            direction = "a>b" if typed.agent == a_id else "b>a"
        rows.append({
            "relation_id": relation_id(a_id, b_id),
            "a_type": a_label, "a_id": a_id, "a_name": a.name, "a_name_zh": a.name_zh,
            "a_members": _members(a, config.max_members_listed),
            "b_type": b_label, "b_id": b_id, "b_name": b.name, "b_name_zh": b.name_zh,
            "b_members": _members(b, config.max_members_listed),
            "label": typed.label if typed else "associated", "direction": direction,
            "negated": bool(typed and typed.negated), "hedged": bool(typed and typed.hedged),
            "cue": cue.text if cue else "", "cue_start": cue.start if cue else "", "cue_end": cue.end if cue else "",
            "label_counts": ";".join(f"{k}:{v}" for k, v in stats.label_counts().items()),
            "n_docs": agg.n_documents.get(pair, 0), "n_paragraphs": agg.n_paragraphs.get(pair, 0),
            "n_sentences": len(stats.sentences),
            "score": round(agg.score[pair] * best.weight, 6),
            "score_cooccurrence": round(agg.score[pair], 6),
            "evidence": clip(best.text, limit, f"{best.doc_id}/{best.section}/sentence {best.sentence_id}",
                             getattr(best, "length", None)),
            "evidence_doc": best.doc_id, "evidence_section": best.section,
            "more_evidence": "\n".join(
                f"{e.doc_id}/{e.section}/{e.sentence_id}: "
                f"{clip(e.text, limit // 2, 'the sentence', getattr(e, 'length', None))}"
                for e in ranked[1:1 + config.more_evidence]
            ),
            "found_in": clip_list(stats.found_in(), limit),
        })
    frame = pd.DataFrame(rows, columns=RELATION_COLUMNS)
    return frame.sort_values(["score", "relation_id"], ascending=[False, True], ignore_index=True)


def write_outputs(result: RunResult, output_dir: Path, parallel: bool = False) -> dict[str, Path]:
    """Write mentions.csv, relations.csv merged with the curator's decisions, errors.csv,
    report.html and network.png/.svg (see pipeline/review/outputs.py); ``parallel``: the
    figure is drawn in a forked child meanwhile."""
    from pipeline.review.outputs import write_run_outputs

    return write_run_outputs(result, Path(output_dir), parallel)


def forget_remembered_texts(annotator: Annotator) -> None:
    """Drop every answer remembered per text in this process — fuzzy links, jieba edges,
    clause breaks — so that a benchmark running a corpus again is not served from them."""
    from pipeline.nlp import segmenter
    from pipeline.relations.cues import clause_breaks

    annotator.linker.forget()
    segmenter.cached_boundaries.cache_clear()
    clause_breaks.cache_clear()


def gold_folder_for(paths: Iterable[Path | str] | None) -> Path | None:
    """corpus/gold/ next to the documents, when there is one."""
    for p in [Path(p) for p in paths] if paths else [default_path("corpus")]:
        folder = p if p.is_dir() else p.parent
        if (folder / "gold" / "relations.csv").exists():
            return folder / "gold"
    return None


def evaluate(
    relations: pd.DataFrame | Path | str | None = None,
    mentions: pd.DataFrame | Path | str | None = None,
    gold: Path | str | None = None,
    output_dir: Path | str | None = None,
):
    """Compare relations (a frame or outputs/relations.csv) with the gold set; write the report."""
    from pipeline.evaluation.gold import load_gold
    from pipeline.evaluation.metrics import evaluate_relations
    from pipeline.evaluation.report import write_report

    out = Path(output_dir) if output_dir is not None else default_path("outputs")
    if relations is None or isinstance(relations, (str, Path)):
        relations = read_output_csv(Path(relations) if relations else out / "relations.csv")
    if mentions is None or isinstance(mentions, (str, Path)):
        mentions = read_output_csv(Path(mentions) if mentions else out / "mentions.csv")
    gold_path = Path(gold) if gold else default_path("corpus") / "gold" / "relations.csv"
    if gold_path.is_dir():
        gold_path = gold_path / "relations.csv"
    ev = evaluate_relations(load_gold(gold_path), relations, mentions)
    ev.written = write_report(ev, out)  # type: ignore[attr-defined]
    return ev


def read_output_csv(path: Path) -> pd.DataFrame:
    import pandas as pd

    if not path.exists():
        raise PipelineError("not found; run `python -m pipeline run` first", path)
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
