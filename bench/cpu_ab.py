"""CPU-time A/B, steadier than wall clock on a loaded machine: jieba.lcut vs the pipeline end to
end in 1 process (bench/benchmark.pipeline_end_to_end: every output written), same text, same
process; CPU seconds of this process + its children (forked renderers).

    python bench/make_corpus.py /tmp/b16 --n 640 --seed 16   # the benchmark's 16x corpus
    python bench/cpu_ab.py /tmp/b16 2                        # rounds; run it from each checkout in turns

With ``--process-file``: CPU seconds of ``batch.worker.process_file`` over the corpus, one
process, the worker's state built first (``init_worker``, 20 files annotated, ``gc.freeze()``),
as a pool worker runs it: the per-document path alone, without start-up and outputs.
``--repo PATH`` measures another checkout's code with this script (e.g. a detached worktree of
the base commit):

    python bench/cpu_ab.py /tmp/b16 3 --process-file --repo /work/wt/base
"""
import resource
import sys
import tempfile
import warnings

warnings.filterwarnings("ignore")
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if "--repo" in sys.argv:
    REPO = Path(sys.argv[sys.argv.index("--repo") + 1]).resolve()
sys.path.insert(0, str(REPO)); sys.path.insert(0, str(REPO / "bench"))

corpus = Path(sys.argv[1]); rounds = int(sys.argv[2])


def process_file_cpu() -> None:
    """CPU of process_file over ``corpus``, state built, heap frozen (module docstring)."""
    import time

    from warm_worker import warm_tasks

    from pipeline.batch import worker as W

    tasks = warm_tasks(corpus)
    times = []
    for _ in range(rounds):
        c = time.process_time()
        for task in tasks:
            W.process_file(task)
        times.append(time.process_time() - c)
    from pipeline import _core

    print(REPO, "compiled core" if _core.COMPILED else "PURE core (pipeline._core.pure: no built extension, or PIPELINE_PURE_PYTHON)",
          "process_file cpu", [round(x, 2) for x in times], "over", len(tasks), "files")


if "--process-file" in sys.argv:
    process_file_cpu()
    sys.exit(0)
import benchmark as B

def cpu():
    s = resource.getrusage(resource.RUSAGE_SELF); c = resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime
import jieba

text = "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in sorted(corpus.iterdir()))
jieba.lcut("预热")
work = Path(tempfile.mkdtemp())
B.pipeline_end_to_end(corpus, work, 1, run=99)  # warm-up
jb, pp = [], []
phases = []
for r in range(rounds):
    c = cpu(); jieba.lcut(text); jb.append(cpu() - c)
    c = cpu(); _, res = B.pipeline_end_to_end(corpus, work, 1, run=r); pp.append(cpu() - c)
    phases.append(res.phases)
from pipeline import _core

print(REPO, "compiled core" if _core.COMPILED else "PURE core (pipeline._core.pure: no built extension, or PIPELINE_PURE_PYTHON)")
print("jieba cpu", [round(x, 2) for x in jb], "pipeline cpu", [round(x, 2) for x in pp],
      "ratio best", round(min(jb) / min(pp), 3))
print("phases (wall)", [{k: round(v, 2) for k, v in p.items()} for p in phases])
