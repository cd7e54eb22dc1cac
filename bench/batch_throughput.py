"""Batch throughput: documents/s and MB/s for 1 and N workers, and a no-op incremental re-run.

    python bench/batch_throughput.py [--n 240] [--workers 1,2] [--corpus DIR] [--keep DIR]

Makes the synthetic corpus (bench/make_corpus.py) unless ``--corpus`` is given, then runs
``python -m pipeline run`` in a fresh process for each worker count (``--full``, its own
store and output folder), then once more with nothing changed. Prints a table: the
process's wall time, the Annotator start-up, the annotation phase (documents/s, MB/s), and
the whole run's documents/s.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

_ONE = """
import json, sys, time
from pathlib import Path
from pipeline.batch.outputs import write_batch_outputs
from pipeline.batch.runner import run_batch
from pipeline.config import Config
corpus, out, workers, full = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"
started = time.perf_counter()
result = run_batch([corpus], Config(output_dir=out), workers=workers, full=full, progress=False)
batch_seconds = time.perf_counter() - started
write_batch_outputs(result, out)
s = result.stats
print(json.dumps({"documents": s.documents, "annotated": s.annotated_documents, "bytes": s.bytes_annotated,
                  "startup": s.startup_seconds, "annotate": s.annotate_seconds, "batch": batch_seconds,
                  "total": time.perf_counter() - started, "workers": s.workers, "executor": s.executor}))
"""


def one(corpus: Path, out: Path, workers: int, full: bool) -> dict:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _ONE, str(corpus), str(out), str(workers), "1" if full else "0"],
                          capture_output=True, text=True, cwd=REPO, check=True)
    stats = json.loads(proc.stdout.strip().splitlines()[-1])
    stats["process"] = time.perf_counter() - started
    return stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=240)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="work folder to keep (default: a temporary one)")
    args = parser.parse_args()
    from bench.make_corpus import make_corpus

    work = args.keep or Path(tempfile.mkdtemp(prefix="batch-bench-"))
    corpus = args.corpus or work / "corpus"
    if args.corpus is None:
        make_corpus(corpus, args.n, formats=("md", "txt", "html"))
    files = [p for p in corpus.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    print(f"corpus: {len(files)} files, {size / 1e6:.2f} MB ({corpus})")
    print(f"{'run':22s} {'process s':>9s} {'start-up s':>10s} {'annotate s':>10s} {'docs/s':>7s} {'MB/s':>6s} "
          f"{'run docs/s':>10s}")
    for n in [int(w) for w in args.workers.split(",")]:
        out = work / f"out-{n}"
        s = one(corpus, out, n, full=True)
        rate = s["annotated"] / s["annotate"] if s["annotate"] else 0.0
        mbs = s["bytes"] / 1e6 / s["annotate"] if s["annotate"] else 0.0
        print(f"{f'{n} worker(s), full':22s} {s['process']:9.1f} {s['startup']:10.1f} {s['annotate']:10.1f} "
              f"{rate:7.1f} {mbs:6.3f} {s['annotated'] / s['batch']:10.1f}")
    s = one(corpus, work / f"out-{n}", n, full=False)
    print(f"{'no-op re-run':22s} {s['process']:9.1f} {s['startup']:10.1f} {s['annotate']:10.1f} {'':>7s} {'':>6s} "
          f"{'':>10s}   (run_batch {s['batch']:.1f} s, with outputs {s['total']:.1f} s)")


if __name__ == "__main__":
    main()
