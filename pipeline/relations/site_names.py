"""A gene named as the modifier of a site noun names a stretch of DNA or protein, not the gene's product acting.

"AMPK consensus sites", "two SF-1 binding sites", "the NF-kappaB site in the lpa2 promoter": the gene is the first
element of a compound noun whose head is *site* (or *element*, *motif*), and the head decides what the phrase names
(the head-final rule of English noun compounds, Quirk et al., *A Comprehensive Grammar of the English Language*,
1985, 17.108): a sequence the protein binds or phosphorylates, inside another molecule. A verb of the sentence acts
on that site's molecule, not on the gene ("2-Deoxyglucose increased phosphorylation of tuberous sclerosis complex 2
(TSC2) on AMPK consensus sites", validation38_en PMID22972179: 2-deoxyglucose does not raise AMPK's level; "transcription
of FDX1 was synergistically activated by the NR5A family and 8Br-cAMP treatment through two SF-1 binding sites",
validation_en PMID23435367: FDX1 is not transcribed via SF-1 the protein, gold SF-1–FDX1 ``associated``). So such a
mention's pairs in the sentence are stated without a direction (relations/name_modifiers.py reads the converse, a
compound inside a protein's name). The pair is kept, as ``associated`` at a modifier's weight: the gene is named.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the gene, then (a hyphen or a space) an optional kind of site, then the site noun ending the compound
_SITE_AFTER = lazy_re.compile(
    r"\s?-?\s?(?:(?:consensus|binding|response|responsive|recognition|docking|cleavage)\s+)?(?:sites?|elements?|motifs?)\b",
    re.IGNORECASE)


def names_site(text: str, end: int) -> bool:
    """Is the gene mention ending at ``end`` the modifier of a site noun ("AMPK consensus sites", "SF-1 binding
    sites", "NF-kappaB site")?"""
    return _SITE_AFTER.match(text, end) is not None
