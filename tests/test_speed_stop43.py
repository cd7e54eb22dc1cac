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
