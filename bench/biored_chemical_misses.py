"""Why a BioRED chemical-gene unit is missed because of its chemical (stop 42, s42-chem).

``bench/biored_relations.py`` counts a missed unit as "chemical not recognised" when no mention of
ours in the abstract carries an id that maps to BioRED's MeSH id. This helper says why, per unit,
from what our mentions cover at BioRED's own spans of that chemical:

* ``no mention at span``: nothing of ours overlaps any span (name not in the dictionaries, an
  inflection, a spelling variant, an abbreviation, a class word);
* ``other id at span``: a compound mention overlaps but its id maps to other MeSH ids;
* ``id without MeSH``: a compound mention overlaps and its id maps to no MeSH id at all;
* ``non-compound at span``: a gene, herb, pathway... mention covers the span.

    python bench/biored_chemical_misses.py --split train [--cache /tmp/x.pkl] [--show 200]
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import biored_relations as br  # noqa: E402


def chemical_spans(path: Path, exclude: frozenset[str]) -> dict[tuple[str, str], list[tuple[int, int, str]]]:
    """{(pmid, MeSH id): [(start, end, surface)]} of BioRED's chemical annotations (offsets into
    title + " " + abstract, PubTator's convention)."""
    out: dict[tuple[str, str], list] = defaultdict(list)
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        for line in block.splitlines():
            cols = line.split("\t")
            if len(cols) >= 6 and cols[1].isdigit() and cols[4] == "ChemicalEntity" and cols[0] not in exclude:
                for i in cols[5].split(","):
                    out[(cols[0], i.strip())].append((int(cols[1]), int(cols[2]), cols[3]))
    return out


def classify(spans, ours, mesh) -> tuple[str, list[str]]:
    """The cause of a chemical miss and what we had at its spans. ``ours``: [(start, end, type, id,
    text)] of the abstract's mentions, in PubTator offsets."""
    seen = []
    kinds = set()
    for s, e, _ in spans:
        for ms, me, typ, eid, text in ours:
            if ms < e and s < me:
                seen.append(f"{text}={eid}")
                if typ != "COMPOUND":
                    kinds.add("non-compound at span")
                elif mesh.get(eid):
                    kinds.add("other id at span")
                else:
                    kinds.add("id without MeSH")
    for k in ("other id at span", "id without MeSH", "non-compound at span"):
        if k in kinds:
            return k, seen
    return "no mention at span", seen


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("train", "dev"), default="train")
    parser.add_argument("--dictionaries", type=Path, default=ROOT / "dictionaries")
    parser.add_argument("--cache", type=Path, default=None, help="reuse/save the pipeline's mentions and relations")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args(argv)
    exclude = br.heldout_pmids()
    path = br.DEFAULT_DATA / br.SPLITS[args.split]
    docs = list(br.read_biored(path, exclude))
    if args.cache and args.cache.exists():
        relations, mentions = pickle.loads(args.cache.read_bytes())
    else:
        from pipeline import api
        from pipeline.config import Config
        with tempfile.TemporaryDirectory() as tmp:
            for pmid, title, abstract, _, _ in docs:
                (Path(tmp) / f"{pmid}.txt").write_text(f"{title}\n\n{abstract}\n", encoding="utf-8")
            result = api.run([tmp], Config(dictionaries=args.dictionaries))
        relations, mentions = result.relations, result.mentions
        if args.cache:
            args.cache.write_bytes(pickle.dumps((relations, mentions)))
    tables = br.hgnc_tables(br.DEFAULT_HGNC)
    mesh = br.mesh_of_compounds(args.dictionaries)
    members = br.members_of(args.dictionaries)
    ours_units, _ = br.our_units(relations, mesh, members)
    seen_chem, seen_gene, _ = br.mentioned(mentions, mesh, members)
    titles = {pmid: title for pmid, title, _, _, _ in docs}
    by_doc = defaultdict(list)
    for row in mentions.itertuples():
        pmid = "".join(ch for ch in str(row.doc_id) if ch.isdigit())
        # our text is title + "\n\n" + abstract; PubTator's is title + " " + abstract
        shift = 0 if row.start <= len(titles.get(pmid, "")) else -1
        by_doc[pmid].append((row.start + shift, row.end + shift, row.entity_type, row.entity_id, row.text))
    spans = chemical_spans(path, exclude)
    causes, rows, done = Counter(), [], set()
    for pmid, _, _, rel, sf in docs:
        for (c, g) in rel:
            hgnc = br.gene_hgnc(g, sf.get(g, set()), tables)
            if not hgnc or (pmid, c, hgnc) in ours_units or (pmid, c, hgnc) in done:
                continue  # one unit per (abstract, MeSH, HGNC gene), as biored_relations counts them
            done.add((pmid, c, hgnc))
            if (pmid, c) in seen_chem or (pmid, hgnc) not in seen_gene:
                continue
            cause, seen = classify(spans.get((pmid, c), []), by_doc[pmid], mesh)
            causes[cause] += 1
            surfaces = sorted({x[2] for x in spans.get((pmid, c), [])})
            rows.append((cause, pmid, c, "|".join(surfaces), "; ".join(sorted(set(seen)))))
    print(f"BioRED {args.split}: {sum(causes.values())} units missed with the chemical not recognised")
    for k, n in causes.most_common():
        print(f"  {k}: {n}")
    for r in sorted(rows)[: args.show]:
        print("\t".join(r))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
