"""Chemical–gene relations measured on BioRED, a public corpus no rule here was written from.

Why: every gold set of issue 14 is small and, once read, tuned on; three stops in a row the
held-out set barely moved while validation rose. BioRED (Luo et al., Briefings in Bioinformatics
2022) annotates, for each of ~430 development abstracts, every relation between a chemical and a
gene stated in the abstract, with its type: Positive_Correlation, Negative_Correlation,
Association, Bind, Cotreatment, Drug_Interaction, Comparison, Conversion. Its entities carry MeSH
(chemicals) and NCBI Gene (genes) ids. That is a large sample of the English half of the hidden set
(abstracts naming a compound and a gene) measured the same way each stop, and it was never used
to shape a relation rule (bench/ner_eval.py reads its spans for entity recognition only).

What is measured, per abstract (a (document, chemical, gene) unit, as ``evaluate`` counts them):

* **recall**: the share of BioRED chemical–gene units that a relation row of ours states for that
  abstract (any label). Our compound ids map to MeSH through the dictionary (the id itself or a
  MeSH cross-reference in its note); our HGNC genes to NCBI Gene through HGNC's table; a FamPlex
  family or an axis counts for a gold gene among its members. Mouse and rat gene ids have no HGNC
  id: they are read as the human gene their mention spells ("Tnf" -> TNF; a withdrawn symbol as the
  gene it was merged into), else left out. Since stop 48 an entity of ours also counts, in one
  abstract, for the gold entity one of whose mentions it spells (``surface_alignment``: MeSH moved
  drugs from supplementary records to descriptors and BioRED keeps the old id; by ids alone, train
  recall at main read 0.501 where 0.603 was found).
* **precision**: the share of our compound–gene units (both ids mappable, in the same abstracts)
  that BioRED states; BioRED annotates all relations of an abstract, so this is meaningful, though
  BioRED does not annotate every gene–chemical co-mention we would call ``associated``.
* **sign agreement** on found units whose BioRED type is Positive_ or Negative_Correlation:
  ``activates``/``upregulates`` against Positive, ``inhibits``/``downregulates`` against Negative;
  ``associated`` (unsigned) and the other labels are counted apart, so the figure reads as "when we
  give a sign, is it BioRED's" plus "how often we give none".

BioRED's Positive/Negative_Correlation is not our label set (a drug "inhibiting" an enzyme and a
drug lowering its mRNA are both Negative_Correlation; a correlation in patients is one too): the
figures estimate recall and sign, not label accuracy as the guidelines define it. The held-out
abstracts (``corpus/heldout/manifest.csv``) are skipped unread.

    python bench/biored_relations.py                    # train + dev (a few minutes)
    python bench/biored_relations.py --split dev --show 20   # also 20 missed and 20 wrong-sign units
    python bench/biored_relations.py --split train --gene-gene   # also the sign of gene-gene units (stop 41)
    python bench/biored_relations.py --split dev --gene-gene --show 40   # + the opposite-sign gene-gene units with
                                                                         # our row, cue and evidence (stop 43)
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# shared/data beside the checkout, else the machine's /work/shared/data (a git worktree under
# /work/wt/ has no shared/ beside it: without the chemical tables, compounds keyed by CPD/ChEBI ids
# silently lost their MeSH mapping and their units counted as "chemical not recognised")
SHARED_DATA = ROOT.parent / "shared" / "data"
if not SHARED_DATA.exists():
    SHARED_DATA = Path("/work/shared/data")
DEFAULT_DATA = SHARED_DATA / "dev" / "annotated" / "biored"
DEFAULT_HGNC = SHARED_DATA / "genes" / "hgnc_entries.tsv"
DEFAULT_CHEMICALS = SHARED_DATA / "chemicals"
SPLITS = {"train": "Train.filtered.PubTator", "dev": "Dev.filtered.PubTator"}
SIGN = {"activates": "+", "upregulates": "+", "inhibits": "-", "downregulates": "-"}
GOLD_SIGN = {"Positive_Correlation": "+", "Negative_Correlation": "-"}
_MESH = re.compile(r"MESH:([CD]\d+)")


def heldout_pmids() -> frozenset[str]:
    """PMIDs of the sealed held-out set (never read by development tools)."""
    path = ROOT / "corpus" / "heldout" / "manifest.csv"
    if not path.exists():
        return frozenset()
    with path.open(encoding="utf-8", newline="") as handle:
        return frozenset(row["source_id"].removeprefix("PMID:") for row in csv.DictReader(handle)
                         if row.get("source_id", "").startswith("PMID:"))


def read_biored(path: Path, exclude: frozenset[str]):
    """(pmid, title, abstract, {(chemical MeSH, gene NCBI id): type}, {gene NCBI id: surfaces}) per
    PubTator block."""
    blocks = path.read_text(encoding="utf-8").split("\n\n")
    for block in blocks:
        lines = [x for x in block.splitlines() if x.strip()]
        if not lines:
            continue
        pmid = lines[0].split("|", 1)[0]
        if pmid in exclude:
            continue
        title = next(x.split("|t|", 1)[1] for x in lines if "|t|" in x)
        abstract = next((x.split("|a|", 1)[1] for x in lines if "|a|" in x), "")
        kind: dict[str, str] = {}
        surfaces: dict[str, set[str]] = defaultdict(set)
        relations: dict[tuple[str, str], str] = {}
        for x in lines:
            cols = x.split("\t")
            if len(cols) >= 6 and cols[1].isdigit():
                for i in cols[5].split(","):
                    kind[i.strip()] = cols[4]
                    if cols[4] == "GeneOrGeneProduct":
                        surfaces[i.strip()].add(cols[3])
            elif len(cols) >= 4 and not cols[1].isdigit():
                a, b = cols[2], cols[3]
                types = {kind.get(a), kind.get(b)}
                if types == {"ChemicalEntity", "GeneOrGeneProduct"}:
                    chem, gene = (a, b) if kind.get(a) == "ChemicalEntity" else (b, a)
                    relations[(chem, gene)] = cols[1]
        yield pmid, title, abstract, relations, surfaces


def gold_surfaces(path: Path, exclude: frozenset[str], tables) -> dict[tuple[str, str], set[str]]:
    """{(pmid, case-folded surface): gold keys} of a split's chemical and gene mentions: the MeSH id of a
    chemical, the HGNC id ``gene_hgnc`` reads for a gene (what ``surface_alignment`` matches our mentions to)."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        rows = [x.split("\t") for x in block.splitlines()]
        rows = [c for c in rows if len(c) >= 6 and c[1].isdigit() and c[0] not in exclude]
        surfaces: dict[str, set[str]] = defaultdict(set)
        for c in rows:
            if c[4] == "GeneOrGeneProduct":
                for i in c[5].split(","):
                    surfaces[i.strip()].add(c[3])
        for c in rows:
            for i in (x.strip() for x in c[5].split(",")):
                key = i if c[4] == "ChemicalEntity" else \
                    gene_hgnc(i, surfaces[i], tables) if c[4] == "GeneOrGeneProduct" else None
                if key:
                    out[(c[0], c[3].casefold())].add(key)
    return out


