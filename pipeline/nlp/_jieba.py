"""jieba, imported without ``pkg_resources``.

jieba 0.42's ``_compat`` imports ``pkg_resources`` (setuptools) only to open its own data
files, and falls back to a plain ``open`` beside its ``__file__`` when that import fails.
Importing ``pkg_resources`` scans every installed distribution: 0.13-0.2 s of a batch's
start-up (~0.15 s of jieba's 0.16 s import, ``python -X importtime``) for files the fallback
opens just as well (the same bytes: jieba's dictionary and models). So the import is made
to fail while jieba is imported, and ``pkg_resources`` is left importable afterwards for
anyone who wants it. Nothing changes when jieba or ``pkg_resources`` is already imported.
"""

from __future__ import annotations

import sys


def _import_jieba():
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # "import pkg_resources" raises ImportError
    try:
        import jieba
    finally:
        if sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    return jieba


jieba = _import_jieba()
