"""No-op re-runs: when nothing a run's outputs follow from has changed, nothing is redone.

After writing its outputs a batch run records in the store (meta ``outputs``) a key of
everything they follow from — the inputs with their stored states (``BatchStats.inputs_key``:
file hashes, dictionaries, annotation code), the whole package's code, the configuration
and the output options — and the SHA-256 of every file it left in the output folder. The
next run with the same key, whose files on disk still have those hashes (a curator's edit
to relations.csv changes its hash), skips aggregation and output writing altogether: the
files stay byte for byte and keep their time stamps.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, is_dataclass
from functools import lru_cache
from pathlib import Path

META_KEY = "outputs"


@lru_cache(maxsize=1)
def package_version() -> str:
    """A hash of every source file of the package (any code change re-renders the outputs)."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for f in sorted(root.rglob("*.py")):
        digest.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def outputs_key(inputs_key: str, config, options) -> str:
    def plain(value):
        return asdict(value) if is_dataclass(value) else value

    parts = {"inputs": inputs_key, "code": package_version(),
             "config": {k: str(plain(v)) for k, v in vars(config).items()},
             "options": plain(options)}
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


def file_hash(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


# Threads hashing the output files: hashlib releases the GIL while it hashes a block, so two
# threads use the two cores. The files are hashed as the last step of a run (the figure's child
# has exited, a core is free): ~45 MB of outputs for the 16x benchmark, 0.04 s of CPU.
HASH_THREADS = 2


def snapshot_of(output_dir: Path, names: list[str]) -> dict[str, str | None]:
    """relative name -> SHA-256 of the files a run left (None: absent)."""
    names = sorted(names)
    paths = [Path(output_dir) / name for name in names]
    if len(paths) < 2:
        return {name: file_hash(path) for name, path in zip(names, paths)}
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(min(HASH_THREADS, len(paths)), thread_name_prefix="tcm-hash") as pool:
        return dict(zip(names, pool.map(file_hash, paths)))


def record(key: str, output_dir: Path, names: list[str], summary: dict) -> str:
    """The meta value stored after a run wrote its outputs."""
    return json.dumps({"key": key, "files": snapshot_of(output_dir, names), "summary": summary},
                      ensure_ascii=False, sort_keys=True)


def unchanged(stored: str | None, key: str, output_dir: Path) -> dict | None:
    """The stored summary when ``key`` is the last run's and its files are as it left them."""
    if not stored:
        return None
    try:
        data = json.loads(stored)
    except ValueError:
        return None
    if data.get("key") != key:
        return None
    files = data.get("files") or {}
    if not files or snapshot_of(output_dir, list(files)) != files:
        return None
    return data.get("summary") or {}
