"""The fuzzy linker's index in the form a process loads in a tenth of a second.

Why: loading the linker from scispacy's files (pipeline/nlp/linker.py, ``build_index``)
imports scikit-learn for the pickled ``TfidfVectorizer`` (0.75 s), scispacy for the
``CandidateGenerator`` and ``KnowledgeBase`` (it imports spaCy: 0.45 s more) and parses
kb.jsonl (0.6 s): 2-3 s per process before the first link, more than the whole warm start-up
budget of a batch (issue 17: <= 2 s including the linker). Measured with ``python -X
importtime`` and timers on the 53k-name index of the committed dictionaries.

So the built index is also written as one pickle (``FILE``) of what a query needs, taken
from the fitted objects: the vectoriser's vocabulary and idf weights, the name x 3-gram
matrix stored transposed (3-gram -> names, as ``ExactIndex`` searches it), the names, and the
knowledge base's alias -> concept ids. The query side re-does in a few lines of numpy what
the libraries do with them, in the same floating-point operations and order, so every
number is bit-identical (tested against ``TfidfVectorizer.transform`` on all 53k names and
against scispacy's ``CandidateGenerator`` on the labelled variants and the reviews'
candidates):

* ``Char3gramTfidf.transform``: scikit-learn's ``char_wb`` analyser (each whitespace-split
  word padded with one space, its 3-grams; a padded word shorter than 3 counted once),
  counts, times idf, rows L2-normalised with the sum of squares in double precision
  (``sklearn.utils.sparsefuncs_fast._inplace_csr_row_normalize_l2``).
* ``QueryGenerator.__call__``: scispacy's ``CandidateGenerator.__call__`` (Neumann et al.,
  2019, section 3.3): nearest names of each non-empty vector, grouped by concept id, sorted
  by concept id, similarity ``1 - distance``.

Fitting stays with scikit-learn and indexing the KB with scispacy (build time only); an
HNSW index (above ``EXACT_MAX_ALIASES`` names) still loads through scispacy and nmslib.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Sequence
from math import sqrt
from pathlib import Path
from typing import Any, NamedTuple

from pipeline import lazy_re

FILE = "query_index.pickle"
FORMAT = 1  # bump when the pickled layout changes: an older file is then re-derived


class MentionCandidate(NamedTuple):
    """scispacy's ``candidate_generation.MentionCandidate``, same fields."""

    concept_id: str
    aliases: list[str]
    similarities: list[float]


class ExactIndex:
    """nmslib's ``knnQueryBatch`` over L2-normalised sparse rows, exact: ids and cosine
    distances of the ``k`` nearest rows, as scispacy's CandidateGenerator expects."""

    def __init__(self, vectors=None, by_gram=None):
        # 3-gram -> names (an inverted index): a query touches only the posting lists of its
        # own 3-grams, not every name (the names x queries product cost ~7 ms per call)
        self.by_gram = by_gram if by_gram is not None else vectors.T.tocsr()
        self.rows = self.by_gram.shape[1]

    def knnQueryBatch(self, queries, k: int = 10, num_threads: int = 0, floor: float | None = None):  # nmslib's name
        """``floor`` (not nmslib's): a row whose best similarity (``1 - distance``, as
        ``QueryGenerator.ranked`` computes it) is below it gets no neighbours — its caller reads
        nothing below the floor — without ranking the row (most of the linker's queries)."""
        import numpy

        out = []
        queries = queries.tocsr()
        k = min(k, self.rows)
        for start in range(0, queries.shape[0], 64):
            sims = (queries[start:start + 64] @ self.by_gram).toarray()
            for row in sims:
                if floor is not None:
                    at = int(row.argmax())
                    if 1.0 - (1.0 - row[at:at + 1]).tolist()[0] < floor:
                        out.append((numpy.empty(0, dtype=numpy.intp), numpy.empty(0, dtype=row.dtype)))
                        continue
                top = numpy.argpartition(-row, k - 1)[:k]
                top = top[numpy.argsort(-row[top], kind="stable")]
                out.append((top, 1.0 - row[top]))
        return out


_WHITE_SPACES = lazy_re.compile(r"\s\s+")  # scikit-learn's VectorizerMixin._white_spaces


class Char3gramTfidf:
    """``TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3), dtype=float32, norm="l2",
    preprocessor=...).transform`` from the fitted vocabulary and idf."""

    def __init__(self, vocabulary: dict[str, int], idf, preprocessor: Callable[[str], str]):
        self.vocabulary = vocabulary
        self.idf = idf
        self.preprocessor = preprocessor

    def _counts(self, text: str) -> dict[int, int]:
        vocabulary = self.vocabulary
        counts: dict[int, int] = {}
        for w in _WHITE_SPACES.sub(" ", self.preprocessor(text)).split():
            w = " " + w + " "
            for gram in [w[i:i + 3] for i in range(len(w) - 2)]:  # a padded word has >= 3 characters
                j = vocabulary.get(gram)
                if j is not None:
                    counts[j] = counts.get(j, 0) + 1
        return counts

    def transform(self, texts: Sequence[str]):
        import numpy
        import scipy.sparse

        indices: list[int] = []
        counts: list[int] = []
        indptr = [0]
        for text in texts:
            found = self._counts(text)
            indices += found.keys()
            counts += found.values()
            indptr.append(len(indices))
        matrix = scipy.sparse.csr_matrix(
            (numpy.asarray(counts, dtype=numpy.float32), numpy.asarray(indices, dtype=numpy.int32),
             numpy.asarray(indptr, dtype=numpy.int32)),
            shape=(len(indptr) - 1, len(self.vocabulary)), dtype=numpy.float32)
        matrix.sort_indices()
        data = matrix.data
        data *= self.idf[matrix.indices]
        squares = (data * data).tolist()  # float32 products, then summed in double, in order
        for i in range(len(indptr) - 1):
            a, b = matrix.indptr[i], matrix.indptr[i + 1]
            total = 0.0
            for value in squares[a:b]:
                total += value
            if total != 0.0:
                row = data[a:b].astype(numpy.float64)
                row /= sqrt(total)
                data[a:b] = row  # rounded back to float32, as the C loop's `float /= double`
        return matrix


