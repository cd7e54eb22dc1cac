"""Gene false negatives of BC2GM train and BioRED train+dev, counted by written-variant class.

The classes are the orthographic variants of gene symbols and names that pipeline/nlp/
symbol_variants.py and ocr_symbols.py read (a Greek letter glued to a symbol, an isoform or
splice-variant suffix, a member number glued to a name word, "X type N", a lower-case terminus
locant, a bracketed subscript, an OCR l for 1). A gold gene span the pipeline misses (exactly, as
bench/ner_eval.py scores it) is counted in every class whose pattern its text matches; the most
frequent strings of each class are listed, with what the pipeline found overlapping them.
Use it to see which class is worth a rule before writing one, and what is left after.

    python bench/gene_fn_classes.py                  # both corpora (~5 min)
    python bench/gene_fn_classes.py --corpus biored --top 30
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

import ner_eval  # noqa: E402

_GREEK = r"(?:alpha|beta|gamma|delta|epsilon|kappa|lambda|sigma|omega|theta|zeta|eta|iota|tau|[α-ω])"
CLASSES: dict[str, re.Pattern] = {
    "greek glued to a symbol (PKCzeta, Hsp90beta)": re.compile(rf"[A-Z0-9]-?{_GREEK}(?![a-z])"),
    "isoform or variant suffix (OCT4A, FLNBv4)": re.compile(r"^[A-Za-z][A-Za-z0-9]*[A-Za-z][0-9]{1,2}[AB]$|[A-Z0-9]v[0-9]{1,2}$"),
    "number glued to a name word (frizzled3, interleukin-1)": re.compile(r"^[A-Za-z][a-z]{3,}-?[0-9]{1,2}$"),
    "X type N / type N X": re.compile(r"\b[Tt]ype[ -](?:[0-9]{1,2}|I{1,3}|IV|V)\b"),
    "lower-case terminus locant (n-terminal)": re.compile(r"\b[nc]-terminal|\bc-[a-z]+ N-terminal"),
    "bracketed subscript (beta(2)AR, 5-HT(6))": re.compile(r"[A-Za-z]\([0-9]{1,2}\)"),
    "OCR l for 1 at a symbol's end (SIRTl)": re.compile(r"[A-Z0-9]{3,}l$"),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", choices=("bc2gm", "biored"))
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--data", type=Path, default=ner_eval.DEFAULT_DATA)
    args = parser.parse_args(argv)

    from pipeline.api import annotator_for
    from pipeline.config import Config

    annotator = annotator_for(Config(make_docs=False))
    counts: Counter = Counter()
    strings: dict[str, Counter] = {name: Counter() for name in CLASSES}
    for corpus in args.corpus or ("bc2gm", "biored"):
        for sample in ner_eval.samples(corpus, args.data):
            predicted = ner_eval.predict(annotator, sample)
            system = {(a, b) for a, b, t in predicted if t in ("gene", "family")}
            for g in sorted({(a, b) for a, b, t in sample.gold if t == "Gene"}):
                if any(s in system for s in [g, *sample.alternatives.get(g, [])]):
                    continue
                text = sample.text[g[0]:g[1]]
                over = "|".join(sample.text[a:b] for a, b in sorted(system) if a < g[1] and g[0] < b)
                for name, pattern in CLASSES.items():
                    if pattern.search(text):
                        counts[(corpus, name)] += 1
                        strings[name][f"{text} [{over}]" if over else text] += 1
    for name in CLASSES:
        print(f"{name}: BC2GM {counts[('bc2gm', name)]}, BioRED {counts[('biored', name)]}")
        print("   " + ", ".join(f"{s} ({n})" for s, n in strings[name].most_common(args.top)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
