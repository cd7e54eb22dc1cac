"""A compound named inside a protein's name is no relation partner of its sentence.

Proteins are named after the small molecule they bind, depend on or are related to, with the
molecule as the first modifier of a compound noun and the protein class as its head:
"heparin-binding EGF-like growth factor" (HBEGF), "肝素结合性EGF", "GTP 结合蛋白" (a small
GTPase), "ATP-binding cassette transporter" (ABC transporters), "cAMP-dependent protein kinase"
(PKA), "estrogen-related receptor γ" (ESRRG), "LPS-binding protein" (LBP), "a cation-selective tight
junction complex" (claudins), "phospholipid-binding activity" (of APOA1). A class of drugs named by
what they do to a molecule ("cAMP-elevating agents") is read the same way: the drugs act, the
molecule is what they change. The head noun decides
what the phrase names (the head-final rule of English and Chinese noun compounds), so the
molecule is a modifier of the protein's name, not a participant of the sentence: GUIDELINES
section 1, "relations inside a name" do not count ("抗RANKL单克隆抗体" gives no drug row), and
the sentence's cue belongs to the protein ("Estrogen-related receptor γ … suppresses …
via induction of p21" is about ESRRG, not estrogen; "肝素结合性EGF的剪切" about HBEGF).

The mention stays (a chemical named in the text, as the NER benchmarks count it); only its
pairs go (relations/pairs.py ``partner_mentions``). The relational word must be followed by the
protein's head, so a verb use keeps its pairs: "与肝素结合" (binds heparin), "AOPPs激活的HK-2细胞"
(cells the AOPPs activate), "ATP-dependent conversion", "bumetanide-sensitive Na-K-Cl cotransporter" (a drug that inhibits the transporter:
"sensitive" is not read here, the gold keeps that pair).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# English: "-binding"/"-dependent"/"-related"/"-activated"/"-gated"/"-regulated"/"-responsive"/
# "-inducible", up to three words, then a protein-class head (or an EGF-like name: "heparin-binding
# EGF-like growth factor")
_EN_PROTEIN_NAME_AFTER = lazy_re.compile(
    r"^\s?[-‐–\s]\s?(?:binding|dependent|related|activated|gated|regulated|responsive|inducible|selective)"
    # the words between are the name's own modifiers, never a preposition or article: a noun phrase
    # with "of" is a process and its object, "curcumin-dependent inhibition of nuclear factor kappaB"
    # (BioRED train PMID18593936), not a protein named after the compound
    r"(?:[-\s]+(?!(?:of|by|in|on|to|for|from|with|via|the|an?)\b)[A-Za-z0-9]+){0,3}?[-\s]+(?:proteins?|globulins?|kinases?|receptors?|cassettes?|channels?|"
    r"domains?|sites?|(?:growth\s)?factors?|EGF(?:-like)?|transporters?|cotransporters?|enzymes?|"
    r"exchangers?|pumps?|phosphatases?|lectins?|complex(?:es)?|activity|affinity)(?![a-z])"  # "receptorγis" (OCR)
    # a class of drugs named by what they do to the molecule: "cAMP-elevating agents",
    # "cholesterol-lowering drugs" (the drugs are the agents, the molecule their read-out)
    r"|^\s?-\s?(?:elevating|raising|increasing|lowering|reducing|depleting|releasing|mobili[sz]ing)"
    r"\s(?:agents?|drugs?|compounds?|therap(?:y|ies)|medications?)\b",
    re.IGNORECASE)
# Chinese: 结合/依赖/相关 (binding/dependent/related) with the adjective suffix 性/型, then a class
# noun or a Latin name ("肝素结合性EGF"), or directly a class noun ("GTP 结合蛋白", "雌激素相关受体",
# "ATP结合盒"). Not 激活/调节 nor 的: "AOPPs激活的HK-2细胞", "X激活蛋白激酶C", "EGF调节蛋白的表达" are
# relative clauses and verbs, relations of the sentence, not names.
_ZH_CLASS = r"(?:蛋白|球蛋白|激酶|受体|通道|结构域|位点|因子|盒|转运|交换)"
_ZH_PROTEIN_NAME_AFTER = lazy_re.compile(
    rf"^\s?(?:结合|依赖|相关)(?:(?:性|型)\s?(?:{_ZH_CLASS}|[A-Za-z])|\s?{_ZH_CLASS})")


def names_protein_after(text: str, start: int, end: int) -> bool:
    """Is the compound mention ``text[start:end]`` the first modifier of a protein's name
    ("heparin-binding EGF", "肝素结合性EGF", "cAMP-dependent protein kinase")?"""
    after = text[end:end + 60]
    if _EN_PROTEIN_NAME_AFTER.match(after):
        return True
    return bool(_ZH_PROTEIN_NAME_AFTER.match(after))


def name_modifiers(text: str, mentions) -> set[int]:
    """Indices of the COMPOUND ``mentions`` (``sentence_start``/``sentence_end`` in ``text``) that
    modify a protein's name (module docstring)."""
    return {i for i, m in enumerate(mentions)
            if m.label == "COMPOUND" and names_protein_after(text, m.sentence_start, m.sentence_end)}
