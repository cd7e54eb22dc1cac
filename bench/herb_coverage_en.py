"""How the pipeline recognises herbs in English abstracts: Latin binomials and extract codes.

English papers name a herb by its source plant's binomial ("Tripterygium wilfordii Hook F",
"Camellia sinensis"), and often define a code for their extract ("aqueous extract of
Cordyceps militaris (AECM)"); later sentences use only the code. This bench lists, in
development abstracts (default: ../shared/data/dev/pubmed/pubmed_topical_dev.jsonl), two kinds
of candidate and tells for each whether ``pipeline.annotate`` put a HERB entity over it:

* binomial-shaped strings "Genus species" (or "G. species") whose genus is the genus of some
  herb's Latin name or synonym in dictionaries/herbs.tsv;
* "... extract ... (ABBR)" definitions, and whether later uses of ABBR are HERB.

For each candidate it prints the herb row linked (id, Chinese name) so wrong links show
(a binomial linked to a part's row rather than the pharmacopoeia drug). Counts at the end.
It is a coverage list, not a gold standard: a binomial-shaped string may name an animal or a
fungus the dictionary does not hold.

    python bench/herb_coverage_en.py                  # counts and the misses
    python bench/herb_coverage_en.py --all            # every candidate, found or not
    python bench/herb_coverage_en.py --limit 50
    python bench/herb_coverage_en.py --exclude /work/notes/heldout2_pool.txt   # the default

``--exclude`` names a file of document ids (``PMID<n>`` or ``<n>``, one a line, ``#`` comments):
those abstracts are never read — a held-out pool must stay unseen by development tools.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT = ROOT.parent / "shared" / "data" / "dev" / "pubmed" / "pubmed_topical_dev.jsonl"
if not DEFAULT.exists():
    DEFAULT = Path("/work/shared/data/dev/pubmed/pubmed_topical_dev.jsonl")
HELD_OUT = Path("/work/notes/heldout2_pool.txt")

_BINOMIAL = re.compile(r"\b([A-Z][a-z]{2,}|[A-Z]\.)\s([a-z]{3,}(?:-[a-z]+)?)\b")
_EXTRACT_DEF = re.compile(r"([^.;()]{0,80}\bextracts?\b[^.;()]{0,60})\(\s*([A-Z][A-Za-z0-9-]{1,9})\s*\)")
# epithets that follow a capitalised word without being one (sentence starts: "The results")
_NOT_EPITHET = frozenset("and the was were with from that this for are has have its not but also which species spp "
                         "medicine medicines medicinal herbal herb herbs".split())


def herb_genera(herbs_tsv: Path) -> dict[str, set[str]]:
    """Genus -> the herb ids whose Latin name or synonym starts with it."""
    out: dict[str, set[str]] = {}
    with herbs_tsv.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for r in rows:
            if r["type"] != "herb":
                continue
            for name in [r["name"], *r["synonyms"].split("|")]:
                m = re.match(r"([A-Z][a-z]{2,}) [a-z]{3,}", name)
                if m:
                    out.setdefault(m.group(1), set()).add(r["id"])
    return out


def binomial_candidates(text: str, genera: dict[str, set[str]]) -> list[tuple[int, int, str]]:
    """(start, end, string) of "Genus species" / "G. species" shapes with a herb genus."""
    initials = {g[0] for g in genera}
    out = []
    for m in _BINOMIAL.finditer(text):
        genus, epithet = m.group(1), m.group(2)
        if epithet in _NOT_EPITHET:
            continue
        if genus.endswith(".") and genus[0] in initials or genus in genera:
            out.append((m.start(), m.end(), m.group(0)))
    return out


def extract_definitions(text: str) -> list[tuple[int, int, str, int, int]]:
    """(start, end, long form, paren start, paren end) of "... extract ... (ABBR)"."""
    out = []
    for m in _EXTRACT_DEF.finditer(text):
        out.append((m.start(1), m.end(1), m.group(2), m.start(2), m.end(2)))
    return out


def excluded_ids(path: Path | None) -> frozenset[str]:
    """PMIDs (digits only) listed in ``path``, one a line, with or without the ``PMID`` prefix."""
    if path is None or not path.exists():
        return frozenset()
    lines = (line.strip() for line in path.open(encoding="utf-8"))
    return frozenset(line.removeprefix("PMID") for line in lines if line and not line.startswith("#"))


def herb_over(ents, start: int, end: int):
    """The first HERB entity overlapping [start, end), or None."""
    for e in ents:
        if e.label_ == "HERB" and e.start_char < end and e.end_char > start:
            return e
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--all", action="store_true", help="print found candidates too")
    ap.add_argument("--exclude", type=Path, default=HELD_OUT if HELD_OUT.exists() else None,
                    help="file of document ids never to read (default: the held-out pool)")
    args = ap.parse_args(argv)

    import pipeline

    genera = herb_genera(ROOT / "dictionaries" / "herbs.tsv")
    names = {}
    with (ROOT / "dictionaries" / "herbs.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
            names[r["id"]] = r["name_zh"] or r["name"]
    skip = excluded_ids(args.exclude)
    docs = [d for d in map(json.loads, args.data.open(encoding="utf-8")) if str(d["pmid"]) not in skip]
    if args.limit:
        docs = docs[: args.limit]
    counts: Counter = Counter()
    missed: Counter = Counter()
    linked: Counter = Counter()
    for d in docs:
        text = f"{d.get('title', '')}\n{d.get('abstract', '')}"
        doc = pipeline.annotate(text, lang="en")
        ents = list(doc.ents)
        for s, e, string in binomial_candidates(text, genera):
            hit = herb_over(ents, s, e)
            counts["binomial"] += 1
            if hit is None:
                missed[("binomial", string)] += 1
                if not args.all:
                    continue
            else:
                counts["binomial found"] += 1
                linked[(string, hit.kb_id_, names.get(hit.kb_id_, ""))] += 1
            print(f"{d['pmid']}\tbinomial\t{'FOUND' if hit else 'MISS'}\t{string}\t"
                  f"{hit.kb_id_ if hit else ''}\t{names.get(hit.kb_id_, '') if hit else ''}\t"
                  f"{text[max(0, s - 40):e + 40]!r}")
        for s, e, short, ps, pe in extract_definitions(text):
            hit = herb_over(ents, s, e)
            counts["extract (ABBR)"] += 1
            later = [m.start() for m in re.finditer(r"(?<![A-Za-z0-9-])" + re.escape(short) + r"(?![A-Za-z0-9])", text)
                     if m.start() > pe]
            later_hits = sum(1 for p in later if herb_over(ents, p, p + len(short)))
            counts["extract later uses"] += len(later)
            counts["extract later uses HERB"] += later_hits
            if hit:
                counts["extract long form HERB"] += 1
            if hit is not None and later_hits == len(later) and not args.all:
                continue
            print(f"{d['pmid']}\textract\t{'FOUND' if hit else 'MISS'}\t{short}\t"
                  f"{hit.kb_id_ if hit else ''}\tlater {later_hits}/{len(later)}\t{text[s:pe + 1]!r}")
    print()
    print(f"abstracts: {len(docs)}")
    for k in ("binomial", "binomial found", "extract (ABBR)", "extract long form HERB",
              "extract later uses", "extract later uses HERB"):
        print(f"{k}: {counts[k]}")
    print("most frequent missed binomials:",
          ", ".join(f"{s} ({n})" for (_, s), n in missed.most_common(25)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
