"""Batch runs at real scale: peak memory and time against corpus size, one huge file, the
report in a browser, a no-op re-run.

    python bench/scale.py corpus --source ../shared/data/dev/chinaxiv/chinaxiv_dev120.jsonl \
        --papers 2000 --out /tmp/scale        # writes /tmp/scale/corpus-2000 (≈ 60 MB)
    python bench/scale.py run /tmp/scale/corpus-2000 --workers 2 [--dask] [--no-report ...]
    python bench/scale.py huge --mb 100       # one 100 MB text file
    python bench/scale.py report OUT          # report.html: size, time to ready in Chromium
    python bench/scale.py sizes --papers 200,600,2000 --workers 1,2   # s/MB at each size

``corpus`` repeats the development papers with variations, so that no two files are the
same text (the store would otherwise see duplicates): each copy keeps the paper's first
paragraph (title, authors) and a shuffled sample of ~85 % of its other paragraphs, with a
copy number in the title. ``run`` runs ``python -m pipeline run`` in a child process and
samples, every 0.2 s, the resident memory of the process tree: the peak of the sum of
proportional set sizes (PSS: pages shared by forked workers counted once), the parent's
peak RSS and the largest worker's peak RSS. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "dev" / "chinaxiv" / "chinaxiv_dev120.jsonl"


def make_corpus(source: Path, papers: int, out: Path, seed: int = 0) -> Path:
    """``papers`` markdown files made from the JSONL papers (id, title, text), varied."""
    rng = random.Random(seed)
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    out.mkdir(parents=True, exist_ok=True)
    for i in range(papers):
        row = rows[i % len(rows)]
        copy = i // len(rows)
        paragraphs = [p for p in re.split(r"\n\s*\n", row["text"]) if p.strip()]
        if copy:
            head, rest = paragraphs[:1], paragraphs[1:]
            keep = sorted(rng.sample(range(len(rest)), max(1, int(len(rest) * 0.85)))) if rest else []
            rest = [rest[k] for k in keep]
            rng.shuffle(rest)
            paragraphs = head + rest
        name = re.sub(r"[^A-Za-z0-9._-]", "_", row["id"]) + (f"-v{copy}" if copy else "")
        title = row.get("title", "") + (f" ({copy})" if copy else "")
        (out / f"{name}.md").write_text(f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return out


def corpus_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


class Sampler(threading.Thread):
    """Peak memory of a process and its descendants, sampled every ``every`` seconds."""

    def __init__(self, pid: int, every: float = 0.2):
        super().__init__(daemon=True)
        import psutil

        self.root = psutil.Process(pid)
        self.every = every
        self.stop = threading.Event()
        self.peak_pss = self.peak_parent = self.peak_worker = 0
        self.peak_rss_sum = 0
        self.started = time.perf_counter()
        self.peak_parent_at = self.peak_pss_at = 0.0  # seconds after the start

    def run(self) -> None:
        import psutil

        while not self.stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                break
            pss = rss = 0
            for p in procs:
                try:
                    info = p.memory_full_info()
                except psutil.Error:
                    continue
                pss += info.pss
                rss += info.rss
                if p.pid == self.root.pid:
                    if info.rss > self.peak_parent:
                        self.peak_parent, self.peak_parent_at = info.rss, time.perf_counter() - self.started
                else:
                    self.peak_worker = max(self.peak_worker, info.rss)
            if pss > self.peak_pss:
                self.peak_pss, self.peak_pss_at = pss, time.perf_counter() - self.started
            self.peak_rss_sum = max(self.peak_rss_sum, rss)
            time.sleep(self.every)


def run(corpus: Path, out: Path, workers: int, extra: list[str], fresh: bool = True,
        scheduler: str | None = None) -> dict:
    if fresh and out.exists():
        shutil.rmtree(out)
    args = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out), "--workers", str(workers),
            *extra]
    if scheduler:
        args += ["--scheduler", scheduler]
    started = time.perf_counter()
    proc = subprocess.Popen(args, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = Sampler(proc.pid)
    sampler.start()
    stdout, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    mb = corpus_mb(corpus)
    return {"corpus": str(corpus), "mb": round(mb, 2), "files": sum(1 for _ in corpus.glob("*.md")),
            "workers": workers, "dask": bool(scheduler), "exit": proc.returncode, "seconds": round(seconds, 1),
            "s_per_mb": round(seconds / mb, 2) if mb else None,
            "peak_pss_mb": round(sampler.peak_pss / 1e6), "peak_parent_rss_mb": round(sampler.peak_parent / 1e6),
            "peak_worker_rss_mb": round(sampler.peak_worker / 1e6),
            "peak_pss_at_s": round(sampler.peak_pss_at), "peak_parent_at_s": round(sampler.peak_parent_at),
            "summary": stdout.strip().splitlines()[0] if stdout.strip() else "",
            "stderr_tail": stderr.strip().splitlines()[-3:] if proc.returncode not in (0, 1) else []}


def sizes(source: Path, papers: list[int], workers: list[int], work: Path, extra: list[str]) -> dict:
    """Each size with each number of workers (corpora made when missing); one JSON line per
    run as it ends, then the table of seconds per MB: time is linear in size when s/MB does
    not grow with the corpus."""
    table: dict[str, dict[str, float]] = {}
    for w in workers:
        for n in papers:
            corpus = work / f"corpus-{n}"
            if not corpus.exists():
                make_corpus(source, n, corpus)
            found = run(corpus, work / f"out-corpus-{n}-{w}", w, extra)
            print(json.dumps(found), flush=True)
            table.setdefault(f"{w} worker{'s' if w > 1 else ''}", {})[f"{found['mb']} MB"] = found["s_per_mb"]
            table.setdefault(f"peak PSS MB, {w} worker{'s' if w > 1 else ''}", {})[f"{found['mb']} MB"] = \
                found["peak_pss_mb"]
    return {"s_per_mb": table}


def huge(mb: float, work: Path, workers: int, source: Path) -> dict:
    """One text file of ``mb`` MB (the development papers concatenated until the size)."""
    work.mkdir(parents=True, exist_ok=True)
    folder = work / f"huge-{int(mb)}"
    folder.mkdir(exist_ok=True)
    target = folder / "huge.txt"
    if not target.exists() or target.stat().st_size < mb * 1e6:
        texts = [json.loads(line)["text"] for line in source.read_text(encoding="utf-8").splitlines() if line]
        with open(target, "w", encoding="utf-8") as handle:
            written, k = 0, 0
            while written < mb * 1e6:
                chunk = texts[k % len(texts)] + "\n\n"
                handle.write(chunk)
                written += len(chunk.encode("utf-8"))
                k += 1
    result = run(folder, work / f"huge-{int(mb)}-out", workers, [])
    errors = work / f"huge-{int(mb)}-out" / "errors.csv"
    result["errors_csv"] = errors.read_text(encoding="utf-8-sig").strip().splitlines() if errors.exists() else []
    return result


def report(out: Path) -> dict:
    """report.html's size and the time Chromium takes to have it ready (its own clock)."""
    chromium = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    page = out / "report.html"
    parts = list((out / "report_files").glob("part-*.js"))
    found = {"report_mb": round(page.stat().st_size / 1e6, 2), "parts": len(parts),
             "parts_mb": round(sum(p.stat().st_size for p in parts) / 1e6, 1)}
    if chromium:
        profile = out.parent / f".chromium-{out.name}"
        started = time.perf_counter()
        proc = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
                               "--virtual-time-budget=30000", "--dump-dom", page.resolve().as_uri()],
                              capture_output=True, text=True, timeout=300, check=False)
        found["chromium_process_s"] = round(time.perf_counter() - started, 2)
        ms = re.search(r'data-load-ms="(\d+)"', proc.stdout)
        found["ready_ms"] = int(ms.group(1)) if ms else None
        shutil.rmtree(profile, ignore_errors=True)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("corpus")
    c.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    c.add_argument("--papers", type=int, default=2000)
    c.add_argument("--out", type=Path, required=True)
    r = sub.add_parser("run")
    r.add_argument("corpus", type=Path)
    r.add_argument("--workers", type=int, default=2)
    r.add_argument("--out", type=Path, default=None)
    r.add_argument("--dask", action="store_true", help="on a Dask LocalCluster with --workers processes (--scheduler local)")
    r.add_argument("--again", action="store_true", help="then a no-op re-run")
    r.add_argument("extra", nargs="*")
    h = sub.add_parser("huge")
    h.add_argument("--mb", type=float, default=100)
    h.add_argument("--work", type=Path, default=Path("/tmp/scale"))
    h.add_argument("--workers", type=int, default=1)
    h.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    p = sub.add_parser("report")
    p.add_argument("out", type=Path)
    z = sub.add_parser("sizes", help="time and memory at several corpus sizes: s/MB (linear if flat)")
    z.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    z.add_argument("--papers", default="200,600,2000")
    z.add_argument("--workers", default="1,2")
    z.add_argument("--work", type=Path, default=Path("/tmp/scale"))
    z.add_argument("extra", nargs="*")
    args = parser.parse_args()
    if args.command == "corpus":
        folder = make_corpus(args.source, args.papers, args.out / f"corpus-{args.papers}")
        print(json.dumps({"corpus": str(folder), "mb": round(corpus_mb(folder), 2)}))
    elif args.command == "run":
        out = args.out or args.corpus.parent / f"out-{args.corpus.name}-{args.workers}{'-dask' if args.dask else ''}"
        if args.dask:  # a LocalCluster started by the run (its scheduler and workers in the run's tree)
            print(json.dumps(run(args.corpus, out, args.workers, args.extra, scheduler="local")))
        else:
            first = run(args.corpus, out, args.workers, args.extra)
            print(json.dumps(first), flush=True)
            if args.again:
                again = run(args.corpus, out, args.workers, args.extra, fresh=False)
                again["ratio_to_first"] = round(again["seconds"] / first["seconds"], 3)
                print(json.dumps(again))
    elif args.command == "sizes":
        print(json.dumps(sizes(args.source, [int(n) for n in args.papers.split(",")],
                               [int(n) for n in args.workers.split(",")], args.work, args.extra)))
    elif args.command == "huge":
        print(json.dumps(huge(args.mb, args.work, args.workers, args.source)))
    elif args.command == "report":
        print(json.dumps(report(args.out)))


if __name__ == "__main__":
    main()
