"""Fuzzy linking of gene/protein name variants that the dictionary does not list.

The dictionary matcher finds only the names it knows (up to case, hyphens, spaces and Greek
spelling). New papers write ``haem oxygenase-1``, ``bone morphogenic protein-2`` or
``nuclear erythroid 2-related factor 2``. These are linked here with scispacy's candidate
generator (Neumann et al., 2019, "ScispaCy", section 3.3): char-3gram TF-IDF vectors of the
aliases of a knowledge base, nearest neighbours by cosine similarity, then our filters:

1. ``designators`` agree: char 3-grams barely see numbers (``glutathione peroxidase-4`` is
   as close to GPX1 as to GPX4), so an alias counts only when its digits, Roman numerals,
   Greek letters and single letters equal the query's (``Nrf-2`` is not ``NRF2A``).
2. Head noun: the last content word of the query (``receptor`` in ``growth factor
   receptor``) must be a word of the alias, up to spelling (``homologue``/``homolog``).
3. Score = cosine x the share of the alias covered by the query, so a query that is only
   part of a longer alias scores low (``osteoblast differentiation`` vs ``osteoblast
   differentiation promoting factor``); a link needs ``LINK_THRESHOLD``.

The knowledge base (``KB_TYPES``: English names and synonyms of genes and families) is
written as scispacy ``KnowledgeBase`` JSONL (concept_id, canonical_name, aliases, types).
Symbols (``GPx-4``) are looked up exactly; only names go into the vector index. Chinese
aliases and compounds are left out (measured: dictionaries/README.md, "Fuzzy linking").

Index: scispacy's ``create_tfidf_ann_index`` refuses to run on Python >= 3.11, so the
vectoriser (``min_df=1``: scispacy's ``min_df=10`` drops the rare 3-grams that tell rare
names apart and empties small vocabularies) and the neighbour index are built here and fed
to scispacy's ``CandidateGenerator``. Up to ``EXACT_MAX_ALIASES`` names the neighbours are
exact (a sparse matrix product: at our 53k names it builds faster than nmslib HNSW, finds
one more held-out link, and, unlike a multi-threaded HNSW build, gives the same links on
every machine); above, nmslib HNSW. Everything is cached on disk keyed by the dictionaries'
content hash, and built or loaded on the first link request only; an exact index is loaded
from one pickle of what a query needs, without importing scikit-learn, scispacy or spaCy
(pipeline/nlp/link_index.py: the same numbers, 0.1 s instead of 2-3 s).

``unmatched_candidates`` finds the spans of an English sentence, outside dictionary
mentions, that look like gene/protein names.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline import lazy_re
from pipeline.dictionaries.loader import Dictionary, gc_paused
from pipeline.nlp import link_index
from pipeline.nlp.link_index import ExactIndex
from pipeline.nlp.matcher import glued_function_word
from pipeline.text.normalize import normalize_text

# Score (cosine x alias coverage, after designator and head agreement) a link needs.
# Measured on the labelled set of tests/test_nlp_linker.py (90 variants of 67 genes and
# families, 43 phrases that must not link; table in dictionaries/README.md, "Fuzzy
# linking"): the best-scoring wrong link scores 0.619 ("adenosine monophosphate-activated
# protein kinase" -> AK2), right links go down to 0.60. At 0.65 precision 1.00, recall 0.90
# (0.60: 0.99 / 0.91; 0.70: 1.00 / 0.86); on 58 held-out names written afterwards, precision
# 0.97, recall 0.74.
LINK_THRESHOLD = 0.65
TIE_MARGIN = 1e-6  # two entities whose best scores differ by less are tied (``Linker.link_batch``)
KB_TYPES: tuple[str, ...] = ("gene", "family")
# Nearest aliases per query, before agreement and grouping by entity. With 50, right aliases
# were crowded out by near-identical ones with other numbers (tumor necrosis factor receptor
# superfamily member N for "tumor necrosis factor receptor-associated factor 6").
NEIGHBOURS = 200
EXACT_MAX_ALIASES = 200_000  # exact neighbours up to this many names; nmslib HNSW above
HNSW_SPACE = "cosinesimil_sparse_fast"  # same cosine as "cosinesimil_sparse", builds ~2x faster
HNSW_PARAMS = {"M": 16, "efConstruction": 100, "post": 0}
EF_SEARCH = 400
CACHE_VERSION = "3"  # 2: the query index written with shared strings (link_index.write, stop 32); 3: metallopeptidase spelling

_GREEK_NAMES = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu",
    "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "υ": "upsilon", "φ": "phi",
    "χ": "chi", "ψ": "psi", "ω": "omega", "µ": "mu",
}
_GREEK_CAPITALS = {"Α": "α", "Β": "β", "Γ": "γ", "Δ": "δ", "Ε": "ε", "Κ": "κ", "Λ": "λ", "Σ": "σ", "Ω": "ω"}
_GREEK_SET = frozenset(_GREEK_NAMES.values())
_GREEK_WORDS = ("alpha", "beta", "gamma", "delta", "epsilon", "kappa", "lambda", "sigma", "omega", "theta", "zeta")
# A spelled-out Greek letter standing apart or glued to a capital/digit (TNF-alpha,
# PPARgamma, IkappaB), not inside an ordinary word (alphabet).
_GREEK_WORD_RE = lazy_re.compile(
    r"(?<![a-z])(" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" for w in _GREEK_WORDS) + r")(?![a-z])"
)
_GREEK_WORD_SPELLED = lazy_re.compile("|".join(v for w in _GREEK_WORDS for v in (w, w[0].upper() + w[1:])))
_GREEK_CHAR_RE = lazy_re.compile("[" + "".join(_GREEK_NAMES) + "".join(_GREEK_CAPITALS) + "]")
# A Roman numeral standing apart (LC3-II, type I, IGF-I), not a letter of a name (IκB,
# I-kappa-B). V and X stay letters (annexin V, Bcl-2-associated X protein).
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
_ROMAN_RE = lazy_re.compile(
    r"(?<![A-Za-z0-9\u0370-\u03ff])(VIII|VII|VI|IV|IX|III|II|I)(?![A-Za-z0-9\u0370-\u03ff]|-[A-Za-z\u0370-\u03ff])"
)
# British spellings -> American, as HGNC writes them (haem oxygenase, tumour, oestrogen).
_SPELLING = [(lazy_re.compile(p), r) for p, r in [
    (r"(?<![a-z])haem(?![a-z])", "heme"), (r"(?<![a-z])haem", "hem"), (r"(?<![a-z])oestr", "estr"),
    (r"tumour", "tumor"), (r"leukaem", "leukem"), (r"anaem", "anem"), (r"sulph", "sulf"),
    (r"signall", "signal"),
    # HGNC renamed the metalloproteinases "metallopeptidase" (MMP9: matrix metallopeptidase 9; the
    # FamPlex MMP family's name stem, build_genes.family_name_stems), papers keep the old word: without
    # it "matrix metalloproteinase(s)" linked to MMP19, whose UniProt name "Matrix metalloproteinase
    # RASI" was the closest alias (validation 21515352, 17652426; the zh validation references)
    (r"metalloproteinase|metalloprotease", "metallopeptidase"),
]]
_LETTER_DIGIT = lazy_re.compile(r"(?<=[a-z])(?=[0-9])|(?<=[0-9])(?=[a-z])")
_NON_WORD = lazy_re.compile(r"[^a-z0-9]+")  # English only: CJK goes too (see dictionaries/README.md)
_HAS_CJK = lazy_re.compile(r"[\u3400-\u9fff]")
_CLONE_ID = lazy_re.compile(
    r"(?:FLJ|KIAA|MGC|DKFZ[pP]?|LOC|PRO|UNQ|HSPC|CGI-?|bA|dJ|RP[0-9]+-|hCG_?)[0-9]|C[0-9XY]+(?:orf|ORF)[0-9]"
)
# Words after the head noun that do not change what is named (heme oxygenase 1 protein).
def _words(text: str) -> list[str]:
    """A word list written as text (one frozenset literal per list reads better)."""
    return text.split()


_PARENTHESES = lazy_re.compile(r"\([^()]*\)")
_GENERIC_TAIL = frozenset(_words("""
protein proteins gene genes enzyme subunit polypeptide mrna expression level levels isoform type
molecule
"""))


def _spell_greek(text: str) -> str:
    text = _GREEK_CHAR_RE.sub(lambda m: " " + _GREEK_NAMES[_GREEK_CAPITALS.get(m.group(0), m.group(0))] + " ", text)
    if _GREEK_WORD_SPELLED.search(text) is None:  # every match opens with one of its words
        return text
    return _GREEK_WORD_RE.sub(lambda m: " " + m.group(1).lower() + " ", text)


def link_text(text: str) -> str:
    """The form that is vectorised and compared: ``NF-κB`` -> ``nf kappa b``,
    ``GPx-4`` -> ``gpx 4``, ``IGF-I`` -> ``igf 1``, ``haem`` -> ``heme``.

    The pipeline's text normalisation first (as for the matcher), then Roman numerals standing
    apart become digits, Greek letters are spelled out, British spellings made American,
    letters and digits split, anything else (punctuation, CJK) becomes a space. Idempotent;
    module-level (not a lambda) so the fitted vectoriser pickles by reference.
    """
    text = normalize_text(text)
    text = _ROMAN_RE.sub(lambda m: str(_ROMAN[m.group(1)]), text)
    text = _spell_greek(text).lower()
    for pattern, replacement in _SPELLING:
        text = pattern.sub(replacement, text)
    text = _LETTER_DIGIT.sub(" ", text)
    return _NON_WORD.sub(" ", text).strip()


def designators(text: str) -> tuple[str, ...]:
    """What must agree between a name and an alias: numbers (digits, Roman numerals), Greek
    letters and single Latin letters, sorted.

    ``glutathione peroxidase-4`` -> ('4',); ``IL-1β`` -> ('1', 'beta'); ``type II collagen``
    -> ('2',); ``NRF2A`` -> ('2', 'a'), so ``Nrf-2`` does not link to it.
    """
    return form_designators(link_text(text))


@lru_cache(maxsize=262144)
def form_designators(form: str) -> tuple[str, ...]:
    """``designators`` of a ``link_text`` form (aliases are stored as forms)."""
    out = []
    for token in form.split():
        if token.isdigit():
            out.append(str(int(token)))
        elif token in _GREEK_SET or len(token) == 1:
            out.append(token)
    return tuple(sorted(out))


def head_word(form: str) -> str | None:
    """The last content word of a ``link_text`` form: not a designator, not a generic tail
    word (``heme oxygenase 1 protein`` -> ``oxygenase``); None when there is none."""
    for word in reversed(form.split()):
        if len(word) >= 3 and not word.isdigit() and word not in _GREEK_SET and word not in _GENERIC_TAIL:
            return word
    return None


def head_agrees(head: str | None, alias: str) -> bool:
    """``head`` (the query's ``head_word``) is a word of the alias, up to spelling (ratio
    >= 0.75: homologue/homolog, antiporter/transporter, hemeoxygenase/oxygenase)."""
    if head is None:
        return True
    words = alias.split()
    return head in words or any(_similar_words(head, w) for w in words if len(w) >= 3)


@lru_cache(maxsize=262144)
def alias_head(alias: str) -> str | None:
    """The ``head_word`` of an alias form when it is a protein head noun (receptor, ligand,
    kinase, an -ase word: ``_is_head``), else None. The query must hold that head too:
    "thyroid stimulating hormone" holds every other word of TSHR's "thyroid stimulating hormone
    receptor" but names the hormone, not its receptor (BioRED). A head that is no protein noun
    ("autophagy related 5", "heat shock 27kda protein 1") asks nothing."""
    head = head_word(alias)
    return head if head is not None and _is_head(head) and head not in _PART_HEADS else None


# Alias heads that name a part or a kind of the same protein, not another one ("cytochrome b-245
# alpha chain" is what "cytochrome b245 alpha" names; "... receptor homolog")
_PART_HEADS = frozenset(_words("chain chains homolog homologue subunit subunits polypeptide isoform"))


@lru_cache(maxsize=262144)
def _similar_words(a: str, b: str) -> bool:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.real_quick_ratio() >= 0.75 and matcher.quick_ratio() >= 0.75 and matcher.ratio() >= 0.75


def alias_coverage(form: str, alias: str) -> float:
    """Share of the characters of ``alias`` matched, in order, in ``form`` (both link_text)."""
    if not alias:
        return 0.0
    blocks = SequenceMatcher(None, form, alias, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) / len(alias)


def is_symbol(alias: str) -> bool:
    """A gene symbol rather than a name: one word with two capitals or at most five letters
    (``GPx-4``, ``Nrf2``, ``p62``; not ``Beclin-1``, ``osteoprotegerin``)."""
    if re.search(r"\s", alias):
        return False
    letters = [c for c in alias if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 2 or len(letters) <= 5


# ---------------------------------------------------------------- knowledge base


def kb_records(dictionary: Dictionary, types: Sequence[str] = KB_TYPES) -> list[dict[str, Any]]:
    """scispacy KnowledgeBase records of the entities of ``types``.

    Aliases are the ``link_text`` forms of the English name and synonyms (case and hyphen
    variants collapse); the canonical name stays as written. Left out: a name flagged
    ``stoplisted-name`` (MSC), Chinese aliases, microRNA genes (``miR-21``: matched exactly
    or not at all) and clone/ORF ids (``KIAA0132``, ``C1orf7``) that no paper writes.
    """
    return _kb(dictionary, types)[0]


def _kb(dictionary: Dictionary, types: Sequence[str]) -> tuple[list[dict[str, Any]], list[str]]:
    """(records, the aliases that go into the vector index — names, not symbols — sorted)."""
    records = []
    names: set[str] = set()
    for entity in dictionary.entities.values():
        if entity.type not in types or "microRNA gene" in entity.note:
            continue
        written = [] if "stoplisted-name" in entity.note else [entity.name]
        aliases: dict[str, None] = {}
        for alias in written + entity.synonyms:
            if not alias or _HAS_CJK.search(alias) or _CLONE_ID.match(alias):
                continue
            form = link_text(alias)
            if form:
                aliases[form] = None
                if not is_symbol(alias):
                    names.add(form)
        if aliases:
            records.append({"concept_id": entity.id, "canonical_name": entity.name,
                            "aliases": list(aliases), "types": [entity.type]})
    return records, sorted(names)


def write_kb_jsonl(records: Iterable[dict[str, Any]], path: Path) -> None:
    """One JSON object per line, ASCII-escaped (scispacy opens it in the locale's encoding)."""
    with Path(path).open("w", encoding="ascii") as handle:
        handle.writelines(json.dumps(record, ensure_ascii=True) + "\n" for record in records)


# ---------------------------------------------------------------- index


def fit_vectoriser(aliases: list[str]):
    """char_wb 3-grams, float32, ``min_df=1``; fitted on ``link_text`` forms, queries go
    through ``link_text``. Returns (vectoriser, L2-normalised sparse vectors of ``aliases``)."""
    import numpy
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectoriser = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(3, 3), min_df=1, dtype=numpy.float32, preprocessor=str
    )
    vectors = vectoriser.fit_transform(aliases)  # already link_text forms: skip the preprocessor
    vectoriser.set_params(preprocessor=link_text)
    return vectoriser, vectors


