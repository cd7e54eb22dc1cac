"""Which curated English herb names are safe to match in running English text.

A herb's English common name is matched wherever it is written, case-insensitively, so an
English word folding into a herb ("sage", "rue", "balm", "mint") costs more than the herb it
would find: the sentence's every compound and gene becomes that herb's partner. A curated
name (``curated/herb_names_en.tsv``) is refused at the build when it is

* **short**: fewer than ``MIN_LETTERS`` letters and digits — short words are abbreviations and symbols
  in biomedical text (the same length floor the gene matcher uses for English aliases);
* **a plain word**: a single word that ``curated/plain_words_learned.tsv`` lists — learned
  from BC2GM, BioRED and BC5CDR, where it is written in lower case and never a gene or
  chemical span (bench/learn_gene_lists.py --plain-words) — so it is ordinary English there.

A binomial or a multi-word name is safe from both (its genus alone is not matched). Pure
functions; the build turns a refusal into a ``file:line`` error.
"""

from __future__ import annotations

from pathlib import Path

from pipeline import lazy_re

MIN_LETTERS = 5
PLAIN_WORDS_FILE = "plain_words_learned.tsv"
_WORD = lazy_re.compile(r"[A-Za-z][A-Za-z'’.-]*")


def plain_words(curated: Path) -> frozenset[str]:
    """The lower-case plain words of ``curated/plain_words_learned.tsv`` (first column)."""
    path = curated / PLAIN_WORDS_FILE
    if not path.exists():
        return frozenset()
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            words.add(line.split("\t", 1)[0].casefold())
    words.discard("word")  # the header
    return frozenset(words)


def ambiguous_english_name(name: str, plain: frozenset[str]) -> str | None:
    """Why ``name`` may not be matched as a herb in English text, or None when it may:
    ``"rue"`` -> too short; ``"sage"`` (when learned plain) -> a plain word; ``"meadowsweet"``,
    ``"staghorn sumac"``, ``"Rhus hirta"`` -> None."""
    if sum(ch.isalnum() for ch in name) < MIN_LETTERS:  # letters and digits: "EGb 761" is a code, safe
        return f"shorter than {MIN_LETTERS} letters"
    words = _WORD.findall(name)
    if len(words) == 1 and words[0].casefold() in plain:
        return f"{words[0]!r} is a plain English word ({PLAIN_WORDS_FILE})"
    return None
