"""End to end on the two bundled reviews: what `python -m pipeline run` must find."""

import subprocess
import sys

import pandas as pd
from conftest import CORPUS, REPO

from pipeline.text.normalize import normalize_text


def found(corpus_run, entity_id, doc_id=None):
    m = corpus_run.mentions
    rows = m[m.entity_id == entity_id]
    if doc_id:
        rows = rows[rows.doc_id == doc_id]
    return rows


def test_key_entities_of_the_ferroptosis_review_are_found(corpus_run):
    doc = "li2025_ferroptosis"
    assert len(found(corpus_run, "HGNC:4556", doc))  # GPX4
    slc7a11 = found(corpus_run, "HGNC:11059", doc)
    assert "溶质载体家族7成员11" in set(slc7a11.text)
    nfe2l2 = set(found(corpus_run, "HGNC:7782", doc).text)
    assert "核因子E2相关因子2" in nfe2l2 and "Nrf2" in nfe2l2
    chain = found(corpus_run, "AXIS:FPLX:PI3K/FPLX:AKT/HGNC:3942", doc)
    assert any(t.startswith("磷脂酰肌醇-3激酶") for t in chain.text)
    herbs = set(corpus_run.mentions.query("entity_type == 'HERB'").text)
    assert {"杜仲", "续断"} <= herbs
    assert "淫羊藿苷" in set(found(corpus_run, "CPD:icariin", doc).text)
    assert "黄芩素" in set(found(corpus_run, "CPD:baicalein", doc).text)


def test_cell_and_disease_abbreviations_are_never_genes(corpus_run):
    genes = corpus_run.mentions.query("entity_type == 'GENE'")
    assert not set(genes.text) & {"OC", "OB", "OP", "BMSCs", "MSCs", "OG"}


def test_offsets_point_into_the_original_files(corpus_run):
    texts = {
        "li2025_ferroptosis": (CORPUS / "li2025_ferroptosis_osteoporosis.md").read_text(encoding="utf-8"),
        "jin2025_autophagy": (CORPUS / "jin2025_autophagy_osteoporosis.md").read_text(encoding="utf-8"),
    }
    m = corpus_run.mentions
    mismatches = [
        (r.text, texts[r.doc_id][r.start:r.end]) for r in m.itertuples()
        if normalize_text(texts[r.doc_id][r.start:r.end]) != r.text and "\n\n" not in texts[r.doc_id][r.start:r.end]
    ]
    assert not mismatches[:5]


def test_relations_have_stable_ids_scores_and_evidence(corpus_run):
    rel = corpus_run.relations
    assert rel.relation_id.is_unique
    assert (rel.score > 0).all() and (rel.n_sentences >= 1).all()
    row = rel[(rel.a_id == "CPD:baicalein") & (rel.b_id == "AXIS:HGNC:11059/HGNC:4556")]
    assert len(row) == 1
    assert "溶质载体家族7成员11/GPX4轴" in row.evidence.iloc[0]
    assert row.b_members.iloc[0] == "SLC7A11;GPX4"
    herb_gene = rel[(rel.a_type == "HERB") & (rel.b_type == "GENE")]
    assert len(herb_gene) > 0


def test_cli_run_writes_excel_friendly_csv(tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(CORPUS), "--out", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=600, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    for name in ("mentions.csv", "relations.csv"):
        data = (out / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8 Chinese
    relations = pd.read_csv(out / "relations.csv", encoding="utf-8-sig")
    assert list(relations.columns[:3]) == ["relation_id", "a_type", "a_id"]
    again = tmp_path / "again"
    subprocess.run([sys.executable, "-m", "pipeline", "run", str(CORPUS), "--out", str(again)],
                   cwd=REPO, check=True, capture_output=True, timeout=600)
    assert (again / "relations.csv").read_bytes() == (out / "relations.csv").read_bytes()
