"""The dictionary build (pipeline.dictionaries.build) and checker (pipeline.dictionaries.check).

Tests on the committed TSVs always run; tests that rebuild from the raw sources need
/work/shared/data (or $PIPELINE_SOURCES) and skip without it (e.g. in CI).
"""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest

from pipeline.dictionaries.build_common import GENERATED_LINE, BuildError
from pipeline.dictionaries.check import check_dir, check_errors
from pipeline.dictionaries.ids import compound_id
from pipeline.dictionaries.schema import COLUMNS, DICTIONARY_FILES, MULTI_SEP

REPO = Path(__file__).resolve().parents[1]
DICT = REPO / "dictionaries"
SOURCES = Path(os.environ.get("PIPELINE_SOURCES", "/work/shared/data"))
needs_sources = pytest.mark.skipif(
    not (SOURCES / "genes" / "hgnc_entries.tsv").exists(),
    reason=f"raw sources not available at {SOURCES} (set PIPELINE_SOURCES to rebuild)",
)


def _rows(fname: str) -> dict[str, dict[str, str]]:
    with (DICT / fname).open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return {r["id"]: r for r in reader}


@pytest.fixture(scope="module")
def dicts() -> dict[str, dict[str, dict[str, str]]]:
    return {f: _rows(f) for f in DICTIONARY_FILES}


def _terms(row: dict[str, str]) -> set[str]:
    out = {row["name"], row["name_zh"]}
    for col in ("synonyms", "synonyms_zh"):
        out |= set(row[col].split(MULTI_SEP))
    return {t for t in out if t}


# ---------------------------------------------------------------- committed files


def test_generated_files_start_with_generated_by_line_then_schema_header():
    for fname in DICTIONARY_FILES:
        with (DICT / fname).open(encoding="utf-8") as fh:
            assert fh.readline().rstrip("\n") == GENERATED_LINE, fname
            assert tuple(fh.readline().rstrip("\n").split("\t")) == COLUMNS, fname


def test_counts_meet_the_floors(dicts):
    types = {}
    for rows in dicts.values():
        for r in rows.values():
            types[r["type"]] = types.get(r["type"], 0) + 1
    coding = sum(1 for r in dicts["genes.tsv"].values() if r["note"] != "microRNA gene")
    assert coding >= 19_000
    assert types["herb"] >= 4_000
    assert types["compound"] >= 10_000
    assert types["pathway"] >= 2_500


def test_committed_folder_has_no_check_errors():
    assert check_errors(DICT) == []


def test_committed_files_total_size_is_reasonable():
    total = sum((DICT / f).stat().st_size for f in DICTIONARY_FILES)
    assert total < 25_000_000


def test_kegg_rows_carry_no_member_genes(dicts):
    kegg = [r for r in dicts["pathways.tsv"].values() if r["id"].startswith("hsa")]
    assert len(kegg) > 300
    assert all(not r["members"] for r in kegg)


def test_reactome_and_wikipathways_rows_carry_members(dicts):
    assert dicts["pathways.tsv"]["WP4313"]["name"] == "Ferroptosis"
    assert "GPX4" in dicts["pathways.tsv"]["WP4313"]["members"].split(MULTI_SEP)
    assert dicts["pathways.tsv"]["R-HSA-9612973"]["members"]


@pytest.mark.parametrize(
    "alias", ["OC", "OB", "OP", "ALP", "MSCs", "BMSCs", "SD", "HE", "II"]
)  # ROS: see test_dictionaries_chemicals.py (a compound synonym by curated/chemical_terms.tsv)
def test_stoplist_removes_cell_and_assay_abbreviations_from_every_synonym_list(dicts, alias):
    for fname, rows in dicts.items():
        for r in rows.values():
            syns = {s.casefold() for s in r["synonyms"].split(MULTI_SEP)}
            assert alias.casefold() not in syns, (fname, r["id"])


def test_stoplisted_approved_symbol_keeps_its_row_but_is_flagged(dicts):
    msc = next(r for r in dicts["genes.tsv"].values() if r["name"] == "MSC")
    assert "stoplisted-name" in msc["note"]


