"""What a batch run writes besides the usual outputs: the manifest and the interop files."""

from __future__ import annotations

from pathlib import Path

from pipeline.batch.collector import collecting_only_new_objects
from pipeline.batch.forked import start
from pipeline.io.bioc_writer import bioc_json_bytes
from pipeline.io.pubtator_writer import is_abstract, pubtator_text
from pipeline.io.writers import atomic_write_bytes, write_csv

BATCH_FILES = {
    "manifest": "manifest.csv",
    "bioc": "annotations.bioc.json",
    "pubtator": "annotations.pubtator",
}


def write_batch_outputs(result, output_dir: Path | str) -> dict[str, Path]:
    """``api.write_outputs`` (mentions, relations, errors, report…), then manifest.csv,
    annotations.bioc.json and annotations.pubtator (only when some documents are abstracts).
    Every file is written atomically, after all the work is done."""
    with collecting_only_new_objects():
        return _write_batch_outputs(result, output_dir)


def _write_batch_outputs(result, output_dir: Path | str) -> dict[str, Path]:
    from pipeline.api import write_outputs

    out = Path(output_dir)
    # with several worker processes the other cores are idle now: the BioC collection and
    # the network figure are rendered in forked children while this process does the rest
    parallel = getattr(getattr(result, "stats", None), "workers", 1) > 1
    bioc = start(bioc_json_bytes, result.records, result.facts, result.mentions, result.relations, parallel=parallel)
    written = dict(write_outputs(result, out, parallel))
    paths = {name: out / file for name, file in BATCH_FILES.items()}
    write_csv(result.manifest, paths["manifest"])
    atomic_write_bytes(paths["bioc"], bioc.result())
    written["manifest"], written["bioc"] = paths["manifest"], paths["bioc"]
    if any(is_abstract(r) for r in result.records):
        text = pubtator_text(result.records, result.facts, result.mentions, result.relations)
        atomic_write_bytes(paths["pubtator"], text.encode("utf-8"))
        written["pubtator"] = paths["pubtator"]
    elif paths["pubtator"].exists():
        paths["pubtator"].unlink()
    return written
