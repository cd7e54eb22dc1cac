"""Re-runs merge into the curator's relations.csv: decisions survive any spreadsheet re-save."""

from __future__ import annotations

import random
import subprocess
import sys

import pandas as pd
import pytest
from conftest import CORPUS, REPO
from review_helpers import SAVES, read_cells, save_cells, typed

from pipeline.errors import CuratorFileError
from pipeline.review.merge import (
    FLAG_EVIDENCE,
    FLAG_NEW,
    FLAG_RESTORED,
    FLAG_STALE,
    RunContext,
    Snapshot,
    merge,
    parse_flags,
)
from pipeline.review.outputs import write_run_outputs
from pipeline.review.readers import read_curator_csv
from pipeline.review.store import backups_of, csv_bytes


def flags_of(frame: pd.DataFrame, rid: str) -> dict[str, str]:
    row = frame[frame.relation_id == rid].iloc[0]
    return parse_flags(row["flag"], row["flag_why"])


def edit_as_curator(path, decisions: dict[str, tuple[str, str]], how: str, seed: int) -> None:
    """Set status/note by relation_id, add a column, shuffle rows and columns, re-save."""
    rows = read_cells(path.read_bytes())
    header, body = rows[0], rows[1:]
    if "我的备注 my column" not in header:
        header, body = header + ["我的备注 my column"], [r + [""] for r in body]
    extra = header.index("我的备注 my column")
    rid, status, note = header.index("relation_id"), header.index("status"), header.index("note")
    for row in body:
        if row[rid] in decisions:
            row[status], row[note] = decisions[row[rid]][0], typed(decisions[row[rid]][1])
            row[extra] = f"checked {row[rid][-4:]}"
    rng = random.Random(seed)
    rng.shuffle(body)
    order = list(range(len(header)))
    rng.shuffle(order)
    path.write_bytes(save_cells([[r[i] for i in order] for r in [header, *body]], how))


def test_a_curators_decisions_survive_reruns_and_every_spreadsheet_save(corpus_run, tmp_path):
    out = tmp_path / "outputs"
    write_run_outputs(corpus_run, out)
    first = read_curator_csv(out / "relations.csv").frame
    ids = list(first.relation_id)
    rng = random.Random(6)
    chosen = rng.sample(ids, 12)
    notes = ["=HYPERLINK(\"http://x\")", "+1 上调", "-见原文", "@curator", "多行\n备注, with \"quotes\"", "\tTab"]
    decisions = {rid: (["accepted", "rejected", "unsure"][i % 3], notes[i % len(notes)])
                 for i, rid in enumerate(chosen)}
    for n, how in enumerate(SAVES):
        edit_as_curator(out / "relations.csv", decisions, how, seed=n)
        write_run_outputs(corpus_run, out)
        data = (out / "relations.csv").read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
        merged = read_curator_csv(out / "relations.csv").frame
        assert merged.relation_id.is_unique, how
        assert len(merged) == len(first), how  # nothing duplicated, nothing dropped
        assert "我的备注 my column" in merged.columns
        for rid, (status, note) in decisions.items():
            row = merged[merged.relation_id == rid].iloc[0]
            assert (row["status"], row["note"]) == (status, note), how
            assert row["我的备注 my column"] == f"checked {rid[-4:]}"
        assert list(merged.columns[:3]) == ["relation_id", "a_type", "a_id"]
    assert len(backups_of(out / "relations.csv")) == len(SAVES)
    # formula-like notes are written neutralised: no cell of the file starts a formula
    cells = [c for row in read_cells((out / "relations.csv").read_bytes()) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "@", "\t", "\r") or c.startswith("+1")]


