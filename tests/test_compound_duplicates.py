"""compound_duplicates: CPD rows of one MeSH record under two spellings become one row.

Rows as the build wrote them at 9b9f933 (dictionaries/compounds.tsv): the pipeline linked
"octacosanol" and "ginsenosides" to one row while validation41's curators cited the other."""

from pipeline.dictionaries.build_common import RuleStats
from pipeline.dictionaries.compound_duplicates import fold_name, merge_duplicate_compounds
from pipeline.dictionaries.schema import Entity


def _rows():
    return {
        "CPD:1-octacosanol": Entity(
            id="CPD:1-octacosanol", type="compound", name="1-Octacosanol",
            synonyms=["N-Octacosanol", "octacosanol", "polycosanol"],
            parents=["HERB000186", "HERB000870"], source="TCMSP+MeSH-SCR+ChEBI+DrugBank",
            note="MESH:C044309 CHEBI:28243 DRUGBANK:DB11220"),
        "CPD:octacosanol": Entity(
            id="CPD:octacosanol", type="compound", name="Octacosanol", synonyms=["octacosanol"],
            parents=["HERB000161", "HERB000186", "HERB000429"], source="HerbiV+TCMSP",
            note="PubChem 68406; MESH:C044309"),
        "CPD:ginsenoside": Entity(
            id="CPD:ginsenoside", type="compound", name="ginsenoside",
            parents=["HERB001749", "HERB001806"], source="HerbiV", note="PubChem 441923; MESH:D036145"),
        "CPD:ginsenosides": Entity(
            id="CPD:ginsenosides", type="compound", name="Ginsenosides", name_zh="人参皂苷",
            synonyms=["ginseng saponins"], parents=["HERB004609"], source="curated+MeSH",
            note="compound class; MESH:D036145"),
        # one MeSH record (MeSH files kaempferide under diosmetin's), two compounds: kept apart
        "CPD:diosmetin": Entity(id="CPD:diosmetin", type="compound", name="Diosmetin",
                                synonyms=["kaempferide"], note="MESH:C449720"),
        "CPD:kaempferide": Entity(id="CPD:kaempferide", type="compound", name="Kaempferide",
                                  note="MESH:C449720"),
        # one folded name, two records: kept apart
        "CPD:methylxanthine": Entity(id="CPD:methylxanthine", type="compound", name="methylxanthine",
                                     note="MESH:C008514"),
        "CPD:1-methylxanthine": Entity(id="CPD:1-methylxanthine", type="compound",
                                       name="1-methylxanthine", note="MESH:C053085"),
    }


def test_fold_name():
    assert fold_name("1-Octacosanol") == fold_name("Octacosanol") == fold_name("n-octacosanol")
    assert fold_name("Ginsenosides") == fold_name("ginsenoside")
    assert fold_name("β-sitosterol") == fold_name("beta-Sitosterol")
    assert fold_name("Asbestos") == "asbestos"
    assert fold_name("1,8-cineole") != fold_name("8-cineole")


def test_rows_of_one_record_and_name_join():
    rows = _rows()
    moved = merge_duplicate_compounds(rows, RuleStats())
    assert moved == {"CPD:1-octacosanol": "CPD:octacosanol", "CPD:ginsenoside": "CPD:ginsenosides"}
    octa = rows["CPD:octacosanol"]
    assert {"1-Octacosanol", "N-Octacosanol", "polycosanol"} <= set(octa.synonyms)
    assert octa.parents == ["HERB000161", "HERB000186", "HERB000429", "HERB000870"]
    assert "CHEBI:28243" in octa.note and "DrugBank" in octa.source
    gins = rows["CPD:ginsenosides"]  # the curated row stays
    assert gins.name == "Ginsenosides" and "ginsenoside" in gins.synonyms
    assert "HERB001749" in gins.parents


def test_other_compounds_stay_apart():
    rows = _rows()
    merge_duplicate_compounds(rows, RuleStats())
    for cid in ("CPD:diosmetin", "CPD:kaempferide", "CPD:methylxanthine", "CPD:1-methylxanthine"):
        assert cid in rows


def test_two_spellings_mesh_names_for_one_record_join():
    # MeSH C005010 "harman" lists harmane; MeSH names C449720 Kaempferide only, not Diosmetin
    mesh = {"harman": {"MESH:C005010"}, "harmane": {"MESH:C005010"}, "kaempferide": {"MESH:C449720"},
            "diosmetin": {"MESH:C011564"}}
    rows = _rows()
    rows["CPD:harman"] = Entity(id="CPD:harman", type="compound", name="Harman", parents=["HERB000001"],
                                source="TCMSP+MeSH-SCR+ChEBI", note="MESH:C005010 CHEBI:5623")
    rows["CPD:harmane"] = Entity(id="CPD:harmane", type="compound", name="harmane",
                                 parents=["HERB000002", "HERB000003"], source="HerbiV", note="MESH:C005010")
    moved = merge_duplicate_compounds(rows, RuleStats(), mesh)
    assert moved["CPD:harman"] == "CPD:harmane"  # more herbs of origin
    assert "Harman" in rows["CPD:harmane"].synonyms and "CHEBI:5623" in rows["CPD:harmane"].note
    assert "CPD:diosmetin" in rows and "CPD:kaempferide" in rows


def test_acronyms_alone_do_not_join_and_a_plural_name_gives_way():
    mesh = {"dads": {"MESH:C025953"}, "dasd": {"MESH:C025953"},
            "saikosaponin d": {"MESH:C025759"}, "saikosaponins": {"MESH:C025759"}}
    rows = {
        "CPD:dads": Entity(id="CPD:dads", type="compound", name="DADS", parents=["HERB000523"],
                           note="PubChem 16590; MESH:C025953"),
        "CPD:dasd": Entity(id="CPD:dasd", type="compound", name="DASD", note="MESH:C025953"),
        "CPD:saikosaponin-d": Entity(id="CPD:saikosaponin-d", type="compound", name="Saikosaponin D",
                                     parents=["HERB000638"], source="TCMSP+MeSH-SCR", note="MESH:C025759"),
        "CPD:saikosaponins": Entity(id="CPD:saikosaponins", type="compound", name="saikosaponins",
                                    parents=["HERB000472", "HERB000638", "HERB001121"], source="HerbiV",
                                    note="CAS 20736-09-8 PubChem 138114182; MESH:C025759"),
    }
    moved = merge_duplicate_compounds(rows, RuleStats(), mesh)
    assert moved == {"CPD:saikosaponins": "CPD:saikosaponin-d"}
    assert "CPD:dads" in rows and "CPD:dasd" in rows
