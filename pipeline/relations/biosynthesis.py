"""An enzyme named as the maker of a compound: "E catalyzes P synthesis", "E, the rate-limiting enzyme for the
production of P", "the P produced by E", "E catalyzes the conversion of S to P".

GUIDELINES 5.15 (pharmacokinetic effects): an enzyme stated to synthesise a compound from a precursor is
``upregulates`` for the product and ``associated`` for the precursor. BioRED annotates the same construction the
same way (Positive_Correlation enzyme–product, Association enzyme–precursor). The sentences state it with no effect
cue of cues.py ("catalyzes", "enzyme for", "produced by" name no change), so the pair stayed ``associated``:

* "Gene expression studies showed that mice lacking lrp5 have increased expression of tph1, the rate limiting enzyme
  for the production of serotonin in the gut." (validation_en PMID23563356, gold TPH1 ``upregulates`` serotonin)
* "Phosphatidylethanolamine N-methyltransferase (PEMT) catalyzes phosphatidylcholine synthesis." (BioRED dev
  16051693, Positive_Correlation)
* "COX-2 is a key enzyme in the conversion of arachidonic acid to prostaglandins. The prostaglandins produced by
  COX-2 are involved in inflammation …" (BioRED train 16506214: COX-2–prostaglandins Positive_Correlation,
  COX-2–arachidonic acid Association)
* "… the dihydrofolate produced by thymidylate synthase during DNA synthesis …" (BioRED train 15755837, Positive)

``product_of`` reads three forms between the enzyme (a GENE mention) and the product (a COMPOUND mention):

* the enzyme first, as the subject of "catalyzes" or an apposition or predicate noun "(the) … enzyme
  for/in/of/responsible for", with the product as the object of "(bio)synthesis/production/formation/generation of"
  or of "conversion of S to/into", or before "(bio)synthesis/production/formation" ("catalyzes P synthesis");
* the product first, as the head of a passive participle "P (which is) produced/synthesized/generated/formed by
  (the enzyme) E";
* the enzyme as the prefix of a participle adjective: "COX-2-derived prostaglandins", "eNOS-generated NO".

The precursor of "conversion of S to P" is not the product: it keeps ``associated``. A negation in the gap ("does
not catalyze") or a clause break refuses the reading.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_MAKING = r"(?:bio-?)?synthes[ie]s|production|formation|generation|release"
_CATALYSE = r"(?:catalys|catalyz)(?:es|ed|ing|e)"
_CONVERSION = (r"(?:conversion|transformation|metabolism|oxidation|reduction|hydrolysis|cleavage|degradation)\s+of\s+"
               r"[^,;()]{1,60}?\s+(?:to|into)")
# the enzyme's role: a verb ("catalyzes", "which catalyzes") or a role noun ("the rate-limiting enzyme for",
# "a key enzyme in", "is responsible for", "enzyme that catalyzes")
_ROLE_NOUN = (r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:enzyme|synthase|catalyst)s?\s+"
              r"(?:(?:that|which)\s+" + _CATALYSE + r"\s+|" + _CATALYSE + r"\s+|responsible\s+for\s+|involved\s+in\s+|"
              r"required\s+for\s+|for\s+|in\s+|of\s+)")
_ROLE = (r"(?:(?:(?:that|which)\s+)?(?:(?:is|was|are|were)\s+)?(?:(?:mainly|primarily|directly)\s+)?" + _CATALYSE
         + r"\s+|(?:(?:that|which)\s+)?(?:is|was|are|were)\s+" + _ROLE_NOUN + r"|,\s*" + _ROLE_NOUN
         + r"|" + _ROLE_NOUN + r")")
# from the enzyme's end to the product's start, the enzyme first; an abbreviation in brackets may follow the enzyme
_ENZYME_FIRST = lazy_re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?,?\s*" + _ROLE
    + r"(?:the\s+)?(?:(?:(?:rate[- ]limiting|first|final|last|key)\s+step\s+(?:of|in)\s+(?:the\s+)?)?(?:" + _MAKING
    + r")\s+of\s+(?:the\s+)?|" + _CONVERSION + r"\s+(?:the\s+)?)?$", re.IGNORECASE)
_MAKING_AFTER = lazy_re.compile(r"^\s*(?:\([^()]{1,30}\)\s*)?(?:" + _MAKING + r")\b", re.IGNORECASE)
_OBJECT_NEEDED = lazy_re.compile(r"(?:" + _MAKING + r")\s+of\s+(?:the\s+)?$|(?:to|into)\s+(?:the\s+)?$", re.IGNORECASE)
# the product first: "P produced by E", "P, which is synthesized mainly by the enzyme E"
_PRODUCT_FIRST = lazy_re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:(?:that|which)\s+)?(?:(?:is|are|was|were)\s+)?(?:(?:mainly|primarily|"
    r"predominantly|largely|mostly|exclusively|also)\s+)?(?:produced|synthesi[sz]ed|generated|formed|made|catalyzed)\s+"
    r"(?:(?:mainly|primarily|predominantly|largely|mostly|exclusively)\s+)?by\s+(?:the\s+)?(?:enzymes?\s+)?$",
    re.IGNORECASE)
# "COX-2-derived prostaglandins", "eNOS-generated NO"
_PREFIXED = lazy_re.compile(r"^\s*-\s*(?:derived|generated|produced|synthesi[sz]ed)\s+$", re.IGNORECASE)
_NEGATION = lazy_re.compile(r"\b(?:not|no|never|neither|nor|without)\b|n't\b", re.IGNORECASE)


def product_of(text: str, enzyme_start: int, enzyme_end: int, product_start: int, product_end: int) -> bool:
    """Is the compound text[product_start:product_end] stated as the product the enzyme
    text[enzyme_start:enzyme_end] makes, in one of the module's three forms?"""
    if enzyme_end <= product_start:
        gap = text[enzyme_end:product_start]
        if ";" in gap or _NEGATION.search(gap):
            return False
        if _PREFIXED.match(gap):
            return True
        found = _ENZYME_FIRST.match(gap)
        if found is None:
            return False
        if _OBJECT_NEEDED.search(gap):
            return True  # "… the production of P", "… conversion of S to P"
        return bool(_MAKING_AFTER.match(text[product_end:product_end + 40]))  # "catalyzes P synthesis", "enzyme in P biosynthesis"
    if product_end <= enzyme_start:
        gap = text[product_end:enzyme_start]
        return ";" not in gap and not _NEGATION.search(gap) and bool(_PRODUCT_FIRST.match(gap))
    return False
