"""One run per output folder: an exclusive lock on ``OUT/.run.lock`` for the whole run.

Two runs writing the same folder would interleave their files (the last writer wins each
file, so relations.csv could list relations that report.html does not show). The lock is an
OS file lock (``fcntl.lockf`` on POSIX, ``msvcrt.locking`` on Windows): the OS releases it
when the process ends in any way, kill -9 included, so a stale lock file never blocks a run.
A POSIX record lock belongs to the process, not to the descriptor: forked workers do not
hold it, so a worker still dying after its parent cannot block the next run.
The file holds the holder's pid and start time, for the second run's message.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.errors import EXIT_OUTPUT_LOCKED, PipelineError

LOCK_FILE = ".run.lock"
EXIT_LOCKED = EXIT_OUTPUT_LOCKED  # `python -m pipeline run` when another run holds the folder


class OutputLocked(PipelineError):
    """Another run is writing this output folder."""

    code = "E402"
    exit_code = EXIT_OUTPUT_LOCKED


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:  # a POSIX record lock: held by this process only, not by the workers it forks
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


@contextmanager
def output_lock(output_dir: Path | str) -> Iterator[Path]:
    """Hold the folder's lock for the block; ``OutputLocked`` (one line) when another run has it."""
    folder = Path(output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_lock(fd):
            holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip() if hasattr(os, "pread") else ""
            raise OutputLocked(f"another run is writing this folder ({holder or 'pid unknown'}); "
                               "wait for it to finish or give another --out", folder)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}\n".encode(), 0) \
            if hasattr(os, "pwrite") else None
        yield path
    finally:
        os.close(fd)  # closing the descriptor releases the lock