def _hnsw():
    import nmslib

    return nmslib.init(method="hnsw", space=HNSW_SPACE, data_type=nmslib.DataType.SPARSE_VECTOR)


def build_index(folder: Path, records: list[dict[str, Any]], names: list[str], hnsw: bool | None = None) -> None:
    """Write kb.jsonl (every alias), concept_aliases.json (the names), tfidf_vectorizer.joblib,
    tfidf_vectors_sparse.npz and, for HNSW (default: above EXACT_MAX_ALIASES names),
    nmslib_index.bin — scispacy's file names."""
    import joblib
    import numpy
    import scipy.sparse

    write_kb_jsonl(records, folder / "kb.jsonl")
    vectoriser, vectors = fit_vectoriser(names)
    keep = numpy.asarray(vectors.getnnz(axis=1) > 0)  # nmslib crashes on empty vectors
    names = [a for a, k in zip(names, keep) if k]
    vectors = vectors[keep]
    scipy.sparse.save_npz(folder / "tfidf_vectors_sparse.npz", vectors)
    if hnsw if hnsw is not None else len(names) > EXACT_MAX_ALIASES:
        index = _hnsw()
        index.addDataPointBatch(vectors)
        index.createIndex({**HNSW_PARAMS, "indexThreadQty": os.cpu_count() or 1}, print_progress=False)
        index.saveIndex(str(folder / "nmslib_index.bin"))
    joblib.dump(vectoriser, folder / "tfidf_vectorizer.joblib")
    (folder / "concept_aliases.json").write_text(json.dumps(names, ensure_ascii=True), encoding="ascii")


