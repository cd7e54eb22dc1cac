"""Stop 43 (s43-speed): rewrites that must give the same answers as the code they replace."""

from __future__ import annotations

import io

from pipeline.nlp.annotator import _FORM_FIRST_CHARS
from pipeline.nlp.formulas import dictionary_words, ordinary_words


def _line_by_line(f) -> frozenset[str]:
    """The annotator's former read of jieba's dictionary: each line decoded and tested in Python."""
    return ordinary_words((line.decode("utf-8") if isinstance(line, bytes) else line for line in f), _FORM_FIRST_CHARS)


def test_dosage_form_words_of_jiebas_dictionary_are_read_as_line_by_line():
    from pipeline.nlp._jieba import jieba

    with jieba.dt.get_dict_file() as f:
        data = f.read()
    words = dictionary_words(data, _FORM_FIRST_CHARS)
    assert words == _line_by_line(io.BytesIO(data))
    assert {"散落", "方差"} <= words and len(words) > 500  # nlp/formulas.ordinary_words' examples
    # the same file with Windows line ends, and as text: the lines are still split at "\n" only
    crlf = data.replace(b"\n", b"\r\n")
    assert dictionary_words(crlf, _FORM_FIRST_CHARS) == _line_by_line(io.BytesIO(crlf)) == words
    assert dictionary_words(data.decode("utf-8"), _FORM_FIRST_CHARS) == words


class _Grouped:
    """The index seen as scispacy's CandidateGenerator (no ``ranked``): the linker's grouped path."""

    def __init__(self, generator):
        self.generator, self.kb = generator, generator.kb

    def __call__(self, texts, k):
        return self.generator(texts, k)


def _asked_texts(annotator, paths) -> list[str]:
    """Every text the fuzzy linker is asked while annotating ``paths`` (the answers remembered
    per text dropped first, so each is asked)."""
    from pipeline.io.readers import read_file

    linker = annotator.linker
    linker.forget()
    asked: list[str] = []
    original = linker.candidates_batch

    def recording(texts, k=10, floor=None):
        asked.extend(texts)
        return original(texts, k, floor)

    linker.candidates_batch = recording
    try:
        for path in paths:
            for doc in read_file(str(path), path.read_bytes(), path.stem):
                annotator.annotate(doc.doc_id, doc.text)
    finally:
        del linker.candidates_batch
    return list(dict.fromkeys(asked))


def test_linker_candidates_from_ranked_names_equal_the_grouped_candidates(annotator):
    """linker._best_ranked (names read best first, stopping when none can matter) against the grouped
    path it replaces, on every text the linker is asked for the English papers of corpus/new_papers and
    corpus/validation and the 20 ChinaXiv sample papers, for the linker's k = 2 and candidates' k = 10, and
    the answers of link_batch, which stops below its threshold."""
    from tests.nlp_helpers import SAMPLE_PAPERS, corpus_files
    from tests.conftest import REPO

    papers = [p for p in corpus_files(REPO, with_sample=False) if "/en/" in p.as_posix()]
    papers += sorted(SAMPLE_PAPERS.glob("*.md")) if SAMPLE_PAPERS.is_dir() else []
    texts = _asked_texts(annotator, papers)
    assert len(texts) > 1000
    linker = annotator.linker
    ranked = linker.generator()
    assert hasattr(ranked, "ranked")
    try:
        for k in (2, 10):
            new = linker.candidates_batch(texts, k)
            linker._generator = _Grouped(ranked)
            old = linker.candidates_batch(texts, k)
            linker._generator = ranked
            assert new == old
        assert sum(1 for found in new if found) > 100  # texts that link to something
        # link_batch asks for k = 2 above its threshold less the tie margin (``floor``): the same answers
        linker.forget()
        linked = linker.link_batch(texts)
        linker._generator = _Grouped(ranked)
        linker.forget()
        assert linked == linker.link_batch(texts)
        assert sum(1 for found in linked if found is not None) > 30
    finally:
        linker._generator = ranked
        linker.forget()