def test_approved_symbols_that_are_english_words_stay(dicts):
    names = {r["name"] for r in dicts["genes.tsv"].values()}
    assert {"CAT", "MET", "ACE", "GPX4", "MTOR"} <= names


def test_shared_aliases_are_dropped_from_all_owners(dicts):
    # 'ALP' and 'SD' were aliases of several genes; check an automatic case too
    owners: dict[str, set[str]] = {}
    for r in dicts["genes.tsv"].values():
        for s in r["synonyms"].split(MULTI_SEP):
            if s:
                owners.setdefault(s.casefold(), set()).add(r["id"])
    assert all(len(ids) == 1 for ids in owners.values())


def test_grounding_texts_link_to_genes_and_families(dicts):
    genes = {r["name"]: r for r in dicts["genes.tsv"].values()}
    assert "Nrf2" in genes["NFE2L2"]["synonyms"].split(MULTI_SEP)
    assert "p62" in genes["SQSTM1"]["synonyms"].split(MULTI_SEP)
    fam = dicts["families.tsv"]
    assert "NF-κB" in _terms(fam["FPLX:NFkappaB"])
    assert {"LC3", "LC3-II"} <= _terms(fam["FPLX:MAP1LC3"])
    assert "mTOR1" in _terms(fam["FPLX:mTORC1"]) and "mTOR2" in _terms(fam["FPLX:mTORC2"])
    assert "AMPKα" in _terms(fam["FPLX:AMPK_alpha"])
    assert {"PRKAA1", "PRKAA2"} <= set(fam["FPLX:AMPK"]["members"].split(MULTI_SEP))
    assert "FPLX:MAPK" in fam["FPLX:p38"]["parents"].split(MULTI_SEP)


def test_kegg_pathways_have_readable_synonyms(dicts):
    pw = dicts["pathways.tsv"]
    assert pw["hsa04216"]["name"] == "Ferroptosis"
    assert "autophagy" in _terms(pw["hsa04140"])
    assert {"mTOR signalling pathway", "mTOR pathway"} <= _terms(pw["hsa04150"])
    assert "NF-κB signaling pathway" in _terms(pw["hsa04064"])


def test_herb_conflict_yimucao_goes_to_herba_leonuri(dicts):
    herbs = dicts["herbs.tsv"]
    assert herbs["HERB006537"]["name_zh"] == "益母草"
    assert "益母草" not in _terms(herbs["HERB005673"])
    report = (DICT / "herb_conflicts_report.tsv").read_text(encoding="utf-8")
    assert "益母草\tHERB006537" in report


@pytest.mark.parametrize(
    "latin, binomial",
    [
        ("Herba Scutellariae barbatae", "Scutellaria barbata"),  # HERB000338 半枝莲
        ("Radix Sophorae flavescentis", "Sophora flavescens"),  # participle: -ntis -> -ns
        ("Bulbus Fritillariae thunbergii", "Fritillaria thunbergii"),  # eponym
        ("Radix Angelicae sinensis", "Angelica sinensis"),
        ("Schisandrae Sphentherae Fructus", "Schisandra sphenthera"),  # the 2020 word order
        ("Herba Houttuyniae", None),  # genus only: curated (herb_names_en.tsv)
        ("Radix Astragali", None),  # -i genus: Astragalus or Astragalum, not certain
        ("Caulis Aristolochiae seu Clematis", None),  # two plants
        ("Herba Cassiae mimosoidis", None),  # -idis: nominative not certain
        ("Radix Paeoniae alba", None),  # the drug's adjective, not an epithet
    ],
)
def test_binomial_read_from_a_pharmacopoeia_name(latin, binomial):
    from pipeline.dictionaries.build_herbs import binomial_of

    assert binomial_of(latin) == binomial


