"""A sampling profile of ``process_file`` over a corpus, weighted by CPU time (issue 17, stop 44).

    python bench/make_corpus.py /tmp/b16 --n 640 --seed 16     # the benchmark's 16x corpus
    python bench/sample_profile.py /tmp/b16 [--rounds N] [--top 40] [--callees FUNC]

py-spy is not installable here and cProfile overstates many small calls (BENCHMARKS.md). This
sampler sets a CPU-time interval timer (``ITIMER_PROF``, 1 ms) and, in the signal handler, charges
the CPU seconds since the previous sample to the Python stack it interrupts. A long C call (a
regular-expression search) delays the signal until it returns, and its time is then charged to the
Python line that called it: the weights add up to the measured CPU time, the counts would not.

The worker state is built first (``init_worker``, 20 files annotated, ``gc.freeze()``), as in
``bench/cpu_ab.py --process-file``. Printed: "self" (time in each pipeline function, the library
calls it makes included), the same by line, the inclusive time of each function, of each module of
``pipeline/relations/``, and with ``--callees FUNC`` what the calls made by the function FUNC cost.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from warm_worker import warm_tasks  # noqa: E402  (bench/ is on the path: this script's folder)

from pipeline.batch import worker as W  # noqa: E402

SELF: collections.Counter = collections.Counter()
LINES: collections.Counter = collections.Counter()
INCLUSIVE: collections.Counter = collections.Counter()
MODULES: collections.Counter = collections.Counter()
CALLEES: collections.Counter = collections.Counter()
_LAST = [0.0]
_TOTAL = [0.0]


def _short(path: str) -> str:
    path = path.replace(str(REPO) + "/", "")
    return path.split("site-packages/")[-1]


def _sampler(callees: str | None):
    def handler(_signum, frame) -> None:
        now = time.process_time()
        weight, _LAST[0] = now - _LAST[0], now
        _TOTAL[0] += weight
        own = frame  # the innermost pipeline frame: library calls charged to it
        while own is not None and not _short(own.f_code.co_filename).startswith("pipeline/"):
            own = own.f_back
        if own is not None:
            code = own.f_code
            SELF[(_short(code.co_filename), code.co_name, code.co_firstlineno)] += weight
            LINES[(_short(code.co_filename), code.co_name, own.f_lineno)] += weight
        seen, modules, child, f = set(), set(), None, frame
        charged = callees is None
        while f is not None:
            code = f.f_code
            key = (_short(code.co_filename), code.co_name, code.co_firstlineno)
            if key not in seen:
                seen.add(key)
                INCLUSIVE[key] += weight
            if key[0].startswith("pipeline/relations/"):
                modules.add(key[0])
            if not charged and code.co_name == callees:
                name = "(own code)" if child is None else f"{_short(child.f_code.co_filename)} {child.f_code.co_name}"
                CALLEES[(name, f.f_lineno)] += weight
                charged = True
            child, f = f, f.f_back
        for module in modules:
            MODULES[module] += weight
    return handler


def _print(title: str, counter: collections.Counter, top: int, show=lambda k: f"{k[0]}:{k[2]} {k[1]}") -> None:
    print(f"== {title}")
    for key, weight in counter.most_common(top):
        print(f"{100 * weight / _TOTAL[0]:5.1f}% {weight:7.3f} s  {show(key)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a folder of papers (make_corpus.py or a real sample)")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--callees", help="a function name: what the calls it makes cost")
    args = parser.parse_args()
    rounds, top, callees = args.rounds, args.top, args.callees
    tasks = warm_tasks(args.corpus)
    signal.signal(signal.SIGPROF, _sampler(callees))
    _LAST[0] = start = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    for _ in range(rounds):
        for task in tasks:
            W.process_file(task)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    print(f"process_file over {len(tasks)} files x {rounds}: {time.process_time() - start:.2f} CPU-s")
    _print("self (pipeline functions, their library calls included)", SELF, top)
    _print("self by line", LINES, top)
    _print("inclusive", INCLUSIVE, top)
    _print("pipeline/relations/ modules, inclusive", MODULES, top, show=str)
    if callees:
        _print(f"calls made by {callees}, by its line", CALLEES, top, show=lambda k: f"line {k[1]}: {k[0]}")


if __name__ == "__main__":
    main()
