"""A change of a gene "in response to" a compound: the compound is the agent of that change.

"Both populations produced a high level of IL-10, in addition to IL-1, IL-6 and TNFa, in response
to LPS" (BioRED train PMID24743235), "BMP-4 reduced LHbeta mRNA up-regulation in response to GnRH"
(PMID18310445), "IL-8 expression increased in response to cisplatin": the complex preposition "in
response to" (Quirk et al. 1985, 9.11) introduces the cause of the clause's event, as a passive
"by"-agent does, but after the change it causes and not next to any verb, so the sentence's agent
rules (which look for an agent before its cue) left the compound and the gene ``associated``.
GUIDELINES 5.7: a stimulus gets its own rows when the sentence states what it induces ("AOPP 诱导
α-SMA 表达增加" → stimulus ``upregulates`` ACTA2); an inhibitor of the change ("BMP-4 reduced …")
is the agent of its own rows, the stimulus keeps the sign of the change itself.

A HERB or COMPOUND after the phrase is read as the cause (a cell's stimulus), and a GENE too when
nothing names its own state after it (stop 40: "abolished STAT3 activation in response to VEGF", BioRED train
PMID24623966; "down-regulation of Smad3 expression in response to TGF-beta", validation_zh ChinaXiv-201712.00859V1;
"LHbeta mRNA up-regulation in response to GnRH", PMID18310445 — a growth factor, cytokine or hormone given to
cells; not "in response to Ras activation", where the cause is the gene's state); only a gene
before it in the same clause, and the sign is that of the change word nearest the gene: the first
one after the gene ("LHbeta mRNA up-regulation", "IL-8 expression increased"), else the last one
before it ("produced … IL-10"). Activity words ("activation", "phosphorylation") give
``activates``/``inhibits``, the others (level, production, secretion) ``upregulates``/``downregulates``.
A negation in the clause ("did not increase in response to") leaves the pair as it was.

Stop 41: the same temporal adjunct names its cause before a treatment noun ("attenuated ERK activation following EGF
stimulation", BioRED train PMID19672862; "BDNF and its receptor … (TrkB) were markedly up-regulated after BDNF
administration", PMID28098423). That bare "after/following/upon <cause> <treatment noun>" is read more strictly: a verb
of change a few words after the target with no list or clause between, and no verb of measurement in the clause ("…
release were assessed 3 and 6 days after gentamicin administration", validation39_en PMID20164825, says when it was
measured, not what the drug did).

The subject of a verb whose object changed in response to the cause ("BMP-4 reduced LHbeta mRNA up-regulation in
response to GnRH") acts against the stimulus, not on it: GUIDELINES 5.7 and 5.16 ("X 抑制 Y 诱导的 Z 升高", "X enhances
Y-induced Z") give X–Y no row, and ``opposes_response`` tells the pair apart so that it stays unsigned.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the complex preposition, and its synonym of stimulation ("IL-8 mRNA was elevated upon stimulation with LPS")
_PHRASE = lazy_re.compile(r"\bin\s+response\s+to\b|\b(?:upon|after|following)\s+(?:stimulation|challenge)\s+(?:with|by)\b",
                          re.IGNORECASE)
# the same temporal adjunct with the cause before its treatment noun (stop 41): "attenuated ERK activation following EGF
# stimulation" (BioRED train PMID19672862), "BDNF and its receptor … TrkB were markedly up-regulated after BDNF
# administration" (BioRED train PMID28098423); the noun may follow the cause's bracketed abbreviation ("following
# etoposide (ETO) treatment", PMID26102294)
# the change of the bare form: a few words after the target, no list or clause between (no "and", no comma), a verb
# of change and not a noun of secretion or a "-induced" modifier ("DNCB-induced MAPKs … activities after RG treatment",
# validation_en PMID23717095)
_BARE_CHANGE = lazy_re.compile(r"[^,;:]{0,40}?(?<!-)\b(?P<word>increas|elevat|up-?regulat|enhanc|augment|rais|decreas|"
                               r"reduc|down-?regulat|suppress|attenuat|diminish|lower|declin|activat|phosphorylat|"
                               r"inhibit|inactivat|dephosphorylat)", re.IGNORECASE)
_MEASURED = lazy_re.compile(r"\b(?:assess|evaluat|measur|determin|examin|analy[sz]|investigat|detect|quantif|monitor|"
                            r"studied|tested|observed)\w*", re.IGNORECASE)
_BARE_PHRASE = lazy_re.compile(r"\b(?:upon|after|following)\b", re.IGNORECASE)
_TREATMENT_NOUN = lazy_re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:-\s*)?(?:stimulation|treatment|administration|exposure|"
                                  r"challenge|infusion|injection|supplementation)\b", re.IGNORECASE)
# what may stand between the phrase and the cause: an article, a treatment noun with its preposition,
# earlier coordinated causes (their names are blanked first) and the coordinators, an optional co-stimulus in brackets
# ("in response to GnRH (+/-activin)", PMID18310445)
_CAUSE_GAP = lazy_re.compile(r"^(?:\s|,|\((?:\+/-|\+|±)?|\band\b|\bor\b|\bthe\b|\ban?\b|\b(?:treatment|stimulation|exposure|challenge|"
                             r"incubation)\s+(?:with|to)\b|\b(?:high|low|increasing|different)\b|\b\d+(?:\.\d+)?\s*[µu]?[mn]?M\b)*$",
                             re.IGNORECASE)
_UP = r"increas\w*|elevat\w*|up-?regulat\w*|enhanc\w*|augment\w*|induc(?:e|ed|es|ing|tion)\b|produc(?:e|ed|es|ing|tion)\b|" \
      r"secret(?:e|ed|es|ing|ion)\b|releas\w*|accumulat\w*|express(?:ed|es|ing)\b|rais(?:e|ed|es|ing)\b|over-?express\w*"
_DOWN = r"decreas\w*|reduc\w*|down-?regulat\w*|suppress\w*|attenuat\w*|diminish\w*|lower(?:s|ed|ing)?\b|declin\w*"
_ACT_UP = r"activat\w*|phosphorylat\w*|stimulat\w*"
_ACT_DOWN = r"inhibit\w*|block\w*|dephosphorylat\w*|inactivat\w*"
_CHANGE = lazy_re.compile(rf"\b(?:(?P<act_down>{_ACT_DOWN})|(?P<act_up>{_ACT_UP})|(?P<down>{_DOWN})|(?P<up>{_UP}))", re.IGNORECASE)
_NEGATION = lazy_re.compile(r"\b(?:not|no|neither|nor|without|failed\s+to|unable\s+to)\b|n't\b", re.IGNORECASE)
_CLAUSE_BREAK = lazy_re.compile(r"[;:]|\b(?:whereas|while|but|although|which|that)\b", re.IGNORECASE)
# a coordinated predicate of its own: "… and 2) abolished", "… and abolished" (a negation before it is the earlier one's)
_NEXT_PREDICATE = lazy_re.compile(r"\band\s+(?:\(?\d\)\s*)?(?=[a-z]+ed\b)|\b\d\)\s", re.IGNORECASE)
_MODIFIES_NOUN = lazy_re.compile(r"\s*-?\s*(?:induced|mediated|dependent|related|associated|derived|stimulated|evoked|elicited)\b",
                                 re.IGNORECASE)
_SENTENCE_BREAK = lazy_re.compile(r"[;:]|\.\s")
CAUSE_LABELS = ("HERB", "COMPOUND", "GENE")
# a gene cause named with its own state or a part of it: "in response to Ras activation", "to EGFR inhibition",
# "to TGF-beta receptor …" (the state or the receptor is the cause, not the gene's product given to cells)
_GENE_STATE_AFTER = lazy_re.compile(r"\s*(?:-\s*)?(?:activ\w*|inhibit\w*|knock\w*|silenc\w*|deplet\w*|deficien\w*|delet\w*|"
                                    r"loss\b|overexpress\w*|over-express\w*|signal\w*|mutat\w*|mutant\w*|block\w*|antagon\w*|"
                                    r"phosphorylat\w*|express\w*|levels?\b|withdraw\w*|receptors?\b|antibod\w*|neutrali\w*|"
                                    r"gene\b|promoter\b|varia\w*|polymorph\w*)", re.IGNORECASE)
TARGET_LABELS = ("GENE",)


# the target named as the object of an activity noun: "Phosphorylation of AMPK at Thr172 increased by 1.4-fold …
# in response to 2-deoxyglucose" (validation38_en PMID22972179, gold ``activates``): the change word after the
# target ("increased") says the direction, the head noun before it what changed, its activity (GUIDELINES 2; the
# word order "AMPK phosphorylation increased" was read so already, the noun being the first change word after it)
_ACTIVITY_OF = lazy_re.compile(r"\b(?:phosphorylation|activit(?:y|ies)|activation)\s+(?:levels?\s+|status\s+)?of\s+(?:the\s+)?$",
                               re.IGNORECASE)


def _label(change: re.Match, activity: bool = False) -> str:
    kind = change.lastgroup
    if activity:  # a level word read out on an activity noun's object
        kind = {"up": "act_up", "down": "act_down"}.get(kind, kind)
    return {"act_up": "activates", "act_down": "inhibits", "up": "upregulates", "down": "downregulates"}[kind]


def _blank(text: str, spans, lo: int, hi: int) -> str:
    """``text[lo:hi]`` with the names of ``spans`` inside it replaced by spaces."""
    chars = list(text[lo:hi])
    for sp in spans:
        for i in range(max(sp.start, lo), min(sp.end, hi)):
            chars[i - lo] = " "
    return "".join(chars)


_OPPOSED = "opposed"  # ``_reading``'s answer for the subject of a verb whose object changed in response to the cause


def _reading(text: str, spans, cause, target) -> tuple[str, int, int] | None:
    """(label or ``_OPPOSED``, start, end of "in response to") of ``cause`` and ``target``, else None."""
    if cause.label not in CAUSE_LABELS or target.label not in TARGET_LABELS or target.end > cause.start:
        return None
    if _MODIFIES_NOUN.match(text, cause.end):
        return None  # "in response to nitroprusside-induced hypotension": the cause is the hypotension
    if cause.label == "GENE" and _GENE_STATE_AFTER.match(text, cause.end):
        return None  # "in response to Ras activation": the gene's state is the cause
    phrase = None
    for m in _PHRASE.finditer(text, target.end, cause.start):
        phrase = m  # the last phrase before the cause
    bare = False
    if phrase is None and _TREATMENT_NOUN.match(text, cause.end):
        for m in _BARE_PHRASE.finditer(text, target.end, cause.start):
            phrase, bare = m, True  # "following EGF stimulation": the preposition alone, the treatment noun after it
    if phrase is None or not _CAUSE_GAP.match(_blank(text, spans, phrase.end(), cause.start)):
        return None
    clause_lo = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, target.start)), default=0)
    after = text[target.end:phrase.start()]
    if _CLAUSE_BREAK.search(after) or _PHRASE.search(after):
        return None
    # (from the last clause break before the target: "… did not abolish it and 2) abolished STAT3 activation in
    # response to VEGF", PMID24623966, negates the clause before)
    negation_lo = max((m.end() for pattern in (_CLAUSE_BREAK, _NEXT_PREDICATE)
                       for m in pattern.finditer(text, clause_lo, target.start)), default=clause_lo)
    if _NEGATION.search(text, negation_lo, phrase.start()):
        return None
    blanked_after = _blank(text, spans, target.end, phrase.start())
    if bare:
        # a change word right after the target ("ERK activation following", "TrkB were markedly up-regulated after"),
        # not one of a later list item ("LDH activities … and an increase of MDA … was observed after CCl4 …
        # administration", validation_en PMID22815248) nor a read-out measured after the treatment ("cytochrome c
        # release were assessed … after gentamicin administration", validation39_en PMID20164825)
        change = _BARE_CHANGE.match(blanked_after)
        if change is None or _MEASURED.search(text, clause_lo, phrase.start()):
            return None
        change = _CHANGE.search(blanked_after, change.start("word"))
    else:
        change = _CHANGE.search(blanked_after)
    if change is not None and any(target.end + change.end() <= sp.start < phrase.start() and sp.entity_id != target.entity_id
                                  for sp in spans):
        # "BMP-4 reduced LHbeta mRNA up-regulation in response to …": a verb with an object, the target its subject
        return _OPPOSED, phrase.start(), phrase.end()
    if change is None:
        before = _blank(text, spans, clause_lo, target.start)
        if _CLAUSE_BREAK.search(before[-80:]):
            return None
        changes = list(_CHANGE.finditer(before))
        if not changes:
            return None
        change = changes[-1]
    activity = _ACTIVITY_OF.search(text, max(0, target.start - 40), target.start) is not None
    return _label(change, activity), phrase.start(), phrase.end()


# words one of the phrases needs: a cheap test before the pairs of a sentence are read
_HINTS = ("response", "stimulation", "challenge", "treatment", "administration", "exposure", "infusion", "injection",
          "supplementation")


def may_name_cause(text: str) -> bool:
    """Can ``text`` hold one of the phrases (a substring test, run on every sentence with a pair)?"""
    return any(word in text for word in _HINTS)


def response_label(text: str, spans, cause, target) -> tuple[str, int, int] | None:
    """(label, start, end of "in response to") of ``cause`` (a HERB/COMPOUND span, or a GENE not named with its
    state) on ``target`` (a GENE span) when the sentence says the target changed "in response to" the cause
    (module docstring), else None."""
    found = _reading(text, spans, cause, target)
    return None if found is None or found[0] == _OPPOSED else found


def opposes_response(text: str, spans, cause, subject) -> bool:
    """Is ``subject`` the agent of a verb whose object changed "in response to" ``cause`` ("BMP-4 reduced LHbeta
    mRNA up-regulation in response to GnRH")? Then the two are no cause and target of each other (module
    docstring)."""
    found = _reading(text, spans, cause, subject)
    return found is not None and found[0] == _OPPOSED