def load_generator(folder: Path):
    """The candidate generator over the files of ``build_index``: from link_index.FILE for an
    exact index (no scikit-learn, scispacy or spaCy import: pipeline/nlp/link_index.py says
    why), else scispacy's CandidateGenerator. A folder without that file (written before
    it existed) is read through scispacy once and the file added."""
    if not (folder / "nmslib_index.bin").exists():
        try:
            return link_index.load(folder, link_text)
        except FileNotFoundError:
            link_index.write(folder, scispacy_generator(folder))  # False when read-only: fine
            try:
                return link_index.load(folder, link_text)
            except FileNotFoundError:
                pass
    return scispacy_generator(folder)


def scispacy_generator(folder: Path):
    """scispacy's CandidateGenerator over the files of ``build_index``."""
    import joblib
    import scipy.sparse
    from scispacy.candidate_generation import CandidateGenerator
    from scispacy.linking_utils import KnowledgeBase

    vectors = scipy.sparse.load_npz(folder / "tfidf_vectors_sparse.npz")
    if (folder / "nmslib_index.bin").exists():
        index = _hnsw()
        index.addDataPointBatch(vectors)
        index.loadIndex(str(folder / "nmslib_index.bin"))
        index.setQueryTimeParams({"efSearch": EF_SEARCH})
    else:
        index = ExactIndex(vectors)
    return CandidateGenerator(
        ann_index=index,
        tfidf_vectorizer=joblib.load(folder / "tfidf_vectorizer.joblib"),
        ann_concept_aliases_list=json.loads((folder / "concept_aliases.json").read_text(encoding="ascii")),
        kb=KnowledgeBase(str(folder / "kb.jsonl")),
    )