@pytest.mark.parametrize(
    "latin, binomial",
    [
        ("Rhizoma Atractylodis macrocephalae", "Atractylodes macrocephala"),  # 白术: HERB spells Atractylodes
        ("Radix Codonopsis pilosulae", "Codonopsis pilosula"),  # 党参
        ("Radix Aconiti Lateralis", None),  # neuter genus (Aconitum): -is is no nominative; Lateralis is the root
        ("Herba Polygoni Avicularis", None),  # Polygonum aviculare: neuter
        ("Herba Abri precatorii", None),  # -orii: an adjective's genitive (precatorius), not an eponym
        ("Radix Astragali", None),  # genus only
    ],
)
def test_binomial_read_with_the_genus_herb_spells(latin, binomial):
    from pipeline.dictionaries.build_herbs import binomial_by_genus

    genera = {"atractylod": {"Atractylodes"}, "codonops": {"Codonopsis"}, "aconit": {"Aconitum"},
              "polygon": {"Polygonum"}, "abr": {"Abrus"}, "astragal": {"Astragalus"}}
    assert binomial_by_genus(latin, genera) == binomial


def test_herb_latin_fields_are_read_as_papers_write_them():
    from pipeline.dictionaries.build_herbs import _split_latin, species_of

    assert _split_latin("Coix lacryma- jobi") == ("Coix lacryma-jobi", [])  # HERB006536
    assert _split_latin("Panax pseudo -ginseng") == ("Panax pseudo-ginseng", [])
    assert _split_latin("Radix chuanxiong；Rhizoma Chuanxiong") == ("Radix chuanxiong", ["Rhizoma Chuanxiong"])
    assert species_of("Gentiana scabra var. buesgeri") == "Gentiana scabra"
    assert species_of("Dioscorea nipponica ssp. rosthornii") == "Dioscorea nipponica"
    assert species_of("Gentiana scabra") is None


def test_english_papers_binomials_reach_the_drug(dicts):
    herbs = dicts["herbs.tsv"]
    assert "Atractylodes macrocephala" in _terms(herbs["HERB000309"])  # 白术 (the TCMSP molecule of that name is junk)
    assert "CPD:atractylodes-macrocephala" not in dicts["compounds.tsv"]
    assert "Gentiana scabra" in _terms(herbs["HERB003478"])  # 龙胆, from HERB000963's var. buesgeri
    assert herbs["HERB003181"]["name"] == "Physalis angulata"  # 苦蘵 (herb_corrections.tsv)
    assert "Antrodia cinnamomea" in _terms(herbs["HERB004186"])  # herb_names_en.tsv by HERB id
    assert "Coix lachryma-jobi" in _terms(herbs["HERB006568"])  # 薏苡仁, the pharmacopoeia drug


def test_papers_binomials_name_the_drug_not_a_plant_part(dicts):
    # dev PubMed abstracts (issue 13): "Scutellaria barbata extract" (PMID 15325848), "Houttuynia
    # cordata injection" (PMID 16213118); HERB gave Gardenia jasminoides to the leaf 栀子叶 and
    # Sophora flavescens to the seed 苦参实, so papers on 栀子 and 苦参 linked to the wrong part
    herbs = dicts["herbs.tsv"]
    by_zh = {r["name_zh"]: r for r in herbs.values() if r["type"] == "herb" and r["name_zh"]}
    assert "Scutellaria barbata" in _terms(by_zh["半枝莲"])
    assert "Houttuynia cordata" in _terms(by_zh["鱼腥草"])
    for drug, part, binomial in [("栀子", "栀子叶", "Gardenia jasminoides"), ("苦参", "苦参实", "Sophora flavescens"),
                                 ("淫羊藿", "淫羊藿根", "Epimedium brevicornum"), ("虎杖", "虎杖叶", "Polygonum cuspidatum")]:
        assert binomial in _terms(by_zh[drug]) and binomial not in _terms(by_zh[part])
    # a different plant under the same Chinese stem keeps its name: 朱砂根 (Ardisia) is no 朱砂 (cinnabar)
    assert "Ardisia crenata" in _terms(by_zh["朱砂根"])
    # a pharmacopoeia drug named like a part keeps its plant: 女贞子 (Ligustrum lucidum)
    assert "Ligustrum lucidum" in _terms(by_zh["女贞子"])


