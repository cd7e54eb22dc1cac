"""A drug's development code defined beside its name: "Am80 (Tamibarotene)", "Dasatinib (BMS-354825)".

Papers on a new drug name it once by its generic name and its company code together, one of the
two in parentheses, and then use the code: "a novel synthetic retinoid Am80 (Tamibarotene) …
Am80 is specific for the retinoic-acid receptor-alpha/beta" (validation_en PMID15843826). The
code is no abbreviation of the name (Schwartz & Hearst's letter matching finds nothing) and no
source lists it, so the later uses are lost. A code is shaped like one: letters then digits,
with or without a hyphen (Am80, BMS-354825, PKI-587, SB203580); the definition is the code and
one compound mention side by side, one of them alone in parentheses. Within the paper every
whole-word use of the code that no other mention covers is that compound (how = ``drug-code``).
"""

from __future__ import annotations

import re

from pipeline.nlp.matcher import Mention

DRUG_CODE = "drug-code"
_CODE = r"[A-Z][A-Za-z]{0,4}-?\d{2,7}[A-Za-z]?"
_CODE_BEFORE = re.compile(r"(?<![\w-])(" + _CODE + r")\s*\(\s*$")  # "Am80 (" before the compound
_CODE_AFTER = re.compile(r"^\s*\(\s*(" + _CODE + r")\s*\)")  # "(BMS-354825)" after the compound


def code_definitions(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Code -> compound id for each "CODE (compound)" and "compound (CODE)" of ``text``."""
    out: dict[str, str] = {}
    for m in mentions:
        if m.label != "COMPOUND" or not m.entity_id:
            continue
        before = _CODE_BEFORE.search(text, max(0, m.start - 24), m.start)
        if before and re.match(r"\s*\)", text[m.end:m.end + 3]):
            code = before.group(1)
        else:
            after = _CODE_AFTER.match(text[m.end:m.end + 24])
            code = after.group(1) if after else None
        if code is None or code.lower() == m.text.lower():
            continue
        start = text.find(code, max(0, m.start - 24))
        if any(o is not m and o.start < start + len(code) and start < o.end for o in mentions):
            continue  # the code is already a mention of its own (a gene, another compound)
        out.setdefault(code, m.entity_id)
    return out


def code_mentions(text: str, mentions: list[Mention], codes: dict[str, str]) -> list[Mention]:
    """``mentions`` plus a COMPOUND mention of each whole-word use of a defined code."""
    if not codes:
        return mentions
    added = []
    for code, compound in codes.items():
        for hit in re.finditer(r"(?<![\w-])" + re.escape(code) + r"(?![\w-])", text):
            if not any(m.start < hit.end() and hit.start() < m.end for m in mentions):
                added.append(Mention(hit.start(), hit.end(), compound, "COMPOUND", DRUG_CODE, code))
    return sorted([*mentions, *added], key=lambda m: (m.start, -m.end)) if added else mentions