def gene_pairs(path: Path, exclude: frozenset[str], tables) -> dict[tuple[str, frozenset[str]], str]:
    """{(pmid, {HGNC id, HGNC id}): BioRED type} of the gene–gene relations of a split (stop 41): the same abstracts
    state about as many signed gene–gene units as chemical–gene ones, a second sample of the sign of what we read.
    Genes read as HGNC ids as ``gene_hgnc`` reads them; pairs of one gene with itself are left out."""
    out: dict[tuple[str, frozenset[str]], str] = {}
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [x for x in block.splitlines() if x.strip()]
        if not lines or lines[0].split("|", 1)[0] in exclude:
            continue
        pmid = lines[0].split("|", 1)[0]
        kind: dict[str, str] = {}
        surfaces: dict[str, set[str]] = defaultdict(set)
        for x in lines:
            cols = x.split("\t")
            if len(cols) >= 6 and cols[1].isdigit():
                for i in cols[5].split(","):
                    kind[i.strip()] = cols[4]
                    surfaces[i.strip()].add(cols[3])
        for x in lines:
            cols = x.split("\t")
            if len(cols) >= 4 and not cols[1].isdigit() \
                    and kind.get(cols[2]) == kind.get(cols[3]) == "GeneOrGeneProduct":
                a, b = gene_hgnc(cols[2], surfaces[cols[2]], tables), gene_hgnc(cols[3], surfaces[cols[3]], tables)
                if a and b and a != b:
                    out[(pmid, frozenset((a, b)))] = cols[1]
    return out


