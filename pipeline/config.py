"""Every tunable number in one place, with defaults; the CLI can override them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]


def default_path(name: str) -> Path:
    """A project folder: the current directory's if it has one, else the repository's."""
    here = Path.cwd() / name
    return here if here.exists() else REPO_ROOT / name


@dataclass
class ScoringConfig:
    """Weights of the Jensen-lab co-occurrence score (see relations/scoring.py)."""

    document_weight: float = 1.0
    paragraph_weight: float = 2.0
    sentence_weight: float = 0.2
    alpha: float = 0.6
    counting: str = "indicator"  # "indicator" (per document, as published) or "count"


@dataclass
class Config:
    dictionaries: Path | None = None
    output_dir: Path | None = None
    scoring: ScoringConfig = None  # type: ignore[assignment]
    max_members_listed: int = 50  # pathway member lists in relations.csv are cut after this
    more_evidence: int = 3  # evidence sentences listed after the best one
    # longest evidence cell of relations.csv (Excel holds 32,767 characters a cell); a longer
    # sentence (a run-on one) is cut and names its document/section/sentence id
    max_evidence_chars: int = 600
    make_docs: bool = True  # keep spaCy Docs (needed for displaCy and the report)
    link_unmatched: bool = True  # fuzzy-link gene-like names the dictionary misses (nlp/linker.py)

    def __post_init__(self) -> None:
        if self.scoring is None:
            self.scoring = ScoringConfig()
        if self.dictionaries is None:
            self.dictionaries = default_path("dictionaries")
        if self.output_dir is None:
            self.output_dir = default_path("outputs")