_NOTHING = object()  # Linker._generator of a dictionary without names to link


@dataclass(frozen=True)
class LinkResult:
    entity_id: str
    score: float  # cosine x alias coverage of the best agreeing alias; compared with the threshold
    alias: str  # that alias (link_text form)
    similarity: float = 0.0  # its cosine similarity alone


def _kth_score(best: dict[str, LinkResult], k: int) -> float:
    """The ``k``-th best score of ``best`` (-inf while it holds fewer than ``k``)."""
    if len(best) < k:
        return float("-inf")
    return sorted((r.score for r in best.values()), reverse=True)[k - 1]


def _best_ranked(form: str, head: str | None, ranked: Iterable[tuple[str, float]], exact: dict, k: int,
                 floor: float = float("-inf")) -> list[LinkResult]:
    """``Linker.candidates_batch`` for one text from its nearest names best first (``link_index.QueryGenerator.ranked``)
    instead of scispacy-style candidates grouped by concept: the same answer, found with less work.

    Why: each searched text has 200 neighbours (``NEIGHBOURS``), and testing every alias of every one
    (designators, heads, ``alias_coverage``) was ~12 % of annotating real papers (a sampling profile of the
    20 ChinaXiv sample papers, stop 43). The same rules in the order the index ranks the names: a concept
    sees its aliases in the order the grouped candidates listed them (their neighbour order), so its best
    alias, score and similarity are the same. A score is the cosine times a coverage <= 1, never above the
    alias's similarity, and the similarities never increase along the ranking: once a name's similarity is
    below the ``k``-th best score found, no later name can enter the first ``k`` or tie with them, and the
    search stops; so it does below ``floor`` (``Linker.link_batch`` reads nothing scoring below its threshold
    less the tie margin). tests/test_speed_stop43.py compares it with the grouped path on real candidate texts."""
    best: dict[str, LinkResult] = {}
    for concept_id in exact.get(form, ()):
        best[concept_id] = LinkResult(concept_id, 1.0, form, 1.0)
    wanted = form_designators(form)
    bar = max(_kth_score(best, k), floor)
    for alias, similarity in ranked:
        if similarity < bar:
            break
        agrees = None  # the alias's own tests, asked once for all its concepts
        for concept_id in exact[alias]:
            current = best.get(concept_id)
            if current is not None and current.score >= similarity:
                continue  # the score never exceeds the cosine
            if agrees is None:
                agrees = form_designators(alias) == wanted and head_agrees(head, alias) \
                    and head_agrees(alias_head(alias), form)
                score = float(similarity) * alias_coverage(form, alias) if agrees else 0.0
            if not agrees:
                break
            if current is None or score > current.score:
                best[concept_id] = LinkResult(concept_id, score, alias, float(similarity))
                bar = max(_kth_score(best, k), floor)
    return sorted(best.values(), key=lambda r: (-r.score, r.entity_id))[:k]


