"""Re-type the mentions stored by a run with the relation rules of the code on sys.path.

    python bench/retype_store.py OUT/store.sqlite relations.csv

Compares relation rules on identical mentions: annotation (dictionaries, abbreviations) can
differ between runs and code versions, which moves recall and hides what the rules changed.
Run it once with this checkout and once with an older one on PYTHONPATH, then score both files
with bench/relations_quality.py.
"""

from __future__ import annotations

import sqlite3
import sys

from pipeline.api import relations_frame
from pipeline.config import Config
from pipeline.dictionaries.loader import load_dictionary
from pipeline.relations.facts import DocumentFacts


def main(store: str, out: str) -> None:
    db = sqlite3.connect(store)
    docs = []
    for (facts,) in db.execute("SELECT facts FROM documents WHERE status != 'failed' AND facts != ''"):
        doc = DocumentFacts.from_json(facts)
        for s in doc.sentences:
            s.pairs = None  # typed again by this code
        docs.append(doc)
    config = Config()
    frame = relations_frame(docs, load_dictionary(config.dictionaries), config)
    frame.to_csv(out, index=False, encoding="utf-8-sig")
    print(f"{len(docs)} documents, {len(frame)} relations -> {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
