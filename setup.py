"""Build hook: ship the repository's ``dictionaries/`` and ``corpus/`` inside the package.

The two folders stay where they are (tools regenerate files there); setuptools maps them onto
``pipeline/_data/dictionaries`` and ``pipeline/_data/corpus`` in a wheel, where
``pipeline.config.bundled_path`` finds them. A checkout or an editable install
(``pip install -e .``) reads the top-level folders directly. Everything else is in pyproject.toml.

The compiled core (``pipeline/_core/_speedups.pyx``, issue 17) is built here with Cython
(a build requirement in pyproject.toml) and the machine's C compiler. Without a compiler the
install still works: the extension is optional and ``pipeline._core`` falls back to its
pure-Python module (same results, slower).
"""

from setuptools import Extension, find_packages, setup
from setuptools.command.build_ext import build_ext


class OptionalBuildExt(build_ext):
    """Build the compiled core when a compiler is there; warn, never fail, otherwise."""

    def run(self):
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 — no compiler: the pure-Python core is used
            print(f"warning: pipeline._core._speedups not built ({exc}); using the pure-Python core")

    def build_extension(self, ext):
        try:
            super().build_extension(ext)
        except Exception as exc:  # noqa: BLE001
            print(f"warning: {ext.name} not built ({exc}); using the pure-Python core")


def _extensions():
    try:
        from Cython.Build import cythonize
    except ImportError:  # a setup without the build requirement: pure-Python core
        return []
    return cythonize(
        [Extension("pipeline._core._speedups", ["pipeline/_core/_speedups.pyx"])],
        compiler_directives={"language_level": 3},
        quiet=True,
    )


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
    ext_modules=_extensions(),
    cmdclass={"build_ext": OptionalBuildExt},
)
