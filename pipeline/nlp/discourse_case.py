"""A gene symbol written in lower case in the paper that names the gene in capitals elsewhere.

The matcher reads a letters-only symbol of six letters or more in any case but all lower case
(``matcher.SYMBOL_LONG``): "Deptor" is DEPTOR, "deptor" could be a word. Within one paper the same
string keeps one sense ("one sense per discourse", Gale, Church & Yarowsky 1992): a paper that writes
"Deptor has recently been identified as an mTOR interacting protein" and then "reduced the levels of
deptor" means the gene both times (validation_en PMID23362262: every lower-case "deptor" was lost, and
with it the paper's TGFβ, Smad 3, Smad 7 and PP242 links to DEPTOR).

The lower-case form counts only when it is no ordinary word of annotated text
(``curated/plain_words_learned.tsv``, the list gene_context.refine reads: "nodal" stays a word).
Pure functions; the annotator applies them to the English paragraphs after the paper's definitions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from pipeline.nlp.matcher import Mention

MIN_LETTERS = 6  # matcher.SYMBOL_LONG: a shorter letters-only symbol needs its capitals anyway
HOW = "discourse-case"


def lower_case_names(mentions: Iterable[Mention], plain_words: frozenset[str],
                     matched: Callable[[str], bool] = lambda _s: False) -> dict[str, tuple[str, str]]:
    """Lower-case spelling -> (entity id, label) of the gene symbols the paper writes with capitals:
    dictionary mentions of one gene whose text is ASCII letters only, :data:`MIN_LETTERS` or more, not
    all lower case, and whose lower-case form is no plain word. A spelling two genes share is left out,
    and so is one the dictionary matches itself (``matched``: "insulin" is a name in any case; where no
    mention of it stands, another rule took it away)."""
    found: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        written = m.text
        if (m.label != "GENE" or m.how != "dictionary" or len(written) < MIN_LETTERS or not written.isascii()
                or not written.isalpha() or written.islower() or written.lower() in plain_words
                or matched(written.lower())):
            continue
        found.setdefault(written.lower(), set()).add((m.entity_id, m.label))
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def lower_case_mentions(text: str, mentions: list[Mention], names: dict[str, tuple[str, str]]) -> list[Mention]:
    """``mentions`` with a mention added for each lower-case use of a name in ``names`` that no mention
    covers (whole words: no letter or digit on either side)."""
    if not names:
        return mentions
    pattern = re.compile(r"(?<![A-Za-z0-9])(" + "|".join(re.escape(k) for k in sorted(names, key=len, reverse=True))
                         + r")(?![A-Za-z0-9])")
    added = [Mention(hit.start(), hit.end(), *names[hit.group(1)], HOW, hit.group(1))
             for hit in pattern.finditer(text)
             if not any(m.start < hit.end() and hit.start() < m.end for m in mentions)]
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end))
