"""pysbd's abbreviation pass with the same answers, found without a pattern scan per abbreviation (issue 17, stop 51).

pysbd (Sadvilkar & Neumann, 2020; 0.3.4) marks the full stop of an abbreviation ("Fig.", "e.g.",
"vs.") so that it ends no sentence. ``AbbreviationReplacer.search_for_abbreviations_in_string``
does it per line and per abbreviation of its list (~200) that the line holds as a substring:

* ``re.findall(r"(?:^|\\s|\\r|\\n)ABBR", line, re.IGNORECASE)``: a pattern that opens with an
  alternation, so the engine tries it at every character of the line; "p" and "v" are in the
  list, and every English line holds them, so every line was scanned by dozens of such patterns;
* ``re.findall(r"(?<={ABBR} ).{1}", line)``: opens with a look-behind, also tried at every
  character, for a literal "{ABBR} " (braces included: pysbd's own quirk) that prose never holds;
* per occurrence found (" p" of every word starting with p), a ``re.sub`` of
  ``(?<=\\sABBR)\\.(?=…)`` over the whole line, which can change it only where "ABBR." stands.

On the 16x benchmark corpus with its English abstracts this pass was ~60 % of pysbd's time and
pysbd ~4 % of ``process_file`` (bench/sample_profile.py, stop 51). Here the same three steps:

* the occurrences are found by ``str.find`` in the lower-cased line, kept where the character
  before is whitespace (``str.isspace`` is ``\\s`` for every code point) or at the line's start,
  and read back from the line itself — what ``findall`` returns, in its order. Only for an
  abbreviation of letters alone (one with "." is a pattern: "." matches any character) and a line
  whose lower-casing is IGNORECASE's letter for letter: not one holding İ (U+0130, lower-cased to
  two characters), ı (U+0131) or ſ (U+017F), which IGNORECASE matches to "i" and "s" though
  ``str.lower`` does not (tests/test_pysbd_abbreviations.py checks all three facts on every code
  point). Otherwise pysbd's own ``findall``;
* the "{ABBR} " pattern runs only when the line holds that literal string;
* a replacement runs only when its abbreviation, as written, stands before a "." in the line
  (each pattern's every match needs that literal, its letters being no pattern syntax).

Anything else is pysbd's code, unchanged; ``English`` is pysbd's English with this replacer.
"""

from __future__ import annotations

import re

from pysbd.lang.english import English as _PysbdEnglish

_FOLDS = ("\u0130", "\u0131", "\u017f")  # where ``str.lower`` and IGNORECASE disagree on a letter


def occurrences(line: str, lowered: str, abbreviation: str) -> list[str] | None:
    """``re.findall(r"(?:^|\\s|\\r|\\n)" + abbreviation, line, re.IGNORECASE)``, for ``abbreviation``
    of ASCII lower-case letters, found with ``str.find`` in ``lowered`` (``line.lower()``); None when
    the two could differ (the module docstring) and the pattern must decide."""
    if not abbreviation.isalpha() or not abbreviation.isascii() or not abbreviation.islower():
        return None
    if len(lowered) != len(line) or any(ch in line for ch in _FOLDS):
        return None
    found = []
    size = len(abbreviation)
    at = lowered.find(abbreviation)
    while at >= 0:
        if at == 0:
            found.append(line[:size])
        elif line[at - 1].isspace():
            found.append(line[at - 1:at + size])
        # a later occurrence cannot lie inside this one (the letters hold no whitespace): no overlap to skip
        at = lowered.find(abbreviation, at + 1)
    return found


class AbbreviationReplacer(_PysbdEnglish.AbbreviationReplacer):
    """pysbd's English ``AbbreviationReplacer``; the per-line abbreviation search answered faster."""

    def search_for_abbreviations_in_string(self, text):
        lowered = text.lower()  # pysbd's test of presence reads the line as it came in
        current, current_lowered = text, lowered
        for abbr in self.lang.Abbreviation.ABBREVIATIONS:
            stripped = abbr.strip()
            if stripped not in lowered:
                continue
            if current is not text:
                current_lowered, current = text.lower(), text
            abbrev_match = occurrences(text, current_lowered, stripped)
            if abbrev_match is None:
                abbrev_match = re.findall(r"(?:^|\s|\r|\n){}".format(stripped), text, flags=re.IGNORECASE)
            if not abbrev_match:
                continue
            if "{" + stripped + "} " in text:
                char_array = re.findall(r"(?<={" + str(re.escape(stripped)) + "} ).{1}", text)
            else:
                char_array = []
            for ind, match in enumerate(abbrev_match):
                text = self.scan_for_replacements(text, match, ind, char_array)
        return text

    def scan_for_replacements(self, txt, am, ind, char_array):
        written = am.strip()
        if written.isalnum() and written + "." not in txt:
            return txt  # every replacement pattern needs "<written>." in the line: none would match
        return super().scan_for_replacements(txt, am, ind, char_array)


class English(_PysbdEnglish):
    """pysbd's English rules with the faster abbreviation search."""

    AbbreviationReplacer = AbbreviationReplacer