class Linker:
    """Links a name to a dictionary entity by char-3gram similarity; built on first use.

    Construction costs nothing: the knowledge base and index are loaded from the cache (or
    built and cached) by the first ``link``/``candidates`` call.
    """

    def __init__(self, dictionary: Dictionary, cache_dir: Path | None | bool = None,
                 types: Sequence[str] = KB_TYPES, threshold: float = LINK_THRESHOLD,
                 hnsw: bool | None = None):
        self.dictionary = dictionary
        self.types = tuple(types)
        self.threshold = threshold
        self.hnsw = hnsw  # None: exact up to EXACT_MAX_ALIASES names, HNSW above
        self._cache_dir = cache_dir
        self._generator = None
        self._memo: dict[float, dict[str, LinkResult | None]] = {}  # by threshold: candidates recur
        self.seconds: float | None = None  # time of the build or load
        self.from_cache: bool | None = None  # whether that was a load from the disk cache

    @property
    def cache_key(self) -> str:
        key = "\n".join([self.dictionary.content_hash, CACHE_VERSION, ",".join(self.types), str(self.hnsw),
                         str(EXACT_MAX_ALIASES), HNSW_SPACE, json.dumps(HNSW_PARAMS, sort_keys=True)])
        return hashlib.sha256(key.encode()).hexdigest()[:16]

    def cache_path(self) -> Path | None:
        if self._cache_dir is False:
            return None
        from pipeline.nlp.matcher import default_cache_dir

        return Path(self._cache_dir or default_cache_dir()) / f"linker-{self.cache_key}"

    @property
    def loaded(self) -> bool:
        return self._generator is not None

    def generator(self):
        """scispacy's CandidateGenerator: loaded from the cache, else built and cached
        (None when the dictionary has no names of ``types``: nothing links)."""
        if self._generator is None:
            started = time.perf_counter()
            folder = self.cache_path()
            # the collector paused: importing numpy and scipy allocates enough to trigger full
            # collections, each walking the annotator's millions of objects (measured: 5-7 s
            # instead of 0.3 s for the import in a process holding the Annotator)
            with gc_paused():
                if folder is not None and (folder / "concept_aliases.json").exists():
                    try:
                        self._generator, self.from_cache = load_generator(folder), True
                    except Exception:  # noqa: BLE001 — a corrupt or foreign cache is rebuilt, never trusted
                        shutil.rmtree(folder, ignore_errors=True)
                if self._generator is None:
                    self._generator, self.from_cache = self._build(folder), False
            self.seconds = time.perf_counter() - started
        return None if self._generator is _NOTHING else self._generator

    def _build(self, folder: Path | None):
        records, names = _kb(self.dictionary, self.types)
        if not names:
            return _NOTHING
        parent = None
        if folder is not None:
            try:
                folder.parent.mkdir(parents=True, exist_ok=True)
                parent = str(folder.parent)
            except OSError:
                folder = None  # read-only cache dir: build in a temporary folder, keep nothing
        work = Path(tempfile.mkdtemp(prefix=".linker-", dir=parent))
        try:
            build_index(work, records, names, self.hnsw)
            generator = load_generator(work)
            if folder is not None:
                try:
                    os.replace(work, folder)  # atomic; when a concurrent build won, keep that one
                except OSError:
                    pass
            return generator
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def candidates_batch(self, texts: Sequence[str], k: int = 10, floor: float | None = None) -> list[list[LinkResult]]:
        """For each text, up to ``k`` entities whose aliases agree (designators, head word),
        best first. An alias equal to the text scores 1.0 (symbols are found only this way).
        ``floor``: the caller reads no candidate scoring below it (``link_batch``), so the search
        may stop there; those below it may then be missing or partial."""
        texts = list(texts)
        if not texts:
            return []
        generator = self.generator()
        if generator is None:
            return [[] for _ in texts]
        exact = generator.kb.alias_to_cuis
        heads = [head_word(link_text(_PARENTHESES.sub(" ", t))) for t in texts]  # heme oxygenase (decycling) 1
        # nothing but designators and generic words (polypeptide 1, a bare number): exact only,
        # so the neighbour search is skipped for these
        searched = [t for t, h in zip(texts, heads) if h is not None]
        if hasattr(generator, "ranked"):  # our own index (link_index.QueryGenerator): names best first
            ranked = iter(generator.ranked(searched, NEIGHBOURS, floor) if searched else ())
            return [_best_ranked(link_text(text), head, next(ranked) if head is not None else (), exact, k,
                                 float("-inf") if floor is None else floor) for text, head in zip(texts, heads)]
        neighbours = iter(generator(searched, NEIGHBOURS) if searched else ())
        out = []
        for text, head in zip(texts, heads):
            found = next(neighbours) if head is not None else []
            form = link_text(text)
            wanted = form_designators(form)
            best: dict[str, LinkResult] = {}
            for concept_id in exact.get(form, ()):
                best[concept_id] = LinkResult(concept_id, 1.0, form, 1.0)
            for candidate in found:
                for alias, similarity in zip(candidate.aliases, candidate.similarities):
                    current = best.get(candidate.concept_id)
                    if current is not None and current.score >= similarity:
                        continue  # the score never exceeds the cosine
                    if form_designators(alias) != wanted or not head_agrees(head, alias) \
                            or not head_agrees(alias_head(alias), form):
                        continue
                    score = float(similarity) * alias_coverage(form, alias)
                    if current is None or score > current.score:
                        best[candidate.concept_id] = LinkResult(candidate.concept_id, score, alias, float(similarity))
            out.append(sorted(best.values(), key=lambda r: (-r.score, r.entity_id))[:k])
        return out

    def candidates(self, text: str, k: int = 10) -> list[LinkResult]:
        return self.candidates_batch([text], k)[0]

    def link_batch(self, texts: Sequence[str]) -> list[LinkResult | None]:
        """The best entity per text, or None: below the threshold, or two entities tied.
        Answers are remembered per text for the life of the linker (a pure function of it)."""
        memo = self._memo.setdefault(self.threshold, {})
        todo = list(dict.fromkeys(t for t in texts if t not in memo))
        if todo:
            # (a candidate scoring below the threshold less the tie margin can be neither the answer nor its tie)
            for text, found in zip(todo, self.candidates_batch(todo, k=2, floor=self.threshold - TIE_MARGIN)):
                if not found or found[0].score < self.threshold:
                    memo[text] = None
                elif len(found) > 1 and found[1].score >= found[0].score - TIE_MARGIN:
                    memo[text] = None  # an alias shared by two entities: no evidence either way
                else:
                    memo[text] = found[0]
        return [memo[t] for t in texts]

    def forget(self) -> None:
        """Drop the answers remembered per text (and the per-string similarity caches)."""
        self._memo.clear()
        form_designators.cache_clear()
        _similar_words.cache_clear()

    def link(self, text: str) -> LinkResult | None:
        return self.link_batch([text])[0]

    def link_spans(self, text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, LinkResult]]:
        """Link candidate spans of ``text``; a span may lose leading words (the longest
        suffix that links wins): ``osteoblastic haem oxygenase-1`` is tried whole, then
        ``haem oxygenase-1``, then ``oxygenase-1``."""
        return self.link_spans_many([(text, spans)])[0]

    def link_spans_many(self, items: Sequence[tuple[str, Sequence[tuple[int, int]]]]
                        ) -> list[list[tuple[int, int, LinkResult]]]:
        """``link_spans`` of several (text, spans), in one ``link_batch`` (one neighbour search
        for a whole document instead of one per paragraph; each text's answer is its own)."""
        trials: list[tuple[int, int, int, int]] = []  # (item, span number, start, end), longest first
        for i, (text, spans) in enumerate(items):
            for n, (start, end) in enumerate(spans):
                trials += [(i, n, s, end) for s in _suffix_starts(text, start, end)
                           if not generic_head_alone(text[s:end])]
        chosen: list[dict[int, tuple[int, int, LinkResult]]] = [{} for _ in items]
        if trials:
            results = self.link_batch([items[i][0][s:e] for i, _, s, e in trials])
            for (i, n, s, e), result in zip(trials, results):
                if result is not None and n not in chosen[i]:
                    chosen[i][n] = (s, e, result)
        return [[found[n] for n in sorted(found)] for found in chosen]


