"""CPU-time A/B, steadier than wall clock on a loaded machine: jieba.lcut vs the pipeline end to
end in 1 process (bench/benchmark.pipeline_end_to_end: every output written), same text, same
process; CPU seconds of this process + its children (forked renderers).

    python bench/make_corpus.py /tmp/b16 --n 640 --seed 16   # the benchmark's 16x corpus
    python bench/cpu_ab.py /tmp/b16 2                        # rounds; run it from each checkout in turns
"""
import resource
import sys
import tempfile
import warnings

warnings.filterwarnings("ignore")
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]; sys.path.insert(0, str(REPO)); sys.path.insert(0, str(REPO / "bench"))
import benchmark as B

corpus = Path(sys.argv[1]); rounds = int(sys.argv[2])
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
print("jieba cpu", [round(x, 2) for x in jb], "pipeline cpu", [round(x, 2) for x in pp],
      "ratio best", round(min(jb) / min(pp), 3))
print("phases (wall)", [{k: round(v, 2) for k, v in p.items()} for p in phases])
