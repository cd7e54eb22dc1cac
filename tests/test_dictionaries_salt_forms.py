"""salt_forms: a drug's salt and hydrate rows join the drug's row (one active moiety, one id).

Rows as the build wrote them at 88a7470 (dictionaries/compounds.tsv): PMID16167916 (validation38_en) names
"raloxifene hydrochloride" once and "raloxifene" elsewhere, and every mention was MeSH's Raloxifene
Hydrochloride while the gold cites CPD:raloxifene (GUIDELINES 5.3)."""

import pytest

from pipeline.dictionaries.build_common import RuleStats
from pipeline.dictionaries.salt_forms import fold_salt_rows, salt_base
from pipeline.dictionaries.schema import Entity
from tests.nlp_helpers import tsv_rows


def test_salt_base_reads_the_active_moiety():
    assert salt_base("Raloxifene Hydrochloride") == "Raloxifene"
    assert salt_base("tamoxifen citrate") == "tamoxifen"
    assert salt_base("doxapram hydrochloride monohydrate") == "doxapram"
    assert salt_base("diclofenac sodium") == "diclofenac"
    assert salt_base("morphine sulfate") == "morphine"  # a base: the sulfate is a salt
    assert salt_base("Raloxifene HCl") == "Raloxifene"


@pytest.mark.parametrize("name", [
    "lithium chloride", "potassium chloride", "zinc sulfate", "cobalt chloride", "sodium selenite",
    "Indium In-111 chloride",  # inorganic: the element is the active part
    "sodium butyrate", "sodium valproate",  # counter-ion first: the gold cites the reagent (CHEBI:64103)
    "arginine butyrate",  # an organic base as counter-ion: the acid is the drug
    "medroxyprogesterone acetate", "dehydroepiandrosterone sulfate", "tocopherol succinate",  # esters
    "guaiacol salicylate", "Cytidine Diphosphate", "creatine phosphate", "pyridoxal phosphate",
    "ethyl nitrate", "stearoyl chloride", "ethane methanesulfonate",  # esters, acyl halides
    "hydrochloride", "Amides",
])
def test_no_salt_of_a_drug(name):
    assert salt_base(name) is None


def _rows():
    return {
        "CPD:raloxifene": Entity(
            id="CPD:raloxifene", type="compound", name="Raloxifene", name_zh="雷洛昔芬",
            synonyms=["raloxifene", "Raloxifeno"], parents=["HERB004507"],
            source="HerbiV+curated+ChEBI+DrugBank", note="SERM; CHEBI:8772 DRUGBANK:DB00481"),
        "MESH:D020849": Entity(
            id="MESH:D020849", type="compound", name="Raloxifene Hydrochloride",
            synonyms=["Keoxifene Hydrochloride", "Raloxifene HCl", "raloxifene hydrochloride"],
            source="MeSH+ChEBI", note="CHEBI:50740"),
        "MESH:D013629": Entity(id="MESH:D013629", type="compound", name="Tamoxifen", name_zh="他莫昔芬",
                               synonyms=["tamoxifen", "trans-Tamoxifen"], source="MeSH+ChEBI+DrugBank",
                               note="CHEBI:41774 DRUGBANK:DB00675"),
        "CHEBI:9397": Entity(id="CHEBI:9397", type="compound", name="tamoxifen citrate", source="ChEBI"),
        # MeSH files imatinib under its salt; the gold cites both ids (new_papers_en, validation_en): kept apart
        "CHEBI:45783": Entity(id="CHEBI:45783", type="compound", name="imatinib",
                              synonyms=["Imatinib", "Gleevec", "STI-571"], source="ChEBI+DrugBank+LINCS"),
        "MESH:D000068877": Entity(id="MESH:D000068877", type="compound", name="Imatinib Mesylate",
                                  synonyms=["Imatinib mesylate"], source="MeSH+ChEBI", note="CHEBI:31690"),
        "MESH:D008094": Entity(id="MESH:D008094", type="compound", name="Lithium", synonyms=["lithium"]),
        "MESH:D018021": Entity(id="MESH:D018021", type="compound", name="Lithium Chloride"),
        "CPD:butyrate": Entity(id="CPD:butyrate", type="compound", name="butyrate", synonyms=["Butyrate"]),
        "CHEBI:64103": Entity(id="CHEBI:64103", type="compound", name="sodium butyrate", name_zh="丁酸钠"),
    }


def test_salt_rows_join_their_drug():
    rows = _rows()
    moved = fold_salt_rows(rows, RuleStats())
    assert moved == {"MESH:D020849": "CPD:raloxifene", "CHEBI:9397": "MESH:D013629"}
    ralox = rows["CPD:raloxifene"]
    assert ralox.name == "Raloxifene" and ralox.name_zh == "雷洛昔芬"
    assert {"Raloxifene Hydrochloride", "raloxifene hydrochloride", "Keoxifene Hydrochloride"} <= set(ralox.synonyms)
    assert "MESH:D020849" in ralox.note and "CHEBI:50740" in ralox.note
    assert "tamoxifen citrate" in rows["MESH:D013629"].synonyms and "CHEBI:9397" in rows["MESH:D013629"].note
    # the salt's MeSH descriptor outranks the ChEBI parent: both stay; inorganic and sodium salts stay
    assert {"CHEBI:45783", "MESH:D000068877", "MESH:D018021", "CHEBI:64103", "MESH:D008094"} <= set(rows)


def _sentence_rows():
    return tsv_rows("salt_form_sentences.tsv")


@pytest.mark.parametrize("row", _sentence_rows(), ids=lambda r: r["key"])
def test_salt_and_bare_name_read_the_drug(row, mentions_of):
    found = mentions_of(row["text"])
    for pair in filter(None, row["expect"].split(";")):
        surface, eid = pair.split("=")
        assert (surface, eid) in found, f"{row['source']}: {surface} -> {eid} not in {found}"


def test_built_dictionary_folds_salts_and_keeps_metal_salts(annotator):
    entities = annotator.dictionary
    assert "MESH:D020849" not in entities and "CHEBI:9397" not in entities
    assert "tamoxifen citrate" in entities["MESH:D013629"].synonyms
    for kept in ("MESH:D018021", "CPD:potassium-chloride", "CHEBI:64103", "MESH:D000068877", "CHEBI:45783"):
        assert kept in entities
