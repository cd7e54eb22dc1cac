"""All user-facing errors, with codes, in one place.

A message says what was wrong, where (file, and line when there is one), and what to do.
The command line prints one as a single line, ``error: E201 path: message``, and exits with
the class's ``exit_code``:

=====  =================================================================================
code   meaning
=====  =================================================================================
0      success
1      finished, but some documents failed (listed in outputs/errors.csv) or a folder
       could not be read; ``dictionaries check`` found errors
2      bad invocation or bad input: an unknown option, a path that does not exist or
       cannot be read, nothing to annotate, ``--out`` naming a file, a malformed
       dictionary, gold or curator file
3      a batch stopped: ``--strict`` and a document failed, or the Dask cluster
       cannot be reached
4      another run is writing the same output folder (pipeline/batch/lock.py)
130    interrupted (Ctrl-C)
=====  =================================================================================

Error codes: E1xx dictionaries, E2xx documents and input folders, E3xx the curator's files,
E4xx batch runs, E5xx the command line.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_BATCH_STOPPED = 3
EXIT_OUTPUT_LOCKED = 4
EXIT_INTERRUPTED = 130


class PipelineError(Exception):
    """An error the user can act on; the CLI prints it as one line and exits non-zero."""

    code = "E000"
    exit_code = EXIT_BAD_INPUT

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


class UnreadableFolderError(DocumentError):
    """A folder given on the command line, or found inside one, cannot be listed."""

    code = "E202"


class NothingToDoError(DocumentError):
    """No document in the folders given: an empty folder, or filters that match nothing."""

    code = "E203"


class FileAccessError(DocumentError):
    """A file or folder the operating system refuses to read or write."""

    code = "E204"


class CuratorFileError(PipelineError):
    code = "E301"


class BatchError(PipelineError):
    """A batch run cannot go on (--strict and a document failed, an unreachable cluster)."""

    code = "E401"
    exit_code = EXIT_BATCH_STOPPED


class UsageError(PipelineError):
    """A bad command line: an option out of range, ``--out`` naming a file."""

    code = "E501"


class UnreadableFolderWarning(UserWarning):
    """A folder inside an input folder could not be listed: its files are skipped, the batch
    goes on, and the command exits with 1 (``discover`` warns; the CLI prints one line)."""
