"""Drugs and reagents (pipeline/dictionaries/build_chemicals.py): rules, committed rows, matching.

Sentences are from the development data of issue 13 (source ids given) or the bundled reviews.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.dictionaries.build_chemicals import (
    _drop_foreign_spellings,
    _tree_ok,
    is_systematic,
    merge_key,
)
from pipeline.dictionaries.check import check_errors
from tests.nlp_helpers import tsv_rows

REPO = Path(__file__).resolve().parents[1]
DICT = REPO / "dictionaries"


def test_reagent_code_spellings_share_one_key():
    assert merge_key("SB 203580") == merge_key("SB203580") == merge_key("SB-203580")
    assert merge_key("U-0126") == merge_key("U0126")
    assert merge_key("β-Sitosterol") == merge_key("beta-sitosterol")


def test_systematic_names_and_permuted_entry_terms_are_not_written_in_papers():
    assert is_systematic("N-[(benzyloxy)carbonyl]-L-tyrosyl-N-hydroxy-L-leucinamide")
    assert is_systematic("Acid, Ascorbic")
    assert is_systematic("2-(4-morpholinyl)-8-phenyl-4H-1-benzopyran-4-one")
    assert not is_systematic("Doxorubicin")
    assert not is_systematic("N-acetylcysteine")
    assert not is_systematic("SB 203580")


def test_protein_and_class_trees_are_left_out_but_small_peptides_stay():
    assert not _tree_ok("D09.400.430.965|D12.644.276.374.500.800|D12.776.124.900")  # TNF-alpha
    assert not _tree_ok("D27.505.954.483")  # a pharmacological class only
    assert _tree_ok("D12.644.456.448")  # glutathione (oligopeptide)
    assert _tree_ok("D02.455.426.559.389.657.410.350|D27.505.519")  # a drug that also has a class


def test_foreign_inn_spellings_are_dropped():
    names = ["Doxorubicin", "Doxorubicina", "Doxorubicine", "Doxorubicinum", "Adriamycin"]
    assert _drop_foreign_spellings(names) == ["Doxorubicin", "Adriamycin"]


@pytest.fixture(scope="module")
def compounds(annotator):
    return annotator.dictionary


def test_drugs_get_mesh_ids_and_chinese_names(compounds):
    dox = compounds["MESH:D004317"]
    assert dox.name == "Doxorubicin" and dox.type == "compound"
    assert dox.name_zh == "多柔比星" and "阿霉素" in dox.synonyms_zh
    assert "Adriamycin" in dox.synonyms
    assert "DRUGBANK:DB00997" in dox.note and "CHEBI:28748" in dox.note


def test_an_existing_compound_keeps_its_cpd_id(compounds):
    # resveratrol was a TCM compound before the drug sources came in; gold rows cite CPD:
    ids = {e.id for e in compounds.entities.values() if e.name.casefold() == "resveratrol"}
    assert ids == {"CPD:resveratrol"}
    assert "MESH:" in compounds["CPD:resveratrol"].note


def test_reagents_are_found_in_every_spacing(mentions_of, compounds):
    # BioRED/ChemProt style sentence; the three spellings of one inhibitor
    text = ("Cells were pretreated with SB203580, SB 203580 or SB-203580 (p38 inhibitor), "
            "LY294002 and U0126 before stimulation.")
    found = {surface: eid for surface, eid in mentions_of(text)}
    assert found["SB203580"] == found["SB 203580"] == found["SB-203580"] == "MESH:C093642"
    assert found["LY294002"] == "CPD:ly294002"  # a curated compound before: its id stays
    assert found["U0126"].startswith(("MESH:", "CHEBI:", "DRUGBANK:", "LINCS:"))
    assert "CHEBI:65329" in compounds["CPD:ly294002"].note  # the xrefs were merged into it


def test_paper_defined_drug_abbreviation_is_the_drug(mentions_of):
    # BioRED train PMID 28098423 (doxorubicin cardiotoxicity), abridged
    text = ("Doxorubicin (DOX) is an effective anticancer drug. BDNF protected H9c2 cells "
            "against DOX-induced cardiotoxicity.")
    found = mentions_of(text)
    assert ("DOX", "MESH:D004317") in found
    assert ("Doxorubicin", "MESH:D004317") in found


def test_metabolites_named_like_genes_are_compounds(mentions_of):
    found = dict(mentions_of("Forskolin raised cAMP and ROS, and ATP fell."))
    assert found["cAMP"] == "MESH:D000242"
    assert found["ROS"] == "MESH:D017382"
    assert found["ATP"] == "CPD:adenosine-triphosphate"  # an existing compound row keeps its id


def test_calcium_ion_is_a_compound_not_carbonic_anhydrase(mentions_of):
    # BioRED style: "Ca2+" must not leave CA2 inside it
    found = mentions_of("Intracellular Ca2+ and Ca(2+) levels rose after CaCl(2) treatment.")
    # "Ca(2+)" is normalised to "Ca2+" (text/subscripts.py): mention texts are the normalised text
    assert found.count(("Ca2+", "MESH:D002118")) == 2
    assert ("CaCl2", "MESH:D002122") in found
    assert not any(eid.startswith("HGNC:") for _s, eid in found)


def test_chinese_drug_names_match_in_chinese_text(mentions_of):
    # ChinaXiv-202107.00008V2 pairs "Doxorubicin 多柔比星"; 顺铂 (cisplatin) is standard
    found = dict(mentions_of("多柔比星和顺铂联合使用可增强细胞凋亡。"))
    assert found["多柔比星"] == "MESH:D004317"
    assert found["顺铂"] == "MESH:D002945"


def test_common_words_and_gene_products_are_not_chemicals(mentions_of):
    found = dict(mentions_of("The nucleotide substitution may lead to altered retinal thrombin levels."))
    assert not any(eid.startswith(("MESH:", "CHEBI:", "DRUGBANK:", "LINCS:")) for eid in found.values())


def test_check_fails_on_a_compound_chinese_name_typed_herb(tmp_path):
    folder = tmp_path / "dictionaries"
    shutil.copytree(DICT, folder)
    herbs = folder / "herbs.tsv"
    lines = herbs.read_text(encoding="utf-8").split("\n")
    i = next(i for i, line in enumerate(lines) if line.startswith("HERB0"))
    cells = lines[i].split("\t")
    cells[3] = "葡萄糖"  # glucose, a compound, typed HERB
    lines[i] = "\t".join(cells)
    herbs.write_text("\n".join(lines), encoding="utf-8")
    errors = check_errors(folder)
    assert any("葡萄糖" in e and "typed HERB" in e and f"herbs.tsv:{i + 1}:" in e for e in errors)


def test_check_fails_on_a_barred_chemical_synonym(tmp_path):
    folder = tmp_path / "dictionaries"
    shutil.copytree(DICT, folder)
    path = folder / "compounds.tsv"
    lines = path.read_text(encoding="utf-8").split("\n")
    i = next(i for i, line in enumerate(lines) if line.startswith("MESH:D004317\t"))
    cells = lines[i].split("\t")
    cells[4] = cells[4] + "|lead"
    lines[i] = "\t".join(cells)
    path.write_text("\n".join(lines), encoding="utf-8")
    assert any("'lead'" in e and f"compounds.tsv:{i + 1}:" in e for e in check_errors(folder))


def test_stoplisted_ros_survives_only_on_reactive_oxygen_species():
    owners = []
    for fname in ("genes.tsv", "families.tsv", "pathways.tsv", "herbs.tsv", "compounds.tsv"):
        for line in (DICT / fname).read_text(encoding="utf-8").splitlines()[2:]:
            cells = line.split("\t")
            if "ros" in {s.casefold() for s in cells[4].split("|")}:
                owners.append(cells[0])
    assert owners == ["MESH:D017382"]


def test_endogenous_metabolites_are_recognised_but_take_no_relation(annotator):
    # li2025 review style (GUIDELINES section 1: iron, ROS are not relation partners)
    from pipeline.relations.facts import facts_of

    adoc = annotator.annotate("t", "Melatonin lowered ROS and iron levels and raised GPX4 expression.")
    mentions = {m.text: m for item in adoc.sentences for m in item.mentions}
    assert mentions["ROS"].how == "endogenous" and mentions["iron"].how == "endogenous"
    pairs = {(p.a[1], p.b[1]) for s in facts_of(adoc).sentences for p in s.typed_pairs()}
    ids = {i for pair in pairs for i in pair}
    assert "CPD:melatonin" in ids
    assert mentions["ROS"].entity_id not in ids and mentions["iron"].entity_id not in ids


def test_a_drugbank_or_chebi_record_joins_the_mesh_supplementary_record_naming_it(mentions_of):
    # PMID23380477 and PMID17049513 (corpus/new_papers/en): the gold cites the MeSH
    # supplementary records; DrugBank's "Cobalt chloride" and "Z-VAD-FMK" are the same substances
    found = dict(mentions_of("Today, we used cobalt chloride, a hypoxia mimetic that inhibits "
                             "proteasomal HIF-1 degradation and generates reactive oxygen species."))
    assert found["cobalt chloride"] == "MESH:C018021"
    found = dict(mentions_of("Our findings demonstrate that imatinib dose-dependently stimulates "
                             "osteoclast apoptosis, a phenomenon which is blocked by the caspase I "
                             "inhibitor Z-VAD-fmk."))
    assert found["Z-VAD-fmk"] == "MESH:C096713"


def test_the_1_34_fragment_of_parathyroid_hormone_is_teriparatide(mentions_of):
    # PMID23397032 (corpus/new_papers/en): the drug, not the PTH gene; bare PTH stays the gene
    found = dict(mentions_of("PTH(1-34) also stimulated ΔFosB expression and Smad1 phosphorylation."))
    assert found["PTH(1-34)"] == "CPD:teriparatide"
    found = dict(mentions_of("Parathyroid hormone (1-34) counteracts the suppression of "
                             "interleukin-11 expression by glucocorticoid in murine osteoblasts."))
    assert found["Parathyroid hormone (1-34)"] == "CPD:teriparatide"
    assert dict(mentions_of("PTH stimulates bone formation."))["PTH"] == "HGNC:9606"


# ----------------------------------------------------------- issue 13/14: missed drugs and agents

def _sentence_rows():
    return tsv_rows("chemical_sentences.tsv")


@pytest.mark.parametrize("row", _sentence_rows(), ids=lambda r: r["key"])
def test_drugs_reagents_and_agents_of_the_new_papers_are_found(row, mentions_of):
    found = mentions_of(row["text"])
    for pair in filter(None, row["expect"].split(";")):
        surface, eid = pair.split("=")
        assert (surface, eid) in found, f"{row['source']}: {surface} -> {eid} not in {found}"
    for surface in filter(None, row["absent"].split(";")):
        assert surface not in {s for s, _e in found}, f"{row['source']}: {surface} found in {found}"


def test_a_synonym_naming_one_mesh_concept_joins_the_records():
    from pipeline.dictionaries.build_chemicals import _synonym_targets

    entry_terms = {merge_key("Ibandronic Acid"): {"MESH:D000077557"},
                   merge_key("Sodium"): {"MESH:D012964"}, merge_key("Cobalt salt"): {"MESH:D1", "MESH:D2"}}
    assert _synonym_targets(["ácido ibandrónico", "Ibandronic acid"], entry_terms, "DRUGBANK:DB00710") \
        == {"MESH:D000077557"}
    assert _synonym_targets(["cobalt salt"], entry_terms, "X") == {"MESH:D1", "MESH:D2"}  # two: no join
    assert _synonym_targets(["Na"], {merge_key("Na"): {"MESH:D012964"}}, "X") == set()  # too short


def test_reagent_code_rules():
    from pipeline.dictionaries.build_chemicals import _BIOLOGIC, _biologic_names, _code_compound, usable
    from pipeline.dictionaries.build_common import Stoplist

    assert _code_compound("IWR-1 compound") == "IWR-1" and _code_compound("KC7F2 compound") == "KC7F2"
    assert _code_compound("E-64d compound") == "E-64d"
    assert _code_compound("LLL cpd") is None and _code_compound("tin compound") is None
    stop = Stoplist(frozenset(), frozenset())
    assert usable("Y-27632", stop, set()) and usable("T0070907", stop, set())
    assert not usable("A 549", stop, set())  # a cell line, three digits
    assert _BIOLOGIC.match("Cetuximab") and _BIOLOGIC.match("Etanercept")
    assert not _BIOLOGIC.match("Concept") and not _BIOLOGIC.match("Intercept")
    assert _biologic_names(["Etanercept", "etanercept-szzs", "Recombinant human TNF", "C225"]) \
        == ["Etanercept", "etanercept-szzs"]


def test_drugbank_chinese_synonyms_become_chinese_names(compounds):
    """Stop 26: the one source under --sources that gives a Chinese name with an id is DrugBank's
    synonym list ("Sufentanil | … | 舒芬太尼", DB00708); its Chinese synonyms were dropped as
    English names. They are the entity's Chinese names now (10 entities; a curated name wins)."""
    assert compounds["MESH:D017409"].name_zh == "舒芬太尼"  # Sufentanil, DrugBank DB00708 in its note
    assert compounds["MESH:C487932"].name_zh == "奈拉替尼"  # neratinib, DB11828
    assert "舒芬太尼" not in compounds["MESH:D017409"].synonyms