# a generic head noun and its number, alone: "protein1", "protein-1", "kinase 1", "factor 2"
_GENERIC_HEAD_ALONE = lazy_re.compile(
    r"^(?:proteins?|kinases?|factors?|receptors?|enzymes?|subunits?|chains?|polypeptides?|isoforms?|"
    r"antigens?|regulators?|activators?|carriers?|channels?|ligands?|adaptors?|adapters?|domains?|molecules?)"
    r"[\s\-]?(?:\d{1,2}[a-z]?|[IVX]{1,4}|[A-Z])$", re.IGNORECASE)


def generic_head_alone(span: str) -> bool:
    """Is the span only a generic head noun and its designator ("protein1", "protein-1", "kinase 1")?
    That is the tail of a longer name the candidate rules cut ("s-phase kinase association protein1",
    validation ChinaXiv-201711.00749V1, linked to ANXA2; "Tat-binding protein-1" and "ribosome protein
    subunit 6 kinase 1" in the sample batch, ChinaXiv-202107.00008V2 and -201711.01551V1, linked to ANXA2
    and CPN1): the number tells one member of the paper's name apart,
    not which protein the head noun is, so it is never linked on its own."""
    return _GENERIC_HEAD_ALONE.match(span.strip()) is not None


def _suffix_starts(text: str, start: int, end: int) -> list[int]:
    """Word starts inside the span, first to last; the last word alone only if it carries a
    designator (``sirtuin-1`` yes, ``kinase`` no)."""
    starts = [start] + [start + m.end() for m in re.finditer(r" +", text[start:end])]
    if len(starts) > 1 and not designators(text[starts[-1]:end]):
        starts.pop()
    return starts


# ---------------------------------------------------------------- candidate spans

