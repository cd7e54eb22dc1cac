"""Curator review: relations.csv that never loses a decision.

readers.py  read any spreadsheet re-save of the curator file (encodings, delimiters, quoting)
cells.py    formula-safe cells that round-trip
merge.py    fresh extraction + curator table + last run -> the table to write (pure)
store.py    CSV bytes, backups, last-run snapshot
outputs.py  everything `run` writes, planned in memory, then written atomically
summary.py  `python -m pipeline review`
export.py   `python -m pipeline export --accepted` (CSV and BioC JSON)
"""