class AliasIndex:
    """What the linker reads of scispacy's ``KnowledgeBase``: ``alias_to_cuis``."""

    def __init__(self, alias_to_cuis: dict[str, Any]):
        self.alias_to_cuis = alias_to_cuis


class QueryGenerator:
    """scispacy's ``CandidateGenerator`` over the pickled index (``kb``, ``__call__``)."""

    def __init__(self, vectorizer: Char3gramTfidf, ann_index: ExactIndex, names: list[str],
                 alias_to_cuis: dict[str, Any]):
        self.vectorizer = vectorizer
        self.ann_index = ann_index
        self.ann_concept_aliases_list = names
        self.kb = AliasIndex(alias_to_cuis)

    def ranked(self, mention_texts: Sequence[str], k: int, floor: float | None = None) -> list[list[tuple[str, float]]]:
        """Per text, its ``k`` nearest names best first, as (name, similarity ``1 - distance``): the
        order ``ExactIndex.knnQueryBatch`` ranks them in, so the similarities never increase along a
        list (``__call__`` groups the same names by concept id; the linker's ``candidates_batch``
        reads them in this order to stop once no later name can matter). [] for a text with no
        3-gram of the vocabulary, and for one whose best similarity is below ``floor``."""
        vectors = self.vectorizer.transform(mention_texts)
        lengths = vectors.indptr[1:] - vectors.indptr[:-1]
        nonempty = [i for i, n in enumerate(lengths.tolist()) if n]
        out: list[list[tuple[str, float]]] = [[] for _ in mention_texts]
        if nonempty:
            names = self.ann_concept_aliases_list
            searched = vectors[nonempty] if len(nonempty) < len(mention_texts) else vectors
            for i, (ids, distances) in zip(nonempty, self.ann_index.knnQueryBatch(searched, k=k, floor=floor)):
                out[i] = [(names[n], 1.0 - distance) for n, distance in zip(ids.tolist(), distances.tolist())]
        return out

    def __call__(self, mention_texts: list[str], k: int) -> list[list[MentionCandidate]]:
        if not mention_texts:
            return []
        alias_to_cuis = self.kb.alias_to_cuis
        out = []
        for ranked in self.ranked(mention_texts, k):
            mentions: dict[str, list[str]] = {}
            similarities: dict[str, list[float]] = {}
            for name, similarity in ranked:
                for concept_id in alias_to_cuis[name]:
                    mentions.setdefault(concept_id, []).append(name)
                    similarities.setdefault(concept_id, []).append(similarity)
            out.append([MentionCandidate(c, mentions[c], similarities[c]) for c in sorted(mentions)])
        return out


def write(folder: Path, generator) -> bool:
    """Write ``FILE`` from a scispacy ``CandidateGenerator`` over an ``ExactIndex``
    (atomically; False when the folder is read-only)."""
    from pipeline.dictionaries.loader import write_cache

    vectoriser = generator.vectorizer
    by_gram = generator.ann_index.by_gram
    # one object per distinct string and per distinct concept tuple: pickle then writes each once
    # and refers back to it (its memo), so the loaded names are the alias table's keys and a
    # concept id is one string however many aliases name it (~10 MB less per process; stop 32)
    shared: dict = {}
    names = [shared.setdefault(n, n) for n in generator.ann_concept_aliases_list]
    alias_to_cuis = {}
    for alias, concepts in generator.kb.alias_to_cuis.items():
        concepts = tuple(shared.setdefault(c, c) for c in sorted(concepts))
        alias_to_cuis[shared.setdefault(alias, alias)] = shared.setdefault(concepts, concepts)
    state = {
        "format": FORMAT,
        "vocabulary": {str(g): int(j) for g, j in vectoriser.vocabulary_.items()},
        "idf": vectoriser.idf_,
        "by_gram": (by_gram.data, by_gram.indices, by_gram.indptr, by_gram.shape),
        "names": names,
        "alias_to_cuis": alias_to_cuis,
    }
    return write_cache(folder / FILE, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))


def load(folder: Path, preprocessor: Callable[[str], str]) -> QueryGenerator:
    """The ``QueryGenerator`` of ``folder``'s ``FILE``; raises on a missing, corrupt or older
    file (the caller rebuilds or re-derives it)."""
    import scipy.sparse

    state = pickle.loads((folder / FILE).read_bytes())  # the caller pauses the collector
    if not isinstance(state, dict) or state.get("format") != FORMAT:
        raise ValueError(f"{folder / FILE}: not a query index of format {FORMAT}")
    data, indices, indptr, shape = state["by_gram"]
    by_gram = scipy.sparse.csr_matrix((data, indices, indptr), shape=shape)
    return QueryGenerator(Char3gramTfidf(state["vocabulary"], state["idf"], preprocessor),
                          ExactIndex(by_gram=by_gram), state["names"], state["alias_to_cuis"])
