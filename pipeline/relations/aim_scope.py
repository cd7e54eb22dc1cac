"""Where an aim or purpose clause ends: the finding stated after it is not part of the aim.

An aim states no relation (GUIDELINES 5.9, 5.11), and ``cue_scope.is_aim`` reads every word of the sentence
before the agent for an aim opener. A sentence that opens with a purpose clause and then states its answer
lost the answer's label that way:

* "To test the hypothesis that estrogen increases PRL-R expression and sensitivity to prolactin, we next
  demonstrated that estradiol greatly augments prolactin-induced STAT5 activation." (BioRED dev PMID18162529):
  the finding after "we next demonstrated that" is typed by its own cue; estrogen in the aim stays unstated.
* "为检测cAMP浓度升高是否引起PKA磷酸化水平的变化，实验检测了…，结果如图3所示，…" (ChinaXiv sample
  ChinaXiv-201711.01137V1): a purpose clause ("为检测…是否…") is an aim too, up to the clause break that closes it;
  "为了研究W40是否通过MAPK/ERK信号通路来影响细胞凋亡，我们检测了…" (validation_zh), "为探讨自噬是否参与了PKM2
  介导的促白血病作用，本实验观察…" (free pool) have the same shape.

Two things close an aim (as NegEx closes a trigger's scope at a clause boundary or a new trigger: Chapman et
al., J Biomed Inform 2001):

* a **finding opener** after a clause break: ", we (next) demonstrated/found/showed that", ", our results
  indicate", ", it was found that", "，结果…", "，发现…", "，表明/说明/显示/证实…";
* for a **sentence-initial purpose clause** ("To <verb> …", "In order to …", "(本研究)为(了)检测/探讨/明确…是否…"),
  the clause break that closes it: in English the comma before the main clause's subject ("…, we", "…, the")
  unless that clause states the method ("…, we next assessed the effects of AS on the activation of NF-kB",
  new_papers_en PMID25511038: the aim goes on until a finding opener), in Chinese the first break after 是否. What the main clause says is read by its own cues (a method verb there
  carries no effect cue; an aim word there opens a new aim).

Pure functions over the sentence text; offsets are the sentence's.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# ", we (next) demonstrated that", ", our results indicate", ", it was found that"; "，结果…", "，发现…", "，表明…"
_FINDING_OPENER = lazy_re.compile(
    r"[,;，；]\s*(?:(?:and|but|here|herein)\s*,?\s+)?"
    r"(?:(?:we|our\s+(?:\w+\s+)?(?:results?|data|findings?|study|experiments?)|(?:these|the)\s+(?:\w+\s+)?"
    r"(?:results?|data|findings?))\s+(?:(?:next|further|also|then|now|first|finally|clearly|subsequently|here|have|has|"
    r"had|further)\s+){0,2}(?:found|find|show(?:ed|n|s)?|demonstrat(?:ed|es?)|observ(?:ed|e)|reveal(?:ed|s)?|"
    r"confirm(?:ed|s)?|establish(?:ed|es)?|indicat(?:ed|es?)|suggest(?:ed|s)?|identified|discovered|noted)\b"
    r"|it\s+(?:was|has\s+been|is)\s+(?:found|shown|demonstrated|observed|confirmed)\s+that\b)"
    r"|[,;，；][^,;，；。]{0,12}?(?:结果|发现|表明|说明|显示|证实|证明)",
    re.IGNORECASE)
# a sentence that opens with a purpose clause: "To test …", "In order to …", "为检测…是否…", "本研究为了探讨…是否…"
_EN_PURPOSE = lazy_re.compile(r"\s*(?:In\s+order\s+)?To\s+(?:(?:further|better|directly|first|next)\s+)?[a-z]+\b")
_ZH_PURPOSE = lazy_re.compile(r"\s*(?:本研究|本实验|本文|我们|实验)?\s*为了?\s*(?:进一步)?\s*(?:检测|检验|证实|验证|明确|研究|探讨|探究|"
                              r"观察|考察|阐明|确定|测试|评价|了解)[^，,。；;]*?是否")
# the break that closes the English purpose clause: a comma before the main clause's subject
_EN_MAIN_SUBJECT = lazy_re.compile(r"\s*(?:we|our|the|these|this|it|they|here)\b", re.IGNORECASE)
# a main clause that states the method answers nothing yet: "To determine the mechanisms of these actions, we next
# assessed the effects of AS on the activation of the nuclear factor (NF)-kB pathway" (new_papers_en PMID25511038);
# the aim goes on into it until a finding opener
_EN_METHOD_MAIN = lazy_re.compile(r"\s*(?:we|the\s+(?:present\s+)?(?:study|authors)|this\s+study)\s+(?:(?:next|further|also|then|"
                                  r"first|subsequently|have|had|here|therefore|additionally)\s+){0,2}(?:assess|examin|evaluat|"
                                  r"measur|investigat|analy[sz]|stud|test|determin|explor|compar|monitor|characteri[sz]|quantif|"
                                  r"screen|us|perform|treat|generat|crossed|creat|develop|design|conduct|undert|employ|appl|"
                                  r"establish|construct|obtain|isolat|collect|enrol|recruit|monitor|focus|ask|sought|aim|set)\w*",
                                  re.IGNORECASE)
_BREAK = lazy_re.compile(r"[,;，；]")


def purpose_clause_end(text: str) -> int | None:
    """Offset of the clause break that closes the sentence-initial purpose clause, or None when the sentence
    does not open with one (or it never closes)."""
    m = _ZH_PURPOSE.match(text)
    if m:
        b = _BREAK.search(text, m.end())
        return b.start() if b else None
    m = _EN_PURPOSE.match(text)
    if m:
        depth = 0
        for i in range(m.end(), len(text)):
            c = text[i]
            if c in "([":
                depth += 1
            elif c in ")]":
                depth = max(0, depth - 1)
            elif c in ",;" and depth == 0 and _EN_MAIN_SUBJECT.match(text, i + 1):
                return None if _EN_METHOD_MAIN.match(text, i + 1) else i
    return None


def zh_purpose_opener(text: str) -> re.Match | None:
    """The sentence-initial Chinese purpose clause ("为检测…是否", "本研究为了探讨…是否"), or None."""
    return _ZH_PURPOSE.match(text)


def aim_closed(text: str, aim_end: int, at: int) -> bool:
    """Is the aim whose opener ends at ``aim_end`` closed before offset ``at``: a finding opener or the break
    that ends the sentence-initial purpose clause lies between them."""
    if at <= aim_end:
        return False
    if _FINDING_OPENER.search(text, aim_end, at):
        return True
    end = purpose_clause_end(text)
    return end is not None and aim_end <= end < at
