"""A disease named in the text is not KEGG's map of that disease.

The pathway dictionary holds KEGG's Human Diseases maps (br08901 class "Human Diseases":
hsa05225 Hepatocellular carcinoma, hsa05310 Asthma, hsa04932 Non-alcoholic fatty liver disease),
so "肝癌", "hepatocellular carcinoma", "HCC" and "breast cancer" are found as PATHWAY mentions.
GUIDELINES.md section 1 makes a disease no relation partner ("a relation with a non-entity.
Diseases, …"), and a KEGG map is a PATHWAY entity when the text names the map or process, so a
disease-class map is a PATHWAY partner only when the text writes it as a pathway: a pathway
word after it ("hepatocellular carcinoma pathway", "肝癌信号通路", "the Pathways in cancer map"),
the word inside the name ("Pathways in cancer"), or "KEGG" before it. Otherwise the mention stays
(mentions.csv, the spaCy entities) with ``how`` = ``disease`` and gets no relation rows
(relations/pairs.py ``NO_PARTNER``). On the development gold none of the 84 (document, pair)
units with a disease map is gold (every gold PATHWAY id is of the Cellular Processes,
Environmental Information Processing, Organismal Systems or Metabolism classes).

The class, not a list of disease names, decides: the dictionary's ``note`` of a KEGG map carries
its br08901 class (relations/ranking.py ``is_disease_map``).
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.relations.pairs import DISEASE

# A pathway word right after the name (a few characters of "相关"/"信号" allowed between).
_PATHWAY_AFTER = lazy_re.compile(
    r"\s*(?:相关)?(?:信号)?(?:转导|传导)?(?:通路|途径|pathways?|signal(?:l)?ing|map\b|axis)", re.IGNORECASE)
# "KEGG pathway hsa05225", "KEGG: Hepatocellular carcinoma", "KEGG 通路富集…肝癌" (up to 30 characters)
_KEGG_BEFORE = lazy_re.compile(r"KEGG[^。.;;!?]{0,30}$", re.IGNORECASE)
_PATHWAY_INSIDE = lazy_re.compile(r"pathway|通路|途径", re.IGNORECASE)


def written_as_pathway(text: str, start: int, end: int) -> bool:
    """Does text[start:end] (a disease-class KEGG map's mention) name the map, not the disease?"""
    return bool(_PATHWAY_INSIDE.search(text[start:end]) or _PATHWAY_AFTER.match(text, end)
                or _KEGG_BEFORE.search(text[max(0, start - 30):start]))


def mark_disease_maps(text: str, mentions, disease_ids) -> None:
    """Set ``how`` = ``DISEASE`` on the PATHWAY mentions of ``text`` whose entity is a
    disease-class map (``disease_ids``) and that the text does not write as a pathway."""
    for m in mentions:
        if m.label == "PATHWAY" and m.entity_id in disease_ids and not written_as_pathway(text, m.start, m.end):
            m.how = DISEASE