@pytest.mark.parametrize(
    "zh, herb_id",
    [
        ("杜仲", "HERB001409"),
        ("续断", "HERB006259"),
        ("黄芩", "HERB002563"),
        ("淫羊藿", "HERB006633"),
        ("丹参", "HERB001193"),
        ("知母", "HERB007023"),
        ("骨碎补", "HERB001942"),
        ("补骨脂", "HERB000546"),
        ("狗脊", "HERB002932"),
        ("人参", "HERB004609"),
        ("三七", "HERB004783"),
        ("葛根", "HERB001874"),
    ],
)
def test_review_herbs_carry_their_chinese_name_on_exactly_one_herb(dicts, zh, herb_id):
    carriers = [
        r["id"] for r in dicts["herbs.tsv"].values() if r["type"] == "herb" and zh in _terms(r)
    ]
    assert carriers == [herb_id]


def test_every_chinese_herb_name_is_matchable_on_one_herb_only(dicts):
    seen: dict[str, str] = {}
    for r in dicts["herbs.tsv"].values():
        if r["type"] != "herb":
            continue
        for t in [r["name_zh"], *r["synonyms_zh"].split(MULTI_SEP)]:
            if t:
                assert t not in seen, (t, seen.get(t), r["id"])
                seen[t] = r["id"]


def test_one_character_chinese_names_are_not_matchable(dicts):
    for fname in ("herbs.tsv", "compounds.tsv"):
        for r in dicts[fname].values():
            assert len(r["name_zh"]) != 1, r["id"]
            assert all(len(s) != 1 for s in r["synonyms_zh"].split(MULTI_SEP) if s), r["id"]


def test_review_formulas_are_curated_with_herb_members(dicts):
    herbs = dicts["herbs.tsv"]
    bgss = herbs["FML:补骨生髓方"]
    assert bgss["type"] == "formula" and "补骨生髓方剂" in bgss["synonyms_zh"].split(MULTI_SEP)
    assert bgss["members"].split(MULTI_SEP) == [
        "HERB001942",
        "HERB000546",
        "HERB002932",
        "HERB004609",
        "HERB004783",
    ]
    jtg = herbs["FML:金天格胶囊"]
    assert "Jintiange" in jtg["name"] and "人工虎骨粉" in jtg["note"]
    assert herbs["FML:六味地黄丸"]["members"]


REVIEW_COMPOUNDS = {
    "CPD:icariin": "淫羊藿苷",
    "CPD:baicalein": "黄芩素",
    "CPD:melatonin": "褪黑素",
    "CPD:vitamin-k2": "维生素K2",
    "CPD:engeletin": "二氢山柰酚3-鼠李糖苷",
    "CPD:erastin": "埃拉斯汀",
    "CPD:deferoxamine": "去铁胺",
    "CPD:artesunate": "青蒿琥酯",
    "CPD:zoledronic-acid": "唑来膦酸",
    "CPD:iron-dextran": "右旋糖酐铁",
    "CPD:tocopherol": "生育酚",
    "CPD:aucubin": "桃叶珊瑚苷",
    "CPD:resveratrol": "白藜芦醇",
    "CPD:metformin": "二甲双胍",
    "CPD:timosaponin-bii": "知母皂苷BII",
    "CPD:calcitriol": "骨化三醇",
    "CPD:calcifediol": "",
    "CPD:vitamin-d": "维生素D",
    "CPD:arbutin": "熊果苷",
    "CPD:orcinol-glucoside": "苔黑酚葡萄糖苷",
    "CPD:ginsenoside-rb2": "人参皂苷Rb2",
    "CPD:ginsenosides": "人参皂苷",
    "CPD:kaempferol": "山柰酚",
    "CPD:leonurine": "益母草碱",
    "CPD:salubrinal": "",
    "CPD:dexamethasone": "地塞米松",
    "CPD:3-methyladenine": "3-甲基腺嘌呤",
    "CPD:ly294002": "",
    "CPD:romosozumab": "罗莫索单抗",
    "CPD:glucocorticoids": "糖皮质激素",
    "CPD:bisphosphonates": "双膦酸盐",
    "CPD:rapamycin": "雷帕霉素",
}


