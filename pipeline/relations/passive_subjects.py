"""The subject of an agentless passive is the patient of its verb, never the agent of a later mention:
"IL-6 levels were decreased in the X group, whereas IL-10 levels were increased".

Results sentences report a read-out's change with an agentless passive whose subject is the read-out and
whose adjunct names the group or time ("NFkappaB activity was decreased in the frontal cortex of cocaine
treated rats", BioRED train PMID20477932; "Protein level of BDNF was reduced in Dox-treated rat
ventricles", BioRED train PMID28098423; "The expressions of HSP70 and HO-1 were significantly (P<0.05)
increased in the NaAsO2 group", validation_en PMID23603382). The passive's subject is its patient (Quirk et
al., *A Comprehensive Grammar of the English Language*, 1985, 3.63-3.65: the passive subject corresponds to
the active object); with no object after the verb, a mention further on — in a contrast clause ("whereas
nNOS activity … was increased") or a list of other read-outs — is not the verb's target either. The
typer's default (the earlier entity acts on the later through the cue between them) read such a sentence as
"IL-6 downregulates IL-10": the pair is a co-mention of two read-outs, undirected.

The same read-out in a contrast clause keeps its own predicate: "caspase-3, caspase-9, and Bax were significantly
up-regulated while Bcl-2 was down-regulated" in "TIPE2 over-expression cells" (BioRED train PMID25946186) and
"the production of … IL-12p40 … was upregulated by P grandiflorum, whereas the levels of … IL-4 and IL-5 were
downregulated" (validation_en PMID21195946) state the main clause's agent acting on the contrast clause's read-out
with the sign of that read-out's own verb (whereas/while coordinate two clauses of one situation, Quirk et al. 1985,
13.16 and 15.19: the contrast lies in the predicates); "NFkappaB activity was decreased in … cocaine treated rats,
…, whereas nNOS activity in the hippocampus was increased" (BioRED train PMID20477932) is cocaine ``activates``
nNOS. The typer read the main verb's sign across the contrast (TIPE2 "upregulates" Bcl-2) or left the pair
undirected. ``contrast_readout`` finds such a read-out; a contrast clause with an agent or time adjunct of its own
("whereas BDNF and its receptor TrkB were markedly up-regulated after BDNF administration", BioRED train
PMID28098423) is not the main agent's.

Pure functions over the sentence text and character offsets.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# from the subject to its verb: a level or activity noun (with "at the mRNA level"), an auxiliary of the passive
# (required) and degree adverbs or a statistic ("were significantly (P<0.05) increased")
_SUBJECT_THEN_PASSIVE = lazy_re.compile(
    # the bracket of a short form, other subjects coordinated with it ("GLUT1 and MCT4 are induced in distal hypoxic
    # cells")
    r"^\)?(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?!(?:was|were|is|are|the)\b)[\w\-/αβγκ+']+){0,5}"
    r"[\s\-]*(?:\([^()]{1,30}\)\s*)?(?:(?:gene|mRNA|protein)\s+)?"
    # (two such nouns: "p38a phosphorylation levels were increased", validation_en PMID24789042; "NaPi-IIb expression
    # level was significantly decreased", ChinaXiv-201711.00762V1)
    r"(?:(?:expressions?|levels?|production|secretion|release|synthesis|transcription|activit(?:y|ies)|contents?|"
    r"concentrations?|abundance|phosphorylation)\s+){0,2}"
    r"(?:(?:at|in)\s+the\s+[\w\s\-]{1,40}?levels?\s+)?"
    r"(?:in\s+the\s+[\w\-]+(?:\s+[\w\-]+)?\s+)?"  # a tissue: "nNOS activity in the hippocampus was increased"
    r"(?:was|were|is|are|(?:has|have|had)\s+been)\s+"
    r"(?:(?:\w+ly|also|further|all|both|then)\s+|\([^()]{0,30}\)\s*){0,3}$",
    re.IGNORECASE)
# the passive verbs of a reported change of level or activity; a verb of blocking or loss ("when glucagon activity is
# blocked …, the plasma ghrelin level rises", BioRED train PMID28487437) states the subject's loss of function,
# whose consequence is the subject's own effect (GUIDELINES 5.5), and is left to the typer
_CHANGE_VERB = lazy_re.compile(r"^(?:(?:in|de)creased|reduced|elevated|enhanced|raised|diminished|lowered|augmented|impaired|"
                               r"(?:up|down)-?regulated|over-?expressed|induced|activated|unchanged|unaffected)$", re.IGNORECASE)
# right after the verb: no object, but an adjunct or the end of the clause ("decreased in …", "increased, whereas")
_NO_OBJECT_AFTER = lazy_re.compile(
    r"^\s*(?:\([^()]{0,30}\)\s*)?(?:(?:\w+ly|also|further)\s+){0,2}(?:[,;:]|\b(?:in|after|upon|following|at|during|"
    r"among|within|whereas|while|but|compared|relative|than|versus|vs|by)\b|\.?\s*$)",
    re.IGNORECASE)


# a mention inside the subject's adjunct is no subject head: the treatment or stimulus of a read-out ("the mRNA
# expressions of SIRT1 … after treatment with different concentrations of RES were significantly increased",
# sample ChinaXiv-201711.00904V1; "flushing in response to nicotinic acid was also abrogated", validation_en
# PMID16322797)
_ADJUNCT_BEFORE = lazy_re.compile(
    r"\b(?:with|by|after|following|upon|to|from|on|against|treat\w*|transfect\w*|overexpress\w*|"
    r"over-expression|exposure|stimulat\w*|administ\w*|supplement\w*|response|concentrations?|doses?)\b[^,;:]{0,40}$",
    re.IGNORECASE)


def agentless_subject(text: str, subject_start: int, subject_end: int, cue_start: int, cue_end: int) -> bool:
    """Is the mention ``text[subject_start:subject_end]`` the subject of the passive verb ``text[cue_start:cue_end]``,
    with no by-agent and no object after the verb? Then it is the verb's patient and acts on nothing through it."""
    if cue_start < subject_end or _ADJUNCT_BEFORE.search(text[max(0, subject_start - 60):subject_start]):
        return False
    return bool(_CHANGE_VERB.match(text[cue_start:cue_end]) and _SUBJECT_THEN_PASSIVE.match(text[subject_end:cue_start])
                and _NO_OBJECT_AFTER.match(text[cue_end:cue_end + 60]))


