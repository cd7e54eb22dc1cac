"""Proteins listed as herb ingredients: the gene dictionary owns their names.

The TCM ingredient tables list some proteins and peptides among a herb's molecules: TCMSP gives
"cytochrome C" for 黑芝麻, HerbiV gives "GASTRIN" (a peptide SMILES). Their rows reach
``compounds.tsv`` as ``CPD:`` rows, and a compound's canonical name outranks a gene's synonym in
the matcher, so the papers' "cytochrome C" / "CytochromeC" (validation PMID23639191,
new_papers ChinaXiv-201707.00654V1: released from mitochondria, i.e. CYCS) became a compound
and the gold's CYCS relations were lost. The same tables carry catalogue codes that spell gene
aliases (TCMSP's sea-cucumber "SCG-1/2/3" = CHGB/SCG2/SCG3 synonyms, "S-20" = RPS20's S20), and
TCMSP's mineral "Sand" (瓦楞子) folds to RSAD2's alias SAND: it loses its name too, which costs
nothing (RSAD2's SAND keeps the exact-case symbol rule, so "Sand"/"sand" stays unmatched).
In the build of 2026-12 the rule hits 7 rows: cytochrome C, GASTRIN, SCG-1/2/3, S-20, Sand.

Rule (``compound-gene-name``): a compound row known to the TCM tables only (source HerbiV and/or
TCMSP: no curated row, no MeSH/ChEBI/DrugBank/LINCS record vouching for a small molecule) loses
every term that folds (case, spaces, hyphens, underscores) to a name or synonym of a gene or
FamPlex family: a synonym is dropped, the canonical name is flagged ``stoplisted-name`` (row kept,
not matchable on it). Rows that a chemical database also holds keep their terms: acetylcholine's
"ACh" (FGFR3 alias ACH), sulforaphane's "SFN", benzo[a]pyrene's "BaP" are small molecules, and
the chemical build already screened their database names against HGNC (``chemical-gene-term``).
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline import lazy_re
from pipeline.dictionaries.build_common import RuleStats, add_note
from pipeline.dictionaries.schema import Entity

TCM_SOURCES = frozenset({"HerbiV", "TCMSP"})
_FOLDED = lazy_re.compile(r"[\s\-_]+")


def gene_term_key(term: str) -> str:
    """``CytochromeC``, ``cytochrome C`` and ``Cytochrome-c`` share a key."""
    return _FOLDED.sub("", term.casefold())


def tcm_only(entity: Entity) -> bool:
    """Whether a compound row comes from the TCM ingredient tables alone."""
    sources = {s for s in entity.source.split("+") if s}
    return bool(sources) and sources <= TCM_SOURCES


def gene_term_index(gene_like: Iterable[Entity]) -> dict[str, str]:
    """key -> the symbol of the first gene/family that carries the term (name or synonym)."""
    index: dict[str, str] = {}
    for g in gene_like:
        for t in (g.name, *g.synonyms):
            if t:
                index.setdefault(gene_term_key(t), g.name)
    return index


def drop_gene_named_compound_terms(
    compounds: Iterable[Entity], gene_like: Iterable[Entity], stats: RuleStats
) -> None:
    """Take the gene- and family-named terms off compound rows of TCM-table origin only."""
    index = gene_term_index(gene_like)
    for c in compounds:
        if not tcm_only(c):
            continue
        kept = []
        for s in c.synonyms:
            symbol = index.get(gene_term_key(s))
            if symbol is None:
                kept.append(s)
            else:
                stats.hit("compound-gene-name", f"{s} ({c.id}; {symbol})")
        c.synonyms = kept
        symbol = index.get(gene_term_key(c.name))
        if symbol is not None and "stoplisted-name" not in c.note:
            stats.hit("compound-gene-name", f"{c.name} ({c.id}; {symbol})")
            add_note(c, f"stoplisted-name: {c.name} names the gene/family {symbol}, left to the gene dictionary")
