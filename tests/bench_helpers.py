"""Shared by the tests of bench/ scripts: bench/ is no package, so a script is loaded from its file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]


def bench_module(name: str) -> ModuleType:
    """bench/<name>.py loaded as a fresh module, registered in ``sys.modules`` under ``name`` unless a
    module of that name is there already (dataclasses look their module up there)."""
    spec = importlib.util.spec_from_file_location(name, REPO / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module
