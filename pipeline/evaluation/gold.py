"""Load the gold relations and put gold and predictions on the same footing.

Matching rules (documented in corpus/gold/GUIDELINES.md and README):

* Pairs are unordered: (a, b) equals (b, a).
* Ids must be equal. A family matches only the family: gold ``FPLX:AMPK`` is matched by an
  extracted ``FPLX:AMPK``, never by a member gene such as PRKAA1.
* A composed axis (``AXIS:…``) is compared by its *set* of member ids, so
  ``AXIS:FPLX:PI3K/FPLX:AKT/HGNC:3942`` equals the same three members in another order.
* The unit of evaluation is (document, unordered pair); per-section and per-language
  tables use (document, section group, pair) and (document, language, pair).
* Each gold file of ``corpus/gold/`` is a **gold set** scored on its own documents only:
  ``relations.csv`` (the two reviews, named ``reviews``), ``new_papers_zh.csv``,
  ``new_papers_en.csv`` (new papers annotated by reading, see GUIDELINES section 5), and any
  other gold CSV put there (named after its file).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import PipelineError
from pipeline.text.normalize import cjk_ratio

GOLD_COLUMNS = ["doc_id", "section", "a_type", "a_id", "a_name", "b_type", "b_id", "b_name",
                "label", "negated", "evidence"]
LABELS = ("upregulates", "downregulates", "activates", "inhibits", "via", "member_of",
          "contains", "combined_with", "associated")


REVIEWS_FILE = "relations.csv"  # the reviews' gold; other gold sets sit beside it


class GoldError(PipelineError):
    code = "E401"


def canonical_id(entity_id: str) -> str:
    if entity_id.startswith("AXIS:"):
        return "AXIS:" + "/".join(sorted(entity_id[5:].split("/")))
    return entity_id


def pair_key(a_id: str, b_id: str) -> tuple[str, str]:
    a, b = canonical_id(a_id), canonical_id(b_id)
    return (a, b) if a <= b else (b, a)


def section_group(section: str) -> str:
    if section == "body":
        return "body"
    if section == "references":
        return "references"
    return "front"  # titles, abstracts, keywords


def language(text: str) -> str:
    return "zh" if cjk_ratio(text) >= 0.2 else "en"


@dataclass(frozen=True)
class GoldRelation:
    doc_id: str
    section: str
    a_type: str
    a_id: str
    a_name: str
    b_type: str
    b_id: str
    b_name: str
    label: str
    negated: bool
    evidence: str

    @property
    def pair(self) -> tuple[str, str]:
        return pair_key(self.a_id, self.b_id)

    @property
    def pair_type(self) -> str:
        return "–".join(sorted((self.a_type, self.b_type)))

    @property
    def lang(self) -> str:
        return language(self.evidence)


def load_gold(path: Path) -> list[GoldRelation]:
    """Read corpus/gold/relations.csv; a malformed row stops with file:line."""
    path = Path(path)
    if not path.exists():
        raise GoldError("gold file not found", path)
    rows: list[GoldRelation] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in GOLD_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise GoldError(f"header lacks column(s) {', '.join(missing)}", path, 1)
        for row in reader:
            line = reader.line_num
            if row["label"] not in LABELS:
                raise GoldError(f"unknown label {row['label']!r}", path, line)
            if row["negated"] not in ("true", "false"):
                raise GoldError(f"negated must be true or false, got {row['negated']!r}", path, line)
            if not row["a_id"] or not row["b_id"] or not row["evidence"]:
                raise GoldError("a_id, b_id and evidence are required", path, line)
            rows.append(GoldRelation(**{**{c: row[c] for c in GOLD_COLUMNS}, "negated": row["negated"] == "true"}))
    return rows


@dataclass(frozen=True)
class GoldSet:
    """One gold file: its rows and the documents it covers (scored apart from other sets)."""

    name: str
    path: Path
    rows: tuple[GoldRelation, ...]

    @property
    def docs(self) -> frozenset[str]:
        return frozenset(g.doc_id for g in self.rows)


def gold_set_name(path: Path) -> str:
    return "reviews" if path.name == REVIEWS_FILE else path.stem


def load_gold_sets(path: Path) -> list[GoldSet]:
    """Every gold set of a folder (``relations.csv`` first, then the other ``*.csv`` by name),
    or the one set of a file. A folder without ``relations.csv`` and no other CSV is an error."""
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.csv"), key=lambda f: (f.name != REVIEWS_FILE, f.name))
        if not files:
            raise GoldError(f"no gold CSV ({REVIEWS_FILE}, new_papers_*.csv) in the folder", path)
    else:
        files = [path]
    return [GoldSet(gold_set_name(f), f, tuple(load_gold(f))) for f in files]