def document_labels(row):
    """(PMID, label) of each document's own label of a relations.csv row (``doc_labels``), the
    negated ones ("not …") left out."""
    for item in str(row.doc_labels).split(";"):
        doc, _, label = item.rpartition(":")
        if doc and not label.startswith("not "):
            yield re.sub(r"\D", "", doc), label


def our_gene_units(relations, members) -> dict[tuple[str, frozenset[str]], str]:
    """{(pmid, {HGNC id, HGNC id}): label} of our gene–gene rows (a family or axis stands for its members; a signed
    label beats ``associated`` for the same unit)."""
    units: dict[tuple[str, frozenset[str]], str] = {}
    for row in relations.itertuples():
        if row.a_type != "GENE" or row.b_type != "GENE":
            continue
        xs, ys = gene_ids(row.a_id, members), gene_ids(row.b_id, members)
        for pmid, label in document_labels(row):
            for x in xs:
                for y in ys:
                    key = (pmid, frozenset((x, y)))
                    if x != y and (key not in units or units[key] == "associated"):
                        units[key] = label
    return units


def hgnc_tables(path: Path) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """HGNC's table: NCBI Gene id -> HGNC id (human genes), approved symbol -> HGNC id, and
    alias or previous symbol -> HGNC id (only symbols naming one gene)."""
    by_entrez, approved, alias_sets = {}, {}, defaultdict(set)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            hgnc = row.get("HGNC ID")
            if not hgnc:
                continue
            entrez = (row.get("NCBI Gene ID(supplied by NCBI)") or "").strip()
            if entrez:
                by_entrez[entrez] = hgnc
            # a withdrawn symbol reads as the gene it was merged into ("TNFA", "IDO", "NHE3": stop 48),
            # not as the withdrawn record no dictionary of ours carries
            moved = re.fullmatch(r"symbol withdrawn, see \[(HGNC:\d+)\]\([^)]*\)", row.get("Approved name") or "")
            if moved:
                approved.setdefault(row["Approved symbol"].upper(), moved.group(1))
                continue
            if (row.get("Approved name") or "").startswith("symbol withdrawn"):
                continue
            approved[row["Approved symbol"].upper()] = hgnc
            for column in ("Alias symbols", "Previous symbols"):
                for symbol in (row.get(column) or "").split(","):
                    if symbol.strip():
                        alias_sets[symbol.strip().upper()].add(hgnc)
    aliases = {k: next(iter(v)) for k, v in alias_sets.items() if len(v) == 1}
    return by_entrez, approved, aliases


def gene_hgnc(ncbi_id: str, surfaces: set[str], tables) -> str | None:
    """The HGNC gene a BioRED gene id stands for: its NCBI id when human, else (mouse, rat: BioRED
    writes their own ids) the human gene whose symbol its mention spells ("Tnf", "Il6", "Bax"), the
    orthologue in the usual case. None when neither reads."""
    by_entrez, approved, aliases = tables
    if ncbi_id in by_entrez:
        return by_entrez[ncbi_id]
    keys = {re.sub(r"[\s-]", "", x).upper() for x in surfaces}
    for table in (approved, aliases):
        hits = {table[k] for k in keys if k in table}
        if len(hits) == 1:
            return hits.pop()
    return None