# the contrast between the main clause and the read-out's clause, then the read-out's subject noun phrase up to the
# mention: a determiner, a level noun with "of", a class noun ("the T(H)2 cytokines") and read-outs coordinated
# before it ("IL-4 and IL-5")
_CONTRAST = lazy_re.compile(r"(?:,\s*|\s+)(?:whereas|while|whilst)\s+", re.IGNORECASE)
_CONTRAST_SUBJECT = lazy_re.compile(
    r"^(?:the\s+)?(?:(?:levels?|expressions?|activit(?:y|ies)|production|amounts?|concentrations?|contents?)\s+of\s+"
    r"(?:the\s+)?)?(?:(?!(?:was|were|is|are|by|in|after|with)\b)[\w\-()/+αβγδκ']+(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)){0,8}\(?$",
    re.IGNORECASE)
# an adjunct of the read-out's own clause that names another cause or time ("after BDNF administration", "by X")
_OWN_ADJUNCT = lazy_re.compile(r"^[^,;:]*?\b(?:by|after|following|upon|with|in\s+response\s+to)\b", re.IGNORECASE)


def own_contrast_clause(text: str, agent_end: int, cue_start: int, cue_end: int) -> bool:
    """Does a whereas/while clause begin between the agent and the change verb, and name a cause or time of its
    own after the verb ("…, whereas BDNF and its receptor … were markedly up-regulated after BDNF administration",
    BioRED train PMID28098423)? The verb then reports the clause's own treatment, not the agent's: a contrast
    clause is a finite clause with its own subject (Quirk et al. 1985, 15.21 on whereas/while), and the adjunct
    names what changed it there."""
    if cue_start < agent_end or _CONTRAST.search(text, agent_end, cue_start) is None:
        return False
    return _OWN_ADJUNCT.match(text[cue_end:cue_end + 80]) is not None


def contrast_readout(text: str, agent_end: int, target_start: int, target_end: int,
                     verbs: list[tuple[int, int]]) -> tuple[int, int, bool] | None:
    """(start, end, own) of the passive change verb of the read-out ``text[target_start:target_end]`` when it is the
    subject of a whereas/while clause after the agent's clause ("…, while Bcl-2 was down-regulated"); ``own`` when
    the clause names a cause or time of its own ("… after BDNF administration"): the verb is then not the main
    agent's. ``verbs`` are the sentence's effect cues as (start, end). None when the read-out is no such subject."""
    contrast = None
    for contrast in _CONTRAST.finditer(text, agent_end, target_start):
        pass
    if contrast is None or not _CONTRAST_SUBJECT.match(text[contrast.end():target_start]):
        return None
    verb = next(((s, e) for s, e in verbs if s >= target_end), None)
    if verb is None or not agentless_subject(text, target_start, target_end, *verb):
        return None
    return verb[0], verb[1], bool(_OWN_ADJUNCT.match(text[verb[1]:verb[1] + 80]))