# Head nouns of protein names; a phrase ending in one (plus an optional designator) is a
# candidate. Words in -ase count too, except the ordinary ones in _NOT_ASE.
_HEADS = frozenset(_words("""
protein proteins kinase kinases receptor receptors factor factors ligand ligands transporter
transporters channel channels enzyme antigen coactivator corepressor regulator activator
suppressor homolog subunit carrier exchanger antiporter symporter pump integrin adaptor
hormone chain lipoxygenase cyclooxygenase catenin cyclin sirtuin caspase cathepsin ferritin
ferroportin beclin sequestosome osteoprotegerin osteocalcin osteopontin sclerostin
dickkopf interleukin polypeptide isoform
"""))
_NOT_ASE = frozenset(_words("""
base case cease crease database decrease disease ease erase increase phase phrase please
purchase release showcase vase chase lease
"""))
# Words that end a phrase on the left: function words, verbs and quantity words.
_STOP_LEFT = frozenset(_words("""
a an the and or but nor of in on at by for with without via from to into onto as than that
which who whose this these those its their his her our your my we they it is are was were be
been being has have had not no both either neither between among through during after before
while whereas such other also only all any each every some many more most less least much
several various specific total relative expression expressions level levels activity
activities activation inhibition increased decreased reduced elevated enhanced upregulated
downregulated up-regulated down-regulated promoted inhibited suppressed induced activated
mediated regulated stimulated blocked attenuated alleviated reversed restored including
containing express expressed expressing targeting target targets novel key major important
high low higher lower significant significantly markedly whereas however thus therefore
using used use against upon within across plus versus vs about protein-protein
truncated mutated defective aberrant
"""))
# "X of Y" continues a name only after these (receptor activator of NF-κB ligand).
_OF_JOINS = frozenset(_words("activator inhibitor regulator member subunit family homolog target factor"))
# A word + number that is not a name: "Figure 2", "day 7", "type 2".
_COUNTED_WORDS = frozenset(_words("""
figure figures fig fig. table tables day days week weeks month months year years hour hours
minute minutes group groups step steps phase stage stages grade grades type types class
model models level levels passage lane lanes panel panels patient patients sample samples
experiment experiments study studies trial trials cohort version section chapter equation
score scores dose doses cycle cycles round rounds point points line lines column columns row
rows time times generation generations number scale cluster clusters module modules
supplementary appendix part case cases item items fraction fractions region regions
"""))
_WORD = lazy_re.compile(r"[A-Za-z0-9\u0370-\u03ff](?:[A-Za-z0-9\u0370-\u03ff]|[-/.'+](?=[A-Za-z0-9\u0370-\u03ff]))*")
_DESIGNATOR = lazy_re.compile(r"(?:[0-9]{1,3}[A-Za-z]?|[IVX]{1,4}|[A-Z]{1,2}[0-9]?|[\u0370-\u03ff]|alpha|beta|gamma|delta|kappa)$")
_HEAD_WORD = lazy_re.compile(r"([A-Za-z]+?)(?:-(?:[0-9]{1,3}[A-Za-z]?|[IVX]{1,4}|[\u0370-\u03ff]|alpha|beta|gamma|delta|kappa))?$")
_TRAILING_DESIGNATOR = lazy_re.compile(
    r"[- ]?(?:[0-9]{1,3}|[\u0370-\u03ff]|alpha|beta|gamma|delta|kappa|I{1,3}|IV)(?![A-Za-z0-9\u0370-\u03ff/])"
)
_HAS_DIGIT_OR_GREEK = lazy_re.compile(r"[0-9\u0370-\u03ff]|(?<![a-z])(?:alpha|beta|gamma|delta|kappa)(?![a-z])")
_MEASURE = lazy_re.compile(r"[0-9]+(?:[.,][0-9]+)?(?:[a-zμµ%°]{1,4}|[A-Z])?$|[0-9]+D$")
_FORMULA = lazy_re.compile(r"(?:(?:Fe|Ca|Na|Cl|Mg|Zn|Cu|Mn|Co|Se|Li|Al|Si|Br|H|C|N|O|S|P|F|K|I|B)[0-9]*)+[+-]?$")
_CELL_LINE = lazy_re.compile(
    r"MC3T3|RAW ?264|HEK ?293|C2C12|ATDC5|MG-?63|Saos-?2|U2OS|3T3-L1|C57BL|PC12|SH-SY5Y|HepG2|"
    r"A549|MCF-?7|THP-1|BV-?2|HL-?60|Hela|HeLa|ST2|MLO-Y4|IDG-SW3|hFOB|C57|BALB|COVID-19|SARS-CoV-2|CCK-8",
)


def _is_head(word: str) -> bool:
    m = _HEAD_WORD.fullmatch(word)
    if m is None:
        return False
    stem = m.group(1).lower()
    if stem in _HEADS:
        return True
    base = stem[:-1] if stem.endswith("ases") else stem
    return base.endswith("ase") and len(base) >= 6 and base not in _NOT_ASE


def _symbol_like(word: str) -> bool:
    """A token of letters with a digit or Greek letter: Nrf-2, GPx-4, HO-1, sirtuin-1."""
    if not (3 <= len(word) <= 20) or not _LATIN_LETTER.search(word):
        return False
    if not _HAS_DIGIT_OR_GREEK.search(word):
        return False
    return not (_MEASURE.fullmatch(word) or _FORMULA.fullmatch(word) or _CELL_LINE.search(word)
                or glued_function_word(word))  # "sacrificed at1 and 2 months"


_LATIN_LETTER = lazy_re.compile(r"[A-Za-z]")
_QUANTITY = lazy_re.compile(r"[0-9.,%]+")
_LONG_WORD = lazy_re.compile(r"[A-Za-z]{4,}")
_SMALL_NUMBER = lazy_re.compile(r"[0-9]{1,2}")

# What ``unmatched_candidates`` makes of a word by itself (rules 1-3), whatever surrounds it
_PLAIN, _HEAD, _HEAD_DESIGNATED, _SYMBOL, _NUMBERED_NAME = range(5)


@lru_cache(maxsize=65536)
def _word_kind(word: str) -> int:
    """``_HEAD`` (``_HEAD_DESIGNATED`` with a digit or Greek letter in it: "sirtuin-1"), ``_SYMBOL``
    (``_symbol_like``), ``_NUMBERED_NAME`` (four letters or more, no counting or stop word: may
    take a number after it), else ``_PLAIN``. Remembered per word (issue 17, stop 49): the same
    words recur in every sentence and paper, and the five patterns cost ~25 µs a word."""
    if _is_head(word):
        return _HEAD_DESIGNATED if _HAS_DIGIT_OR_GREEK.search(word) else _HEAD
    if _symbol_like(word):
        return _SYMBOL
    lower = word.lower()
    if _LONG_WORD.fullmatch(word) and lower not in _COUNTED_WORDS and lower not in _STOP_LEFT:
        return _NUMBERED_NAME
    return _PLAIN


