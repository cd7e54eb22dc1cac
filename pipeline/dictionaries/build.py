"""Build the generated dictionary TSVs from the raw public sources and the curated TSVs.

``build_all(sources, out_dir)`` reads the raw data under ``sources`` (the layout of
``/work/shared/data``: genes/, families/, pathways/, herbs/, herbiv/, compounds/) and the
curated inputs in ``out_dir/curated/`` (never written here), and regenerates
``genes.tsv``, ``families.tsv``, ``pathways.tsv``, ``herbs.tsv``, ``compounds.tsv`` and
``herb_conflicts_report.tsv`` in ``out_dir``. Output is deterministic; files are written
atomically. When ``out_dir/README.md`` has the ``<!-- build-stats:start -->`` /
``<!-- build-stats:end -->`` markers, the block between them is replaced with the counts.

The rules live with the sources they clean: :mod:`build_genes` (genes, FamPlex families),
:mod:`build_pathways`, :mod:`build_herbs` (herbs, formulas), :mod:`build_compounds`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from pipeline.dictionaries.build_chemicals import CHEMICALS_DIR, build_chemicals
from pipeline.dictionaries.build_codes import CODES_FILE, build_code_table, write_code_table
from pipeline.dictionaries.build_common import (
    BuildError,
    RuleStats,
    add_note,
    apply_stoplist,
    load_stoplist,
    merge_names_zh,
    write_generated,
    write_text_atomic,
)
from pipeline.dictionaries.build_compounds import build_compounds
from pipeline.dictionaries.build_genes import build_genes_and_families
from pipeline.dictionaries.build_herbs import CONFLICT_REPORT, build_herbs
from pipeline.dictionaries.build_ingredients import INGREDIENTS_FILE, build_ingredients, write_ingredients
from pipeline.dictionaries.build_pathways import NAMES_ZH_PATHWAYS_COLUMNS, build_pathways
from pipeline.dictionaries.protein_compounds import drop_gene_named_compound_terms
from pipeline.dictionaries.receptor_zh import add_receptor_names_zh

__all__ = ["RULE_DESCRIPTIONS", "BuildError", "build_all"]

NAMES_ZH_GENES_COLUMNS = ("id", "symbol", "name_zh", "synonyms_zh", "note")

STATS_START = "<!-- build-stats:start -->"
STATS_END = "<!-- build-stats:end -->"

RULE_DESCRIPTIONS: dict[str, str] = {
    "short": "gene/family synonyms of 1-2 characters dropped",
    "no-letter": "gene synonyms without any letter, or only a Roman numeral, dropped (e.g. '1,2', 'VIII')",
    "stoplist": "synonyms / Chinese names listed in curated/stoplist_terms.tsv dropped",
    "stoplist-name-flagged": "canonical names flagged `stoplisted-name` in note (row kept)",
    "family-name-stem": "family synonyms from the stem its members' approved names share (Janus kinase 1/2/3 -> JAK)",
    "family-curated-gene-term": "family synonyms that curated/gene_synonyms.tsv assigns to a gene dropped from the family (ABL -> ABL1)",
    "receptor-word-order": "receptor subtype names in the word orders papers use (opioid receptor kappa 1 -> kappa opioid receptor; receptor_en.py)",
    "receptor-class-name": "receptor classes named by their agonist, from family names (nicotinic acetylcholine receptor -> nicotinic receptor; receptor_en.py)",
    "qualifier-first": "UniProt inverted names with the qualifier first (Nitric oxide synthase, endothelial -> endothelial nitric oxide synthase; protein_name_order.py)",
    "family-term": "gene synonyms that FamPlex grounds to a family dropped from genes",
    "other-symbol": "gene synonyms equal to another gene's approved symbol dropped",
    "enzyme-class": "one-word enzyme class names (-ase words that head >= 10 HGNC approved names, or lead >= 3 lettered or numbered ones: arylsulfatase A-L) dropped from genes",
    "series-stem": "gene aliases that are the stem of >= 3 numbered symbols of other genes (IRF of IRF1-9, MT-1 of MT1A-X) dropped from the gene (still counted as its claim for the shared rule)",
    "shared": "gene/family synonyms shared by several entities dropped (unless assigned)",
    "pathway-derived-taken": "derived pathway variants dropped: a higher-priority pathway uses the term",
    "pathway-derived-shared": "derived pathway variants dropped: derived by several pathways",
    "kegg-name-unmatched": "human KEGG names (Enrichr/TCMNP) with no br08901 map",
    "herb-zh-conflict": "herbs that lost a Chinese name to another herb (see herb_conflicts_report.tsv)",
    "zh-single-char": "one-character Chinese herb names made unmatchable",
    "herb-shared-synonym": "English or Latin drug names shared by several herbs (Rhizoma Coptidis: 川黄连, 黄连) kept matchable on one: the pharmacopoeia herb, else the best-ranked",
    "herb-correction": "known source errors corrected (curated/herb_corrections.tsv: 香菇, 葡萄糖, Latin spellings)",
    "herb-zh-abbreviation": "customary short Chinese names added (curated/herb_abbreviations_zh.tsv: 生地, 丹皮)",
    "herb-named-like-formula": "herb rows named like a formula (六一散, 碧玉散) lose the Chinese name to the formula",
    "herb-english-name": "curated binomials / extract names and their 'G. species' forms added (herb_names_en.tsv)",
    "herb-binomial-to-drug": "binomials moved from a plant part's row (栀子叶) to the drug of the same genus (栀子) that papers mean",
    "herb-pharmacopoeia-binomial": "source-plant binomials read from pharmacopoeia names (Herba Scutellariae barbatae -> Scutellaria barbata)",
    "herb-species-of-variety": "species binomials (Gentiana scabra) of HERB's infraspecific names (Gentiana scabra var. buesgeri) that no row holds",
    "herb-binomial-to-name-holder": "such species binomials of a row that lost its Chinese name, also on the row that carries it (龙胆)",
    "herb-binomial-ambiguous": "binomials read from pharmacopoeia names of two herbs, neither or both in the pharmacopoeia: given to neither",
    "herb-binomial-one-owner": "binomials (with or without an authority) named on several herb rows (Camellia sinensis: 茶花, 茶叶, 茶子) kept matchable on one: the pharmacopoeia herb, else the best-ranked",
    "herb-pinyin-name": "pharmacopoeia herbs' pinyin added, apart and joined (Dan Shen, Danshen)",
    "formula-short-name": "HerbiV formulas with names of <= 2 characters (generic words) skipped",
    "formula-component-unmapped": "formula components with no herb id (listed in note)",
    "compound-junk": "compound names dropped as junk (numbers, <4 chars, formulas, stoplist, bare anomer descriptors such as beta-D, substituent prefixes with no parent such as 2-hydroxy-)",
    "compound-glycoside-head": "herb-table molecules named by a glycoside's name cut at the sugar's locant (Quercetin-3 beside quercetin-3-O-...) dropped",
    "compound-shared-synonym": "compound synonyms shared by several compounds dropped",
    "herb-compound-term": "herb names/synonyms (English or Chinese) that name a compound dropped from the herb",
    "gene-compound-term": "gene synonyms equal to a curated compound term dropped from genes",
    "compound-gene-name": "gene/family names on compound rows of the TCM tables only (TCMSP 'cytochrome C', HerbiV 'GASTRIN') left to the gene (protein_compounds.py)",
    "receptor-zh": "Chinese '<symbol>受体' names derived from English '<symbol> receptor' names (EGF受体 -> EGFR; receptor_zh.py)",
    "zh-single-char-any": "one-character Chinese names/synonyms dropped from compounds and formulas",
    "compound-salt-folded": "salt and hydrate rows joined with the row of their drug (tamoxifen citrate -> Tamoxifen; salt_forms.py)",
    "chemical-added": "drugs/reagents added as compounds with MESH:/CHEBI:/DRUGBANK:/LINCS: ids",
    "chemical-merged-into-compound": "drug/reagent concepts merged into an existing CPD: row (id kept)",
    "chemical-named-like-compound": "drug/reagent rows whose preferred name a CPD: row has, joined to it (pyruvate, L-citrulline)",
    "compound-duplicate-joined": "CPD: rows of one MeSH record whose names fold to one key or that MeSH names by both names joined (1-octacosanol -> octacosanol, ginsenoside -> Ginsenosides, harmane -> Harman; compound_duplicates.py)",
    "compound-bare-row-folded": "bare herb-table rows whose name one other row has as a synonym, joined to it (nicotinic acid -> Niacin)",
    "chemical-tree-excluded": "MeSH descriptors outside small molecules (proteins, peptides, classes...)",
    "chemical-no-structure": "DrugBank entries without an InChIKey (biologics, vaccines, extracts)",
    "chemical-name-filtered": "chemical names dropped: short, systematic, permuted, foreign INN, stop terms",
    "chemical-shared-synonym": "chemical synonyms naming several concepts dropped (kept where preferred)",
    "chemical-class": "MeSH/ChEBI class and role names dropped (Amino Acids, nucleotide, analgesic)",
    "chemical-gene-term": "chemical names equal to an HGNC symbol, alias or name dropped (VIP, thrombin)",
    "chemical-herb-term": "chemical names equal to a herb name or synonym left to the herb (Talc, Gypsum)",
    "chemical-endogenous": "endogenous ions/metabolites marked: recognised, no relations (curated/endogenous_compounds.tsv)",
    "chemical-name-zh": "curated Chinese drug names merged (curated/drugs_zh.tsv)",
    "chemical-joined-by-name": "records joined to the one MeSH concept a synonym names (Ibandronate = Ibandronic acid)",
    "chemical-chebi-joined-via-drugbank": "ChEBI records joined to the MeSH concept of their one DrugBank drug (1-chloro-2,4-dinitrobenzene = Dinitrochlorobenzene, DNCB)",
    "chemical-scr-code-in-use": "MeSH supplementary records kept: a reagent code in several spellings or 'X compound' (Y-27632, IWR-1)",
    "chemical-scr-named": "MeSH supplementary records kept on their own: small-molecule tree, a name of 6+ characters written like a chemical name (calycopterin)",
    "chemical-drug-class": "MeSH drug-class headings (pharmacological actions, D27) kept as compounds by their plural class name (Statins, Oral Contraceptives)",
    "ingredient-pubchem-mesh": "herb -> ingredient links added through a HerbiV chemical's PubChem id to a MeSH row of its own (herb_ingredients.tsv; build_ingredients.py)",
    "ingredient-trivial": "herb -> ingredient links dropped: sugars, common fatty acids, solvents, amino acids, vitamins (curated/ingredient_stoplist.tsv), straight-chain alkanes, endogenous metabolites",
    "chemical-tree-curated": "MeSH descriptors of excluded trees kept: -mab/-cept biologics, or named in chemical_terms.tsv (AOPPs, PM2.5)",
}


def build_all(sources: Path, out_dir: Path) -> dict[str, int]:
    """Regenerate every generated dictionary file in ``out_dir`` from ``sources``.

    Returns counts: rows per generated file (``"genes.tsv"``...), entities per type
    (``"gene"``, ``"family"``, ``"pathway"``, ``"herb"``, ``"formula"``, ``"compound"``)
    and terms removed per curation rule (``"rule:<name>"``). Raises :class:`BuildError`
    (message ``file:line: what``) on a bad curated row or a missing raw source.
    """
    sources, out_dir = Path(sources), Path(out_dir)
    if not sources.is_dir():
        raise BuildError(f"{sources}: sources folder not found")
    curated = out_dir / "curated"
    stats = RuleStats()
    stoplist = load_stoplist(curated)

    genes, families = build_genes_and_families(sources, curated, stoplist, stats)
    symbol_index = {g.name: gid for gid, g in genes.items()}
    symbol_index.update({f.name: fid for fid, f in families.items()})
    gene_like = {**genes, **families}
    merge_names_zh(
        gene_like, curated / "names_zh_genes.tsv", NAMES_ZH_GENES_COLUMNS, "symbol", symbol_index
    )
    add_receptor_names_zh(gene_like, stats)  # "EGF receptor" -> "EGF受体"

    pathways = build_pathways(sources, curated, stats)
    merge_names_zh(pathways, curated / "names_zh_pathways.tsv", NAMES_ZH_PATHWAYS_COLUMNS)

    herb_result = build_herbs(sources, curated, out_dir, stoplist, stats)
    compounds = build_compounds(sources, curated, herb_result, stoplist, stats)
    herb_terms = {t.casefold() for h in herb_result.herbs.values() for t in (h.name, *h.synonyms)}
    chemical_terms = build_chemicals(sources, curated, compounds, stoplist, stats, herb_terms)

    groups = {
        "genes.tsv": list(genes.values()),
        "families.tsv": list(families.values()),
        "pathways.tsv": list(pathways.values()),
        "herbs.tsv": list(herb_result.herbs.values()) + list(herb_result.formulas.values()),
        "compounds.tsv": list(compounds.values()),
    }
    counts: dict[str, int] = {}
    for fname, ents in groups.items():
        if fname == "compounds.tsv":  # curated chemical terms (ATP, ROS, cAMP) are compounds
            apply_stoplist(ents, stoplist.without(chemical_terms), stats)
        else:
            apply_stoplist(ents, stoplist, stats)
    _drop_herb_compound_terms(herb_result.herbs.values(), compounds.values(), stats)
    _drop_gene_compound_terms(genes.values(), compounds.values(), stats)
    drop_gene_named_compound_terms(compounds.values(), gene_like.values(), stats)  # cytochrome C -> CYCS
    _drop_single_char_zh(groups["compounds.tsv"] + list(herb_result.formulas.values()), stats)
    for fname, ents in groups.items():
        counts[fname] = write_generated(out_dir / fname, ents)
    # codes only MeSH lists, read where a paper names the code an agent (nlp/drug_codes.py)
    known = {t.casefold() for c in compounds.values() for t in (c.name, *c.synonyms) if t}
    counts[CODES_FILE] = write_code_table(out_dir / CODES_FILE, build_code_table(sources / CHEMICALS_DIR, known))
    # herb -> ingredient knowledge on the final ids (relations/ingredients.py reads it)
    ingredients = build_ingredients(sources, curated, compounds, herb_result.herbs, herb_result.formulas, stats)
    counts[INGREDIENTS_FILE] = write_ingredients(out_dir / INGREDIENTS_FILE, ingredients)
    types = Counter(e.type for ents in groups.values() for e in ents)
    counts.update(sorted(types.items()))
    counts.update({f"rule:{k}": v for k, v in sorted(stats.counts.items())})
    _update_readme(out_dir / "README.md", counts, stats, groups)
    return counts


def _drop_herb_compound_terms(herbs, compounds, stats: RuleStats) -> None:
    """A herb synonym that is also a compound term (iron, menthol, 苦参碱, 樟脑) is a compound
    mention: drop it from the herb (English synonyms, Chinese name and synonyms)."""
    compound_terms: set[str] = set()
    for c in compounds:
        compound_terms.update(
            t.casefold() for t in (c.name, c.name_zh, *c.synonyms, *c.synonyms_zh) if t
        )
    for h in herbs:
        kept = [s for s in h.synonyms if s.casefold() not in compound_terms]
        kept_zh = [s for s in h.synonyms_zh if s not in compound_terms]
        for s in [*h.synonyms, *h.synonyms_zh]:
            if s not in kept and s not in kept_zh:
                stats.hit("herb-compound-term", f"{s} ({h.id})")
        h.synonyms, h.synonyms_zh = kept, kept_zh
        if h.name_zh and h.name_zh in compound_terms:
            stats.hit("herb-compound-term", f"{h.name_zh} ({h.id})")
            add_note(h, f"Chinese name {h.name_zh} is a compound name: not matchable on the herb")
            h.name_zh = ""


def _drop_gene_compound_terms(genes, compounds, stats: RuleStats) -> None:
    """Gene synonyms equal to a curated compound term (ubiquinone, NADPH, Lip-1) are dropped."""
    curated_terms: set[str] = set()
    for c in compounds:
        if "curated" in c.source:
            curated_terms.update(t.casefold() for t in (c.name, *c.synonyms) if t)
    for g in genes:
        kept = [s for s in g.synonyms if s.casefold() not in curated_terms]
        for s in g.synonyms:
            if s.casefold() in curated_terms:
                stats.hit("gene-compound-term", f"{s} ({g.name})")
        g.synonyms = kept


def _drop_single_char_zh(entities, stats: RuleStats) -> None:
    """One-character Chinese names are never matchable (铁 would fire inside 铁死亡)."""
    for e in entities:
        if len(e.name_zh) == 1:
            stats.hit("zh-single-char-any", f"{e.name_zh} ({e.id})")
            add_note(e, f"one-character Chinese name {e.name_zh} not matchable")
            e.name_zh = ""
        kept = [s for s in e.synonyms_zh if len(s.strip()) != 1]
        if len(kept) != len(e.synonyms_zh):
            stats.hit("zh-single-char-any", f"{e.id}", n=len(e.synonyms_zh) - len(kept))
        e.synonyms_zh = kept


def _update_readme(readme: Path, counts: dict[str, int], stats: RuleStats, groups: dict) -> None:
    if not readme.exists():
        return
    text = readme.read_text(encoding="utf-8")
    if STATS_START not in text or STATS_END not in text:
        return
    lines = [STATS_START, "", "| file | rows | by type |", "|---|---:|---|"]
    for fname, ents in groups.items():
        by_type = Counter(e.type for e in ents)
        lines.append(
            f"| {fname} | {counts[fname]:,} | {', '.join(f'{t} {n:,}' for t, n in sorted(by_type.items()))} |"
        )
    by_source = Counter(e.source.split("+")[0] for e in groups["pathways.tsv"])
    lines.append("")
    lines.append(
        "Pathways by source: " + ", ".join(f"{s} {n:,}" for s, n in sorted(by_source.items())) + "."
    )
    lines += ["", "| rule | terms affected | what it does | examples |", "|---|---:|---|---|"]
    for rule, desc in RULE_DESCRIPTIONS.items():
        n = stats.counts.get(rule, 0)
        ex = "; ".join(stats.examples.get(rule, [])[:4]).replace("|", "/")
        lines.append(f"| `{rule}` | {n:,} | {desc} | {ex} |")
    lines += ["", STATS_END]
    head, rest = text.split(STATS_START, 1)
    _, tail = rest.split(STATS_END, 1)
    write_text_atomic(readme, head + "\n".join(lines) + tail)


__all__ += ["CONFLICT_REPORT"]