@pytest.mark.parametrize("cid, zh", sorted(REVIEW_COMPOUNDS.items()))
def test_review_compounds_exist_with_their_chinese_names(dicts, cid, zh):
    row = dicts["compounds.tsv"][cid]
    if zh:
        assert zh in _terms(row)


def test_review_compound_synonyms_and_herb_parents(dicts):
    cpd = dicts["compounds.tsv"]
    assert {"menaquinone", "menatetrenone", "VK2"} <= _terms(cpd["CPD:vitamin-k2"])
    assert {"DFO", "desferrioxamine"} <= _terms(cpd["CPD:deferoxamine"])
    assert "sirolimus" in _terms(cpd["CPD:rapamycin"])
    assert "1,25(OH)2D3" in _terms(cpd["CPD:calcitriol"])
    assert "3-MA" in _terms(cpd["CPD:3-methyladenine"])
    assert "OG" not in _terms(cpd["CPD:orcinol-glucoside"])
    assert {"山奈酚", "山柰酚"} <= _terms(cpd["CPD:kaempferol"])
    assert "HERB006633" in cpd["CPD:icariin"]["parents"].split(MULTI_SEP)
    assert "HERB007023" in cpd["CPD:timosaponin-bii"]["parents"].split(MULTI_SEP)
    assert "HERB006537" in cpd["CPD:leonurine"]["parents"].split(MULTI_SEP)


def test_curated_compounds_carry_many_chinese_names(dicts):
    with_zh = [r for r in dicts["compounds.tsv"].values() if r["name_zh"]]
    assert len(with_zh) >= 130


# ---------------------------------------------------------------- ids


@pytest.mark.parametrize(
    "name, cid",
    [
        ("Icariin", "CPD:icariin"),
        ("Zoledronic acid", "CPD:zoledronic-acid"),
        ("Timosaponin BII", "CPD:timosaponin-bii"),
        ("Vitamin K2", "CPD:vitamin-k2"),
        ("LY294002", "CPD:ly294002"),
        ("  (+)-Catechin  ", "CPD:catechin"),
        ("1,25(OH)2D3", "CPD:1-25-oh-2d3"),
        ("β-Sitosterol", "CPD:beta-sitosterol"),
        ("α-amyrin", "CPD:alpha-amyrin"),
    ],
)
def test_compound_id_slugs(name, cid):
    assert compound_id(name) == cid


def test_compound_id_rejects_names_without_latin_letters_or_digits():
    with pytest.raises(ValueError):
        compound_id("淫羊藿苷")


# ---------------------------------------------------------------- checker


def _copy_committed(tmp_path: Path) -> Path:
    out = tmp_path / "dictionaries"
    (out / "curated").mkdir(parents=True)
    for f in DICTIONARY_FILES:
        shutil.copy(DICT / f, out / f)
    for f in (DICT / "curated").glob("*.tsv"):
        shutil.copy(f, out / "curated" / f.name)
    return out


def test_check_reports_malformed_curated_row_with_file_and_line(tmp_path):
    out = _copy_committed(tmp_path)
    stop = out / "curated" / "stoplist_terms.tsv"
    text = stop.read_text(encoding="utf-8").rstrip("\n").split("\n")
    text.append("BADROW\tsynonym\treason\textra cell")
    stop.write_text("\n".join(text) + "\n", encoding="utf-8")
    errors = check_errors(out)
    assert errors == [
        f"dictionaries/curated/stoplist_terms.tsv:{len(text)}: expected 3 columns, got 4"
    ]


def test_check_reports_broken_generated_rows(tmp_path):
    out = _copy_committed(tmp_path)
    path = out / "families.tsv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[3] = "\t".join(lines[3].split("\t")[:5])  # truncate a row
    lines[5] = lines[4]  # duplicate id
    path.write_text("\n".join(lines), encoding="utf-8")
    errors = check_errors(out)
    assert "dictionaries/families.tsv:4: expected 11 columns, got 5" in errors
    assert any(e.startswith("dictionaries/families.tsv:6: duplicate id") for e in errors)


