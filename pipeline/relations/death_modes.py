"""A cell-death process named as the way an agent kills cells: "induces … cell death via apoptosis", "kills
… cells by autophagy".

GUIDELINES 1.1 (processes named like a KEGG map are PATHWAY entities) and 2 (``activates``: "促进/诱导 X" when X
is a process): after a verb of killing, "via/by/through <process>" names the kind of death brought about, not a
mediator the agent acts through, so the agent activates the process (a bare "via X" would be ``via``). Examples:

* "Cortex Moutan Induces Bladder Cancer Cell Death via Apoptosis and Retards Tumor Growth in Mouse Bladders."
  (validation PMID24282433, title)
* "Polyphenol-rich extract of Pimenta dioica berries (Allspice) kills breast cancer cells by autophagy and delays
  growth of triple negative breast cancer in athymic mice." (sample ChinaXiv-202107.00008V2, reference)
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the killing phrase right before the process: "induces … cell death via", "kills … cells by"
_KILLING = lazy_re.compile(r"\b(?:(?:induc|caus|trigger|promot|provok)\w*\s+(?:[\w\-]+\s+){0,4}?(?:cell\s+)?death|"
                           r"kill(?:s|ed|ing)?\s+(?:[\w\-]+\s+){0,4}?)\s*(?:via|by|through)\s+(?:the\s+)?(?:induction\s+of\s+)?$",
                           re.IGNORECASE)
_PROCESS_WORD = lazy_re.compile(r"(?:apopto|autophag|ferropto|necropto|pyropto)\w*", re.IGNORECASE)
_BREAK = lazy_re.compile(r"[;,:]|\b(?:which|that|and|but|while|whereas)\b", re.IGNORECASE)


def killing_mode(text: str, agent, process) -> tuple[int, int] | None:
    """(start, end) of the killing phrase when ``process`` (a cell-death PATHWAY) is named right after it as the
    way ``agent``, the subject before it in one clause, kills cells; else None."""
    if process.label != "PATHWAY" or agent.end > process.start or not _PROCESS_WORD.match(text, process.start):
        return None
    m = _KILLING.search(text, max(agent.end, process.start - 90), process.start)
    if m is None or _BREAK.search(text, agent.end, m.start()):
        return None
    return m.start(), m.end()
