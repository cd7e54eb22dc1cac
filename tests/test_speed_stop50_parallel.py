"""Issue 17, stop 50: what a 2-worker batch does once instead of twice (the head of its critical path)."""

import subprocess
import sys

from conftest import CORPUS, REPO

# corpus/new_papers/en/17498496.txt (PMID 17498496), its objective sentence
PNS = ("OBJECTIVE: To investigate the effects of Panax notoginseng saponins (PNS) on mRNA expressions of "
       "interleukin-1 beta (IL-1 beta), interleukin-1 receptor type I (IL-1RI), interleukin-1 receptor antagonist "
       "(IL-1ra), intercellular adhesion molecule-1 (ICAM-1), cysteinyl-aspartate specific protease-1 (caspase-1), "
       "caspase-3 and caspase-8 after cerebral ischemia-reperfusion in rats.")

_BLANKS = """
import warnings
warnings.filterwarnings("ignore")
import spacy
from spacy.language import Language
built = []
init = Language.__init__
def counted(self, *args, **kwargs):
    built.append(1)
    init(self, *args, **kwargs)
Language.__init__ = counted
from pipeline.nlp.abbreviations import _english_definitions
found = _english_definitions(%r)
print(len(built), [(s, lo) for s, lo, _, _ in found])
"""


def test_the_abbreviation_pipeline_builds_one_spacy_language():
    """A 2-worker batch builds scispacy's abbreviation pipeline before forking (worker.share_before_fork),
    alone on the critical path: it built two blank English Languages (one only to lend its tokenizer)."""
    assert PNS in (CORPUS / "new_papers" / "en" / "17498496.txt").read_text(encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", _BLANKS % PNS], cwd=REPO, capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(REPO), "PATH": ""}).stdout.strip().splitlines()[-1]
    count, found = out.split(" ", 1)
    assert count == "1"
    assert "('PNS', 'Panax notoginseng saponins')" in found
    assert "('ICAM-1', 'intercellular adhesion molecule-1')" in found