def test_check_warns_about_terms_naming_several_entities():
    problems = check_dir(DICT)
    warnings = [p for p in problems if p.severity == "warning"]
    assert warnings and "terms map to several entities" in warnings[0]
    assert all(str(p).split(": ")[0] for p in problems)


# ---------------------------------------------------------------- build from raw sources


@needs_sources
def test_build_is_deterministic_and_reproduces_the_committed_files(tmp_path):
    from pipeline.dictionaries.build import build_all

    out = _copy_committed(tmp_path)
    for f in DICTIONARY_FILES:
        (out / f).unlink()
    counts = build_all(SOURCES, out)
    assert counts["gene"] >= 19_000 and counts["compound"] >= 10_000
    for f in DICTIONARY_FILES:
        assert (out / f).read_bytes() == (DICT / f).read_bytes(), f"{f} differs: rebuild and commit"
    first = {f: (out / f).read_bytes() for f in DICTIONARY_FILES}
    build_all(SOURCES, out)
    assert first == {f: (out / f).read_bytes() for f in DICTIONARY_FILES}


@needs_sources
def test_build_fails_with_file_and_line_for_unknown_id_in_chinese_name_table(tmp_path):
    from pipeline.dictionaries.build import build_all

    out = _copy_committed(tmp_path)
    table = out / "curated" / "names_zh_pathways.tsv"
    lines = table.read_text(encoding="utf-8").rstrip("\n").split("\n")
    lines.append("hsa99999\tNo such pathway\t无此通路\t\t")
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(BuildError, match=rf"names_zh_pathways.tsv:{len(lines)}: .*hsa99999"):
        build_all(SOURCES, out)


@needs_sources
def test_build_fails_on_malformed_curated_row(tmp_path):
    from pipeline.dictionaries.build import build_all

    out = _copy_committed(tmp_path)
    path = out / "curated" / "herb_overrides.tsv"
    lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    lines.append("益母草\tHERB006537\treason\tEXTRA")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(
        BuildError, match=rf"herb_overrides.tsv:{len(lines)}: expected 3 columns, got 4"
    ):
        build_all(SOURCES, out)


@pytest.mark.parametrize(
    "raw, names",
    [
        ("Sitosterol,Β-Sitosterol", ["Sitosterol", "β-Sitosterol"]),
        ("dictamnoside,k", ["dictamnoside K"]),
        ("beta-boswellic,acid", ["beta-boswellic acid"]),
        ("N,N-Dimethyl-L-phenylalanine", ["N,N-Dimethyl-L-phenylalanine"]),
        ("L-beta,gamma-Dimyristoyl-alpha-cephalin", ["L-beta,gamma-Dimyristoyl-alpha-cephalin"]),
        ("2,3-dihydro-2,3-dihydroxybenzoate", ["2,3-dihydro-2,3-dihydroxybenzoate"]),
        (
            "3,4-Dihydroxybenzaldehyde,Hydroxybenzoic Acid,Salicylic Acid",
            ["3,4-Dihydroxybenzaldehyde", "Hydroxybenzoic Acid", "Salicylic Acid"],
        ),
        ("Arachic Acid , Eicosanoic Acid", ["Arachic Acid", "Eicosanoic Acid"]),
    ],
)
def test_tcmsp_comma_joined_names_are_split_but_locants_are_not(raw, names):
    from pipeline.dictionaries.build_compounds import split_tcmsp_name

    assert split_tcmsp_name(raw) == names


def test_tcmsp_glued_spellings_join_the_spaced_compound():
    # PMID23325562 (corpus/new_papers/en) cites CPD:ursolic-acid; TCMSP also spells it "ursolicacid"
    from pipeline.dictionaries.build_compounds import glued_key

    assert glued_key("CPD:ursolicacid") == glued_key("CPD:ursolic-acid")
    assert glued_key("CPD:1-2-dihydroxy") != glued_key("CPD:12-dihydroxy")  # locants stay apart


