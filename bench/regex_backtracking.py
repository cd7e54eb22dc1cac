"""Which compiled patterns of the package backtrack catastrophically (issue 17; found in stop 38)?

A pattern with a quantified group whose body can match the same text in several ways (``(?:\\s+|…)*``,
``(?:X[^;.]{0,90}?)*`` where the filler can also match X) fails in exponential time on text that almost
matches: one such pattern took 212 s on one blanked gap of a real abstract and made the default run six
times slower, unseen by the benchmark corpus. This script tries every ``re.Pattern`` bound to a name in a
``pipeline.*`` module (as bench/pattern_times.py finds them) with ``search`` on made-up texts of the
shapes the pipeline feeds them — runs of spaces (mentions are blanked to spaces), separators, repeated
change words, CJK enumerations — each in a child that is killed when one (pattern, text) takes longer than
``--limit`` seconds; the slow ones are listed with their time or "killed".

    python bench/regex_backtracking.py [--limit 2] [--only coordination]
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SHAPES = [  # (unit, times, end): the text is unit * times + end; --scale multiplies times
    (" ", 120, "!"), ("/    /" + " " * 10, 6, "x"), ("/ ", 60, ";"), (", and ", 30, "."), (", increased ", 25, "!"),
    (", and increased , and increased ", 8, "!"), (" and ", 40, "ed"), ("a ", 80, "!"), ("A-1/", 40, "!"),
    ("(", 30, "x)"), ("、", 60, "等"), ("和", 60, "。"), ("抑制", 40, "的"), ("     ,", 12, " 抑制"),
    ("expression and ", 20, "!"), ("1, 2, 3, ", 25, "x"), ("- ", 80, "!"), (". ", 80, "x"),
]


def texts(scale: float) -> list[str]:
    return [unit * max(1, round(times * scale)) + end for unit, times, end in SHAPES]


def patterns(only: str | None) -> list[tuple[str, re.Pattern]]:
    import pipeline

    out, seen = [], set()
    for info in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
        if (only and only not in info.name) or info.name.endswith("__main__"):
            continue  # __main__ would run the command line
        try:
            module = importlib.import_module(info.name)
        except Exception:  # noqa: BLE001 - optional modules (dask, the CLI) may not import here
            continue
        for attr, value in vars(module).items():
            value = getattr(value, "compiled", value)  # a LazyPattern (pipeline/lazy_re.py): compile it
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str) and id(value) not in seen:
                seen.add(id(value))
                out.append((f"{info.name}.{attr}", value))
    return out


def child(only: str | None, start: int, scale: float, method: str = "search") -> None:
    """Try patterns from index ``start`` on; print each (index, text) before trying it."""
    found = patterns(only)
    print("ready", flush=True)
    for n in range(start, len(found)):
        name, pattern = found[n]
        for t, text in enumerate(texts(scale)):
            print(f"try {n} {t}", flush=True)
            began = time.perf_counter()
            getattr(pattern, method)(text)
            took = time.perf_counter() - began
            if took > 0.05:
                print(f"slow {n} {t} {took:.3f} {name}", flush=True)
    print("done", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=float, default=2.0, help="seconds one (pattern, text) may take")
    ap.add_argument("--only", help="only modules whose name holds this")
    ap.add_argument("--scale", type=float, default=1.0, help="length of the made-up texts (x the default)")
    ap.add_argument("--method", choices=("search", "match"), default="search",
                    help="search (every start: what a scan does) or match (anchored: what a gap test does)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child is not None:
        child(args.only, args.child, args.scale, args.method)
        return
    names = [name for name, _ in patterns(args.only)]
    print(f"{len(names)} patterns x {len(SHAPES)} texts (scale {args.scale}), limit {args.limit} s")
    start, killed, slow = 0, [], []
    while start < len(names):
        cmd = [sys.executable, __file__, "--child", str(start), "--scale", str(args.scale), "--method", args.method] + (["--only", args.only] if args.only else [])
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
        last = None  # the child's start-up (imports) is not timed against --limit
        import selectors
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        while True:
            if not sel.select(timeout=args.limit if last else 300):
                proc.kill()
                if last is None:
                    raise SystemExit("the child did not start within 300 s")
                n, t = last
                killed.append((names[n], t))
                print(f"killed after {args.limit} s: {names[n]} on text {t}", flush=True)
                start = n + 1
                break
            line = proc.stdout.readline()
            if not line or line.startswith("done"):
                start = len(names)
                break
            parts = line.split()
            if parts[0] == "ready":
                last = None
            elif parts[0] == "try":
                last = (int(parts[1]), int(parts[2]))
            elif parts[0] == "slow":
                slow.append((float(parts[3]), parts[4], int(parts[2])))
        proc.wait()
    for took, name, t in sorted(slow, reverse=True):
        print(f"{took:8.3f} s  {name}  (text {t})")
    print(f"{len(killed)} killed, {len(slow)} slow (> 0.05 s)")


if __name__ == "__main__":
    main()
