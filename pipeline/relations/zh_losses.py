"""Chinese loss-of-function forms that ``roles.is_loss_of_function``'s adjacent loss words do not reach.

GUIDELINES 5.5: a gene's knockdown, knockout, deficiency or decrease makes it the agent with its own sign turned
("敲低X后Y表达降低" → X ``upregulates`` Y; "Reduced X … disrupts the Y pathway" → X ``activates`` Y). roles.py reads the
loss word right before or right after the gene; two Chinese forms put something between the two:

* **a coordination after one loss word** — "因此敲除ATG5或ATG16L1能够显著减少外泌体的释放,以及减弱脂质化LC3B的募集"
  (validation44_zh ChinaXiv-201812.00140V1, gold: ATG16L1 ``activates`` LC3B), "敲低 Beclin1或ATG7能够降低细胞…"
  (same paper): the loss word governs every conjunct (conjuncts share their governor), as the loss noun after a
  list does in roles.py ``_listed_loss``. Items are names (no verb, no particle); only genetic loss words, so
  "抑制X和Y" keeps its own reading.
* **the host between the loss word and the gene** — "在敲除小鼠NOX1基因的试验中,…导致Hes1基因表达下调"
  (validation45_zh ChinaXiv-201812.00297V1, gold: NOX1 ``upregulates`` HES1), "结肠缺陷NOX1基因的小鼠通过抑制β-catenin
  和Notch信号传导" (same paper, gold: NOX1 ``activates`` Notch): "knock out (the mouse's) X gene", "mice deficient in
  the X gene"; the host noun (小鼠/大鼠/细胞) and the 基因 after the name say it is the gene that is lost.
"""

from __future__ import annotations

from pipeline import lazy_re

_GENETIC_LOSS = r"敲低|敲除|沉默|干扰"
# one earlier conjunct: a name (Latin letters, digits, Greek, hyphen) and its conjunction
_CONJUNCT = r"[A-Za-z0-9αβγδκ\-]{2,14}\s*(?:基因)?\s*(?:或者?|和|与|及|以及|、)\s*"
_COORDINATED_AFTER_LOSS = lazy_re.compile(r"(?:" + _GENETIC_LOSS + r")\s*(?:" + _CONJUNCT + r"){1,3}$")

# "敲除小鼠NOX1基因", "缺陷NOX1基因的小鼠": the host before the gene, 基因 after it
_HOST_BEFORE = lazy_re.compile(r"(?:敲低|敲除|沉默|缺陷|缺失)\s*(?:(?:小鼠|大鼠|细胞)(?:体内|内|中)?的?)?$")
_GENE_NOUN_AFTER = lazy_re.compile(r"^\s*基因")


def coordinated_after_loss(text: str, start: int, clause_start: int = 0) -> bool:
    """Is the mention starting at ``start`` a later conjunct of names after a genetic loss word ("敲除ATG5或ATG16L1")?"""
    return bool(_COORDINATED_AFTER_LOSS.search(text, max(clause_start, start - 48), start))


def lost_in_host(text: str, start: int, end: int, clause_start: int = 0) -> bool:
    """Is the gene named as knocked out or deficient with its host between ("敲除小鼠NOX1基因", "缺陷NOX1基因的小鼠")?"""
    return bool(_HOST_BEFORE.search(text, max(clause_start, start - 10), start)) and bool(
        _GENE_NOUN_AFTER.match(text[end:end + 4]))


def is_loss(text: str, start: int, end: int, clause_start: int = 0) -> bool:
    """Either form above."""
    return coordinated_after_loss(text, start, clause_start) or lost_in_host(text, start, end, clause_start)
