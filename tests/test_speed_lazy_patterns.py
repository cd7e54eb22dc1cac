"""Module patterns compiled on first use (pipeline/lazy_re.py, issue 17, stop 46): each equals
``re.compile`` of its source and flags, none is handed to an ``re`` function that needs an
``re.Pattern``, importing the pipeline compiles almost none of them, and a used one answers as the
compiled pattern does (real sentences of the bundled reviews)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys

from conftest import JIN, LI, REPO

from pipeline import lazy_re
from pipeline.lazy_re import LazyPattern


_EVERY_PATTERN = """
import gc, importlib, pkgutil, re
import pipeline
from pipeline.lazy_re import LazyPattern
for info in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
    if not info.name.endswith(("__main__", "_speedups")):
        importlib.import_module(info.name)
patterns = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]
for p in patterns:
    expected = re.compile(p.pattern, p._flags)
    assert p.compiled == expected, p.pattern
    assert (p.flags, p.groups, p.groupindex) == (expected.flags, expected.groups, expected.groupindex)
print(len(patterns))
"""


def test_every_module_pattern_equals_re_compile_of_its_source_and_flags():
    """A pattern that failed to compile used to fail the import; now it would fail at its first
    use, deep in a run: every one is compiled here (in a fresh process: in this one, tests before
    have used, and so replaced, many), and equals (source, flags, code) what ``re.compile``
    makes, with the same flags, groups and group names."""
    out = subprocess.run([sys.executable, "-c", _EVERY_PATTERN], cwd=REPO, capture_output=True, text=True,
                         check=True, env={"PYTHONPATH": str(REPO), "PATH": ""}).stdout
    assert int(out.split()[-1]) > 1000


def _lazy_names(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None \
                and "lazy_re.compile" in ast.unparse(node.value):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names |= {t.id for t in targets if isinstance(t, ast.Name)}
    return names


def test_no_re_function_is_handed_a_lazy_pattern():
    """``re.search(P, text)`` needs a str or an ``re.Pattern``: a module's lazy pattern passed to an
    ``re`` function would raise TypeError only when that line runs."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in (REPO / "pipeline").rglob("*.py")}
    lazy = set().union(*(_lazy_names(t) for t in trees.values()))
    handed = []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args \
                    and isinstance(node.args[0], ast.Name) and node.args[0].id in lazy:
                handed.append(f"{path.name}:{node.lineno}")
    assert len(lazy) > 1000
    assert handed == []


def test_no_module_pattern_is_compared_by_identity():
    """A module's name for its pattern is given the compiled ``re.Pattern`` on first use, so
    ``pattern is _X`` would change its answer then (cell_lines and gene_partners compared so)."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in (REPO / "pipeline").rglob("*.py")}
    lazy = set().union(*(_lazy_names(t) for t in trees.values()))
    compared = [f"{path.name}:{node.lineno}" for path, tree in trees.items() for node in ast.walk(tree)
                if isinstance(node, ast.Compare) and any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops)
                and any(isinstance(x, ast.Name) and x.id in lazy for x in [node.left, *node.comparators])]
    assert compared == []


def test_the_module_name_of_a_used_pattern_holds_the_compiled_pattern():
    """After the first use the module's functions find the ``re.Pattern`` itself (no lazy object
    between them and it); a container holding the pattern keeps the lazy one, which still answers."""
    module: dict = {}
    exec("from pipeline import lazy_re\nP = lazy_re.compile('a+', 2)\nBOTH = (P,)\n", module)  # noqa: S102
    assert isinstance(module["P"], LazyPattern)
    assert module["BOTH"][0].search("xAa").span() == (1, 3)
    assert module["P"] == re.compile("a+", re.IGNORECASE) and isinstance(module["P"], re.Pattern)
    assert module["BOTH"][0].search("xAa").span() == (1, 3)


def test_importing_the_pipeline_compiles_few_of_its_patterns():
    """The point of the mechanism: a process that imports the annotator and the relation modules
    compiles only the patterns their import-time tables use, not the ~1,400 they hold."""
    code = ("import gc, pipeline.api, pipeline.nlp.annotator, pipeline.relations.effects\n"
            "from pipeline.lazy_re import LazyPattern\n"
            "ps = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]\n"
            "print(len(ps), sum('_compiled' in o.__dict__ for o in ps))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(REPO), "PATH": ""}).stdout.split()
    held, compiled = int(out[0]), int(out[1])
    assert held > 1000 and compiled < held / 10


def test_a_used_pattern_answers_as_the_compiled_one_on_the_reviews():
    """Every method the code calls gives what ``re.compile`` gives, before and after the first use
    (the first call compiles; later calls go straight to the compiled pattern's methods)."""
    source, flags = r"[,;:，；：]\s*|\s+(?:whereas|while|but|thereby|thus)\s+", re.IGNORECASE  # cues.CLAUSE_BREAK
    text = LI.read_text(encoding="utf-8") + JIN.read_text(encoding="utf-8")
    expected = re.compile(source, flags)
    for method in ("search", "finditer", "findall", "split", "match", "fullmatch"):
        lazy = lazy_re.compile(source, flags)
        assert "_compiled" not in lazy.__dict__
        for _ in range(2):
            got, want = getattr(lazy, method)(text), getattr(expected, method)(text)
            if method == "finditer":
                got, want = [m.span() for m in got], [m.span() for m in want]
            elif method in ("search", "match", "fullmatch"):
                got, want = got and got.span(), want and want.span()
            assert got == want and "_compiled" in lazy.__dict__
            assert type(lazy) is LazyPattern and not hasattr(LazyPattern, "__getattr__")  # no hook left
    assert lazy_re.compile(source, flags).sub("|", text) == expected.sub("|", text)
    assert lazy_re.compile(source).pattern == source  # answered without compiling