def test_a_locant_and_its_greek_descriptor_are_one_token_with_or_without_a_hyphen():
    # TCMSP spells "17-beta-estradiol", the curated estradiol row "17beta-estradiol"; the TCMSP-only
    # duplicate CPD:17-beta-estradiol took "17β-estradiol" from CPD:estradiol in validation_zh papers
    # (s28-zhprec: 3 FPs and 3 FNs, the gold says estradiol)
    from pipeline.dictionaries.build_compounds import glued_key

    assert glued_key("CPD:17-beta-estradiol") == glued_key("CPD:17beta-estradiol")
    assert glued_key("CPD:5-alpha-dihydrotestosterone") == glued_key("CPD:5alpha-dihydrotestosterone")
    assert glued_key("CPD:2-betaine") != glued_key("CPD:2betaine")  # a word that starts with beta is no descriptor
    assert glued_key("CPD:1-2-dihydroxy") != glued_key("CPD:12-dihydroxy")


def test_17beta_estradiol_is_estradiol(mentions_of):
    # the dictionary keeps one estradiol (dictionaries/compounds.tsv is rebuilt with the rule above)
    found = dict(mentions_of("17β-estradiol and 17-beta-estradiol increased ERα expression."))
    assert found["17β-estradiol"] == "CPD:estradiol"
    assert found["17-beta-estradiol"] == "CPD:estradiol"


def test_ursolic_acid_has_one_id(mentions_of, annotator):
    text = ("Interestingly, ursolic acid increased the phosphorylation of AMPK and coenzyme A "
            "carboxylase and also enhanced phosphorylation of GSK3β.")
    found = dict(mentions_of(text))
    assert found["ursolic acid"] == "CPD:ursolic-acid"
    assert "CPD:ursolicacid" not in annotator.dictionary.entities


def test_families_take_the_names_of_their_mesh_descriptor(mentions_of):
    # ChinaXiv-201801.00630V1 and ChinaXiv-201712.00816V1 (corpus/new_papers/zh): FamPlex gives
    # SCNN and FZD no readable name; MeSH D053503 / D051157 (FamPlex equivalences) do
    found = mentions_of("上调ENaC基因的表达,提示ENaC可能是醛固酮调节成骨细胞功能的作用靶点之一")
    assert ("ENaC", "FPLX:SCNN") in found
    found = dict(mentions_of("Epithelial Sodium Channel enhanced osteogenesis via cGMP/PKGII/ENaC "
                             "signaling in rat osteoblast"))
    assert found["Epithelial Sodium Channel"] == "FPLX:SCNN"
    found = dict(mentions_of("本研究提取各组大鼠TA中的Wnt7a和Frizzled蛋白表达进行对比"))
    assert found["Frizzled"] == "FPLX:FZD"
    found = dict(mentions_of("相对Model组,SSYYJN组和KA组TA的Frizzled-7蛋白的表达均不同程度的增加"))
    assert found["Frizzled-7"] == "HGNC:4045"  # the member stays the gene


def test_a_saponin_fraction_of_one_herb_is_the_herb(mentions_of):
    # PMID17498496 (corpus/new_papers/en); GUIDELINES.md 5.2: a fraction of one herb is the herb
    found = mentions_of("OBJECTIVE: To investigate the effects of Panax notoginseng saponins (PNS) "
                        "on mRNA expressions of interleukin-1 beta (IL-1 beta).")
    assert ("Panax notoginseng saponins", "HERB004783") in found
    assert ("PNS", "HERB004783") in found
    assert dict(mentions_of("三七总皂苷能降低大鼠脑组织IL-1β表达"))["三七总皂苷"] == "HERB004783"


def test_chinese_cadherin_names_and_the_5ht3_receptor_family(mentions_of):
    # ChinaXiv-201712.00938V1: "E-钙黏素(E-cadherin)" must not make E-cadherin the cadherin family
    found = mentions_of("E-钙黏素(E-cadherin)和葡萄糖调节蛋白78(GRP78)一抗")
    assert ("E-钙黏素", "HGNC:1748") in found and ("E-cadherin", "HGNC:1748") in found
    # ChinaXiv-202207.00046V1: the 5-HT3 receptor is a pentamer of HTR3A-E subunits
    found = dict(mentions_of("激活5-HT3R可产生一系列效应"))
    assert found["5-HT3R"] == "FPLX:5_hydroxytryptamine_receptors_ionotropic"