def test_lexicon_names_mined_from_bilingual_papers_match(mentions_of):
    """Stop 26: drugs_zh.tsv rows mined by bench/mine_drug_names_zh.py (a Chinese lexicon word
    written "中文名(English name)" in a development paper) and read one by one; ChinaXiv-201706.00272V1
    names 氨苄青霉素 (ampicillin), ChinaXiv-202004.00013V1 龙胆苦苷 (gentiopicroside)."""
    found = dict(mentions_of("龙胆苦苷可降低小鼠肝组织中TNF-α的表达。"))
    assert found["龙胆苦苷"] == "CPD:gentiopicroside"
    found = dict(mentions_of("转化后的菌株在含氨苄青霉素的平板上筛选。"))
    assert found["氨苄青霉素"] == "MESH:D000667"


def test_a_bare_herb_table_row_joins_the_row_that_has_its_name_as_a_synonym():
    """build_chemicals.fold_bare_rows_named_by_a_concept: TCMSP's bare "nicotinic acid" row and
    the Niacin row (MeSH entry term Nicotinic Acid) are one compound; a row with names of its own
    and a name two rows share stay apart."""
    from pipeline.dictionaries.build_chemicals import fold_bare_rows_named_by_a_concept
    from pipeline.dictionaries.build_common import RuleStats
    from pipeline.dictionaries.schema import Entity

    rows = {
        "CPD:niacin": Entity(id="CPD:niacin", type="compound", name="Niacin", synonyms=["Nicotinic Acid"],
                             parents=["HERB000806"], source="TCMSP+MeSH", note="MESH:D009525"),
        "CPD:nicotinic-acid": Entity(id="CPD:nicotinic-acid", type="compound", name="nicotinic acid",
                                     parents=["HERB000161"], source="TCMSP"),
        "CPD:esculetin": Entity(id="CPD:esculetin", type="compound", name="esculetin", synonyms=["Aesculetin"]),
        "CPD:aesculetin": Entity(id="CPD:aesculetin", type="compound", name="Aesculetin", synonyms=["cichorigenin"]),
        "CPD:x": Entity(id="CPD:x", type="compound", name="X1", synonyms=["shared name"]),
        "CPD:y": Entity(id="CPD:y", type="compound", name="Y1", synonyms=["shared name"]),
        "CPD:shared-name": Entity(id="CPD:shared-name", type="compound", name="shared name"),
    }
    fold_bare_rows_named_by_a_concept(rows, RuleStats())
    assert "CPD:nicotinic-acid" not in rows
    assert rows["CPD:niacin"].parents == ["HERB000161", "HERB000806"]
    assert "CPD:aesculetin" in rows and "CPD:shared-name" in rows


def test_nicotinic_acid_is_niacin(mentions_of):
    # validation PMID16322797 (title and abstract): the gold names CPD:niacin; the bare TCMSP row
    # "nicotinic acid" took every mention before
    assert ("nicotinic acid", "CPD:niacin") in mentions_of("GPR109A (PUMA-G/HM74A) mediates nicotinic acid-induced flushing.")
    assert ("nicotinic acid", "CPD:niacin") in mentions_of(
        "In the present study, we show that mice lacking PUMA-G did not show nicotinic acid-induced flushing.")
