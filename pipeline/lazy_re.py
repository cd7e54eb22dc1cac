"""Regular expressions compiled on first use, not at import (issue 17, stop 46).

The pipeline's modules hold about 1,400 patterns as module constants; compiling them at import
cost ~0.7 CPU-s (and the garbage collections their objects set off: importing the pipeline took
1.1-1.4 CPU-s, now ~0.2), on every start of a process. A run over many papers still compiles
most of them (1,329 of 1,440 after 102 dev papers, ~0.7 CPU-s), but on first use, spread over
its first documents: a process starts sooner, and a small run compiles only what it uses.
``compile(source, flags)`` returns a ``LazyPattern`` instead: the same
source and flags, compiled by ``re.compile`` the first time anything but ``.pattern`` is asked of
it. It then copies the compiled pattern's methods and attributes onto itself and sheds the
``__getattr__`` hook that compiles (it becomes a plain ``LazyPattern``, no more ``_Uncompiled``),
and the module that made it gets the compiled ``re.Pattern`` under its name (its globals, where
the module's functions look it up). A pattern held in a container (a dict or tuple of patterns)
or imported into another module stays the ``LazyPattern``, whose every later ``P.search(...)`` is
one instance-dictionary look-up of the compiled pattern's bound method. Calls through the lazy
object cost ~7 % of ``process_file`` on the 16x corpus (about 5.4 million pattern calls per 640
files), which is why the module's own name is given the compiled pattern. So no code may compare a
module pattern by identity (``pattern is _X``): the name's value changes on first use.

What a ``LazyPattern`` is not: an ``re.Pattern`` (that type cannot be subclassed), so it cannot be
passed to ``re.search(P, text)`` or ``re.compile(P)``; call its methods (``P.search(text)``) or use
``P.compiled``. ``.pattern`` (its source) is answered without compiling, so module constants built
from other patterns' sources stay lazy. Two threads asking at once may both compile it; they
store equal patterns, so either wins.
"""

from __future__ import annotations

import re
import sys
from typing import Any

_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "split", "sub", "subn", "scanner",
           "flags", "groups", "groupindex")


class LazyPattern:
    """A pattern compiled by ``re.compile(source, flags)`` when first used (module docstring)."""

    def __init__(self, source: str, flags: int | re.RegexFlag = 0, home: dict | None = None) -> None:
        self.pattern = source
        self._flags = flags
        self._home = home  # the globals of the module that made it

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            found = re.compile(self.pattern, self._flags)
            for name in _COPIED:  # later look-ups find these in the instance dict
                self.__dict__[name] = getattr(found, name)
            self.__dict__["_compiled"] = found
            self.__class__ = LazyPattern  # no __getattr__ hook left to slow every look-up
            home = self.__dict__.pop("_home", None)
            for name, value in list((home or {}).items()):
                if value is self:  # the module's own name for it now holds the re.Pattern itself
                    home[name] = found
        return found

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r}, {int(self._flags)})"


class _Uncompiled(LazyPattern):
    """A ``LazyPattern`` not used yet: the first attribute it lacks compiles it."""

    def __getattr__(self, name: str) -> Any:
        """Called only for a name not yet in the instance: compile, then answer from the pattern."""
        if name.startswith("__"):
            raise AttributeError(name)  # copy/pickle probes: not forwarded
        return getattr(self.compiled, name)


def compile(source: str, flags: int | re.RegexFlag = 0) -> LazyPattern:  # noqa: A001 (mirrors re.compile)
    """``re.compile(source, flags)``, compiled on first use (module docstring)."""
    return _Uncompiled(source, flags, sys._getframe(1).f_globals)
