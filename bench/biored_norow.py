"""Which rule removes a BioRED chemical–gene pair we co-mention in one sentence but give no row.

Why: ``bench/biored_relations.py`` counts, among the BioRED chemical–gene units we miss, those whose
chemical and gene mentions of ours stand in one sentence of the abstract and yet no relation row of
ours pairs them ("co-mentioned, no row": 37 on train, 10 on dev at stop 42). Something between the
mentions and the rows dropped the pair: a partner filter of relations/pairs.py ``partner_mentions``
(a mention marked no partner, a baseline group, an excluded element, a measured read-out, a class
noun, a model's inducer or stimulus …) or a rule of the ``sentence_pairs`` loop (the model's
genotype, a listing, siblings …), or the row exists but only negated (``doc_labels`` leaves "not …"
out). This bench replays those steps, read-only, in the order pairs.py applies them, on the
sentences of ours that hold both, and names the first step that removed the chemical or the gene
(or the pair), with the sentence, so each unit can be judged against corpus/gold/GUIDELINES.md.

    python bench/biored_norow.py --split train            # the table by rule, then every unit
    python bench/biored_norow.py --split dev --counts     # only the table
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import biored_relations as br  # noqa: E402


def _mention_steps(text: str, mentions) -> dict[int, str]:
    """{index in ``mentions``: the partner_mentions step that dropped it}, replayed in pairs.py's order
    (the same helpers, the same inputs at each step)."""
    from pipeline.relations import pairs as P

    why: dict[int, str] = {}
    alive = []
    for i, m in enumerate(mentions):
        if m.how in P.NO_PARTNER:
            why[i] = f"no-partner mention (how={m.how})"
        else:
            alive.append(i)
    checks = (
        ("baseline group", lambda m: P.is_baseline_group(text, m.sentence_start, m.sentence_end)),
        ("excluded element", lambda m: P.is_excluded(text, m.sentence_start, m.sentence_end)),
        ("cycle phenotype", lambda m: m.label == "PATHWAY" and P.is_cycle_phenotype(text, m.sentence_start, m.sentence_end)),
        ("diet", lambda m: m.label == "COMPOUND" and P.names_a_diet(text, m.sentence_end)),
        ("cell marker / driver", lambda m: m.label == "GENE" and P._names_cells_or_line(text, m)),
        ("recombinase switch", lambda m: m.label == "COMPOUND" and P.is_recombinase_switch(text, m.sentence_end)),
    )
    kept = []
    for i in alive:
        reason = next((name for name, check in checks if check(mentions[i])), None)
        if reason:
            why[i] = reason
        else:
            kept.append(i)
    vehicles = {mentions[i].entity_id for i in kept if mentions[i].label == "COMPOUND"
                and P.is_vehicle(text, mentions[i].sentence_start, mentions[i].sentence_end)}
    for i in kept:
        if mentions[i].entity_id in vehicles:
            why[i] = "vehicle"
    kept = [i for i in kept if i not in why]
    sub = [mentions[i] for i in kept]
    for name, fn in (("measured read-out", P.measured_readouts), ("class apposition", P.class_appositions),
                     ("name modifier", P.name_modifiers), ("class noun", P.class_nouns),
                     ("strain transgene", P.strain_transgenes), ("construct promoter", P.construct_promoters)):
        for j in fn(text, sub):
            why.setdefault(kept[j], name)
    kept = [i for i in kept if i not in why]
    starts = sorted(mentions[i].sentence_start for i in kept)
    inducing = P.may_name_inducer(text) or P.may_name_stimulus(text)
    for i in kept:
        m = mentions[i]
        if inducing and P._induces_model(text, m, starts):
            why[i] = "model inducer / stimulus before treatment"
        elif P._stimulates_model(text, m, starts):
            why[i] = "model stimulus (LPS-stimulated cells)"
    return why


def _loop_step(text: str, mentions, chem_id: str, gene_id: str) -> str | None:
    """The ``sentence_pairs`` loop rule that skips the pair (chem_id, gene_id), None when none does."""
    from pipeline.relations import pairs as P

    mentions = P.partner_mentions(text, mentions)
    mentions = [m for m in mentions if m.how != P.PATHWAY_ANAPHOR]
    spans = [P.Span(m.sentence_start, m.sentence_end, m.label, m.entity_id, tuple(m.members)) for m in mentions]
    ents = {m.entity_id: (m.label, m.entity_id) for m in mentions}
    if chem_id not in ents or gene_id not in ents:
        return "fewer than two partner entities left"
    x, y = P.ordered(ents[chem_id], ents[gene_id])
    genotypes = P.genotype_only(text, mentions)
    if genotypes and P._treats_genotype(x, y, genotypes):
        return "model genotype (treats genotype)"
    listed = P.coordinations(text, spans, frozenset((m.sentence_start, m.sentence_end) for m in mentions
                                                    if m.how == P.ELIDED_MEMBER))
    listed += P.collective_sets(mentions)
    if any(x[1] in items and y[1] in items for items in listed) and not P.bracketed_member_pair(text, spans, x[1], y[1]):
        return "listed together (coordination / collective set)"
    if frozenset((x[1], y[1])) in P.separately_changed(text, spans):
        return "separately changed"
    crossing = P.bridged(mentions)
    if crossing and P._collective_only(crossing, x, y):
        return "collective only (cross-sentence)"
    typed = P.label_pair(text, spans, x[1], y[1], context=P.SentenceContext.of(text, spans))
    siblings = P.sibling_pairs(text, spans)
    if siblings and typed.label == "associated" and typed.cue is None and not typed.negated \
            and frozenset((x[1], y[1])) in siblings:
        return "siblings (one enumeration)"
    return None


def classify(facts, mesh, members, unit) -> tuple[str, str]:
    """(step, sentence) for a (pmid, MeSH, HGNC) unit: the first sentence of ours holding both, the
    step that removed the chemical, the gene or the pair there."""
    pmid, c, g = unit
    best = None
    for doc in facts:
        if "".join(ch for ch in doc.doc_id if ch.isdigit()) != pmid:
            continue
        for s in doc.sentences:
            chems = [i for i, m in enumerate(s.mentions) if c in mesh.get(m.entity_id, ())]
            genes = [i for i, m in enumerate(s.mentions) if g in br.gene_ids(m.entity_id, members)]
            if not chems or not genes:
                continue
            if s.section == "table":
                reason = "table section"
            else:
                why = _mention_steps(s.text, s.mentions)
                chem_gone = all(i in why for i in chems)
                gene_gone = all(i in why for i in genes)
                if chem_gone:
                    reason = "chemical: " + why[chems[0]]
                elif gene_gone:
                    reason = "gene: " + why[genes[0]]
                else:
                    reason = None
                    for ci in (i for i in chems if i not in why):
                        for gi in (i for i in genes if i not in why):
                            step = _loop_step(s.text, s.mentions, s.mentions[ci].entity_id, s.mentions[gi].entity_id)
                            if step is None:
                                rows = [p for p in s.typed_pairs()
                                        if {p.a[1], p.b[1]} == {s.mentions[ci].entity_id, s.mentions[gi].entity_id}]
                                step = "pair made, negated" if rows and rows[0].label_negated[1] else \
                                    "pair made (row exists)" if rows else "pair missing after typing"
                            reason = reason or step
            names = f"[{', '.join(sorted({s.mentions[i].text for i in chems}))} | " \
                    f"{', '.join(sorted({s.mentions[i].text for i in genes}))}]"
            if best is None or best[0].startswith(("chemical", "gene", "table")) and not reason.startswith(
                    ("chemical", "gene", "table")):
                best = (reason, names + " " + " ".join(s.text.split())[:500])
    return best or ("no sentence found", "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=br.DEFAULT_DATA)
    parser.add_argument("--hgnc", type=Path, default=br.DEFAULT_HGNC)
    parser.add_argument("--dictionaries", type=Path, default=ROOT / "dictionaries")
    parser.add_argument("--split", choices=("train", "dev"), default="train")
    parser.add_argument("--counts", action="store_true", help="only the table by rule")
    args = parser.parse_args(argv)

    from pipeline import api
    from pipeline.config import Config

    tables = br.hgnc_tables(args.hgnc)
    mesh = br.mesh_of_compounds(args.dictionaries)
    members = br.members_of(args.dictionaries)
    docs = list(br.read_biored(args.data / br.SPLITS[args.split], br.heldout_pmids()))
    with tempfile.TemporaryDirectory() as tmp:
        for pmid, title, abstract, _, _ in docs:
            (Path(tmp) / f"{pmid}.txt").write_text(f"{title}\n\n{abstract}\n", encoding="utf-8")
        result = api.run([tmp], Config(dictionaries=args.dictionaries))
    ours, _ = br.our_units(result.relations, mesh, members)
    gold = {}
    for pmid, _, _, rel, sf in docs:
        for (c, g), t in rel.items():
            hgnc = br.gene_hgnc(g, sf.get(g, set()), tables)
            if hgnc:
                gold[(pmid, c, hgnc)] = t
    _, _, same = br.mentioned(result.mentions, mesh, members)
    units = [k for k in gold if k not in ours and k in same]
    rows = [(k, gold[k], *classify(result.facts, mesh, members, k)) for k in units]
    table = Counter(r[2] for r in rows)
    print(f"BioRED {args.split}: {len(units)} co-mentioned units with no row, by the step that removed them")
    for step, n in table.most_common():
        print(f"  {n:3d}  {step}")
    if not args.counts:
        for (pmid, c, g), t, step, sentence in sorted(rows, key=lambda r: r[2]):
            print(f"\n{pmid} {c} {g} {t}\n  step: {step}\n  {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
