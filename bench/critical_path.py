"""The critical path of one batch run: when each process did what, and with how much CPU (issue 17).

    python bench/critical_path.py [--docs 640] [--workers 1,2] [--rounds 1] [--corpus DIR]

Runs the benchmark's end-to-end run (bench/benchmark.py ``pipeline_end_to_end``: the Annotator
warm in this process, a fresh store and output folder, then ``write_batch_outputs``) on the
16x corpus (``make_corpus --n 640 --seed 16``) and prints, per run, one line per piece of work
in every process that took part: the calling process's phases (the annotating child's
lifetime seen from here, the rest of the aggregation, each output), the annotating child's
own run (``_annotate``: the relay between the pool and the store when there are workers),
each pool worker (its initialisation, its first and last chunk) and the forked network
figure. Each line: start and end in seconds after the run's start (``time.perf_counter``
is CLOCK_MONOTONIC, so forks share it) and the CPU seconds of that process spent in it.

On a shared machine wall clock says little (other helpers load the two cores); CPU seconds
of the process that is alone on the critical path after the workers finish (the "tail") do.
The instrumentation wraps module functions, in this process before anything is forked (the
forks inherit the wrappers); each process appends its records to a file named by its pid.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
warnings.filterwarnings("ignore")

_RECORDS: list[tuple] = []
_TRACE_DIR: list[Path] = []


def _record(label: str, start: float, end: float, cpu: float) -> None:
    """One record of this process: in memory (the calling process) or appended to its own file
    (a forked one: the calling process reads them after the run)."""
    line = (label, start, end, cpu, os.getpid())
    if _TRACE_DIR and os.getpid() != _TRACE_DIR[1]:
        with open(_TRACE_DIR[0] / f"trace-{os.getpid()}.tsv", "a", encoding="utf-8") as handle:
            handle.write("\t".join(map(str, line)) + "\n")
    else:
        _RECORDS.append(line)


def traced(module, name: str, label: str | None = None) -> None:
    """Replace ``module.name`` by a wrapper that records its wall span and this process's CPU in it."""
    fn = getattr(module, name)
    if getattr(fn, "_traced", False):
        return

    @functools.wraps(fn)  # the same name: a pool pickles ``process_files`` by reference
    def wrapper(*args, **kwargs):
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            _record(label or name, t0, time.perf_counter(), time.process_time() - c0)

    wrapper._traced = True
    setattr(module, name, wrapper)


def instrument() -> None:
    """Wrap what a batch run does, in every process it forks (workers look ``process_files`` and
    ``init_worker`` up in the modules they inherited)."""
    import pipeline.batch.outputs as outputs
    import pipeline.batch.runner as runner
    import pipeline.batch.worker as worker
    import pipeline.report.html as html
    import pipeline.report.network as network
    import pipeline.review.outputs as review

    for module, name, label in [
        (runner, "_in_child", "parent: annotating child alive"), (runner, "_annotate", "child: _annotate (relay)"),
        (runner, "init_worker", "worker: init"), (worker, "process_files", "worker: chunk"),
        (runner, "load_dictionary", "parent: load_dictionary"), (runner, "_aggregate", "parent: rest of aggregation"),
        (runner, "relations_table", "parent: relations_table"),
        (outputs, "write_batch_outputs", "parent: write_batch_outputs"),
        (review, "merge", "parent: merge with curator file"), (review, "write_csv", "parent: relations.csv"),
        (outputs, "stream_documents", "parent: stream (mentions, BioC, PubTator, evidence)"),
        (html, "render_report_files", "parent: report"),
        (review, "write_snapshot_rows_to", "parent: snapshot rows"),
        (outputs, "write_planned", "parent: write_planned"), (outputs, "_remember", "parent: no-op record"),
        (network, "render_network", "figure: render_network (a forked child with workers)"),
    ]:
        traced(module, name, label)
    # the runner submits the name it imported: the same wrapper, or the pool could not pickle the
    # function by reference (pickle finds the module's attribute, the wrapper, and refuses another object)
    runner.process_files = worker.process_files


def summarise(records: list[tuple], t0: float) -> list[str]:
    """Lines "label  +start .. +end  wall  cpu"; the worker chunks folded into first / last / all."""
    lines, chunks = [], {}
    for label, a, b, cpu, pid in sorted(records, key=lambda r: r[1]):
        if label == "worker: chunk":
            chunks.setdefault(pid, []).append((a, b, cpu))
            continue
        lines.append(f"{label:52s} +{a - t0:7.3f} .. +{b - t0:7.3f}  {b - a:6.3f} s wall  {cpu:6.3f} CPU-s  (pid {pid})")
    for pid, spans in chunks.items():
        first, last = spans[0], spans[-1]
        lines.append(f"{'worker: chunks (first start .. last end)':52s} +{first[0] - t0:7.3f} .. +{last[1] - t0:7.3f}  "
                     f"{len(spans)} chunks, {sum(c for _, _, c in spans):6.3f} CPU-s  (pid {pid}; first chunk "
                     f"{first[2]:.3f} CPU-s)")
    return lines


def run(corpus: Path, work: Path, workers: int, tag: str) -> tuple[float, list[str]]:
    from benchmark import pipeline_end_to_end

    trace = work / f"trace-{tag}"
    trace.mkdir(parents=True, exist_ok=True)
    _TRACE_DIR[:] = [trace, os.getpid()]
    _RECORDS.clear()
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    children0 = os.times()
    seconds, result = pipeline_end_to_end(corpus, work, workers, run=hash(tag) % 1000)
    children = os.times()
    records = list(_RECORDS)
    for f in trace.glob("trace-*.tsv"):
        for line in f.read_text(encoding="utf-8").splitlines():
            label, a, b, cpu, pid = line.split("\t")
            records.append((label, float(a), float(b), float(cpu), int(pid)))
    s = result.stats
    own = time.process_time() - cpu0
    waited = (children.children_user + children.children_system) - (children0.children_user + children0.children_system)
    lines = [f"== {tag}: {workers} worker(s), {seconds:.2f} s wall; CPU: this process {own:.2f} s, its children "
             f"{waited:.2f} s (waited-for descendants); first result +{s.first_result_at - t0:.3f}, last result "
             f"+{s.last_result_at - t0:.3f}; parent CPU while another process annotated {s.parent_cpu_annotating:.3f} s"]
    lines += summarise(records, t0)
    return seconds, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=640)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=None)
    args = parser.parse_args(argv)

    from make_corpus import make_corpus

    from benchmark import pipeline_end_to_end
    from pipeline.api import annotator_for
    from pipeline.config import Config

    annotator_for(Config(make_docs=False))
    instrument()
    with tempfile.TemporaryDirectory(prefix="critical-") as tmp:
        work = Path(tmp)
        corpus = args.corpus
        if corpus is None:
            corpus = work / "corpus"
            make_corpus(corpus, n=args.docs, seed=16)
        pipeline_end_to_end(REPO / "corpus", work / "warm-up", 1)  # as the benchmark warms up
        for r in range(args.rounds):
            for w in (int(x) for x in args.workers.split(",")):
                _, lines = run(corpus, work, w, f"round{r + 1}-{w}w")
                print("\n".join(lines), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
