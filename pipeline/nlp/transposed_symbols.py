"""A gene symbol typed with two letters swapped, read as the symbol the paper names elsewhere.

Typing transposes adjacent letters (Damerau 1964: transpositions are one of the four single
errors behind most misspellings), and a symbol so mistyped is often another gene's symbol:
"Samd7" (SAMD7, a sterile-alpha-motif protein) for Smad7 in a review of TGF-β1/Smads signalling
that writes Smad 90 times ("EGF、脂多糖、TNF、IL-1β等均可诱导Samd7产生", ChinaXiv-201711.00749V1; gold
SMAD7), "DIP2A-Samd2/3信号通路" for DIP2A-Smad2/3 in a paper that writes Smad2/3 too
(ChinaXiv-202207.00209V1; the matcher linked Samd2 to SARM1's alias). The paper's own usage
decides: a gene mention whose letter stem (3-6 letters, then a number) is an adjacent
transposition of the stem of other gene mentions of the same document, written there at least as
often, is relinked to the gene that the transposed spelling names in the dictionary ("Smad7" ->
SMAD7) — when that gene's FamPlex family is named in the document by other mentions (Smads,
Smad2/3) and the written gene's is not. A stem the paper never writes the other way keeps its gene
(a paper on SAMD7 keeps SAMD7), and so does a correctly written Smad7 beside a mistyped Samd7.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

_NUMBERED = lazy_re.compile(r"^([A-Za-z]{3,6})(\d{1,2}[A-Za-z]?)$")
_STEM = lazy_re.compile(r"^([A-Za-z]{3,6})(?![A-Za-z])")


def transpositions(stem: str) -> list[str]:
    """``stem`` with each pair of adjacent, different letters swapped."""
    return [stem[:i] + stem[i + 1] + stem[i] + stem[i + 2:] for i in range(len(stem) - 1) if stem[i] != stem[i + 1]]


def _family(entity_id: str, parents_of: Callable[[str], frozenset[str]]) -> frozenset[str]:
    return frozenset({entity_id}) | parents_of(entity_id)


def transposition_links(mentions: Iterable[Mention], gene_of: Callable[[str], str | None],
                        parents_of: Callable[[str], frozenset[str]] = lambda _id: frozenset()
                        ) -> dict[tuple[str, str], str]:
    """{(surface casefolded, entity id): gene id} for the gene mentions of one document whose stem
    is a transposition of a stem the document writes at least as often (module docstring), when the
    transposed spelling names a gene of a family the document names otherwise ("Smads", "Smad2/3")
    and the written one's gene belongs to none. ``gene_of(surface)``: the dictionary's gene for a
    spelling, or None; ``parents_of(id)``: its FamPlex families."""
    genes = [m for m in mentions if m.label == "GENE" and m.entity_id]
    stems: Counter[str] = Counter()
    for m in genes:
        found = _STEM.match(m.text)
        if found:
            stems[found.group(1).casefold().removesuffix("s") if len(found.group(1)) > 3 else found.group(1).casefold()] += 1
    named: set[str] = set()
    for m in genes:
        named |= _family(m.entity_id, parents_of)
    links: dict[tuple[str, str], str] = {}
    for m in genes:
        numbered = _NUMBERED.match(m.text)
        if numbered is None or _family(m.entity_id, parents_of) - {m.entity_id} & named:
            continue
        stem, number = numbered.group(1), numbered.group(2)
        others = None  # the other spellings' genes: built for the first transposition that names a gene (a scan
        # of every gene mention, which most numbered mentions never need: their transpositions are not written)
        for other in transpositions(stem.casefold()):
            if stems[other] < stems[stem.casefold()]:
                continue
            written = next((x.text for x in genes if x.text.casefold().startswith(other)), other)[:len(other)]
            gene = gene_of(written + number)
            if gene is None or gene == m.entity_id:
                continue
            if others is None:
                others = {x.entity_id for x in genes if x.text.casefold() != m.text.casefold()}
            family_named = any(_family(gene, parents_of) & _family(o, parents_of) for o in others)
            if family_named:
                links[(m.text.casefold(), m.entity_id)] = gene
                break
    return links
