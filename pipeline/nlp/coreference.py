"""Subject pronouns that continue the previous sentence's herb or compound.

Reviews write "淫羊藿苷是…化合物…。除此之外,它还能通过增加…" — 它 (it) is icariin. A
sentence that opens (after a discourse connective) with a subject pronoun or anaphoric noun
phrase (它, 其, 该化合物, 该药物, 该方剂, "It", "This compound") gets a mention of the first
herb/compound of the previous sentence in the same paragraph, marked ``how="coreference"``.
Only the opening subject is resolved: a narrow rule that the text makes clear.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

# 其 opens a word of its own in 其次 (secondly), 其中 (among them), 其他/其它 (other), 其余 (the rest), 其实 (in
# fact), 其后 (afterwards), 其间 (meanwhile) — lexicalised words (现代汉语词典), no subject pronoun. Read as 其 they
# made a compound of "其次，本实验结果显示…" (sample ChinaXiv-201801.00669V1: the AOPPs of the clause before) and
# "其次，实验结果显示了…" (sample ChinaXiv-201806.00141V1: PM2.5).
_QI_WORD = r"其(?![中次他它余实后间])"
_OPENING = lazy_re.compile(
    r"^(?:(?:此外|除此之外|另外|同时|而且|并且|因此|Moreover|In addition|Furthermore|Additionally)\s*[,，]?\s*)?"
    rf"(?P<pronoun>它们|它|{_QI_WORD}|该化合物|该药物|该药|该方剂|该方|该成分|This compound|This drug|It)(?![A-Za-z])"
)
AGENT_LABELS = ("HERB", "COMPOUND")

# "It was also observed that …", "It is reported in several studies that …", "It is important to
# note …": the dummy subject of an extraposed clause (Quirk et al. 1985, A Comprehensive Grammar of the
# English Language, 18.33–18.36), which refers to nothing. Recognised by a form of "be" (or seem/appear/
# remain), then a reporting participle and, within a few words, the clause it anticipates (that/
# whether/how/if), or an evaluative adjective and that clause or "to". Not "It was found to inhibit …"
# (raising: there "It" is the agent) nor "It is the herbal medicine that …" (a relative clause).
_REPORTING = (r"observed|found|shown|reported|suggested|known|noted|demonstrated|believed|concluded|proposed|"
              r"hypothesi[sz]ed|speculated|thought|assumed|accepted|established|recogni[sz]ed|indicated|revealed|"
              r"confirmed|documented|expected|estimated|considered|argued|postulated|claimed|described|"
              r"recommended|anticipated|presumed|predicted")
_EVALUATIVE = (r"important|necessary|possible|impossible|difficult|easy|interesting|reasonable|essential|"
               r"critical|crucial|noteworthy|notable|worth|useful|desirable|conceivable|unclear|clear|evident|"
               r"likely|unlikely|plausible|surprising|remarkable|apparent|obvious")
_EXPLETIVE_IT = lazy_re.compile(
    r"\s+(?:is|was|has been|had been|have been|(?:may|might|can|could|will|would|should|must) be|seems?|seemed|"
    r"appears?|appeared|remains?|remained)\s+(?:(?:also|generally|widely|well|now|often|further|previously|"
    r"recently|commonly|increasingly|thus|therefore|still|not)\s+){0,2}"
    rf"(?:(?:{_REPORTING})(?:\s+[A-Za-z-]+){{0,4}}?\s+(?:that|whether|how|if)\b"
    rf"|(?:{_EVALUATIVE})\s+(?:to|that|whether|how|if)\b)",
    re.IGNORECASE,
)


def is_expletive_it(sentence: str, end: int) -> bool:
    """Is the "It" ending at ``end`` the dummy subject of an extraposed clause (``_EXPLETIVE_IT``)?"""
    return _EXPLETIVE_IT.match(sentence, end) is not None


def opening_pronoun(sentence: str) -> tuple[int, int] | None:
    """Offsets of an opening subject pronoun in ``sentence``; none for an expletive "It"
    ("It was also observed that …", ``is_expletive_it``)."""
    m = _OPENING.match(sentence)
    if m is None or (m.group("pronoun") == "It" and is_expletive_it(sentence, m.end("pronoun"))):
        return None
    return m.span("pronoun")


# how far into the previous sentence its first mention may start and still be its opening topic
_TOPIC_SLACK = 2


def gene_topic(previous: list[Mention], previous_start: int | None) -> bool:
    """Does the previous sentence open with a gene or pathway ("ABCA1是ABC超家族的成员之一,能促进细胞内
    胆固醇流出…。它是…的关键因子")? Chinese is topic-prominent: the sentence-initial noun phrase is
    the topic, and a subject pronoun opening the next sentence continues that topic (Li & Thompson
    1976, "Subject and topic"; the preference of centering theory for the previous subject, Grosz,
    Joshi & Weinstein 1995). Then 它 is the gene, not the first compound named later in the
    sentence (cholesterol, the object of the efflux ABCA1 promotes: ChinaXiv-201711.00864V1)."""
    if previous_start is None or not previous:
        return False
    first = min(previous, key=lambda m: m.start)
    return first.label in ("GENE", "PATHWAY") and first.start - previous_start <= _TOPIC_SLACK


def resolve(previous: list[Mention], sentence_text: str, sentence_start: int, mentions: list[Mention],
            previous_start: int | None = None) -> Mention | None:
    """A coreference mention for the sentence (paragraph offsets), or None; none when the previous
    sentence (starting at ``previous_start``) opens with a gene or pathway (``gene_topic``)."""
    span = opening_pronoun(sentence_text)
    if span is None or gene_topic(previous, previous_start):
        return None
    antecedent = next((m for m in previous if m.label in AGENT_LABELS), None)
    if antecedent is None:
        return None
    start, end = sentence_start + span[0], sentence_start + span[1]
    if any(m.start < end and start < m.end for m in mentions):
        return None
    return Mention(start, end, antecedent.entity_id, antecedent.label, "coreference", sentence_text[span[0]:span[1]])
