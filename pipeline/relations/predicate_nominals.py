"""A passive participle that modifies the predicate noun of a copula names what was done to the subject:
"lpa2 is a DNA damage response gene upregulated by ATM" = "lpa2 is upregulated by ATM".

In "Y is/are (a/an) N V-ed by X" the noun phrase after the copula is a predicative complement: it has no referent
of its own but describes the subject (Quirk et al., *A Comprehensive Grammar of the English Language*, 1985,
10.8 and 16.20 on the subject complement), and an -ed participle clause after its head is a reduced relative on
that head (ibid. 17.29: "a gene upregulated by ATM" = "a gene that is upregulated by ATM"). So the participle's
by-agent acts on the subject, as it would in the plain passive "Y is upregulated by X" (by_agents.py):

* "suggesting that lpa2 is a DNA damage response gene upregulated by ATM via NF-kappaB" (validation_en and BioRED
  train PMID26027517, gold ATM ``upregulates`` lpa2/LPAR2);
* "The beta-adrenergic receptors (beta-AR) are G protein-coupled receptors activated by epinephrine and
  norepinephrine" (BioRED train PMID15523499, Positive_Correlation of both amines with ADRB1/2/3).

The noun phrase must be short and plain: an article or none, then up to five premodifiers and the head, none of
them a function word, a finite verb or an -ing/-ed word of its own (a hyphenated compound adjective such as
"protein-coupled" or "calcium-dependent" is a premodifier). So "Y was a target of miR-21 induced by X" (the
participle may modify miR-21) and "Y is a gene that is induced by X" (a finite relative: by_agents reads the
plain passive) are not read here, nor a comparison ("Y is higher in cells treated by X").
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the target's own bracketed short form may stand before the copula ("The beta-adrenergic receptors (beta-AR) are")
# and a level noun after it ("Y expression is a marker induced by"); then the copula, an article and the noun phrase
# (premodifiers and head: words with no -ed/-ing ending unless hyphenated, no function word)
_WORD = (r"(?!(?:of|in|on|at|by|with|for|from|to|as|that|which|who|whose|than|and|or|but|not|also|the|a|an|"
         r"is|are|was|were|be|been|this|these|its|their|more|less|most|higher|lower|only|both)\b)"
         r"(?:[\w/αβγδκ]+(?:-[\w/αβγδκ]+)+|(?![\w]*(?:ed|ing)\b)[\w/αβγδκ]+)")
_COPULAR_HEAD = lazy_re.compile(
    r"^(?:\s*\([^()]{1,30}\))?\s+(?:(?:gene|mRNA|protein)\s+)?(?:(?:expression|levels?|activity)\s+)?"
    r"(?:is|are|was|were)\s+(?:(?:a|an|one\s+of\s+the)\s+)?(?:" + _WORD + r"\s+){1,6}$", re.IGNORECASE)


def complement_head(text: str, target_end: int, participle_start: int) -> bool:
    """Does ``text[target_end:participle_start]`` hold only a copula and the short noun phrase its subject (the
    target, ending at ``target_end``) is said to be, so that the participle at ``participle_start`` modifies it?"""
    return _COPULAR_HEAD.match(text[target_end:participle_start]) is not None
