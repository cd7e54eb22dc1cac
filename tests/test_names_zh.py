"""Checks on the hand-curated Chinese name lists (dictionaries/curated/names_zh_*.tsv).

The format checks run everywhere (CI has no /work/shared); the checks against the raw
HGNC / FamPlex / KEGG files run only when the shared data folder is present.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CURATED = ROOT / "dictionaries" / "curated"
GENES_TSV = CURATED / "names_zh_genes.tsv"
PATHWAYS_TSV = CURATED / "names_zh_pathways.tsv"

GENE_HEADER = ["id", "symbol", "name_zh", "synonyms_zh", "note"]
PATHWAY_HEADER = ["id", "name", "name_zh", "synonyms_zh", "note"]


def _shared_data_dir() -> Path | None:
    candidates = []
    if os.environ.get("TCM_SHARED_DATA"):
        candidates.append(Path(os.environ["TCM_SHARED_DATA"]))
    candidates += [ROOT.parent / "shared" / "data", Path("/work/shared/data")]
    for c in candidates:
        if (c / "genes" / "hgnc_entries.tsv").is_file():
            return c
    return None


SHARED = _shared_data_dir()
needs_shared = pytest.mark.skipif(
    SHARED is None, reason="shared raw data (HGNC/FamPlex/KEGG) not available, e.g. in CI"
)

# Maps the brief requires: Environmental Information Processing, Cellular Processes, the
# Organismal Systems subcategories Immune / Endocrine / Development and regeneration (human
# maps only), plus named cell-death / cell-cycle maps.
REQUIRED_PATHWAYS = {
    # Environmental Information Processing
    "hsa02010", "hsa04010", "hsa04012", "hsa04014", "hsa04015", "hsa04310", "hsa04330",
    "hsa04340", "hsa04350", "hsa04390", "hsa04392", "hsa04370", "hsa04371", "hsa04630",
    "hsa04064", "hsa04668", "hsa04066", "hsa04068", "hsa04020", "hsa04070", "hsa04072",
    "hsa04071", "hsa04024", "hsa04022", "hsa04151", "hsa04152", "hsa04150", "hsa04080",
    "hsa04060", "hsa04061", "hsa04512", "hsa04514",
    # Cellular Processes
    "hsa04144", "hsa04145", "hsa04142", "hsa04146", "hsa04140", "hsa04136", "hsa04137",
    "hsa04148", "hsa04110", "hsa04114", "hsa04210", "hsa04215", "hsa04216", "hsa04217",
    "hsa04115", "hsa04218", "hsa04510", "hsa04520", "hsa04530", "hsa04540", "hsa04550",
    "hsa04814", "hsa04820", "hsa04810",
    # Immune system
    "hsa04640", "hsa04610", "hsa04611", "hsa04613", "hsa04620", "hsa04621", "hsa04622",
    "hsa04623", "hsa04625", "hsa04650", "hsa04612", "hsa04660", "hsa04658", "hsa04659",
    "hsa04657", "hsa04662", "hsa04664", "hsa04666", "hsa04670", "hsa04672", "hsa04062",
    # Endocrine system
    "hsa04911", "hsa04910", "hsa04922", "hsa04923", "hsa04920", "hsa03320", "hsa04929",
    "hsa04912", "hsa04913", "hsa04915", "hsa04914", "hsa04917", "hsa04921", "hsa04926",
    "hsa04935", "hsa04918", "hsa04919", "hsa04928", "hsa04916", "hsa04924", "hsa04614",
    "hsa04925", "hsa04927",
    # Development and regeneration
    "hsa04320", "hsa04360", "hsa04361", "hsa04380",
}

# A few names the reviews and the brief single out, with the id they must resolve to.
EXPECTED_PATHWAY_NAMES = {
    "铁死亡": "hsa04216",
    "自噬": "hsa04140",
    "细胞自噬": "hsa04140",
    "线粒体自噬": "hsa04137",
    "细胞凋亡": "hsa04210",
    "坏死性凋亡": "hsa04217",
    "细胞周期": "hsa04110",
    "破骨细胞分化": "hsa04380",
    "MAPK信号通路": "hsa04010",
    "丝裂原活化蛋白激酶信号通路": "hsa04010",
    "PI3K/Akt信号通路": "hsa04151",
    "NF-κB信号通路": "hsa04064",
    "核因子κB信号通路": "hsa04064",
    "mTOR信号通路": "hsa04150",
    "AMPK信号通路": "hsa04152",
    "腺苷酸活化蛋白激酶信号通路": "hsa04152",
}

EXPECTED_GENE_NAMES = {
    # li2025 (ferroptosis review) wording
    "谷胱甘肽过氧化物酶4": "GPX4",
    "溶质载体家族7成员11": "SLC7A11",
    "5-甲基胞嘧啶核糖核酸甲基转移酶家族成员5": "NSUN5",
    "铁蛋白重链": "FTH1",
    "铁蛋白轻链": "FTL",
    "苏氨酸蛋白激酶": "AKT",
    "雷帕霉素靶蛋白": "MTOR",
    "腺苷酸化蛋白激酶": "AMPK",
    "沉默调节蛋白": "HDAC_III",
    "核因子E2相关因子2": "NFE2L2",
    "Kelch样ECH关联蛋白1": "KEAP1",
    "范可尼贫血互补组D2蛋白": "FANCD2",
    "转铁蛋白": "TF",
    "转铁蛋白受体1": "TFRC",
    "金属还原酶STEAP3": "STEAP3",
    "肿瘤坏死因子-α": "TNF",
    "白细胞介素-6": "IL6",
    "铁蛋白转运蛋白1": "SLC40A1",
    "丝裂原活化蛋白激酶": "MAPK",
    "核因子激活的B细胞的κ-轻链增强": "NFkappaB",
    "核苷酸结合寡聚化结构域样受体蛋白3": "NLRP3",
    "烟酰胺嘌呤二核苷酸磷酸氧化酶1": "NOX1",
    "p53蛋白": "TP53",
    "Runt相关转录因子2": "RUNX2",
    "碱性磷酸酶": "ALPL",
    "klotho蛋白": "KL",
    "超氧化物歧化酶": "SOD",
    "铁调素": "HAMP",
    "长链脂酰辅酶A合成酶4": "ACSL4",
    "磷脂酰肌醇-3激酶": "PI3K",
    # jin2025 (autophagy review) wording
    "骨形态发生蛋白-2": "BMP2",
    "溶酶体相关膜蛋白-2A": "LAMP2",
    "骨钙素": "BGLAP",
    "I型胶原": "COL1",
    "哺乳动物雷帕霉素蛋白": "MTOR",
    "肿瘤抑制素M受体": "OSMR",
    "核因子-κB受体激活剂配体": "TNFSF11",
    "甲状旁腺激素": "PTH",
}

MIN_HGNC_ROWS = 550

CJK = re.compile(r"[\u3400-\u9fff]")


def _read(path: Path, header: list[str]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = fh.read().splitlines()
    assert lines, f"{path} is empty"
    assert lines[0].split("\t") == header, f"{path.name}: bad header {lines[0]!r}"
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        assert len(cells) == len(header), f"{path.name}:{n}: {len(cells)} cells, want {len(header)}"
        rows.append(dict(zip(header, cells)))
    return rows


@pytest.fixture(scope="module")
def genes() -> list[dict[str, str]]:
    return _read(GENES_TSV, GENE_HEADER)


@pytest.fixture(scope="module")
def pathways() -> list[dict[str, str]]:
    return _read(PATHWAYS_TSV, PATHWAY_HEADER)


def _names(row: dict[str, str]) -> list[str]:
    out = [row["name_zh"]]
    out += [s for s in row["synonyms_zh"].split("|") if s]
    return out


def test_headers_and_files_exist(genes, pathways):
    assert genes and pathways


def test_no_empty_name_zh(genes, pathways):
    for row in genes + pathways:
        assert row["name_zh"].strip(), f"empty name_zh for {row['id']}"


def test_ids_well_formed(genes, pathways):
    for row in genes:
        assert re.fullmatch(r"HGNC:[1-9][0-9]*|FPLX:[A-Za-z0-9_]+", row["id"]), row["id"]
        assert row["symbol"], row["id"]
        if row["id"].startswith("FPLX:"):
            assert row["symbol"] == row["id"][5:], row
    for row in pathways:
        assert re.fullmatch(r"hsa[0-9]{5}", row["id"]), row["id"]
        assert row["name"], row["id"]


def test_ids_unique(genes, pathways):
    ids = [r["id"] for r in genes + pathways]
    dups = {i for i in ids if ids.count(i) > 1}
    assert not dups, dups


def test_names_clean(genes, pathways):
    """No spaces, no empty synonyms, NFKC-stable (half-width), no duplicate within a row."""
    for row in genes + pathways:
        raw = row["synonyms_zh"]
        assert not raw.startswith("|") and not raw.endswith("|") and "||" not in raw, row["id"]
        names = _names(row)
        assert len(names) == len(set(names)), f"duplicate name inside row {row['id']}"
        for name in names:
            assert name == name.strip() and name, (row["id"], name)
            assert " " not in name and "\u3000" not in name, (row["id"], name)
            assert unicodedata.normalize("NFKC", name) == name, (row["id"], name)
            assert "\t" not in name, (row["id"], name)
        assert CJK.search(row["name_zh"]), f"name_zh without Chinese: {row['id']}"


def test_no_chinese_name_on_two_ids(genes, pathways):
    owner: dict[str, str] = {}
    clashes = []
    for row in genes + pathways:
        for name in _names(row):
            prev = owner.setdefault(name, row["id"])
            if prev != row["id"]:
                clashes.append((name, prev, row["id"]))
    assert not clashes, clashes


def test_enough_hgnc_rows(genes):
    hgnc = {r["id"] for r in genes if r["id"].startswith("HGNC:")}
    assert len(hgnc) >= MIN_HGNC_ROWS, len(hgnc)


def test_families_present(genes):
    fplx = {r["id"] for r in genes if r["id"].startswith("FPLX:")}
    for fam in ("AMPK", "AKT", "PI3K", "NFkappaB", "MAPK", "ERK", "p38", "HDAC_III",
                "mTORC1", "mTORC2", "SOD", "MAP1LC3", "HSPA", "Notch"):
        assert f"FPLX:{fam}" in fplx, fam


def test_required_pathways_present(pathways):
    ids = {r["id"] for r in pathways}
    missing = REQUIRED_PATHWAYS - ids
    assert not missing, sorted(missing)


def test_expected_pathway_names(pathways):
    by_name = {n: r["id"] for r in pathways for n in _names(r)}
    for name, pid in EXPECTED_PATHWAY_NAMES.items():
        assert by_name.get(name) == pid, (name, by_name.get(name), pid)


def test_review_wordings_resolve(genes):
    by_name = {n: r["symbol"] for r in genes for n in _names(r)}
    for name, sym in EXPECTED_GENE_NAMES.items():
        assert by_name.get(name) == sym, (name, by_name.get(name), sym)


# --- checks against the raw sources (skipped without /work/shared) -------------------------


@needs_shared
def test_hgnc_ids_approved_with_symbol(genes):
    approved: dict[str, str] = {}
    with (SHARED / "genes" / "hgnc_entries.tsv").open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            if rec["Status"] == "Approved":
                approved[rec["HGNC ID"]] = rec["Approved symbol"]
    bad = [
        (r["id"], r["symbol"], approved.get(r["id"]))
        for r in genes
        if r["id"].startswith("HGNC:") and approved.get(r["id"]) != r["symbol"]
    ]
    assert not bad, bad


@needs_shared
def test_fplx_ids_exist(genes):
    entities = {
        line.strip()
        for line in (SHARED / "families" / "entities.csv").read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    bad = [r["id"] for r in genes if r["id"].startswith("FPLX:") and r["id"][5:] not in entities]
    assert not bad, bad


@needs_shared
def test_kegg_maps_exist(pathways):
    maps: dict[str, str] = {}
    with (SHARED / "pathways" / "kegg_br08901_pathways.tsv").open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            maps[rec["map_number"]] = rec["pathway_name"]
    bad = [r["id"] for r in pathways if r["id"][3:] not in maps]
    assert not bad, bad
    wrong_name = [(r["id"], r["name"]) for r in pathways if maps[r["id"][3:]] != r["name"]]
    assert not wrong_name, wrong_name


def test_readme_counts_match_the_tables(genes, pathways):
    """README_names_zh.md states its counts; a reader trusts them, so they must follow the tables."""
    text = (CURATED / "README_names_zh.md").read_text(encoding="utf-8")
    stated = re.search(
        r"Counts \(current[^)]*\): ([\d,]+) HGNC genes, ([\d,]+) FamPlex families/complexes \(([\d,]+) Chinese synonyms\s+"
        r"between them\), ([\d,]+) KEGG human maps \(([\d,]+) synonyms\)",
        text,
    )
    assert stated, "README_names_zh.md lost its 'Counts (current)' sentence"

    def synonyms(rows):
        return sum(len([s for s in row["synonyms_zh"].split("|") if s]) for row in rows)

    actual = (
        sum(row["id"].startswith("HGNC:") for row in genes),
        sum(row["id"].startswith("FPLX:") for row in genes),
        synonyms(genes),
        len(pathways),
        synonyms(pathways),
    )
    assert tuple(int(n.replace(",", "")) for n in stated.groups()) == actual
