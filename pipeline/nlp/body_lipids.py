"""The body's own lipids — cholesterol, sterols, triglycerides, phospholipids — are no relation partners.

GUIDELINES 1 (and 1.3): endogenous metabolites are no entities unless the text administers them. Cholesterol
is the lipid that papers on lipid metabolism and animal nutrition name in nearly every sentence, always as
what a gene moves or makes or what a treatment lowers: "通过逆转受胰岛素诱导2(Insig2)抑制的胆固醇调节元件结合
蛋白(SREBP)通路上调LDLR的表达" read as cholesterol upregulates LDLR, "ABCG5、ABCG8基因敲除的小鼠中,胆汁胆固醇
分泌急剧减少" as cholesterol downregulates ABCG5/ABCG8 (validation39_zh ChinaXiv-201711.00916V1, three of its
five top false rows), "ABCA1在巨噬细胞清除过多的胆固醇" (validation_zh ChinaXiv-201711.00864V1), "SREBP2是胆固醇
生物合成的调节因子", "APN可抑制甘油三酯(triglyceride,TG)的水解过程", "Sterol regulatory element-binding proteins"
(pool papers ChinaXiv-201711.01011V1, -201711.01377V1). relations/measured_readouts.py already drops them in a
measurement or flux phrase; the rest were still paired (45 development rows, none gold; 40 rows of the stop-40
free Chinese pool, none right by the guidelines). No gold set has a row with any of these lipids.

So a COMPOUND mention of one of the lipid classes in :data:`BODY_LIPIDS` is marked ``how`` = ENDOGENOUS (read by
relations/pairs.py), as curated/endogenous_compounds.tsv marks iron or ATP — unless the text gives it: a
treatment participle or verb right after or before it ("cholesterol-loaded", "胆固醇处理", "添加胆固醇"). A
diet named after it ("高胆固醇饮食", "cholesterol-fed") is no agent either (relations/diets.py, GUIDELINES 5.13).
Only the classes the body makes are listed: plant sterols (sitosterol, stigmasterol), oxysterols, fatty acids
and lipoprotein particles given as treatments (ox-LDL, palmitate) keep their pairs.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention
from pipeline.relations.pairs import ENDOGENOUS

# the body's own lipid classes, as the dictionary links them (胆固醇/TC/LDL-C/HDL-C -> cholesterol)
BODY_LIPIDS = frozenset({
    "CPD:cholesterol", "MESH:D002791",  # Dietary Cholesterol
    "CHEBI:47774", "MESH:C030104",  # low-density lipoprotein cholesterol, lipoprotein cholesterol
    "MESH:D002788",  # Cholesterol Esters
    "CPD:sterol", "CPD:triacylglycerol", "CPD:phospholipid", "MESH:D008055",  # Lipids
})
# a treatment of cells or animals with the lipid: "cholesterol-loaded", "-treated", "胆固醇处理/诱导/刺激/负荷"
_GIVEN_AFTER = lazy_re.compile(r"\s?-?\s?(?:loaded|loading|treated|treatment|induced|stimulated|challenged|crystals?)\b"
                               r"|\s?(?:处理|诱导|刺激|负荷|结晶|孵育)", re.IGNORECASE)
# a verb of giving right before it: "treated with cholesterol", "添加胆固醇", "用胆固醇"
_GIVEN_BEFORE = lazy_re.compile(r"(?:\b(?:treated|loaded|incubated|supplemented|exposed)\s+(?:with|to)\s+|"
                                r"(?:添加|补充|给予|加入|(?<!作)用|灌胃)(?:外源性?)?)$", re.IGNORECASE)
LOOK_BACK = 24  # characters before the mention read for a verb of giving


def is_administered(text: str, start: int, end: int) -> bool:
    """Does the text give the lipid text[start:end] as a treatment (module docstring)?"""
    return (_GIVEN_AFTER.match(text, end) is not None
            or _GIVEN_BEFORE.search(text, max(0, start - LOOK_BACK), start) is not None)


def mark_body_lipids(text: str, mentions: list[Mention]) -> None:
    """Mark the COMPOUND mentions of ``text`` naming a body lipid that is not given with ``how`` = ENDOGENOUS
    (the mentions stay in mentions.csv and the NER benchmarks)."""
    for m in mentions:
        if m.label == "COMPOUND" and m.entity_id in BODY_LIPIDS and not is_administered(text, m.start, m.end):
            m.how = ENDOGENOUS
