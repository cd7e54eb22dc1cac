"""A section number glued to the name that opens a heading: "2.3PKC信号通路对EGF调节…", "2TGF-β1/Smads 信号通路".

Chinese papers number their headings and OCR (or the typesetting) drops the space after the
number: "2.3PKC信号通路对EGF调节NaPi-IIb表达的影响", "# 2TGF-β1/Smads 信号通路的调节机制", "2.1SFRP5抑制
BMP9诱导的…" (ChinaXiv-201711.00762V1, -201711.00749V1, -201803.00487V1; 61 headings of the Chinese
dev and validation papers). The matcher's Latin edge rule (a name must not touch a letter or digit)
then rejects the first name of the heading, which is often its subject: the heading loses PKC, or
keeps a wrong one-member axis (Smads alone instead of TGF-β1/Smads). The headings are read as
sentences by the gold (GUIDELINES 4: every part of the text is read), so the number is masked
with spaces before matching: same length, so every offset stays; only the matcher sees the mask.

A number is a section number when it opens a heading, or opens any paragraph in the dotted form
of a subsection ("2.3", "1.3.4") — a bare digit before a name in running text ("5HT3 受体") stays.
"""

from __future__ import annotations

from pipeline import lazy_re

_DOTTED = lazy_re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,3}(?=[A-Za-z])")
_ANY = lazy_re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){0,3}(?=[A-Za-z])")


def mask_heading_number(text: str, is_heading: bool) -> str:
    """``text`` with the section number glued to its first Latin letter replaced by spaces."""
    m = (_ANY if is_heading else _DOTTED).match(text)
    if m is None:
        return text
    return " " * m.end() + text[m.end():]
