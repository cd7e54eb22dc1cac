"""A reagent named by its role on a target in an apposition: "X, a <long name> (<TARGET>) antagonist",
"X, a specific inhibitor on <TARGET>".

Abstracts introduce a drug by an appositive noun phrase that names its role (Quirk et al., *A Comprehensive
Grammar of the English Language*, 1985, 17.65-17.80 on appositions; GUIDELINES 5.4: "<target> inhibitor
<reagent>" -> the reagent ``inhibits`` the target, an agonist or activator ``activates`` it). inhibitor.py
reads "X, a <target> inhibitor" and "X, an inhibitor of <target>"; two frequent forms of the same
apposition escaped it:

* the target is defined by its abbreviation in the apposition, and only the abbreviation is a mention:
  "ketamine, an N-methyl d-aspartate receptor (NMDAR) antagonist" (validation_en PMID23337256; the same
  shape as "disulfiram, a dopamine beta-hydroxylase (DBH) inhibitor", BioRED train PMID18083142, whose long
  form happens to be a mention too). The words before the bracket are the long form of the bracketed
  target (Schwartz & Hearst 2003: a short form in brackets right after its long form), so they belong to
  the noun phrase "<long form> (<short form>) antagonist";
* the role noun takes its object with another preposition than "of": "3-methyladenine (3MA), a specific
  inhibitor on autophagy" (validation_en PMID18619688), "an antagonist for", "an inhibitor against".

Pure functions over the text between the reagent and the target and the text after the target.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the apposition or copula that opens the role noun phrase: "X, a", "X (3MA), a", "X is a", "X acts as an"
_OPENING = r"^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*|\s+(?:is|was|acts\s+as|as|being)\s+)(?:an?|the)\s+"
_MODIFIERS = (r"(?:(?:specific|selective|potent|novel|known|well-known|highly|non-?selective|competitive|"
              r"non-?competitive|irreversible|reversible|allosteric|endogenous|classical|pharmacological|"
              r"small-molecule|oral|orally|active)\s+)*")
_NOUN = r"(?P<noun>inhibitor|antagonist|blocker|agonist|activator)s?"
# "X, an N-methyl d-aspartate receptor (" : up to six words of a long form, then the bracket of the target
_LONG_FORM_BEFORE = lazy_re.compile(_OPENING + _MODIFIERS + r"(?!(?:inhibitor|antagonist|blocker|agonist|activator)s?\b)"
                                    r"[A-Za-z0-9αβγκ][\w\-',/αβγκ]*(?:\s+[\w\-',/αβγκ]+){0,5}\s*\(\s*$", re.IGNORECASE)
# ") antagonist": the bracket closes on the target, the role noun follows
_NOUN_AFTER_BRACKET = lazy_re.compile(r"\s*\)\s*-?\s*" + _NOUN + r"\b", re.IGNORECASE)
# "X, a specific inhibitor on/against/for (the) Y"
_NOUN_ON = lazy_re.compile(_OPENING + _MODIFIERS + _NOUN + r"\s+(?:on|against|for|to)\s+(?:the\s+)?$", re.IGNORECASE)
# a verb before the target's noun phrase is a verb's object, no role noun's ("X, an agonist for ... that inhibits Y")
_NO_VERB = lazy_re.compile(r"\b(?:inhibit|suppress|activat|induc|increas|decreas|reduc|block)\w*\s", re.IGNORECASE)


def role_sign(between: str, after_target: str) -> int | None:
    """Sign of the role the apposition gives the reagent on the target (``between``: the text from the
    reagent to the target, other mentions blanked; ``after_target``: the text right after the target):
    -1 for inhibitor/antagonist/blocker, +1 for agonist/activator, None when no such apposition."""
    noun = None
    if _LONG_FORM_BEFORE.match(between) and not _NO_VERB.search(between):
        found = _NOUN_AFTER_BRACKET.match(after_target)
        noun = found.group("noun") if found else None
    if noun is None:
        found = _NOUN_ON.match(between)
        noun = found.group("noun") if found else None
    if noun is None:
        return None
    return 1 if noun.lower() in ("agonist", "activator") else -1
