"""What makes a disease model is not a partner of the findings made in that model.

"LPS诱导的免疫性肝损伤中MAPK信号通路的研究", "由糖皮质激素引起的…骨质疏松症患者,…PTH的nonPLC/PKC通路可抑制
成骨细胞的凋亡", "acute liver injury caused by carbon tetrachloride", "L-DOPA-Induced Dyskinesia":
the compound induces a disease, an injury or a model — none of them an entity (GUIDELINES 1) —
and the sentence's findings are another agent's, or are about the model. (When the induced noun
opens the sentence, "PM2.5-induced oxidative stress increases … through the ERK/AKT/NF-κB-dependent
pathway", it is the subject, and what it does is the inducer's: the rule does not apply.) GUIDELINES 5.10 ("a
disease model's inducer and the disease: the disease is not an entity") and 5.7 (the stimulus gets
rows only "when the sentence states what it induces") give it no row with the genes and pathways
of the sentence. When the inducer's noun is an entity ("糖皮质激素诱导的成骨细胞凋亡",
"LPS-induced IL-6 expression") the rule does not apply: that is a stated relation.

A mention that induces a disease-like noun (a disease, injury, toxicity or model head word, or a
phenotype: "棕榈酸盐诱导的INS-1细胞内质网应激", "PM2.5染毒所致BEAS-2B细胞生长抑制"
before the next mention or the end of the clause) is no relation partner of that sentence
(relations/pairs.py ``sentence_pairs``); the same entity named elsewhere in the sentence keeps its
pairs.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.text.word_gate import may_hold

# the inducing participle right after the mention ("-induced", "诱导的", "引起的", "所致")
_INDUCING_AFTER = lazy_re.compile(
    r"(?:\s*-\s*|\s+)(?:induced|caused|triggered|evoked|elicited)\b"
    r"|\s*(?:染毒)?(?:(?:诱导|引起|导致|诱发|造成)的|所致的?|诱导|致(?!使))", re.IGNORECASE)  # "X导致Y" is a finding
# (bare 致 is the participle of titles: "四氯化碳致小鼠急性肝损伤" = CCl4-induced liver injury in mice; the
# disease head word after it is still required, so "X致Y" with an entity Y is read as before)
# a postposed inducer: "… injury caused by X", "… induced by X"
_INDUCED_BY_BEFORE = lazy_re.compile(r"\b(?:caused|induced|triggered|evoked|elicited)\s+by\s+(?:the\s+)?$", re.IGNORECASE)
# co-stimuli joined to the mention before the participle: "LPS&IFN-γ诱导", "D-GalN/LPS-induced"
# or a Chinese name the dictionary lacks, then "联合" (jointly): "次黄嘌呤和氧嗪酸钾联合诱导的高尿酸血症小鼠" (new_papers_zh
# ChinaXiv-202105.00091V1: hypoxanthine and potassium oxonate make the hyperuricaemia model; the tomato saponins act)
_CO_STIMULI = lazy_re.compile(r"(?:\s*[&+/、和与及]\s*(?:[A-Za-z0-9α-ω][A-Za-z0-9α-ω\-.]{0,11}|[\u4e00-\u9fff]{2,6}?(?=(?:联合)?(?:诱导|引起|诱发|造成|所致))))*"
                              r"(?:联合)?")
_SALT = lazy_re.compile(r"钠盐|钾盐|盐|钠|钾")
_DISEASE_HEAD = lazy_re.compile(
    r"损伤|损害|病变|疾病|(?<!细)病|症|炎|患者|模型|毒性|纤维化|衰竭|癌变"
    r"|应激|生长抑制|增殖抑制|\bstress\b"  # phenotypes, no entities either (GUIDELINES 1: oxidative stress)
    # an organ's hypertrophy (肥厚: 心肌肥厚, 心室肥厚) is the animal model too: "黄芪多糖对异丙肾上腺素诱导大鼠心肌肥厚
    # 中TLR4/NF-κB信号通路的影响" (validation44_zh ChinaXiv-201812.00761V1, reference [20]). Not a cell's hypertrophy
    # (细胞肥大, "advanced oxidation protein product-induced hypertrophy … in HK-2 cells": new_papers_zh
    # ChinaXiv-201712.00938V1, where the gold keeps AOPPs' row), nor 肥大细胞 (mast cells)
    r"|肥厚"
    # an organ's or cell's dysfunction is the model too: "doxorubicin-induced cardiac dysfunction" (BioRED PMID28098423),
    # "scopolamine-induced cholinergic dysfunction" (PMID25009697), "oxLDL-induced endothelial dysfunction"
    # (PMID19703745), "high glucose induced HUVECs dysfunction" (stop 39's free pool: glucose took liraglutide's "via
    # inhibition of PINK1/Parkin-dependent mitophagy")
    r"|\bdysfunctions?\b"
    r"|\b(?:\w+itis|\w+pathy|osteoporosis|cirrhosis|steatosis|atherosclerosis|thrombosis|injury|injuries|damage|\w*toxicity|diseases?|disorders?|syndromes?|failure|"
    r"fibrosis|dyskinesia|models?|lesions?|infarctions?|\w*carcinogenesis|tumou?rigenesis)\b", re.IGNORECASE)
# ("\w+osis" would take apoptosis, necrosis, autophagocytosis: processes that are KEGG maps)
_CLAUSE_END = lazy_re.compile(r"[,，;；。:：!?！？]")
_PHRASE = 40  # characters of the induced noun phrase read
_WORD = lazy_re.compile(r"[A-Za-z\u4e00-\u9fff]")


# a word every match of _INDUCING_AFTER and _INDUCED_BY_BEFORE holds (导致 and 所致 hold 致)
_INDUCING_WORDS_ZH = ("诱导", "引起", "致", "诱发", "造成")
_INDUCING_WORDS_EN = ("induced", "caused", "triggered", "evoked", "elicited")


def may_name_inducer(text: str) -> bool:
    """False only when no mention of the sentence can be a model's inducer (``is_model_inducer``):
    the sentence holds none of the participles both of its patterns need (text/word_gate.py for the
    case-insensitive English ones). Asked once per sentence instead of the patterns once per mention
    (relations/pairs.py ``partner_mentions``; issue 17, stop 38)."""
    return any(word in text for word in _INDUCING_WORDS_ZH) or may_hold(text, _INDUCING_WORDS_EN)


def _phrase_end(text: str, start: int, limit: int) -> int:
    stop = _CLAUSE_END.search(text, start, limit)
    return stop.start() if stop else limit


def is_model_inducer(text: str, start: int, end: int, next_start: int | None = None) -> bool:
    """Does the mention text[start:end] induce a disease, injury or model (not an entity)?

    ``next_start``: where the sentence's next mention after this one starts (the induced noun
    phrase ends there at the latest)."""
    salt = _SALT.match(text, end)  # "棕榈酸盐诱导的": the salt of the mention
    co = _CO_STIMULI.match(text, salt.end() if salt else end)
    at = co.end() if co else end
    participle = _INDUCING_AFTER.match(text, at)
    if participle is not None:
        if not _WORD.search(text, 0, start):
            return False  # "PM2.5-induced oxidative stress increases … through ERK/AKT/NF-κB": the subject
        limit = min(len(text), participle.end() + _PHRASE, next_start if next_start is not None else len(text))
        limit = max(limit, participle.end())
        return bool(_DISEASE_HEAD.search(text, participle.end(), _phrase_end(text, participle.end(), limit)))
    before = text[max(0, start - 60):start]
    # "by" first: the case-insensitive search tries every start of the 60 characters (b and y have no
    # other letter re.IGNORECASE matches them with, so the lower-cased text holds "by" when it matches)
    by = _INDUCED_BY_BEFORE.search(before) if "by" in before.lower() else None
    if by is None:
        return False
    noun = before[:by.start()]
    clause = max((m.end() for m in _CLAUSE_END.finditer(noun)), default=0)
    return bool(_DISEASE_HEAD.search(noun[clause:][-_PHRASE:]))