def test_relations_no_longer_extracted_are_kept_as_stale_with_the_reason(corpus_run):
    fresh = corpus_run.relations
    first = merge(fresh)
    current = first.frame.copy()
    li = current[current.evidence_doc == "li2025_ferroptosis"].relation_id.iloc[0]
    jin = current[current.evidence_doc == "jin2025_autophagy"].relation_id.iloc[0]
    current.loc[current.relation_id == li, ["status", "note"]] = ["accepted", "kept?"]
    only_jin = fresh[fresh.evidence_doc != "li2025_ferroptosis"]
    only_jin = only_jin[only_jin.relation_id != jin]
    context = RunContext(documents={"jin2025_autophagy"})
    merged = merge(only_jin, current, Snapshot(first.frame, first.pipeline_columns), context)
    frame = merged.frame
    assert frame.relation_id.is_unique and set(frame.relation_id) == set(fresh.relation_id)
    row = frame[frame.relation_id == li].iloc[0]
    assert (row["status"], row["note"]) == ("accepted", "kept?")
    assert "li2025_ferroptosis not in this run" in flags_of(frame, li)[FLAG_STALE]
    assert "no longer co-mentioned" in flags_of(frame, jin)[FLAG_STALE]
    assert li in merged.changes.newly_stale
    # stale rows come after the extracted ones, and come back when found again
    assert (frame.flag.str.contains(FLAG_STALE)).tolist() == sorted(frame.flag.str.contains(FLAG_STALE).tolist())
    again = merge(fresh, frame, Snapshot(frame, merged.pipeline_columns), RunContext(documents={"li2025_ferroptosis", "jin2025_autophagy"}))
    assert not again.frame.flag.str.contains(FLAG_STALE).any()
    assert li in again.changes.revived
    assert again.frame[again.frame.relation_id == li].status.iloc[0] == "accepted"


def test_changed_evidence_is_flagged_and_the_decision_kept_until_the_curator_clears_it(corpus_run):
    fresh = corpus_run.relations
    first = merge(fresh)
    current = first.frame.copy()
    rid = current.relation_id.iloc[3]
    untouched = current.relation_id.iloc[4]
    current.loc[current.relation_id == rid, ["status", "reviewed_at"]] = ["rejected", "2026-11-20"]
    changed = fresh.copy()
    changed.loc[changed.relation_id.isin([rid, untouched]), "evidence"] = "一个新的证据句子。"
    base = Snapshot(first.frame, first.pipeline_columns)
    merged = merge(changed, current, base)
    row = merged.frame[merged.frame.relation_id == rid].iloc[0]
    assert row["status"] == "rejected" and row["reviewed_at"] == "2026-11-20"
    why = flags_of(merged.frame, rid)[FLAG_EVIDENCE]
    assert why.startswith("evidence") and "was “" in why
    assert FLAG_EVIDENCE not in flags_of(merged.frame, untouched)  # nothing was decided there
    assert merged.changes.evidence_changed == [rid]
    # the flag stays on the next run (same evidence) ...
    later = merge(changed, merged.frame, Snapshot(merged.frame, merged.pipeline_columns))
    assert FLAG_EVIDENCE in flags_of(later.frame, rid)
    # ... until the curator clears the flag cell
    cleared = later.frame.copy()
    cleared.loc[cleared.relation_id == rid, ["flag", "flag_why"]] = ["", ""]
    done = merge(changed, cleared, Snapshot(later.frame, later.pipeline_columns))
    assert flags_of(done.frame, rid) == {}


def test_rows_deleted_or_filtered_away_by_a_curator_come_back_with_their_decisions(corpus_run):
    fresh = corpus_run.relations
    first = merge(fresh)
    edited = first.frame.copy()
    decided = edited.relation_id.iloc[:5].tolist()
    edited.loc[edited.relation_id.isin(decided), "status"] = "accepted"
    base = Snapshot(edited, first.pipeline_columns)  # the run wrote these decisions
    filtered = edited[edited.status != "accepted"]  # a filtered view saved over the file
    merged = merge(fresh, filtered, base)
    frame = merged.frame
    assert frame.relation_id.is_unique and len(frame) == len(fresh)
    assert (frame[frame.relation_id.isin(decided)].status == "accepted").all()
    assert FLAG_RESTORED in flags_of(frame, decided[0])
    assert sorted(merged.changes.restored) == sorted(decided)


