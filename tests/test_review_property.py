"""Property: randomised curator edit / re-run cycles never lose a decision or a relation.

Each cycle: the merge writes relations.csv (bytes as on disk); a curator sets statuses and
notes (formula-like text, Chinese, quotes, line breaks), adds a column, deletes or filters
rows, duplicates one, reorders rows and columns and saves in one of Excel's/WPS's formats;
the next run extracts a changed set (some relations gone, some back, some with new
evidence). After every cycle every decision is where the curator left it, every relation
ever seen is present exactly once, and every curator column is still there.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from review_helpers import SAVES, read_cells, save_cells, typed

from pipeline.review.merge import Snapshot, merge
from pipeline.review.readers import parse_curator_bytes
from pipeline.review.store import csv_bytes

TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12)
NOTE = st.one_of(TEXT, st.sampled_from(["=1+1", "+上调", "-下调", "@ref", "\t缩进", "'quoted", "''", "多行\n备注",
                                        "a,b;c\td", "\"引号\"", "接受", " padded "]))
STATUS = st.sampled_from(["accepted", "rejected", "unsure", "", "Accepted"])
EXTRA = st.sampled_from(["priority", "我的备注", "second opinion"])


@pytest.fixture(scope="module")
def fresh(corpus_run):
    """The real extraction of the two bundled reviews, computed once."""
    return corpus_run.relations.reset_index(drop=True)


cycle = st.fixed_dictionaries({
    "edits": st.lists(st.tuples(st.integers(0, 10_000), STATUS, NOTE), max_size=6),
    "extra": st.lists(st.tuples(EXTRA, st.integers(0, 10_000), TEXT), max_size=2),
    "delete": st.lists(st.integers(0, 10_000), max_size=4),
    "duplicate": st.booleans(),
    "save": st.sampled_from(sorted(SAVES)),
    "gone": st.lists(st.integers(0, 10_000), max_size=8),
    "new_evidence": st.lists(st.integers(0, 10_000), max_size=3),
    "seed": st.integers(0, 2**16),
})


@settings(max_examples=50, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(cycles=st.lists(cycle, min_size=1, max_size=3))
def test_edit_rerun_cycles_lose_nothing(fresh, cycles):
    ids = fresh.relation_id.tolist()
    merged = merge(fresh)
    written, base = csv_bytes(merged.frame), Snapshot(merged.frame, merged.pipeline_columns)
    decided: dict[str, dict[str, str]] = {}  # relation_id -> column -> what the curator left
    extras: set[str] = set()
    for c in cycles:
        rows = read_cells(written)
        header, body = rows[0], rows[1:]
        col = {name: i for i, name in enumerate(header)}
        by_id = {r[col["relation_id"]]: r for r in body}
        touched = set()
        for index, status, note in c["edits"]:
            rid = ids[index % len(ids)]
            if rid not in by_id:
                continue
            by_id[rid][col["status"]], by_id[rid][col["note"]] = status, typed(note)
            decided.setdefault(rid, {}).update(status=status, note=note)
            touched.add(rid)
        for name, index, value in c["extra"]:
            if name not in col:
                col[name] = len(header)
                header.append(name)
                for r in body:
                    r.append("")
            rid = ids[index % len(ids)]
            if rid in by_id:
                by_id[rid][col[name]] = typed(value)
                decided.setdefault(rid, {})[name] = value
                touched.add(rid)
            extras.add(name)
        deletable = [r for r in body if r[col["relation_id"]] not in touched]
        for index in c["delete"]:  # deleted or filtered away (never rows edited in this cycle)
            if deletable:
                body.remove(deletable.pop(index % len(deletable)))
        if c["duplicate"] and body:
            body.append(list(body[0]))
        rng = random.Random(c["seed"])
        rng.shuffle(body)
        order = list(range(len(header)))
        rng.shuffle(order)
        saved = save_cells([[r[i] for i in order] for r in [header, *body]], c["save"])

        gone = {ids[i % len(ids)] for i in c["gone"]}
        run = fresh[~fresh.relation_id.isin(gone)].copy()
        changed = run.relation_id.isin({ids[i % len(ids)] for i in c["new_evidence"]})
        run.loc[changed, "evidence"] = run.loc[changed, "evidence"] + " (修订)"

        table = parse_curator_bytes(saved)
        merged = merge(run, table.frame, base, current_lines=table.lines)
        frame = merged.frame
        assert frame.relation_id.is_unique
        assert set(frame.relation_id) == set(ids)
        assert extras <= set(frame.columns)
        rows_by_id = frame.set_index("relation_id")
        for rid, values in decided.items():
            for column, value in values.items():
                assert rows_by_id.at[rid, column] == value, (rid, column)
        written, base = csv_bytes(frame), Snapshot(frame, merged.pipeline_columns)
