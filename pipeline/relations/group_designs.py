"""Experimental group designs are not therapy combinations, and a vehicle is nobody's partner.

An animal or cell study lists its groups ("Rats were divided into 7 groups; control (corn oil, gavage), DZN
(15mg/kg/day), crocin (12.5, 25 or 50mg/kg/day) plus DZN, vitamin E (200IU/kg) plus DZN and crocin
groups", validation_en PMID23523949; "controls, an adriamycin-treated group, and a 3MA plus adriamycin-treated
group", PMID18619688). The words of combination ("plus", "co-treatment", "in combination") join the protector
under study to the toxin that makes the model, and a vehicle names what the control group received. None of it
is a relation of the gold standard:

* GUIDELINES 5.4: a reagent used as an experimental combination with the agent under study is not
  ``combined_with``, which is kept for combinations the paper studies as treatment; 5.7: "X 抑制 Y 诱导的 Z 升高"
  gives X–Y no row (antagonism); 5.13: the drug that induced the disease model gets rows only where a sentence
  states what it changes. So a pair one of whose partners is the **model inducer of the document** (a compound
  the paper names as inducing a disease, an injury or a model: "diazinon induced cardiotoxicity", "heart failure
  induced by adriamycin", "hepatotoxicity models induced by carbon tetrachloride") is never ``combined_with``
  (``inducers`` reads the document, ``demote_inducer_combinations`` relabels its rows);
* "plus" (and "+") is the coordinator of one group's name: it joins the two names on either side of it, not
  every pair of a list of groups ("crocin plus DZN, vitamin E plus DZN" combines neither crocin with vitamin E
  nor the corn oil of the control): ``plus_joins``;
* GUIDELINES 5.3: a drug's vehicle (DMSO) is how a finding is made, with no relations. A compound named as
  what a control group received ("control (corn oil, gavage)", "vehicle (DMSO)", "对照组(生理盐水)"), named as
  the vehicle or solvent ("DMSO as vehicle", "0.1% DMSO vehicle"), or what the drug is dissolved in
  ("dissolved in olive oil", "溶于DMSO") is the vehicle: ``is_vehicle``.

Pure functions over a sentence's text and offsets (``is_vehicle``, ``plus_joins``) and over a document's
sentence facts (``inducers``, ``demote_inducer_combinations``).
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.relations.model_inducers import is_model_inducer

# a control or vehicle group whose parenthesis names what it received: "control (corn oil, gavage)",
# "vehicle control (0.1% DMSO)", "对照组(生理盐水)", "溶媒组（DMSO）"
_GROUP_PARENTHESIS_BEFORE = lazy_re.compile(
    r"(?:\b(?:controls?|vehicle|sham|normal)(?:\s+(?:controls?|groups?))?|对照组?|空白组|溶媒组?|假手术组)\s*[(（]"
    r"\s*(?:\d+(?:\.\d+)?\s*%\s*|[\d.]+\s*(?:ml|mL|μl|µl)\s*(?:of\s+)?)?$", re.IGNORECASE)
# named as the vehicle or solvent right after: "DMSO as vehicle", "DMSO (vehicle)", "DMSO vehicle", "DMSO作为溶剂"
_VEHICLE_AFTER = lazy_re.compile(r"^\s*(?:[(（]\s*)?(?:(?:as|was used as)\s+(?:the\s+|a\s+)?)?(?:vehicles?|solvents?)\b"
                                 r"|^\s*(?:作为|为)?(?:溶媒|溶剂)", re.IGNORECASE)
# what the drug is dissolved in: "dissolved in olive oil", "suspended in 0.5% CMC-Na", "溶于DMSO", "用生理盐水溶解"
_DISSOLVED_BEFORE = lazy_re.compile(r"\b(?:dissolved|diluted|suspended|emulsified|solubili[sz]ed|prepared)\s+in\s+(?:the\s+)?"
                                    r"(?:\d+(?:\.\d+)?\s*%\s*)?$|(?:溶于|溶解于|溶解在|稀释于|混悬于)\s*(?:\d+(?:\.\d+)?\s*%\s*)?$",
                                    re.IGNORECASE)
_DISSOLVED_AFTER = lazy_re.compile(r"^\s*(?:溶解|稀释|混悬|配制)")  # "用DMSO溶解"


def is_vehicle(text: str, start: int, end: int) -> bool:
    """Is the (compound) mention ``text[start:end]`` the vehicle of a drug or of a control group?"""
    before = text[max(0, start - 40):start]
    return bool(_GROUP_PARENTHESIS_BEFORE.search(before) or _DISSOLVED_BEFORE.search(before)
                or _VEHICLE_AFTER.match(text, end) or _DISSOLVED_AFTER.match(text, end))


_PLUS = lazy_re.compile(r"plus|\+", re.IGNORECASE)


def plus_joins(text: str, spans, first, second, cue) -> bool:
    """For a "plus" cue (``cue.start``/``cue.end``): is ``first`` the last herb/compound mention of another entity
    before it and ``second`` the first after it, so that "plus" names their combination? Other combination cues are not asked
    (True). ``spans``: the sentence's mentions (``start``, ``end``, ``entity_id``)."""
    if not _PLUS.fullmatch(cue.text.strip()):
        return True
    if not (first.end <= cue.start and cue.end <= second.start):
        return False
    ids = (first.entity_id, second.entity_id)
    return not any(s.entity_id not in ids and s.label in ("HERB", "COMPOUND") and first.end <= s.start
                   and s.end <= second.start for s in spans)  # (a gene's name in a dose bracket does not part them)


def inducers(sentences) -> frozenset[str]:
    """Entity ids of the compounds a document names as inducing a disease, an injury or a model
    (relations/model_inducers.py) in any of its sentences (``SentenceFacts``: ``text`` and ``mentions`` with
    ``sentence_start``/``sentence_end``, ``label``, ``entity_id``)."""
    found: set[str] = set()
    for s in sentences:
        mentions = sorted(s.mentions, key=lambda m: m.sentence_start)
        for i, m in enumerate(mentions):
            if m.label != "COMPOUND" or m.entity_id in found:
                continue
            nxt = next((n.sentence_start for n in mentions[i + 1:] if n.sentence_start >= m.sentence_end), None)
            if is_model_inducer(s.text, m.sentence_start, m.sentence_end, nxt):
                found.add(m.entity_id)
    return frozenset(found)


ANTAGONISM_WEIGHT = 0.1  # effects.WEIGHTS["antagonism"]: one sentence, not one statement


def demote_inducer_combinations(sentences) -> int:
    """Relabel the ``combined_with`` pairs of a document's sentences that join its model inducer (``inducers``)
    as ``associated`` with the weight of antagonism; returns how many rows changed."""
    model = inducers(sentences)
    if not model:
        return 0
    changed = 0
    for s in sentences:
        for pair in s.typed_pairs():
            row = pair.row
            if row[5] == "combined_with" and (row[1] in model or row[3] in model):
                weight = row[8] * ANTAGONISM_WEIGHT
                pair.row = [*row[:5], "associated", row[6], row[7], weight, ""]
                pair._typed = None
                changed += 1
    return changed