def _free_of(taken: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """``free(s, e)``: no span of ``taken`` overlaps [s, e) (``e <= start or s >= end`` for
    each). Asked for every word of a sentence: the spans sorted by start with the running
    maximum of their ends answer it with one bisection instead of a walk over all of them."""
    if not taken:
        return lambda s, e: True
    ordered = sorted(taken)
    starts = [a for a, _ in ordered]
    reach, far = [], None
    for _, b in ordered:
        far = b if far is None or b > far else far
        reach.append(far)

    def free(s: int, e: int) -> bool:
        k = bisect_left(starts, e)  # the spans starting before e
        return k == 0 or reach[k - 1] <= s

    return free


def unmatched_candidates(sentence_text: str, mentions: Iterable[Any], offset: int = 0) -> list[tuple[int, int]]:
    """Spans of ``sentence_text`` that look like gene/protein names and no mention covers.

    ``mentions``: anything with ``start``/``end`` (dictionary mentions), in offsets of
    ``sentence_text`` plus ``offset`` (a sentence's start in its paragraph). Returned spans
    are offsets into ``sentence_text``. English rules, for Latin text (CJK characters only
    separate words), tuned for precision — the linker's threshold does the rest:

    1. A phrase ending in a head noun (protein, kinase, receptor, factor, an -ase word,
       interleukin, sirtuin, ... ``_HEADS``), with an optional designator after it
       (``factor 2``, ``receptor-γ``, ``kinase C``), extended leftwards over up to six
       words separated by single spaces that are not function words, verbs or quantity
       words (``_STOP_LEFT``); ``of`` continues a name only after activator, inhibitor,
       member ... (``receptor activator of nuclear factor-κB ligand``).
    2. A single token of letters with a digit or Greek letter (``Nrf-2``, ``GPx-4``,
       ``sirtuin-1``) that is not a measurement (``24h``, ``3D``), a chemical formula
       (``H2O2``, ``Fe2+``) or a cell line/assay (``MC3T3-E1``, ``CCK-8``).
    3. A word of four or more letters followed by a number (``beclin 1``), unless the
       word counts things (``Figure 2``, ``day 7``, ``type 2``) or a counted noun follows the
       number (``the past 4 weeks``).
    4. A mention directly followed by a number, Greek letter or Roman numeral that it does
       not include: ``haem oxygenase`` (the HMOX family) + ``-1``. The span covers the
       mention; if it links, the caller replaces the mention.

    Other spans overlapping a mention are dropped; overlapping candidates are merged.
    """
    taken = [(m.start - offset, m.end - offset) for m in mentions]
    extended: list[tuple[int, int]] = []  # rule 4
    for start, end in taken:
        tail = _TRAILING_DESIGNATOR.match(sentence_text, end)
        if tail and all(tail.end() <= s or end >= e for s, e in taken if s >= end):
            extended.append((start, tail.end()))
    words = [(m.start(), m.end()) for m in _WORD.finditer(sentence_text)]

    free = _free_of(taken)

    def joined(i: int) -> bool:  # words i-1 and i are separated by exactly one space
        return i > 0 and sentence_text[words[i - 1][1]:words[i][0]] == " "

    def counted(i: int) -> bool:  # word i is a counted noun right after a number: "the past 4 weeks" (PMID16837801)
        return i < n and joined(i) and sentence_text[words[i][0]:words[i][1]].lower() in _COUNTED_WORDS

    spans: list[tuple[int, int]] = []
    n = len(words)
    for i, (ws, we) in enumerate(words):
        word = sentence_text[ws:we]
        if not free(ws, we):
            continue
        kind = _word_kind(word)
        if kind == _HEAD or kind == _HEAD_DESIGNATED:
            end = we
            if i + 1 < n and joined(i + 1) and free(*words[i + 1]):
                nxt = sentence_text[words[i + 1][0]:words[i + 1][1]]
                if _DESIGNATOR.fullmatch(nxt) and nxt.lower() not in _STOP_LEFT:
                    end = words[i + 1][1]
            start, j, count = ws, i, 1
            while j > 0 and joined(j) and count < 7:
                prev = sentence_text[words[j - 1][0]:words[j - 1][1]]
                if not free(*words[j - 1]):
                    break
                if prev.lower() == "of":
                    if j - 2 < 0 or not joined(j - 1) or sentence_text[words[j - 2][0]:words[j - 2][1]].lower() not in _OF_JOINS:
                        break
                elif prev.lower() in _STOP_LEFT or _QUANTITY.fullmatch(prev):
                    break
                start, j, count = words[j - 1][0], j - 1, count + 1
            if count > 1 or end > we or kind == _HEAD_DESIGNATED:
                spans.append((start, end))
        elif kind == _SYMBOL:
            spans.append((ws, we))
        elif (kind == _NUMBERED_NAME and i + 1 < n and joined(i + 1)
              and _SMALL_NUMBER.fullmatch(sentence_text[words[i + 1][0]:words[i + 1][1]])
              and free(ws, words[i + 1][1]) and not counted(i + 2)):
            spans.append((ws, words[i + 1][1]))
    spans += extended
    spans.sort(key=lambda sp: (sp[0], -sp[1]))
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
            continue
        merged.append((s, e))
    return merged
