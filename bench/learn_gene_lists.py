"""Learn the gene tagger's left-extension stop words from BC2GM train (development data only).

A class noun or head noun (``phosphatase``, ``tyrosine kinase``, ``receptor``) grows over the
words on its left (``pipeline/nlp/gene_context.extend_left``); a fixed list of function words
and vague adjectives stops it. This script adds the words the annotators themselves left out:
a word counts when it stands right before a gold GENE mention at least ``--min-count`` times and
never starts a GENE or ALTGENE span (words already stopped by the fixed rules - the function
word list, ``-ly`` adverbs, ``-ed``/``-ing`` forms - are not repeated). The words are ordinary
English (``although``, ``partial``, ``stable``, ``upon``, ``markers``), so the list carries over
to other text; it contains no gene name.

    python bench/learn_gene_lists.py                   # writes dictionaries/curated/gene_not_modifiers.tsv
    python bench/learn_gene_lists.py --half 0 --out /tmp/half0.tsv   # learn on even sentences only
    python bench/learn_gene_lists.py --names           # writes dictionaries/curated/gene_names_learned.tsv
    python bench/learn_gene_lists.py --acronyms        # writes dictionaries/curated/gene_acronyms_learned.tsv
    python bench/learn_gene_lists.py --plain-words     # writes dictionaries/curated/plain_words_learned.tsv

``--names`` learns gene names instead (``learn_names``): strings annotated as a GENE at least
twice in the first 80 % of BC2GM train whose every other occurrence there is mostly annotated
too (gold count / occurrences >= 0.5), and names of 4+ characters annotated in every use. The last 20 % stays unseen, so ``python
bench/ner_eval.py --corpus bc2gm --holdout`` measures what the list brings to new text.

``--half 0`` learns on the even-numbered sentences so the odd ones can measure the carry-over
(docs/ner_benchmarks.md reports both).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ner_eval import DEFAULT_DATA, read_bc2gm  # noqa: E402

from pipeline.nlp.gene_context import _NOT_MODIFIER  # noqa: E402

_WORD_BEFORE = re.compile(r"([A-Za-z][\w'-]*)\s+$")
OUT = ROOT / "dictionaries" / "curated" / "gene_not_modifiers.tsv"
NAMES_OUT = ROOT / "dictionaries" / "curated" / "gene_names_learned.tsv"
TUNE_SHARE = 0.8  # the first 80 % of BC2GM train; bench/ner_eval.py --holdout scores the rest


def occurrences(name: str, text: str) -> int:
    """Uses of ``name`` as a whole word (the same boundaries as gene_context.learned_name_spans)."""
    return len(re.findall(r"(?<![\w\-])" + re.escape(name) + r"(?![\w\-])", text))


def learn_names(data: Path, min_count: int, min_ratio: float, min_single: int = 4) -> list[tuple[str, int, int]]:
    """(name, gold count, occurrences) of the gene names learned on the tuning part of BC2GM
    train: a BANNER/Gimli-style dictionary feature taken from the annotations, kept only where
    the string is a gene in most of its uses (``ras``, ``GH``, ``ferritin``; not ``protein``).
    A name annotated fewer than ``min_count`` times is kept when it has ``min_single`` characters
    or more and every use of it is annotated (on the held-out 20 %: F1 +0.005, 6 more FP)."""
    chosen = list(read_bc2gm(data / "bc2gm_train"))
    chosen = chosen[: int(len(chosen) * TUNE_SHARE)]
    gold: Counter = Counter()
    for sample in chosen:
        for a, b, _t in sample.gold:
            gold[sample.text[a:b]] += 1
    text = "\n".join(s.text for s in chosen)
    out = []
    for name, n in gold.items():
        if len(name) < 2 or not name[0].isalnum() or not name[-1].isalnum() and name[-1] not in ")'":
            continue
        if n < min_count and len(name) < min_single:
            continue
        raw = text.count(name)  # an upper bound, cheap; the boundaries only where it can matter
        seen = raw if raw <= n else occurrences(name, text)
        if n >= min_count and seen and n / seen >= min_ratio:
            out.append((name, n, seen))
        elif n < min_count and seen == n:  # a longer name tagged in every use ("human Antp TATAA binding protein")
            out.append((name, n, seen))
    return sorted(out)


def learn(data: Path, min_count: int, half: int | None) -> list[tuple[str, int]]:
    inside: Counter = Counter()
    outside: Counter = Counter()
    for i, sample in enumerate(read_bc2gm(data / "bc2gm_train"), start=1):
        if half is not None and i % 2 != half:
            continue
        text = sample.text
        spans = [(a, b) for a, b, _t in sample.gold]
        spans += [alt for alts in sample.alternatives.values() for alt in alts]
        for a, b in spans:
            words = text[a:b].split()
            if len(words) > 1:
                inside[words[0].lower()] += 1
        for a, _b, _t in sample.gold:
            hit = _WORD_BEFORE.search(text[max(0, a - 40) : a])
            if hit:
                outside[hit.group(1).lower()] += 1
    return sorted(
        (w, n)
        for w, n in outside.items()
        if n >= min_count
        and inside[w] == 0
        and w not in _NOT_MODIFIER
        and not w.endswith("ly")
        and not (w.endswith(("ed", "ing")) and "-" not in w)
    )


STOPS_OUT = ROOT / "dictionaries" / "curated" / "gene_stop_learned.tsv"
UNLINKED = ("gene-shape", "gene-phrase", "gene-learned")


def learn_stops(data: Path, min_count: int) -> list[tuple[str, str, int]]:
    """(surface, how, count) of the gene mentions the annotator finds without a dictionary entity
    (by shape, head noun or learned name; no relation uses them) in the first 80 % of BC2GM train that
    never match a GENE or ALTGENE span there (``ORF``, ``Ad5``, ``family of transcription factors``):
    the tagger's learned stop list (Pafilis et al. 2013 curate theirs by hand from such counts).
    Dictionary matches are left alone (their ambiguity lists are curated: gene_context.tsv)."""
    from ner_eval import part_of

    from pipeline.api import annotator_for
    from pipeline.config import Config

    annotator = annotator_for(Config(make_docs=False))
    seen: Counter = Counter()
    right: Counter = Counter()
    how_of: dict[str, str] = {}
    for sample in part_of(list(read_bc2gm(data / "bc2gm_train")), "tune"):
        accepted = {(a, b) for a, b, _t in sample.gold}
        accepted |= {alt for alts in sample.alternatives.values() for alt in alts}
        adoc = annotator.annotate(sample.doc_id, sample.text)
        for item in adoc.sentences:
            for m in [*item.mentions, *item.unlinked]:
                if m.label != "GENE" or m.how not in UNLINKED:
                    continue
                start, end = item.sentence.paragraph.text.original_span(m.start, m.end)
                seen[m.text] += 1
                right[m.text] += (start, end) in accepted
                how_of.setdefault(m.text, m.how)
    return sorted((t, how_of[t], n) for t, n in seen.items() if n >= min_count and right[t] == 0)


ACRONYMS_OUT = ROOT / "dictionaries" / "curated" / "gene_acronyms_learned.tsv"
_SYMBOL_LIKE = re.compile(r"^(?=.*[A-Z0-9])\S+$")


def learn_acronyms(data: Path, min_count: int) -> list[tuple[str, int]]:
    """(surface, count) of symbol-shaped dictionary gene/family matches (no space, a capital or
    a digit: ``ORF``, ``ADR``, ``P100``, ``F9``) seen at least ``min_count`` times in the first
    80 % of BC2GM train and never matching a GENE or ALTGENE span there. They become acronyms
    (gene_context ``learned_acronyms``): a gene only next to a gene cue, as the curated acronym
    rows. Out-of-sample check (learned on the first 60 % of train, scored on 60-80 %): 10 spurious
    mentions fewer, 1 gold mention lost."""
    from ner_eval import part_of, predict

    from pipeline.api import annotator_for
    from pipeline.config import Config

    annotator = annotator_for(Config(make_docs=False))
    seen: Counter = Counter()
    right: Counter = Counter()
    for sample in part_of(list(read_bc2gm(data / "bc2gm_train")), "tune"):
        accepted = {(a, b) for a, b, _t in sample.gold}
        accepted |= {alt for alts in sample.alternatives.values() for alt in alts}
        ids: dict = {}
        for a, b, kind in predict(annotator, sample, ids):
            surface = sample.text[a:b]
            if kind in ("gene", "family") and any(ids.get((a, b), ())) and _SYMBOL_LIKE.match(surface):
                seen[surface] += 1
                right[surface] += (a, b) in accepted
    return sorted((t, n) for t, n in seen.items() if n >= min_count and right[t] == 0)


PLAIN_WORDS_OUT = ROOT / "dictionaries" / "curated" / "plain_words_learned.tsv"
PLAIN_CORPORA = ("bc2gm", "biored", "bc5cdr")
_LOWER_WORD = re.compile(r"(?<![\w\-])[a-z]{3,}(?![\w\-])")
_GREEK = frozenset(("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
                    "lambda", "omicron", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"))


def learn_plain_words(data: Path, min_count: int, min_texts: int = 2) -> list[tuple[str, int, int]]:
    """(word, uses, texts) of the ordinary English words of the annotated training text: a
    lower-case word of three or more letters written at least ``min_count`` times, in at least
    ``min_texts`` texts, of the tuning parts (first 80 %) of BC2GM train, BioRED and BC5CDR, that is
    never (in any case) a whole gold Gene or Chemical span there, nor an alternative one, nor the
    name of a Greek letter (``alpha`` is half of many symbols). Capitalised, such a word is the word
    at a sentence start or in a title ("Impact of ...", "Damage to ..."), not a symbol written in
    title case (gene_context.refine with ``plain_words``). Words the annotators tag anywhere stay
    out ("notch", "kit", "rest", "max"), so a gene named with an English word keeps its reading.
    The singular of a learned plural is learned with it (``singular_of``), unless it is tagged.
    Lower case, such a word is the word too, not a lower-case alias (gene_context.refine:
    HGNC writes CACFD1's alias "flower", TMEM121's "hole" in lower case, so they match any case)."""
    from ner_eval import part_of, samples

    uses: Counter = Counter()
    texts: Counter = Counter()
    tagged: set[str] = set()
    for corpus in PLAIN_CORPORA:
        for sample in part_of(list(samples(corpus, data)), "tune"):
            words = _LOWER_WORD.findall(sample.text)
            uses.update(words)
            texts.update(set(words))
            spans = [(a, b) for a, b, _t in sample.gold]
            spans += [alt for alts in sample.alternatives.values() for alt in alts]
            tagged.update(sample.text[a:b].lower() for a, b in spans)
    plain = {w: (n, texts[w]) for w, n in uses.items()
             if n >= min_count and texts[w] >= min_texts and w not in tagged and w not in _GREEK}
    for word, (n, t) in list(plain.items()):
        single = singular_of(word)
        if single and single not in plain and single not in tagged and single not in _GREEK:
            plain[single] = (uses[single], texts[single])  # "flowers" is written: "flower" is a word too
    return sorted((w, n, t) for w, (n, t) in plain.items())


_ES_PLURALS = ("ies", "ses", "xes", "zes", "ches", "shes", "oes")


def singular_of(word: str) -> str | None:
    """The singular of a regular English plural in plain -s ("flowers" -> "flower"); None for a word
    in -ss, -us, -is ("process", "virus", "analysis": no plurals) and for plurals that change more
    than the -s ("bodies", "boxes", "branches", "classes"). The word lists learn a plural written
    often enough in the training text; its singular, rarer there, is the same word in the papers
    (CACFD1's HGNC alias "flower", read as a gene in plant papers of the dev pool:
    ChinaXiv-202202.00037V1, ChinaXiv-202108.00054V1, ChinaXiv-201810.00259V1)."""
    if len(word) < 5 or not word.endswith("s") or word[-2] in "sui" or word.endswith(_ES_PLURALS):
        return None
    return word[:-1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--half", type=int, choices=(0, 1), default=None,
                        help="learn on the even (0) or odd (1) sentences only")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--names", action="store_true", help="learn gene names (gene_names_learned.tsv)")
    parser.add_argument("--stops", action="store_true", help="learn the stop list (gene_stop_learned.tsv)")
    parser.add_argument("--acronyms", action="store_true",
                        help="learn the acronym list (gene_acronyms_learned.tsv; move the old one away first)")
    parser.add_argument("--plain-words", action="store_true",
                        help="learn the English word list (plain_words_learned.tsv; --min-count 3 recommended)")
    parser.add_argument("--min-ratio", type=float, default=0.5, help="--names: gold count / occurrences")
    args = parser.parse_args(argv)
    if args.names:
        names = learn_names(args.data, args.min_count, args.min_ratio)
        out = args.out or NAMES_OUT
        _write(out, [
            f"# generated by: python bench/learn_gene_lists.py --names --min-count {args.min_count} "
            f"--min-ratio {args.min_ratio} -- do not edit by hand",
            f"# Strings annotated as GENE in the first {TUNE_SHARE:.0%} of BC2GM train (gold count) that are a gene in",
            "# most of their uses there (occurrences): unlinked gene mentions (gene_context.learned_name_spans).",
            "name\tgold\toccurrences",
        ], names, "names")
        return 0
    if args.stops:
        stops = learn_stops(args.data, args.min_count)
        out = args.out or STOPS_OUT
        _write(out, [
            f"# generated by: python bench/learn_gene_lists.py --stops --min-count {args.min_count} -- do not edit by hand",
            f"# Gene mentions without a dictionary entity found in the first {TUNE_SHARE:.0%} of BC2GM train (count) that",
            "# never match a gold span there: dropped (gene_context.drop_learned_stops).",
            "surface\thow\tcount",
        ], stops, "surfaces")
        return 0
    if args.plain_words:
        words = learn_plain_words(args.data, args.min_count)
        out = args.out or PLAIN_WORDS_OUT
        _write(out, [
            f"# generated by: python bench/learn_gene_lists.py --plain-words --min-count {args.min_count} -- do not edit by hand",
            f"# Lower-case words of the first {TUNE_SHARE:.0%} of BC2GM train, BioRED and BC5CDR (uses, texts: at least 2)",
            "# never a gold Gene or Chemical span there: capitalised, a word, not a symbol (gene_context.refine).",
            "word\tuses\ttexts",
        ], words, "words")
        return 0
    if args.acronyms:
        acronyms = learn_acronyms(args.data, args.min_count)
        out = args.out or ACRONYMS_OUT
        _write(out, [
            f"# generated by: python bench/learn_gene_lists.py --acronyms --min-count {args.min_count} -- do not edit by hand",
            f"# Symbol-shaped dictionary gene matches in the first {TUNE_SHARE:.0%} of BC2GM train (count) that never",
            "# match a gold span there: a gene only next to a gene cue (gene_context.refine, English text).",
            "surface\tcount",
        ], acronyms, "surfaces")
        return 0
    args.out = args.out or OUT
    words = learn(args.data, args.min_count, args.half)
    half = "" if args.half is None else f" --half {args.half}"
    _write(args.out, [
        "# generated by: python bench/learn_gene_lists.py"
        f"{half} --min-count {args.min_count} -- do not edit by hand",
        "# Words right before a gold BC2GM train GENE mention (count) that never start a GENE or ALTGENE",
        "# span: a left extension of a gene head noun stops there (pipeline/nlp/gene_context.extend_left).",
        "word\tcount_before_gene",
    ], words, "words")
    return 0


def _write(out: Path, header: list[str], rows, what: str) -> None:
    """A learned list: its header lines, then one tab-separated line per row."""
    lines = [*header, *("\t".join(str(v) for v in row) for row in rows)]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} {what} -> {out}")


if __name__ == "__main__":
    raise SystemExit(main())
