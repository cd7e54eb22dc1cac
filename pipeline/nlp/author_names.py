"""Authors' surnames in citations read as genes: "Ren et al., 2013", "Son等[9]发现", "Rao 等[18]报道".

Citing by first author is how both English and Chinese papers refer to earlier work, and several
common surnames are, folded, the symbols or aliases of human genes (Ren: REN, renin; Son: SON;
Rao: AOC2; Xin: XIRP1). The construction decides, not the string: a name written in name case (one
capital, then lower case) directly followed by "et al" (also PDF-glued "etal"), by 等人, or by 等 with a
year in brackets ("等（2017）") or a reporting verb, after a citation mark or not ("等[9]发现", "等报道"), is
the first author of a cited work. Found on the free ChinaXiv pool of stop 41 in 5 of 59 papers (7
gene mentions, all wrong): ChinaXiv-201707.00839V1 "Son等[9]发现镉能通过线粒体上调 ROS",
ChinaXiv-201711.01615V1 "Rao 等[18]报道", ChinaXiv-202005.00067V1 "Ren et al., 2013" (a table's
source column), ChinaXiv-201810.00259V1 "Xin et al,2017".

Gene lists end with 等 too ("Runx2、OPN 等[11]", "mTOR、FoxO等[20-21]", development papers
ChinaXiv-201812.00642V1, ChinaXiv-201711.00361V1: "and so on", then the citation), so after 等 a reporting
verb or a year must follow, the name must not follow a list separator (、 和 及 与; a comma also opens a
clause: "上，Rao 等[18]报道"), and it must be in name case: symbols are written in capitals or with digits
(OPN, FoxO, p62), surnames are not. "et al" and 等人 are never list endings.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

_NAME_CASE = lazy_re.compile(r"[A-Z][a-z]{1,11}")
# what follows the surname: "et al", "etal" (PDF), 等人, or 等 + a year in brackets / (citation mark +) reporting verb
_REPORTING = "(?:研究|发现|报道|报告|认为|指出|证实|表明|提出|观察)"
_CITATION_AFTER = lazy_re.compile(r"\s?等\s?(?:[(（]\s?(?:19|20)\d\d|(?:[\[［][\d,，\-–~\s]{1,12}[\]］]\s?)?" + _REPORTING + ")")
_ET_AL = lazy_re.compile(r"\s?(?:et\.?\s?al\b|etal\b|等人)")
_LIST_BEFORE = lazy_re.compile(r"(?:[、;；]|和|及|与)\s*$")


def cites_author(text: str, m: Mention) -> bool:
    """Is the mention ``text[m.start:m.end]`` a surname that cites a work ("Ren et al.", "Son等[9]")?"""
    if not _NAME_CASE.fullmatch(text, m.start, m.end):
        return False
    before = text[m.start - 1] if m.start else " "
    if before == "-" or (before.isascii() and before.isalnum()):
        return False  # part of a longer Latin word or name ("Li-Ren"); after Chinese ("研究中Son等发现") it may stand
    if _ET_AL.match(text, m.end):
        return True
    return bool(_CITATION_AFTER.match(text, m.end)) and not _LIST_BEFORE.search(text[max(0, m.start - 3):m.start])


def drop_author_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """The paragraph's mentions without gene mentions that are a cited work's first author."""
    return [m for m in mentions if not (m.label == "GENE" and cites_author(text, m))]
