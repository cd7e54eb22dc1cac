"""Time spent in each module-level compiled pattern of the package while ``process_file`` runs over a
corpus (issue 17, stop 37): which regular expressions cost the most, per call and in all.

    python bench/make_corpus.py /tmp/b16 --n 640 --seed 16   # the benchmark's 16x corpus
    python bench/pattern_times.py /tmp/b16 [--top 60]

Every ``re.Pattern`` bound to a name in a ``pipeline.*`` module is replaced, in every module that
holds it, by a proxy that times ``search``/``match``/``fullmatch``/``finditer`` (consumed in the
call)/``findall``/``sub``/``split``; patterns kept elsewhere (in a closure, an lru_cache, a class)
are not seen. The proxy adds ~1 µs a call, so read the cost per call of the patterns tried once
per paragraph or sentence, not the totals of the cheap ones called 50,000 times. A pattern that
opens with a look-behind is tried at every character (the engine skips ahead by a first character
only when the pattern opens with one; text/lookbehind.py): those head the list.
"""
import collections
import gc
import re
import sys
import time
import warnings
from pathlib import Path

warnings.filterwarnings("ignore")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.batch import worker as W  # noqa: E402
from pipeline.config import bundled_path  # noqa: E402
from pipeline.lazy_re import LazyPattern  # noqa: E402

TOTAL: collections.Counter = collections.Counter()
CALLS: collections.Counter = collections.Counter()


class Timed:
    """A compiled pattern whose matching methods add their time to TOTAL under the pattern's name."""
    __slots__ = ("_pattern", "_name")

    def __init__(self, pattern: re.Pattern, name: str):
        self._pattern, self._name = pattern, name

    def __getattr__(self, attr):
        return getattr(self._pattern, attr)

    def _timed(method: str):
        def call(self, *args, **kwargs):
            start = time.perf_counter()
            out = getattr(self._pattern, method)(*args, **kwargs)
            if method == "finditer":
                out = iter(list(out))
            TOTAL[self._name] += time.perf_counter() - start
            CALLS[self._name] += 1
            return out
        return call

    search, match, fullmatch, finditer = _timed("search"), _timed("match"), _timed("fullmatch"), _timed("finditer")
    findall, sub, subn, split = _timed("findall"), _timed("sub"), _timed("subn"), _timed("split")


def main() -> None:
    corpus = Path(sys.argv[1])
    top = int(sys.argv[sys.argv.index("--top") + 1]) if "--top" in sys.argv else 60
    folder = str(bundled_path("dictionaries"))
    W.init_worker(folder)
    tasks = [W.FileTask(str(p), p.stem, p.read_bytes(), folder) for p in sorted(corpus.iterdir())]
    for task in tasks[:20]:
        W.process_file(task)
    names: dict[int, str] = {}
    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("pipeline"):
            for attr, value in list(vars(module).items()):
                if isinstance(value, LazyPattern):  # a module pattern compiled on first use (pipeline/lazy_re.py)
                    value = value.compiled
                if isinstance(value, re.Pattern):
                    setattr(module, attr, Timed(value, names.setdefault(id(value), f"{module_name[9:]}.{attr}")))
    gc.collect()
    gc.freeze()
    start = time.process_time()
    for task in tasks:
        W.process_file(task)
    print(f"process_file over {len(tasks)} files: {time.process_time() - start:.2f} CPU-s with the timers; "
          f"{len(names)} patterns, {sum(TOTAL.values()):.2f} s inside them")
    print("seconds    calls   per call  pattern")
    for name, seconds in TOTAL.most_common(top):
        print(f"{seconds:7.3f} {CALLS[name]:8d} {seconds / CALLS[name] * 1e6:8.1f}us  {name}")


if __name__ == "__main__":
    main()