def mesh_of_compounds(dictionary_dir: Path, chemicals: Path = DEFAULT_CHEMICALS) -> dict[str, set[str]]:
    """Our compound id -> MeSH ids: the id itself, the MeSH cross-references in its note, else
    (ChEBI- or DrugBank-keyed entries: imatinib, DAPT) MeSH's own ChEBI mapping, else a MeSH
    descriptor or supplementary record whose name is the compound's name (case-folded)."""
    chebi_mesh: dict[str, set[str]] = defaultdict(set)
    name_mesh: dict[str, set[str]] = defaultdict(set)
    if chemicals.exists():
        with (chemicals / "mesh_chebi_mappings.tsv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                chebi_mesh[row["chebi_id"]].add(row["mesh_id"])
        for name, id_column in (("mesh_chemical_descriptors.tsv", "mesh_id"), ("mesh_chemical_supplementary.tsv", "mesh_scr_id")):
            with (chemicals / name).open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle, delimiter="\t"):
                    name_mesh[row["name"].casefold()].add(row[id_column])
    out: dict[str, set[str]] = {}
    with (dictionary_dir / "compounds.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            ids = set(_MESH.findall(row["id"] + " " + (row.get("note") or "")))
            if not ids:
                for chebi in re.findall(r"CHEBI:\d+", row["id"] + " " + (row.get("note") or "")):
                    ids |= chebi_mesh.get(chebi, set())
            if not ids:
                ids = set(name_mesh.get(row["name"].casefold(), ()))
            if ids:
                out[row["id"]] = ids
    return out


def members_of(dictionary_dir: Path) -> dict[str, set[str]]:
    """Family id -> its members as HGNC ids. families.tsv lists members by approved symbol
    (AKT1|AKT2|AKT3); the gold keys are HGNC ids, so the symbols are read through genes.tsv
    (without it a family mention, "Akt" as FPLX:AKT, never counted for its members)."""
    by_symbol: dict[str, str] = {}
    with (dictionary_dir / "genes.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            by_symbol[row["name"]] = row["id"]
    out: dict[str, set[str]] = {}
    with (dictionary_dir / "families.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            out[row["id"]] = {by_symbol.get(m, m) for m in (row.get("members") or "").split("|") if m}
    return out


def gene_ids(entity_id: str, members: dict[str, set[str]]) -> set[str]:
    """HGNC ids an id of ours stands for: a gene, a family's members, an axis's members."""
    if entity_id.startswith("HGNC:"):
        return {entity_id}
    if entity_id.startswith("FPLX:"):
        out: set[str] = set()
        for m in members.get(entity_id, ()):
            out |= gene_ids(m, members) if m.startswith("FPLX:") else {m}
        return out
    if entity_id.startswith("AXIS:"):
        out = set()
        for part in entity_id.removeprefix("AXIS:").split("/"):
            out |= gene_ids(part, members)
        return out
    return set()


def our_units(relations, mesh, members, aligned=None):
    """{(pmid, chemical MeSH, HGNC id): label} from relations.csv's per-document labels, and our
    own units {(pmid, compound id, gene id): the (pmid, MeSH, HGNC) keys it stands for}. ``aligned``
    (``surface_alignment``) adds, per abstract, the gold keys whose mention our entity's mention spells."""
    aligned = aligned or {}
    units: dict[tuple[str, str, str], str] = {}
    own: dict[tuple[str, str, str], set] = defaultdict(set)
    for row in relations.itertuples():
        ends = [(row.a_type, row.a_id), (row.b_type, row.b_id)]
        chems = [i for t, i in ends if t == "COMPOUND"]
        genes = [i for t, i in ends if t in ("GENE", "PATHWAY")]
        if len(chems) != 1 or len(genes) != 1:
            continue
        for pmid, label in document_labels(row):
            # a MeSH id outside the dictionary (a code only MeSH lists, nlp/drug_codes.py) is its own MeSH id
            chem_ids = mesh.get(chems[0], set(_MESH.findall(chems[0]))) | aligned.get((pmid, chems[0]), set())
            genes_of = gene_ids(genes[0], members) | aligned.get((pmid, genes[0]), set())
            if not chem_ids or not genes_of:
                continue
            for c in chem_ids:
                for g in genes_of:
                    key = (pmid, c, g)
                    own[(pmid, chems[0], genes[0])].add(key)
                    # a specific gene beats a family reading of the same unit (keep the signed label)
                    if key not in units or units[key] == "associated":
                        units[key] = label
    return units, own


def surface_alignment(mentions, gold_surfaces) -> dict[tuple[str, str], set[str]]:
    """{(pmid, our entity id): gold keys} where one of our mentions in that abstract spells (case-folded) a
    mention BioRED gives that gold entity: the way NER is scored, by the mention, not by the id.

    Why (stop 48): id mapping alone under-counted. MeSH moved drugs from supplementary records to descriptors
    (atorvastatin C065179 -> D000069059, fluvastatin, rosuvastatin) and BioRED keeps the old id; ChEBI-keyed
    entries have no MeSH mapping for many research compounds (DAPT, SB 202190, atazanavir); a mouse or rat
    gene read by its symbol lands on the wrong human gene when the symbol is also another gene's alias
    ("COX-2" read as MT-CO2, an alias of both, instead of the PTGS2 we read).
    ``gold_surfaces`` is {(pmid, casefolded surface): gold keys} (MeSH ids, HGNC ids as ``gene_hgnc`` reads them)."""
    out: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in mentions.itertuples():
        pmid = re.sub(r"\D", "", str(row.doc_id))
        keys = gold_surfaces.get((pmid, str(row.text).casefold()))
        if keys:
            out[(pmid, row.entity_id)] |= keys
    return out


def mentioned(mentions, mesh, members, aligned=None):
    """(pmid, MeSH) and (pmid, HGNC) pairs our mentions read, and the (pmid, MeSH, HGNC) units
    co-mentioned in one sentence: the causes of a miss, as ``evaluate`` reports them."""
    aligned = aligned or {}
    chem, gene, by_sentence = set(), set(), defaultdict(lambda: (set(), set()))
    for row in mentions.itertuples():
        pmid = re.sub(r"\D", "", str(row.doc_id))
        key = (pmid, row.section, row.paragraph, row.sentence_id)
        extra = aligned.get((pmid, row.entity_id), set())
        for m in mesh.get(row.entity_id, set(_MESH.findall(row.entity_id))) | {x for x in extra if not x.startswith("HGNC:")}:
            chem.add((pmid, m))
            by_sentence[key][0].add(m)
        for g in gene_ids(row.entity_id, members) | {x for x in extra if x.startswith("HGNC:")}:
            gene.add((pmid, g))
            by_sentence[key][1].add(g)
    same = {(k[0], c, g) for k, (cs, gs) in by_sentence.items() for c in cs for g in gs}
    return chem, gene, same


def _evidence(relations, own, key) -> str:
    """Our evidence sentence for a (pmid, MeSH, HGNC) unit: the sentence of the first relation row
    of ours that stands for it (what a reader checks to see why no cue typed the pair)."""
    for (pmid, chem, gene), keys in own.items():
        if key in keys:
            rows = relations[(relations.a_id.isin((chem, gene))) & (relations.b_id.isin((chem, gene)))]
            for row in rows.itertuples():
                return " ".join(str(row.doc_evidence or row.evidence).split())[:400]
    return ""


def _gene_evidence(relations, key, members) -> str:
    """Our gene-gene row(s) for a (pmid, {HGNC, HGNC}) unit: direction, this document's label, the cue and the
    document's own evidence sentence (what a reader checks to see why the sign differs from BioRED's)."""
    pmid, pair = key
    out = []
    for row in relations.itertuples():
        if row.a_type != "GENE" or row.b_type != "GENE":
            continue
        xs, ys = gene_ids(row.a_id, members), gene_ids(row.b_id, members)
        if not any(frozenset((x, y)) == pair for x in xs for y in ys):
            continue
        labels = [label for doc, label in document_labels(row) if doc == pmid]
        if not labels:
            continue
        if re.sub(r"\D", "", str(row.evidence_doc)) == pmid:
            text = str(row.evidence)
        else:
            text = next((line.split(": ", 1)[-1] for line in str(row.doc_evidence or "").splitlines()
                         if re.sub(r"\D", "", line.split("/", 1)[0]) == pmid), str(row.evidence))
        cue = row.cue if re.sub(r"\D", "", str(row.evidence_doc)) == pmid else "(other doc's)"
        out.append(f"{row.a_name} -{'/'.join(labels)}-> {row.b_name} (cue {cue!r}) {' '.join(text.split())[:400]}")
    return " || ".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--hgnc", type=Path, default=DEFAULT_HGNC)
    parser.add_argument("--dictionaries", type=Path, default=ROOT / "dictionaries")
    parser.add_argument("--split", choices=("train", "dev", "both"), default="both")
    parser.add_argument("--limit", type=int, default=None, help="first N abstracts of each split")
    parser.add_argument("--show", type=int, default=0, help="print N missed and N wrong-sign units")
    parser.add_argument("--show-unsigned", type=int, default=0,
                        help="print N Positive/Negative units we found but gave no sign, with our evidence")
    parser.add_argument("--gene-gene", action="store_true",
                        help="also the sign of found gene-gene Positive/Negative units "
                             "(with --show-unsigned: their list)")
    args = parser.parse_args(argv)

    from pipeline import api
    from pipeline.config import Config

    exclude = heldout_pmids()
    splits = ("train", "dev") if args.split == "both" else (args.split,)
    tables = hgnc_tables(args.hgnc)
    mesh = mesh_of_compounds(args.dictionaries)
    members = members_of(args.dictionaries)
    for split in splits:
        docs = list(read_biored(args.data / SPLITS[split], exclude))[: args.limit]
        with tempfile.TemporaryDirectory() as tmp:
            texts = {}
            for pmid, title, abstract, _, _ in docs:
                texts[pmid] = f"{title}\n\n{abstract}\n"
                (Path(tmp) / f"{pmid}.txt").write_text(texts[pmid], encoding="utf-8")
            result = api.run([tmp], Config(dictionaries=args.dictionaries))
        aligned = surface_alignment(result.mentions, gold_surfaces(args.data / SPLITS[split], exclude, tables))
        ours, own = our_units(result.relations, mesh, members, aligned)
        gold_ncbi = {(pmid, c, g): (t, sf.get(g, set())) for pmid, _, _, rel, sf in docs for (c, g), t in rel.items()}
        mappable = {}
        for (pmid, c, g), (t, sf) in gold_ncbi.items():
            hgnc = gene_hgnc(g, sf, tables)
            if hgnc:
                mappable[(pmid, c, hgnc)] = t
        gold = gold_ncbi
        seen_chem, seen_gene, same_sentence = mentioned(result.mentions, mesh, members, aligned)
        found = {k: ours[k] for k in mappable if k in ours}
        right = sum(1 for keys in own.values() if keys & set(mappable))
        signs = Counter()
        wrong, unsigned = [], []
        for k, label in found.items():
            want = GOLD_SIGN.get(mappable[k])
            if not want:
                continue
            got = SIGN.get(label)
            signs["signed gold"] += 1
            if got is None:
                signs["unsigned (" + label + ")"] += 1
                unsigned.append((k, mappable[k], label))
            elif got == want:
                signs["same sign"] += 1
            else:
                signs["opposite sign"] += 1
                wrong.append((k, mappable[k], label))
        n_signed = signs["same sign"] + signs["opposite sign"]
        print(f"BioRED {split}: {len(docs)} abstracts, {len(gold)} chemical-gene units "
              f"({len(gold) - len(mappable)} whose gene reads as no HGNC gene, left out)")
        print(f"  recall {len(found) / max(len(mappable), 1):.3f} ({len(found)}/{len(mappable)}); "
              f"precision {right / max(len(own), 1):.3f} ({right}/{len(own)} of our compound-gene units)")
        print(f"  sign on found Positive/Negative units: {signs['signed gold']} units, we gave a sign to "
              f"{n_signed} ({n_signed / max(signs['signed gold'], 1):.3f}); of those the same sign "
              f"{signs['same sign'] / max(n_signed, 1):.3f}")
        print("  labels of found units by BioRED type: " + "; ".join(
            f"{t}: " + ", ".join(f"{lab} {n}" for lab, n in Counter(
                found[k] for k in found if mappable[k] == t).most_common(4))
            for t in sorted(set(mappable[k] for k in found))))
        causes = Counter()
        for (pmid, c, g) in (k for k in mappable if k not in ours):
            chem, gene = (pmid, c) in seen_chem, (pmid, g) in seen_gene
            causes["chemical not recognised" if not chem and gene else "gene not recognised" if chem and not gene
                   else "neither recognised" if not chem else
                   "co-mentioned, no row" if (pmid, c, g) in same_sentence else "never in one sentence"] += 1
        print("  missed units by cause: " + ", ".join(f"{k} {n}" for k, n in causes.most_common()))
        if args.show:
            missed = [k for k in mappable if k not in ours][: args.show]
            print("  missed:", *(f"    {k} {mappable[k]}" for k in missed), sep="\n")
            print("  opposite sign:", *(f"    {k} {t} -> {lab}" for k, t, lab in wrong[: args.show]), sep="\n")
        if args.show_unsigned:
            print("  unsigned:", *(f"    {k} {t} -> {lab} | {_evidence(result.relations, own, k)}"
                                   for k, t, lab in unsigned[: args.show_unsigned]), sep="\n")
        if args.gene_gene:
            gold_gg = gene_pairs(args.data / SPLITS[split], exclude, tables)
            ours_gg = our_gene_units(result.relations, members)
            found_gg = {k: ours_gg[k] for k in gold_gg if k in ours_gg}
            counts = Counter()
            listed = []
            for k, label in found_gg.items():
                want = GOLD_SIGN.get(gold_gg[k])
                if want:
                    got = SIGN.get(label)
                    counts["signed"] += 1
                    counts["none" if got is None else "same" if got == want else "opposite"] += 1
                    if got != want:
                        listed.append((k, gold_gg[k], label))
            given = counts["same"] + counts["opposite"]
            # precision of our gene-gene (document, pair) units: BioRED annotates every gene-gene relation of an
            # abstract, so a unit of ours it lacks is a listing or background pair (stop 42, relations/siblings.py)
            print(f"  gene-gene precision {len(found_gg) / max(len(ours_gg), 1):.3f} ({len(found_gg)}/{len(ours_gg)} "
                  "of our gene-gene units)")
            print(f"  gene-gene: {len(gold_gg)} units, found {len(found_gg)}; sign on found Positive/Negative units: "
                  f"{counts['signed']} units, we gave a sign to {given} ({given / max(counts['signed'], 1):.3f}); "
                  f"of those the same sign {counts['same'] / max(given, 1):.3f}")
            if args.show_unsigned:
                print("  gene-gene unsigned or opposite:", *(f"    {k[0]} {sorted(k[1])} {t} -> {lab}"
                                                            for k, t, lab in listed[: args.show_unsigned]), sep="\n")
            if args.show:
                opposite = [x for x in listed if SIGN.get(x[2]) is not None][: args.show]
                print("  gene-gene opposite sign (BioRED type -> our label | our row, cue | evidence):",
                      *(f"    {k[0]} {sorted(k[1])} {t} -> {lab} | {_gene_evidence(result.relations, k, members)}"
                        for k, t, lab in opposite), sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
