"""Every tunable number in one place, with defaults; the CLI can override them.

Also where the default folders are: the package's own ``dictionaries/`` and ``corpus/``
(``bundled_path``) and the current folder's ``outputs/`` (``default_path``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
SOURCE_ROOT = PACKAGE_DIR.parent  # the repository, when running from a checkout or a -e install
BUNDLED = ("dictionaries", "corpus")


def bundled_path(name: str) -> Path:
    """The ``dictionaries`` or ``corpus`` folder that ships with the package.

    An installed wheel carries them as package data in ``pipeline/_data/`` (setup.py maps the
    repository's top-level folders there without moving them); a checkout or an editable install
    reads the repository's top-level folders.

        >>> bundled_path("dictionaries").joinpath("genes.tsv").is_file()
        True
    """
    if name not in BUNDLED:
        raise ValueError(f"{name!r} is not shipped with the package (only {', '.join(BUNDLED)})")
    packaged = PACKAGE_DIR / "_data" / name
    return packaged if packaged.is_dir() else SOURCE_ROOT / name


def default_path(name: str) -> Path:
    """A default folder, resolved against the current directory.

    ``outputs``: always ``./outputs`` of the current folder (never the package's). ``dictionaries``
    and ``corpus``: the current folder's when it has one, else the bundled one (``bundled_path``).
    """
    here = Path.cwd() / name
    if name not in BUNDLED or here.is_dir():
        return here
    return bundled_path(name)


@dataclass
class ScoringConfig:
    """Weights of the Jensen-lab co-occurrence score (see relations/scoring.py)."""

    document_weight: float = 1.0
    paragraph_weight: float = 2.0
    sentence_weight: float = 0.2
    alpha: float = 0.6
    counting: str = "indicator"  # "indicator" (per document, as published) or "count"
    # Sections whose sentences make no co-mentions (their mentions still go to mentions.csv):
    # two cells of a table row are not a stated relation (docs/structure.md).
    comention_exclude_sections: tuple[str, ...] = ("table",)


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
