"""Build hook: ship the repository's ``dictionaries/`` and ``corpus/`` inside the package.

The two folders stay where they are (tools regenerate files there); setuptools maps them onto
``pipeline/_data/dictionaries`` and ``pipeline/_data/corpus`` in a wheel, where
``pipeline.config.bundled_path`` finds them. A checkout or an editable install
(``pip install -e .``) reads the top-level folders directly. Everything else is in pyproject.toml.
"""

from setuptools import find_packages, setup

DATA = {
    "pipeline._data.dictionaries": "dictionaries",
    "pipeline._data.dictionaries.curated": "dictionaries/curated",
    "pipeline._data.corpus": "corpus",
    "pipeline._data.corpus.gold": "corpus/gold",
}

setup(
    packages=find_packages(include=["pipeline", "pipeline.*"]) + list(DATA),
    package_dir=DATA,
    package_data={"pipeline": ["py.typed"], **{name: ["*.tsv", "*.csv", "*.md"] for name in DATA}},
)