def test_duplicated_rows_are_merged_into_one_and_the_disagreement_is_explained(corpus_run):
    first = merge(corpus_run.relations)
    current = first.frame.copy()
    rid = current.relation_id.iloc[0]
    dup = current.iloc[[0]].copy()
    current.loc[current.relation_id == rid, ["status", "reviewed_at"]] = ["unsure", "2026-11-01"]
    dup[["status", "reviewed_at", "note"]] = ["accepted", "2026-11-03", "confirmed in full text"]
    current = pd.concat([current, dup], ignore_index=True)
    merged = merge(corpus_run.relations, current)
    row = merged.frame[merged.frame.relation_id == rid]
    assert len(row) == 1
    assert (row.status.iloc[0], row.note.iloc[0]) == ("accepted", "confirmed in full text")
    assert "unsure | accepted" in flags_of(merged.frame, rid)["duplicates merged"]


def test_new_pipeline_columns_appear_and_curator_columns_stay(corpus_run):
    fresh = corpus_run.relations
    first = merge(fresh)
    current = first.frame.copy()
    current["priority"] = ""
    current.loc[0, "priority"] = "high"
    grown = fresh.assign(new_pipeline_column="x")
    merged = merge(grown, current, Snapshot(first.frame, first.pipeline_columns))
    assert "new_pipeline_column" in merged.pipeline_columns
    assert merged.frame.columns.tolist()[-1] == "priority"
    assert merged.frame.priority.iloc[0] == "high"
    # a column the pipeline stopped writing is dropped, not mistaken for a curator's
    shrunk = merge(fresh, merged.frame, Snapshot(merged.frame, merged.pipeline_columns))
    assert "new_pipeline_column" not in shrunk.frame.columns and "priority" in shrunk.frame.columns
    assert merged.changes.new == [] and not merged.frame.flag.str.contains(FLAG_NEW).any()


def test_first_run_has_empty_review_columns_and_no_flags(corpus_run):
    merged = merge(corpus_run.relations)
    assert merged.frame[["status", "curator", "note", "reviewed_at", "flag", "flag_why"]].eq("").all().all()
    assert len(merged.frame) == len(corpus_run.relations)


def test_an_unparseable_file_stops_the_write_before_anything_changes(corpus_run, tmp_path):
    out = tmp_path / "outputs"
    write_run_outputs(corpus_run, out)
    broken = (out / "relations.csv").read_bytes().replace(b"\r\nR", b"\r\n\"R", 1)  # unclosed quote
    (out / "relations.csv").write_bytes(broken)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with pytest.raises(CuratorFileError) as error:
        write_run_outputs(corpus_run, out)
    assert error.value.line == 2 and "quote" in str(error.value)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_cli_run_stops_with_one_line_naming_file_and_line(tmp_path):
    out = tmp_path / "outputs"
    out.mkdir()
    (out / "relations.csv").write_bytes("\ufeffrelation_id,status\r\nR1,accepted,extra\r\n".encode())
    proc = subprocess.run([sys.executable, "-m", "pipeline", "run", str(CORPUS), "--out", str(out)],
                          cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode != 0
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and f"{out / 'relations.csv'}:2:" in lines[0], proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["relations.csv"]


def test_written_csv_round_trips_through_the_reader(corpus_run):
    frame = merge(corpus_run.relations).frame
    frame.loc[0, "note"] = "=1+2"
    back = read_curator_csv_bytes(csv_bytes(frame))
    pd.testing.assert_frame_equal(back.reset_index(drop=True), frame.reset_index(drop=True))


def read_curator_csv_bytes(data: bytes) -> pd.DataFrame:
    from pipeline.review.readers import parse_curator_bytes

    return parse_curator_bytes(data).frame


