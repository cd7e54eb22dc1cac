"""The agent of a passive or of a nominalised effect, named after its target: "Y was induced by X",
"Y activation by X", "activation of Y by X", "Y被X抑制", "Y were X-induced".

English marks the agent of a passive verb and of an event noun alike with *by* (Quirk et al., *A
Comprehensive Grammar of the English Language*, 1985, 3.63-3.68 on the agentive by-phrase and 17.54 on
the genitive and by-phrase of deverbal nouns: "the activation of Y by X" = "X activates Y"); Mandarin
marks it with 被 / 受(到) before the agent and the verb after it ("Y被X抑制": Li & Thompson, *Mandarin
Chinese*, 1981, ch. 16 on the bei construction). In every form the target is named first and the
agent second, so the typer's default of taking the earlier entity for the agent (two genes, a gene and
a pathway) reads such a sentence backwards or leaves it undirected:

* "CCL4 expression at the mRNA and proteins levels was induced by FOXO1 over-expression" (validation_en
  PMID23262028, gold FOXO1 ``upregulates`` CCL4);
* "Activation of guanylate cyclase by superoxide dismutase and hydroxyl radical" (validation_zh
  ChinaXiv-201711.01148V1 reference title, gold SOD ``activates`` guanylate cyclase);
* "c-Jun n-terminal kinase activation by Hydrogen peroxide in endothelial cells" (validation_zh
  ChinaXiv-201712.01073V1, gold the peroxide ``activates`` JNK).

The verb (or event noun) must stand right by the target (only a level or activity noun, an auxiliary
and an adverb between) and the by-phrase right after it (only the agent's administration and other
agents coordinated with it), so a by-phrase of manner ("by inhibiting …") or a by-agent of a later
verb is not read. Loss of the agent ("by FOXO1 knockdown", "by knockdown of X") turns the sign.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline._core import blank_spans
from pipeline.relations import predicate_nominals

# between the target and its verb or event noun: a level or activity noun (with "at the mRNA and protein
# levels"), then an auxiliary and an adverb ("CCL4 expression … was induced", "JNK activation")
# (a slash-joined sibling may follow the target: "Smad1/5 phosphorylation induced by BMP-4", validation39_en
# PMID18310445, gold BMP4 ``activates`` SMAD1: the noun and its verb are each sibling's)
_TARGET_THEN_VERB = lazy_re.compile(
    r"^(?:\s*/\s*[A-Za-z0-9\-αβγδκ]+){0,3}[\s\-]*(?:(?:gene|mRNA|protein)\s+)?"
    r"(?:(?:expression|levels?|production|secretion|release|synthesis|transcription|activit(?:y|ies)|"
    r"phosphorylation|signal(?:l)?ing|pathways?|axis)\s+)?"
    r"(?:(?:at|in)\s+the\s+[\w\s\-]{1,40}?levels?\s+)?"
    r"(?:(?:was|were|is|are|be|been|being|has|have|had)\s+){0,2}(?:(?:\w+ly|also|further|then)\s+){0,2}$",
    re.IGNORECASE)
# a reduced relative after a list: the target may be any item of the list the participle follows ("13 genes (CLDN2,
# STK17B, …, CD24 and JAG1) activated by TCF-4J isoform", BioRED dev PMID23651211; "CLDN2 and SPP1, activated by
# TCF-4,"): coordinated heads share their postmodifier (Quirk et al. 1985, 13.60, 17.29 on -ed participle clauses as
# reduced relatives). Every item must be a mention (blanked in the gap): "MiR-20a and miR-106b negatively regulate
# autophagy induced by leucine deprivation" (sample ChinaXiv-201711.01551V1) holds a verb phrase, not a list. The list
# may close a bracket and a comma set the participle off; no auxiliary (a finite "…, and C was induced by X" is a
# clause of its own).
_LISTED_PARTICIPLE = lazy_re.compile(r"(?:\s|,|\band\b|\bor\b|\([^()]{0,20}\))*\)?\s*,?\s*(?:(?:\w+ly|also)\s+)?", re.IGNORECASE)
# a target after a comparison or an exception word is no item of the list ("In addition to A, C activated by X")
_NOT_LISTED_BEFORE = lazy_re.compile(r"\b(?:to|than|unlike|like|besides|except|from|with)\s*$", re.IGNORECASE)

# "activation of (the) Y by X": the event noun before the target, of-genitive
# (the event noun's objects may be coordinated, the target any of them: "Dual inhibition of PI3K/Akt and mTOR by
# the dietary antioxidant,delphinidin" (validation_zh ChinaXiv-201801.00619V1), "Inhibition of ERK1/2 or PI3K/AKT
# signaling axis by pertussis toxin" (validation_en PMID26027517): coordinated objects share the head, Quirk et
# al. 1985, 13.60)
_OBJECT_ITEM = r"(?:(?![A-Za-z]+ed\b)[\w\-/'αβγδκ]+(?:\s+(?![A-Za-z]+ed\b|by\b)[\w\-/'αβγδκ]+){0,3}?)"
_ITEM_SEPARATOR = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s*\band\s+|\s*\bor\s+)"
# (the target may carry one or two adjectives of its own, "Induction of distinctive autophagy by chelerythrine"
# (validation40_zh ChinaXiv-201812.00641V1, reference title, gold chelerythrine activates autophagy), "Activation of
# canonical Wnt signaling by X": a premodifier of the head noun, Quirk et al. 1985, 17.101; lower-case words, not a
# participle or gerund ("X-induced", "impaired", "targeting": another event) nor a function word)
_TARGET_ADJECTIVE = (r"(?!(?:the|a|an|and|or|but|by|with|in|on|of|to|from|for|via|at|as)\b)(?![\w\-]*(?:ed|ing)\b)"
                     r"[a-z][a-z\-]*\s+")
_NOUN_OF = lazy_re.compile(r"^\s+of\s+(?:the\s+)?(?:" + _OBJECT_ITEM + _ITEM_SEPARATOR + r"){0,3}(?:"
                           + _TARGET_ADJECTIVE + r"){0,2}$")
_LATER_OBJECTS = lazy_re.compile(r"(?:" + _ITEM_SEPARATOR + _OBJECT_ITEM + r"){1,3}?(?=\s+by\b)", re.IGNORECASE)
# between the target and "by" in the of-genitive: only a pathway or activity noun ("of the ERK pathway by"), after
# slash-joined siblings that share it ("inhibition of ATM/ATR kinases with CGK-733", validation_en and BioRED train
# PMID26027517, gold CGK-733 ``inhibits`` ATM: each sibling is the head's, as in _TARGET_THEN_VERB)
_TARGET_HEAD = lazy_re.compile(r"^(?:\s*/\s*[A-Za-z0-9\-αβγδκ]+){0,3}[\s\-]*(?:(?:signal(?:l)?ing|pathways?|axis|activit(?:y|ies)|kinases?|"
                               r"expression|levels?|phosphorylation)\s*)*", re.IGNORECASE)
# the by-phrase up to the agent: its administration and earlier coordinated agents
_BY_AGENT = lazy_re.compile(
    r"^\s*by\s+(?:the\s+)?(?P<loss>(?:knock-?down|knock-?out|deletion|depletion|silencing|loss|inhibition|blockade)\s+of\s+(?:the\s+)?)?"
    # the administration may carry its schedule or route ("by daily injection of", "by chronic administration
    # of") and name the agent through its form or dose ("of a recombinant form of C-type natriuretic peptide",
    # validation_en PMID23571107): the agent is still the by-phrase's
    r"(?:(?:(?:daily|oral|chronic|acute|repeated|systemic|local|intraperitoneal|subcutaneous|intravenous|topical|"
    r"single|continuous)\s+)?(?:co-?)?(?:treatment|administration|supplementation|exposure|injection|infusion|addition|"
    r"application|over-?expression|overexpression)\s+(?:with|of|to)\s+"
    r"(?:(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?(?:form|dose|analogu?e|derivative|preparation)s?\s+of\s+)?)?"
    # the agent's class noun in apposition before it ("by the dietary antioxidant,delphinidin")
    r"(?:(?:[a-z\-]+\s+){0,2}(?:antioxidant|flavonoid|compound|drug|inhibitor|agent|alkaloid|polyphenol|toxin)s?\s*,\s*)?"
    # or a plural class noun whose members a bracket lists ("PAK2 was activated by some pancreatic growth-factors
    # [EGF, PDGF, bFGF]", BioRED train PMID25979836: exemplification, Quirk et al. 1985, 17.83)
    r"(?:(?:some|several|various|many|other|certain|different)\s+)?"
    r"(?:(?:(?![\w\-]*(?:ed|ing)\b)[a-z][\w\-]*\s+){0,2}(?![\w\-]*(?:ed|ing)\b)[a-z][\w\-]*s\s*[\[(]\s*)?"
    r"(?:(?![A-Za-z]+ed\b)[\w\-αβγκ]+(?:\s*[(][^()]{1,20}[)])?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)){0,3}\s*$",
    re.IGNORECASE)
# an event noun's instrument: "Blockade of autophagy with bafilomycin A1 or 3-methyladenine" (new_papers_en PMID23552851,
# gold both inhibit autophagy), "inhibition of ATM/ATR kinases with CGK-733" (validation_en PMID26027517), "Activation of
# ALDH2 with Low Concentration of Ethanol" (validation38_zh ChinaXiv-201712.00232V1, reference title, gold ethanol
# activates ALDH2): with names the means of the event, whose user is unnamed (Quirk et al. 1985, 9.48 on the
# instrument), so the named means is the event's cause as a by-agent is. Only after the of-object of an event noun (the
# verb form "treated with" is treatment.py's); its dose may stand before the agent. (No loss of the instrument is read:
# the never-matching ``loss`` group keeps by_agent_cue's reading of the by-phrase.)
_WITH_AGENT = lazy_re.compile(
    r"^\s*with\s+(?:(?:a|an|the)\s+)?(?:(?:low|high|increasing|different|various)\s+)?(?:(?:doses?|concentrations?)\s+of\s+)?"
    r"(?P<loss>(?!))?(?:(?![A-Za-z]+ed\b)[\w\-αβγκ]+(?:\s*[(][^()]{1,20}[)])?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)){0,3}\s*$",
    re.IGNORECASE)
_LOSS_AFTER = lazy_re.compile(r"^\s*-?\s*(?:knock-?down|knock-?out|deficiency|deletion|depletion|silencing|loss|"
                              r"inhibition|blockade)\b", re.IGNORECASE)
_BY = lazy_re.compile(r"\bby\b", re.IGNORECASE)
_ADVERB = lazy_re.compile(r"^\s*(?:(?:\w+ly|also|further|in\s+vitro|in\s+vivo)\s+){0,2}$", re.IGNORECASE)

# Chinese: "Y(的表达/活性)(可)被 X (所)(明显)V", "Y受到X的抑制"
_ZH_BEFORE_AGENT = lazy_re.compile(r"^\s*(?:蛋白|基因|mRNA|信号通路|通路|信号)?(?:的)?(?:表达|水平|活性|磷酸化|活化|表达水平)?"
                                   r"(?:可|能|会|均|也|则|又|明显|显著|进一步){0,3}(?:被|受到|受)\s*$")
_ZH_AGENT_THEN_VERB = lazy_re.compile(r"^\s*(?:的)?(?:所)?(?:明显|显著|部分|完全|进一步|直接)?\s*$")
_ZH_LOSS = lazy_re.compile(r"(?:敲除|敲低|沉默|缺失|抑制剂?|阻断剂?)\s*$")


def by_agent_cue(text: str, target_start: int, target_end: int, agent_start: int, agent_end: int, cues,
                 spans: list | None = None):
    """The effect cue (an effect class of cues.py) whose agent the by-phrase or 被 names: the target
    ``text[target_start:target_end]`` comes first, the agent second. Returns (cue, sign) with the sign
    turned by a loss of the agent, or None. With the sentence's mention ``spans``, the target may be any item
    of a list of mentions before a reduced relative ("A, B and C activated by X")."""
    if agent_start < target_end:
        return None
    for cue in cues:
        if cue.sign == 0:
            continue
        if target_end <= cue.start and cue.end <= agent_start:  # "Y … was induced by X", "Y activation by X"
            if not (_TARGET_THEN_VERB.match(text[target_end:cue.start])
                    or (spans is not None and _listed_participle(text, target_start, target_end, cue, spans))
                    or (cue.text.lower().endswith("ed") and predicate_nominals.complement_head(text, target_end, cue.start))):
                continue
            by = _by_phrase(text, cue.end, agent_start)
        elif cue.end <= target_start and _NOUN_OF.match(text[cue.end:target_start]):  # "activation of Y by X"
            head = _TARGET_HEAD.match(text[target_end:agent_start])
            by = _by_phrase(text, target_end + head.end(), agent_start)
            if by is None and (later := _LATER_OBJECTS.match(text, target_end + head.end(), agent_start)):
                by = _by_phrase(text, later.end(), agent_start)  # "inhibition of PI3K/Akt and mTOR by X"
            if by is None:  # "Blockade of autophagy with bafilomycin A1", the event noun's instrument
                by = _WITH_AGENT.match(text[target_end + head.end():agent_start])
        elif agent_end <= cue.start and _ZH_BEFORE_AGENT.match(text[target_end:agent_start]) \
                and _ZH_AGENT_THEN_VERB.match(text[agent_end:cue.start]):  # "Y被X抑制"
            loss = bool(_ZH_LOSS.search(text[max(0, agent_start - 4):agent_start]))
            return cue, -cue.sign if loss else cue.sign
        else:
            continue
        if by is None:
            continue
        loss = by.group("loss") is not None or bool(_LOSS_AFTER.match(text[agent_end:agent_end + 16]))
        return cue, -cue.sign if loss else cue.sign
    return None


# "Y were X-induced": the agent compounded with the passive participle is the participle's by-agent (a noun +
# -ed participle compound adjective, "EPO-induced" = "induced by EPO": Quirk et al. 1985, I.12 and 17.109; Biber
# et al., *Longman Grammar of Spoken and Written English*, 1999, 9.5.2). As the predicate of a passive subject it
# states what the agent did to the subject: "not only Socs3 plus Socs2 but also Spred2, Spred1 and Eaf1 were
# EPO-induced as negative-feedback components" (validation40_en PMID22808010, gold EPO ``upregulates`` each). The
# subject may coordinate up to eight names (and, or, plus, as well as, but also); the auxiliary is required, so the
# attributive "X-induced Y" (a model's stimulus, GUIDELINES 5.7) is not read here.
_SUBJECT_ITEM = r"[\w\-/'αβγδκ+]+(?:\s*\([^()]{1,20}\))?"
_SUBJECT_SEPARATOR = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|plus|as\s+well\s+as|but\s+also|and\s+also)\s+)"
_SUBJECT_THEN_AUX = lazy_re.compile(
    r"^\)?(?:" + _SUBJECT_SEPARATOR + r"(?!(?:was|were|is|are|the)\b)" + _SUBJECT_ITEM + r"){0,8}"
    r"[\s\-]*(?:(?:gene|mRNA|protein)\s+)?"
    r"(?:(?:expressions?|levels?|production|secretion|transcription|activit(?:y|ies)|phosphorylation)\s+)?"
    r"(?:was|were|is|are|be|been|being)\s+(?:(?:\w+ly|also|all|both|further)\s+){0,2}$", re.IGNORECASE)
_HYPHEN = lazy_re.compile(r"\s?-\s?")


def compound_agent_cue(text: str, target_start: int, target_end: int, agent_start: int, agent_end: int, cues):
    """The cue of "Y (and Z) were X-induced": the participle joined to the agent ``text[agent_start:agent_end]`` by a
    hyphen, the predicate of the passive whose subject holds the target. Returns (cue, sign) or None."""
    if agent_start < target_end:
        return None
    hyphen = _HYPHEN.match(text, agent_end)
    if hyphen is None or not _SUBJECT_THEN_AUX.match(text[target_end:agent_start]):
        return None
    cue = next((c for c in cues if c.start == hyphen.end() and c.sign != 0), None)
    if cue is None or not cue.text.lower().endswith("ed"):
        return None
    return cue, cue.sign


def _listed_participle(text: str, target_start: int, target_end: int, cue, spans: list) -> bool:
    """Is ``cue`` an -ed participle right after a list of mentions that holds the target ("A, B and C activated by")?"""
    if not cue.text.lower().endswith("ed") or _NOT_LISTED_BEFORE.search(text, max(0, target_start - 16), target_start):
        return False
    gap = blank_spans(text, target_end, cue.start, spans)
    return gap.strip() != "" and _LISTED_PARTICIPLE.fullmatch(gap) is not None


def _by_phrase(text: str, verb_end: int, agent_start: int):
    """The by-phrase from right after the verb (an adverb may stand between) to the agent, or None."""
    gap = text[verb_end:agent_start]
    found = _BY.search(gap)
    if found is None or not _ADVERB.match(gap[:found.start()]):
        return None
    return _BY_AGENT.match(gap[found.start():])
