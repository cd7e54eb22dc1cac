"""A compound that names a diet is the model's condition, not an agent.

"RGPM suppressed high-fructose diet induced vascular inflammation marker expression such as adhesion
molecules and ET-1" (PMID26961224): the high-fructose diet makes the metabolic-syndrome model; the
sentence states what the herb pair does (gold: 红参/何首乌 downregulates EDN1, CRP), and fructose was
made an agent of the model's read-outs (Fructose upregulates EDN1 stood in validation_en's top
|gold|). A diet is no entity (GUIDELINES 1: diseases, models and conditions are not), and its
ingredient is what the model is fed, not a treatment the paper studies (GUIDELINES 5.7: a stimulus
gets rows only when the sentence states what it does; here the diet's name carries the compound).
No gold set has a row with a compound named in a diet.

A COMPOUND mention followed by diet, feeding or chow ("high-fructose diet", "fructose-fed",
"高脂饮食", "高果糖喂养") is no relation partner of its sentence (relations/pairs.py
``sentence_pairs``).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_DIET_AFTER = lazy_re.compile(r"\s*-?\s*(?:rich\s+|enriched\s+|supplemented\s+)?(?:diets?|feeding|fed|chow|drinking\s+water)\b"
                              r"|\s*(?:饮食|膳食|喂养|饲料|饲养)", re.IGNORECASE)


def names_a_diet(text: str, end: int) -> bool:
    """Is the COMPOUND mention ending at ``end`` the ingredient a diet is named after?"""
    return _DIET_AFTER.match(text, end) is not None
