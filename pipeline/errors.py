"""All user-facing errors, with codes, in one place.

A message says what was wrong, where (file, and line when there is one), and what to do.
"""

from __future__ import annotations


class PipelineError(Exception):
    """An error the user can act on; the CLI prints it as one line and exits non-zero."""

    code = "E000"

    def __init__(self, message: str, path: object | None = None, line: int | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return f"{self.code} {where}{self.message}"


class DictionaryError(PipelineError):
    code = "E101"


class DocumentError(PipelineError):
    code = "E201"


class CuratorFileError(PipelineError):
    code = "E301"


class BatchError(PipelineError):
    """A batch run cannot go on (--strict and a document failed, an unreachable cluster)."""

    code = "E401"
