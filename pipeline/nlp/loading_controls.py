"""A paper's loading control: recognised as a gene, never a relation partner in that paper.

Western blots and qPCR are normalised to a housekeeping gene that the paper names once as its
reference ("以GAPDH为内参", "β-actin作为内参", "内参照β-actin", "内参基因(β-actin)", "与内参GAPDH灰度值比较",
"normalized to β-actin", "GAPDH was used as the loading control") and then lists beside the genes it
measures: in antibody and primer lists ("抗β-actin抗体(Santa Cruz公司)", "E-cadherin、vimentin、GRP78及内参照
β-actin引物"), in ratios ("E-cadherin/GAPDH灰度比值") and in figure captions. Co-mention typing paired it with
every one of them and with the drug (validation ChinaXiv-201711.00361V1, -201711.00762V1, -201711.01148V1,
-201712.00999V1, -201811.00118V1, -201812.00642V1; new_papers ChinaXiv-201712.00524V1, -201712.00767V1,
-201712.00816V1, -201712.00938V1, -201801.00669V1); no gold set pairs a loading control with anything.
The paper's control is a measuring device there, like a stain (nlp/assay_reagents.py): its mentions stay
(mentions.csv, BioC, the NER benchmarks) with ``how`` = ``reagent``, which relations/pairs.py leaves out.

Only the gene named in the reference construction counts, and not as the total protein a phosphorylated
form is normalised to ("normalized to total Akt", "以总Akt为内参"): that gene is under study.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.relations.pairs import NO_PARTNER, REAGENT

# "内参GAPDH", "内参照β-actin", "内参基因(β-actin)", "及其内参 β-肌动蛋白"
_ZH_BEFORE = lazy_re.compile(r"内参(?:照)?(?:基因|蛋白)?\s?[(（]?\s?$")
# "GAPDH为内参", "β-actin作为内参", "GAPDH作为内参照基因", "GAPDH(内参照基因)", "(β-actin)为内参对照", "为总蛋白内参"
_ZH_AFTER = lazy_re.compile(r"\s?[)）]?\s?[(（]?\s?(?:作为|为|是|做)?\s?(?:总蛋白|蛋白)?内参")
# "normalized to β-actin", "loading control (GAPDH)", "the housekeeping gene GAPDH"
_EN_BEFORE = lazy_re.compile(
    r"(?:normali[sz]ed\s(?:to|against|with)|(?:loading|internal|endogenous)\s(?:controls?|references?|standards?)|"
    r"housekeeping\sgenes?|reference\sgenes?)\s?(?:\(|,|:)?\s?(?:the\s)?$", re.IGNORECASE)
# "GAPDH was used as (the) internal control", "β-actin served as a loading control", "with GAPDH as loading control"
_EN_AFTER = lazy_re.compile(
    r"\s?\)?\s?(?:mRNA\s|protein\s)?(?:(?:was|were|is|are)\s)?(?:(?:used|served|serving|utilized)\s)?as\s"
    r"(?:an?\s|the\s)?(?:internal|loading|endogenous)\s(?:controls?|references?|standards?)", re.IGNORECASE)
# the total protein a phosphorylated form is normalised to is under study
_TOTAL_BEFORE = lazy_re.compile(r"(?:total|总|\bt-)\s?$", re.IGNORECASE)
_REACH = 24


def is_named_as_control(text: str, m: Mention) -> bool:
    """Is the GENE mention ``m`` of the paragraph ``text`` named as the loading control or the
    reference gene of an assay (module docstring)?"""
    if m.label != "GENE" or _TOTAL_BEFORE.search(text, max(0, m.start - 8), m.start):
        return False
    before = text[max(0, m.start - _REACH):m.start]
    return bool(_ZH_BEFORE.search(before) or _EN_BEFORE.search(before)
                or _ZH_AFTER.match(text, m.end) or _EN_AFTER.match(text, m.end))


def loading_control_ids(texts: Mapping[int, str], mentions: Mapping[int, Iterable[Mention]]) -> frozenset[str]:
    """The entity ids a document names as its loading control, in any paragraph."""
    return frozenset(m.entity_id for pid, ms in mentions.items() for m in ms
                     if m.entity_id and is_named_as_control(texts[pid], m))


def mark_loading_controls(mentions: Iterable[Mention], controls: frozenset[str]) -> None:
    """Set ``how`` to ``reagent`` on the mentions of the document's loading controls (in place); an
    endogenous or other no-partner mark stays."""
    for m in mentions:
        if m.entity_id in controls and m.how not in NO_PARTNER:
            m.how = REAGENT
