"""The role a mention plays in its sentence, read from the words right around it.

Semantic roles as in PropBank/BioProp (Chou et al., 2006), recognised here by local patterns
since no parser is available for Chinese: the rules in effects.py ask these questions before
giving a pair a direction.

* **stimulus** — the treatment that makes the model ("IL-1β-treated chondrocytes",
  "LPS-induced", "AOPP 诱导的 HK-2 细胞", "经 TGF-β1 刺激"): not a target of the agent under
  study (corpus/gold/GUIDELINES.md 5.7).
* **loss of function** — the mention names a gene's absence or decrease ("Reduced APPL1",
  "敲低 X", "X 缺失", "X knockdown", "X-deficient"): what follows is the effect of *less* X,
  so the gene's own sign is the opposite (GUIDELINES 5.5).
* **source** — a herb named as where a compound comes from ("从知母根茎中分离得到的…",
  "芍药的主要活性成分芍药苷", "isolated from H"): the herb gets ``contains``, not the
  compound's findings (GUIDELINES 5.6).
* **phenotype** — a gene name that is part of a phenotype ("胰岛素抵抗", "insulin
  resistance", "胰岛素敏感性"): improving insulin resistance says nothing about INS.
* **role descriptor** — a gene introduced by the role it plays ("抗凋亡蛋白Bcl-2", "促凋亡蛋白
  Bax", "the pro-apoptotic protein Bax"): the descriptor states the relation (GUIDELINES 5.11,
  "descriptors that state a role are relations"), whatever the clause says of the gene's level.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline import lazy_re
from pipeline.relations import dose_conditions, zh_losses
from pipeline.relations.phenotype_genes import names_phenotype
from pipeline.relations.sentence_memo import per_sentence

_STIMULUS_AFTER = lazy_re.compile(
    r"^(?:\s*-\s*|\s+)(?:treated|stimulated|induced|exposed|challenged|primed|loaded|mediated injury)\b(?!\s+(?:by|with)\b)"
    r"|^\s*(?:诱导的|诱导后的|刺激的|刺激后的?|处理的|处理后的?|干预的|作用的|损伤的|造模)"
    r"|^\s*(?:诱导|刺激|处理|作用){1,2}下",  # "在LPS&IFN-γ诱导刺激下产生的NO": under the stimulus
    re.IGNORECASE,
)
# an OCR'd Greek suffix ("IFN-Y" for IFN-γ) and co-stimuli joined by &/+/和 before the stimulus word
_CO_STIMULI = lazy_re.compile(r"(?:-[A-Za-zα-ω0-9]{1,2}(?![A-Za-z0-9]))?(?:\s*[&+、和与及/]\s*[A-Za-z0-9α-ω][A-Za-z0-9α-ω\-]{0,11})*")
# "PGE2 production induced by IL-1beta, TNF-alpha and IL-6": a postposed stimulus and the items
# listed with it (the change they induce is the read-out; the agent under study acts on that)
_INDUCED_BY_LIST = lazy_re.compile(r"\b(?:induced|stimulated|triggered|elicited|evoked|provoked)\s+by\s+(?:the\s+)?"
                                   r"(?:[\w\-αβγδκ()]+(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*,\s*and\s+))*$", re.IGNORECASE)
_STIMULUS_AROUND = lazy_re.compile(r"(?:经|用|以|给予|予)\s*$")  # "经X刺激", "用X处理"
# the object of an attenuating verb is the event the mention induces: "抑制BMP9诱导成骨分化过程中相关信号分子"
# (validation_zh ChinaXiv-201803.00487V1), "减轻AOPPs诱导vimentin的表达上调" (new_papers_zh ChinaXiv-201712.00938V1):
# the mention is that event's stimulus (as in "抑制BMP9诱导的…"), not what the verb acts on
_ATTENUATED_BEFORE = lazy_re.compile(r"(?:抑制|减轻|逆转|阻断|拮抗|减弱|缓解)了?\s*$")
_INDUCES_AFTER = lazy_re.compile(r"^\s*(?:诱导|刺激|引起|引发)(?!的|剂)")
_STIMULUS_VERB_AFTER = lazy_re.compile(r"^\s*(?:刺激|处理|诱导|干预|孵育)")
_STIMULUS_BEFORE_EN = lazy_re.compile(r"(?:treated|stimulated|challenged|exposed|incubated)\s+with\s+$|(?:treatment|stimulation|challenge|exposure)\s+(?:with|to)\s+$",
                                      re.IGNORECASE)

# a genetic loss word may stand before the gene's role descriptor: "敲除自噬相关蛋白ATG5基因" (reviews jin2025_autophagy),
# "沉默自噬相关基因ATG7" (validation_zh ChinaXiv-201811.00118V1); "mice lacking lrp5" (validation_en PMID23563356),
# "mice lacking PUMA-G" (PMID16322797), "MEF cells lacking LPA1" (PMID26027517)
_LOSS_BEFORE = lazy_re.compile(
    r"(?:(?:敲低|敲除|沉默)[\u4e00-\u9fff]{0,6}?(?:相关)?(?:蛋白|基因)|"
    r"敲低|敲除|沉默|抑制|下调|降低|减少|缺失|缺乏|干扰|reduced|decreased|lower|low|loss of|lack of|lacking|absence of|deficiency of|"
    r"depletion of|knock-?down of|knock-?out of|silencing of|deletion of|ablation of|inhibition of|"
    r"down-?regulation of|downregulated|silenced|knocked-?down|blockade of|impairment of)\s*(?:the\s+)?(?:expression of\s+)?$",
    re.IGNORECASE,
)
# "这造成SIRT1失活,从而促进p53的乙酰化和肝癌细胞的凋亡" (sample ChinaXiv-201711.00904V1), "会导致mTORC1失活,启动自噬"
# (sample ChinaXiv-201711.01551V1): the mention's inactivation (失活, intransitive) is its loss; what follows is what less of it does.
# The loss noun may take the possessive 的: "IGF-I的缺失会引发BMECs凋亡" (validation_zh ChinaXiv-201711.01073V1), "Smad3基因的
# 缺失还会导致…" (ChinaXiv-201711.00749V1), "mTOR的特异性抑制剂可以促进PTEN蛋白的表达" (ChinaXiv-201712.01150V1), "添加PKC的
# 特异性抑制剂极显著地抑制了…" (ChinaXiv-201711.00762V1): an inhibitor named only by its target is its loss (GUIDELINES 5.5)
# switched off as its own predicate: "缺乏氨基酸，RagA关闭，会导致mTORC1失活，启动自噬" (sample ChinaXiv-201711.01551V1),
# "<pathway>关闭或者失活则可导致…积累" (free ChinaXiv pool, another paper): intransitive only (a clause break, 或, 则, 时,
# 后 or 会 after it), "X关闭Y通道" is X acting.
# "X ablation / elimination / inactivation" is the same loss as "X deletion" (stop 43, gene–gene sign): "Arg1 ablation …
# attenuated OVA-induced increases in expression of Arg2 and Nos2, …" (BioRED dev PMID29183288: ARG1 upregulates each),
# "Arg1 elimination also decreased …" (same), "Sag inactivation by genetic deletion remarkably suppresses cell
# proliferation" (validation_en PMID25622904, gold: RNF7's loss). Only the agent's loss flips a sign (effects._loss_before),
# so "LY294002 caused Akt inactivation" keeps Akt a target.
# A quantifier may name which of the listed entities is lost: "持续激活Akt或TSC1和TSC2的任何一个缺失都会激活mTORC1信号"
# (validation45_zh ChinaXiv-201711.01011V1, gold TSC1 and TSC2 ``inhibits`` the mTORC1 axis): each one's loss
_ANY_ONE = r"(?:(?:其中)?(?:任何|任意)?(?:一个|一种|之一)|任一)?"
_LOSS_AFTER = lazy_re.compile(
    r"^\s*(?:基因)?(?:的)?" + _ANY_ONE + r"(?:敲低|敲除|沉默|缺失|缺乏|缺陷|失活(?!的|剂)|关闭(?=\s*(?:[,，;；。]|或|则|时|后|会))|siRNA|shRNA|(?:特异性|选择性)?(?:抑制剂|阻断剂|拮抗剂))|^\s*-?\s*(?:deficien\w*|knock-?down|knock-?out|"
    r"silencing|deletion|depletion|ablation|elimination|inactivation|null|-/-|siRNA|shRNA|loss|dysfunction|impairment|"
    r"(?:specific |selective )?(?:inhibitor|antagonist|blocker)s?\b)",
    re.IGNORECASE,
)

# a genetic loss gerund as the subject of its clause: "Silencing OCT4A suppresses p21Cip1" (validation_en PMID26102294,
# also in BioRED train), "we found that knocking down X increased Y"; the same opening in a PubMed title of the stop-39
# free pool ("Silencing <enzymes> in human leukocytes reveals a role for …"). Only at the clause's opening (sentence
# start, after a comma, colon or bracket, "that", "while", "whereas", "and"): "induced apoptosis by silencing Bcl-2" is
# the agent's means, read by the means rules.
_LOSS_GERUND = lazy_re.compile(r"(?:^|[,;:(]\s*|\b(?:that|while|whereas|and)\s+)(?:silencing|knocking[\s-]?(?:down|out)|depleting|deleting|"
                               r"ablating)\s+(?:the\s+)?$", re.IGNORECASE)

# the loss word governs the protein's removal, not the protein: "降低IKB的降解速率", "减少X的泛素化降解"
_TURNOVER_AFTER = lazy_re.compile(r"\s*(?:蛋白)?的?\s*(?:泛素化)?(?:降解|清除|水解)")

_SOURCE_BEFORE = lazy_re.compile(r"(?:从|自|由|来源于|来自于?|源于|提取自|分离自|isolated from|extracted from|derived from|"
                                 r"purified from|from(?: the)?(?: roots?| rhizomes?| leaves| seeds?| fruits?)?(?: of)?)\s*$",
                                 re.IGNORECASE)
# "番茄中所含番茄皂苷A" (the esculeoside A that tomato contains): 所含 makes the herb the container
_SOURCE_AFTER = lazy_re.compile(r"^\s*(?:的?(?:根茎|根|茎|叶|花|果实|种子|全草|药材)?中?(?:提取|分离|纯化|获得|得到)|中?所含的?|中含有的|"
                                r"(?:的|中的?)(?:主要|重要|有效|活性|核心)*(?:活性|有效|主要|药效)?成分|-derived|-sourced|"
                                # "甘草黄酮类单体异甘草素": a monomer (one isolated compound) of the herb's class
                                r"[\u4e00-\u9fff]{0,5}?单体)",
                                re.IGNORECASE)

# a bracketed gloss after a herb's Chinese name: its Latin or pharmaceutical name ("(D.chrysotoxum)")
_GLOSS = lazy_re.compile(r"\s*[(（][^()（）]{1,40}[)）]")

# (a harm named after the gene it depends on is a phenotype too: "Inhibition of autophagy promotes CYP2E1-dependent
# toxicity in HepG2 cells", free ChinaXiv pool ChinaXiv-201711.01383V1 reference title — the verb acts on the toxicity,
# not on CYP2E1, GUIDELINES 1: phenotypes are no entities)
# "acetaminophen-dependent hepatotoxicity": the injury a gene's product mediates names a phenotype too
_DEPENDENT_INJURY = lazy_re.compile(r"\s*-?\s*dependent\s+(?:(?:hepato|cyto|nephro|neuro|cardio|oto|geno)?toxicity"
                                    r"|injury|damage)", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a pure question, asked again for each pair the mention is in
def is_stimulus(text: str, start: int, end: int) -> bool:
    """Is the mention text[start:end] the stimulus that makes the model?"""
    after, before = text[end:end + 40], text[max(0, start - 24):start]
    after = after[_CO_STIMULI.match(after).end():][:16]  # "LPS&IFN-γ诱导刺激下": both are the stimulus
    if _STIMULUS_AFTER.search(after):
        return True
    if _STIMULUS_AROUND.search(before[-4:]) and _STIMULUS_VERB_AFTER.search(after):
        return True
    return bool(_STIMULUS_BEFORE_EN.search(before)) or bool(_INDUCED_BY_LIST.search(text[max(0, start - 80):start]))


def is_attenuated_inducer(text: str, start: int, end: int) -> bool:
    """Is the mention the inducer of an event that an attenuating verb right before it acts on ("抑制BMP9诱导成骨
    分化", "减轻AOPPs诱导vimentin的表达上调")? Whatever the agent (a gene too: "SFRP5…抑制BMP9诱导…"), the
    pair is antagonism, not a relation (GUIDELINES 5.7)."""
    return bool(_ATTENUATED_BEFORE.search(text[max(0, start - 4):start])) and bool(_INDUCES_AFTER.match(text[end:end + 8]))


# a conditional clause whose subject is inhibited: "noggin抑制则BMP-Smad信号通路增强" (validation_zh ChinaXiv-201806.00158V1),
# "当SERT受到抑制或敲除时,5-HT再摄取…" (new_papers_zh ChinaXiv-202207.00046V1): the inhibition word, intransitive or passive,
# before 则/时/后, says the mention is lost; the change in the next clause is what its loss does (GUIDELINES 5.5)
_INHIBITED_IF = lazy_re.compile(r"\s*+(?:信号通路|通路|信号)?\s*+(?:被|受到?)?\s*+(?P<loss>抑制|阻断)(?:或(?:敲除|敲低|沉默|缺失))?\s*+(?:则|时|后)")


# "当 IGF-I和JAK/STAT被阻断，Caspase-3、Bax 基因的表达下调" (validation_zh ChinaXiv-201711.01073V1): 当 opens the
# conditional, the comma closes it without 时, as in "当PAMPs刺激 TLR的 TIR 区域，", "当炎性因子刺激TLR，" (sample papers)
_INHIBITED_WHEN = lazy_re.compile(r"\s*+(?:信号通路|通路|信号)?\s*+(?:被|受到?)\s*+(?P<loss>抑制|阻断)(?:或(?:敲除|敲低|沉默|缺失))?\s*+[,，]")
_WHEN_OPENS = lazy_re.compile(r"当[^,，;；。]{0,30}$")


def inhibited_condition(text: str, end: int) -> tuple[int, int] | None:
    """The span of the inhibition word of a conditional clause the mention ending at ``end`` is the subject of
    ("noggin抑制则…", "SERT受到抑制或敲除时", "当X被阻断，…"), or None. That word is the mention's loss, no verb on a
    later one."""
    found = _INHIBITED_IF.match(text, end)
    if found is None and (found := _INHIBITED_WHEN.match(text, end)) is not None \
            and not _WHEN_OPENS.search(text, max(0, end - 40), end):
        found = None
    return found.span("loss") if found else None


# the converse: a temporal clause whose subject is activated, with no agent named ("当TLR4被激活后招募髓样分化因子88…、
# …IRAK1和…TRAF6发挥胞内信号的传递", validation44_zh ChinaXiv-201812.00761V1, gold TLR4 ``associated`` with each; "PTHR1被激活后
# 具有不同的信号转导功能", validation38_zh ChinaXiv-201712.01110V1): the passive verb is the mention's own change, no verb on a
# later mention; what the activated mention does is the next verb's (招募: no direction)
_ACTIVATED_IF = lazy_re.compile(r"\s*+(?:(?:信号通路|通路|信号)\s*+)?(?:被|受到?)\s*+(?P<gain>激活|活化)\s*+(?:之后|以后|后|时)")


def activated_condition(text: str, end: int) -> tuple[int, int] | None:
    """The span of the passive activation word of a temporal clause the mention ending at ``end`` is the subject of
    ("TLR4被激活后…"), or None: the mention's own change, no verb on a later mention."""
    found = _ACTIVATED_IF.match(text, end)
    return found.span("gain") if found else None


# --- a list whose last item carries the loss word: "谷氨酰胺、精氨酸和亮氨酸缺乏能诱导…自噬" ------------------------
# The loss noun after a coordination is the predicate of every item (conjuncts share their governor), as 等 closes a
# list with its predicate (coordination.py): "谷氨酰胺、精氨酸和亮氨酸缺乏能诱导猪肠道上皮细胞…产生自噬作用", "当体内氨基酸或
# 葡萄糖等营养缺乏时,细胞会启动自噬" (sample ChinaXiv-201711.01551V1: only the last item was read as deprived, the others
# as inducers); "MAVS或TRAF3缺乏会损害ASC泛素化", "当细胞缺血、缺氧、葡萄糖缺乏等" (free ChinaXiv pool, two other papers).
# Not 与 (a comparison: "与维生素D缺乏有关"); an item holds no verb or particle of its own.
_LIST_LOSS_WORDS = r"缺乏|匮乏|缺失|剥夺|饥饿|敲除|敲低|沉默"
_LIST_SEP = lazy_re.compile(r"\s*(?:、|以及|及|和|或者?)\s*")
_LIST_ITEM = lazy_re.compile(r"[^\s、，,。；;:：()（）\[\]]{1,14}?(?=\s*(?:、|以及|及|和|或|等|(?:的)?" + _ANY_ONE + r"(?:"
                             + _LIST_LOSS_WORDS + r")))")
_ITEM_VERB = lazy_re.compile(r"活化|激活|抑制|诱导|导致|引起|促进|降低|升高|增加|减少|表达|使|能|可|会|的|被|与|对|在|是|为")
_LIST_CLOSE = lazy_re.compile(r"\s*等(?:营养物质|营养素|营养成分|营养|物质)?")
_LIST_LOSS_AFTER = lazy_re.compile(r"\s*(?:基因)?(?:的)?" + _ANY_ONE + r"(?:" + _LIST_LOSS_WORDS + r")")


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def list_tail_end(text: str, end: int, max_items: int = 4) -> int:
    """Where the list the mention ending at ``end`` opens ends: past its later items ("、精氨酸和亮氨酸") and a closing
    等 with its class noun ("等营养"); ``end`` itself when nothing is listed after the mention."""
    pos = end
    for _ in range(max_items):
        sep = _LIST_SEP.match(text, pos)
        item = _LIST_ITEM.match(text, sep.end()) if sep else None
        if item is None or _ITEM_VERB.search(item.group()):
            break
        pos = item.end()
    closer = _LIST_CLOSE.match(text, pos)
    return closer.end() if closer else pos


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def _listed_loss(text: str, end: int) -> bool:
    """Is the mention ending at ``end`` an item of a list whose loss word follows the last item?"""
    tail = list_tail_end(text, end)
    return tail > end and bool(_LIST_LOSS_AFTER.match(text, tail))


# the object of its own verb is no item of a subject list lost after it: "持续激活Akt或TSC1和TSC2的任何一个缺失都会激活mTORC1
# 信号" (validation45_zh ChinaXiv-201711.01011V1) names Akt's activation, not its loss
_OBJECT_OF_VERB = lazy_re.compile(r"(?:激活|活化|抑制|促进|诱导|上调|下调|增加|降低|阻断|增强)\s*$")


def is_loss_of_function(text: str, start: int, end: int, clause_start: int = 0) -> bool:
    """Does the mention name the absence or decrease of the entity ("Reduced APPL1",
    "敲低X", "X缺失", "X knockdown", "X抑制则…", "X或Y缺乏", and zh_losses.py's "敲除X或Y", "敲除小鼠X基因")?
    Only words inside the mention's clause count."""
    before = text[max(clause_start, start - 24):start]
    if _TURNOVER_AFTER.match(text, end):  # "降低IKB的降解速率": less degradation keeps the protein
        return False
    # 14 characters after the mention: room for " inactivation"
    return bool(_LOSS_BEFORE.search(before) or _LOSS_AFTER.search(text[end:end + 14])
                or (_listed_loss(text, end) and not _OBJECT_OF_VERB.search(before))
                or _LOSS_GERUND.search(text, max(clause_start, start - 24), start)
                or inhibited_condition(text, end) is not None or zh_losses.is_loss(text, start, end, clause_start))


def is_source(text: str, start: int, end: int) -> bool:
    """Is the (herb) mention named as the source of a compound ("从知母根茎中分离得到",
    "芍药的主要活性成分", "isolated from H")?"""
    after = _GLOSS.match(text, end)  # "鼓槌石斛(D.chrysotoxum)中提取的…毛兰素": past the herb's Latin gloss
    after_end = after.end() if after else end
    return bool(_SOURCE_BEFORE.search(text[max(0, start - 20):start])
                or _SOURCE_AFTER.search(text[after_end:after_end + 16]))


def is_phenotype(text: str, start: int, end: int) -> bool:
    """Is the gene mention part of a phenotype name ("胰岛素抵抗", "insulin resistance")? The phenotype words are
    phenotype_genes.py's (one list: that module drops such a mention as a partner), and an injury it is named as the
    dependence of."""
    return names_phenotype(text, end) or _DEPENDENT_INJURY.match(text, end) is not None


_BY_AGENT = lazy_re.compile(r"\b\w+ed\s+by\s+(?:the\s+)?$|(?:被|由)\s*$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a pure question, asked again for each pair the mention is in
def is_by_agent(text: str, start: int) -> bool:
    """Is the mention the agent of a passive right before it ("IL-11 transcription enhanced by
    PTH", "被X")? Then it acts on what precedes it, and is nobody's target."""
    return bool(_BY_AGENT.search(text[max(0, start - 30):start]))


_SOLVENT_AFTER = lazy_re.compile(r"^\s*(?:-soluble\s+)?(?:extracts?|fractions?|提取物|提取液|浸膏|部位)\b", re.IGNORECASE)


def is_extract_solvent(text: str, start: int, end: int) -> bool:
    """Is the (compound) mention the solvent naming an extract ("Methanol extract of Antrodia
    camphorata", "乙醇提取物")? The extract is the herb's (GUIDELINES 5.2), not the solvent's."""
    return bool(_SOLVENT_AFTER.search(text[end:end + 20]))


# --- an entity named inside a larger noun (curator reading of the ChinaXiv sample batch) ----
# "vacuolar ATPase proton pumps", "renin-angiotensin-aldosterone system", "醛固酮受体拮抗剂",
# "AMPK inhibitor": the mention modifies a head noun (the pump, the system, the receptor, the
# reagent), so the mention itself neither acts nor is acted on — Chinese and English
# noun-noun compounds are head-final (the modifier–head analysis of compound nouns).
_HEAD_REAGENT = (r"(?:特异性|选择性)?(?:受体)?(?:拮抗剂|抑制剂|阻断剂|激动剂)"
                 r"|(?:specific |selective )?(?:receptor )?(?:antagonists?|inhibitors?|blockers?|agonists?)\b")
_HEAD_NOUN = lazy_re.compile(
    rf"^(?:-[A-Za-z0-9\u4e00-\u9fff]+)*\s*(?:{_HEAD_REAGENT}|泵|离子通道|通道|转运体|系统"
    r"|pumps?\b|channels?\b|transporters?\b|exchangers?\b|system\b"
    r"|uptake\b|remodell?ing\b|polymeri[sz]ation\b|internali[sz]ation\b)",  # "albumin uptake", "actin remodeling"
    re.IGNORECASE,
)
_HEAD_RECEPTOR = lazy_re.compile(r"^\s*(?:受体|receptors?\b)", re.IGNORECASE)
# a member listed in a multi-member complex's name: "Axin-APC-GSK-3β降解复合体", "the
# Axin-APC-GSK3 destruction complex": what happens to the complex (阻止…的形成) is not said of
# each member. At least one further member must follow, so "IKK complex" stays the complex.
_MEMBER_OF_COMPLEX = lazy_re.compile(
    r"^(?:-[A-Za-z0-9\u0370-\u03ff\u4e00-\u9fff]+)+\s*(?:降解|破坏|destruction\s+|degradation\s+)?"
    r"(?:复合体|复合物|complex(?:es)?\b)",
    re.IGNORECASE,
)
# a compound naming an enzyme or a class it belongs to: "Src tyrosine kinase inhibitors",
# "Nitrogen-containing bisphosphonates", "tryptophan hydroxylase", "谷胱甘肽过氧化物酶"
_HEAD_OF_COMPOUND = lazy_re.compile(
    r"^(?:-containing|-based|-rich|-free|-bound|-conjugated|-loaded)\b"
    r"|^\s*(?:kinases?|synthases?|synthetases?|transferases?|hydroxylases?|dehydrogenases?|oxidases?|"
    r"reductases?|peroxidases?|phosphatases?|transporters?)\b"
    r"|^\s*(?:激酶|合酶|合成酶|转移酶|羟化酶|脱氢酶|氧化酶|还原酶|过氧化物酶|磷酸酶|酶)",  # GTP酶 = GTPase
    re.IGNORECASE,
)


_HEAD_REAGENT_ONLY = lazy_re.compile(rf"^\s*(?:{_HEAD_REAGENT})", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a pure question, asked again for each pair the mention is in
def is_name_modifier(text: str, start: int, end: int, label: str = "COMPOUND", agent: bool = False) -> bool:
    """Is the mention text[start:end] a modifier inside a larger noun ("proton pumps",
    "renin-angiotensin-aldosterone system", "醛固酮受体拮抗剂", "PKA inhibitor")? A
    compound followed by 受体/receptor names the receptor too (a gene's own name may end in
    "receptor", so not for genes). A gene or pathway *acting* through its inhibitor ("AMPK
    inhibitor compound C blocked …") is a loss of function instead (``is_loss_of_function``)."""
    after = text[end:end + 40]
    if _MEMBER_OF_COMPLEX.match(after):
        return True
    if _HEAD_NOUN.match(after):
        return not (agent and label in ("GENE", "PATHWAY") and _HEAD_REAGENT_ONLY.match(after))
    return label not in ("GENE", "PATHWAY") and bool(_HEAD_RECEPTOR.match(after) or _HEAD_OF_COMPOUND.match(after))


# --- degradation of the object: "BMP-4 degradation", "β-catenin的降解" -----------------------
# Enhancing a protein's degradation lowers its level (GUIDELINES section 2: "degradation of
# NOTCH ICD" is a level statement): the object noun flips the sign of the cue.
_DEGRADED_AFTER = lazy_re.compile(r"^\s*(?:蛋白)?(?:的)?(?:泛素化)?(?:降解|degradation\b|breakdown\b|turnover\b)"
                                  r"(?!\s*(?:复合体|复合物|complex))", re.IGNORECASE)
_DEGRADED_BEFORE = lazy_re.compile(r"(?:degradation|breakdown|proteolysis)\s+of\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a pure question, asked again for each pair the mention is in
def is_degraded(text: str, start: int, end: int) -> bool:
    """Is the mention the object of a degradation noun ("BMP-4 degradation", "degradation
    of β-catenin", "Nrf2的泛素化降解")? Then an effect on it is the opposite effect on its level."""
    from pipeline.relations.coordination import in_phrase_of

    return bool(_DEGRADED_AFTER.match(text[end:end + 12]) or _DEGRADED_BEFORE.search(text[max(0, start - 30):start])
                or in_phrase_of(text, start, _DEGRADATION_HEAD, 120))  # "degradation of NF-kB (…) and IkBa"


_DEGRADATION_HEAD = lazy_re.compile(r"\b(?:degradation|breakdown|proteolysis)\s+of\b", re.IGNORECASE)


# --- deprivation of a compound: "leucine deprivation", "葡萄糖剥夺", "缺乏维生素D" -----------
_DEPRIVED_AFTER = lazy_re.compile(r"^\s*-?\s*(?:deprivation|starvation|withdrawal|depletion|deficiency|restriction|"
                                  r"剥夺|缺乏|缺失|饥饿|限制|耗竭|撤除)", re.IGNORECASE)
_DEPRIVED_BEFORE = lazy_re.compile(r"(?:deprivation of|depletion of|withdrawal of|lack of|absence of|deficiency of|"
                                   r"缺乏|剥夺|去除)\s*$", re.IGNORECASE)


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def is_deprived(text: str, start: int, end: int) -> bool:
    """Is the (compound) mention named by its absence ("leucine deprivation", "葡萄糖剥夺")?
    What the absence does, the compound's presence does the opposite of (as loss of function
    for genes, GUIDELINES 5.5)."""
    return bool(_DEPRIVED_AFTER.match(text[end:end + 16]) or _DEPRIVED_BEFORE.search(text[max(0, start - 16):start])
                or _listed_loss(text, end))  # "谷氨酰胺、精氨酸和亮氨酸缺乏", "氨基酸或葡萄糖等营养缺乏"


# --- an inactivating phosphorylation: "ACC直接磷酸化进而失去活性" ------------------------------------------
# Phosphorylation is read as activation (GUIDELINES 5.12) unless the text says the phosphorylated protein loses its
# activity right after: "AMPK信号通路的激活可引起其下游的…ACC直接磷酸化进而失去活性" (AMPK inhibits ACC), "增加FoxO3a的磷酸化
# (导致失活或保留在细胞质)", "使自噬起始激酶ULK1磷酸化并使其失活,从而抑制自噬" (free ChinaXiv pool, three papers);
# "4E-BP1磷酸化后失活" (validation38_zh ChinaXiv-201712.01150V1) and "被Akt磷酸化后失去结合目的基因活性" (pool) are the same.
_INACTIVATING_PHOSPHORYLATION = lazy_re.compile(
    r"\s*(?:蛋白|激酶)?(?:的)?(?:直接)?磷酸化\s*(?:[(（]\s*)?(?:后|进而|从而|并|而|导致|使其|使之){0,3}\s*"
    # not a transitive "磷酸化失活Bcl-2" (free pool: the mention phosphorylates and so inactivates Bcl-2)
    r"(?:失活(?!\s*[A-Za-z0-9αβγδκ])|(?:失去|丧失)了?其?[^，,。；;()（）]{0,10}?(?:活性|活力|功能))")


def inactivating_phosphorylation(text: str, end: int) -> bool:
    """Is the gene ending at ``end`` phosphorylated and thereby inactivated ("ACC直接磷酸化进而失去活性",
    "ULK1磷酸化并使其失活")? An effect on that phosphorylation is the opposite effect on the gene's activity."""
    return bool(_INACTIVATING_PHOSPHORYLATION.match(text, end))


# "抗凋亡蛋白Bcl-2", "促凋亡因子Bax", "pro-apoptotic protein Bax", "anti-apoptotic Bcl-xL": the
# descriptor right before the gene (at most an article between) and the sign it states. The descriptor may
# introduce examples, the gene one of them: "促凋亡成员如Bax、Bad等", "抗凋亡成员如Bcl-2、Bcl-xl等" (sample
# ChinaXiv-201711.00904V1), "抑制前凋亡蛋白如Bcl-2相关死亡启动蛋白(Bad)表达及增加抗凋亡蛋白如Bcl-2表达"
# (validation_zh ChinaXiv-201712.00947V1; gold BAD activates, BCL2 inhibits Apoptosis); 前凋亡 is "pro-apoptotic"
_EXAMPLES = r"(?:(?:如|例如|比如|包括)\s*(?:[A-Za-z0-9\-αβγδκ]{1,15}\s*[、,，]\s*){0,4})?"
_ROLE_DESCRIPTOR = lazy_re.compile(r"(?P<sign>抗|促|(?<!目)前|anti-?|pro-?)(?:凋亡|apoptotic)(?:的)?(?:相关)?"
                                   r"(?:蛋白|因子|基因|分子|成员|(?:\s+(?:proteins?|genes?|factors?|members?|molecules?)))?\s*"
                                   + _EXAMPLES + r"$", re.IGNORECASE)


def role_descriptor(before: str) -> int | None:
    """+1 / -1 when ``before`` (the text right before a gene) ends in a descriptor stating the
    gene's role in apoptosis ("促凋亡蛋白" / "抗凋亡蛋白"), else None."""
    found = role_descriptor_at(before)
    return found[0] if found else None


def role_descriptor_at(before: str) -> tuple[int, int] | None:
    """(sign, where the descriptor starts in ``before``) for ``role_descriptor``, or None."""
    found = _ROLE_DESCRIPTOR.search(before)
    if found is None:
        return None
    return (-1 if found.group("sign").lower().startswith(("抗", "anti")) else 1), found.start()


_INDEPENDENT_AFTER = lazy_re.compile(r"^\s*-?\s*(?:independent|unrelated)\b|^\s*(?:非依赖|不依赖)", re.IGNORECASE)
_INDEPENDENT_BEFORE = lazy_re.compile(r"(?:不依赖(?:于)?|非)\s*$")
_DEPENDENT_AFTER = lazy_re.compile(r"^\s*(?:的|依赖性?的?)")


def is_independent(text: str, start: int, end: int) -> bool:
    """Is the gene text[start:end] named as not needed ("X-independent", "不依赖X的")?"""
    if _INDEPENDENT_AFTER.search(text[end:end + 16]):
        return True
    return bool(_INDEPENDENT_BEFORE.search(text[max(0, start - 4):start])) and bool(_DEPENDENT_AFTER.match(text[end:end + 6]))


# "ApoE-Deficient mice", "ApoE-/-小鼠", "Nrf2 knockout mice", "db/db": a gene naming the animal
# model (the strain), not a target of what is done to the animal
_STRAIN_AFTER = lazy_re.compile(r"^\s*(?:-\s*)?(?:deficient|knock-?out|null|-/-|/-|transgenic|KO)?\s*(?:基因敲除|敲除|缺陷|缺失|转基因)?"
                                r"\s*(?:mice|mouse|rats?|animals|小鼠|大鼠|动物)", re.IGNORECASE)
_STRAIN_MARK = lazy_re.compile(r"deficient|knock-?out|null|-/-|/-|transgenic|\bKO\b|基因敲除|敲除|缺陷|缺失|转基因", re.IGNORECASE)


def is_model_strain(text: str, start: int, end: int) -> bool:
    """Is the gene text[start:end] part of the name of an animal model ("ApoE-deficient mice")?"""
    m = _STRAIN_AFTER.match(text[end:end + 24])
    return bool(m) and bool(_STRAIN_MARK.search(m.group(0)))


# --- a compound named as a read-out: "诱导释放5-HT", "5-HT的合成", "release of serotonin" ------
# Hormones and transmitters are COMPOUND entities (GUIDELINES 5.3) but, when the sentence speaks
# of their release, synthesis or level, they are what a gene acts on, not an agent.
_READOUT_BEFORE = lazy_re.compile(r"(?:释放|合成|生成|分泌|产生)\s*$|\b(?:release|secretion|synthesis|production|generation|accumulation|levels?|"
                                  r"concentrations?|availability)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_READOUT_AFTER = lazy_re.compile(r"^\s*(?:的)?(?:释放|合成|生成|分泌|水平|浓度|含量)|^\s*(?:release|secretion|synthesis|generation|accumulation|"
                                 r"production|levels?|concentrations?|availability)\b", re.IGNORECASE)


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def is_readout(text: str, start: int, end: int) -> bool:
    """Is the (compound) mention named as what is released, made or measured ("诱导释放5-HT",
    "5-HT的合成", "ACh的释放", "serotonin release")? Then a gene in the sentence acts on it.
    Not a dose set by the experimenter ("RES浓度为200μmol/L时", "随着X浓度增加": dose_conditions.py)."""
    if dose_conditions.named_by_dose(text, start, end):
        return False
    return bool(_READOUT_BEFORE.search(text[max(0, start - 24):start]) or _READOUT_AFTER.match(text[end:end + 16]))


_DESCRIPTOR_AROUND_BEFORE = lazy_re.compile(r"(?:抗|促|(?<!目)前|anti-?|pro-?)$", re.IGNORECASE)
_DESCRIPTOR_AROUND_AFTER = lazy_re.compile(r"^(?:的)?(?:相关)?(?:蛋白|因子|基因|分子|成员|\s+(?:proteins?|genes?|factors?|members?))",
                                           re.IGNORECASE)


@per_sentence  # asked again by the other pairs of the sentence (sentence_memo.py)
def in_role_descriptor(text: str, start: int, end: int) -> bool:
    """Is the (process) mention the middle of a role descriptor ("抗凋亡蛋白Bcl-2", "pro-apoptotic
    protein")? It names the gene's role, not a process the sentence's agent acts on."""
    return bool(_DESCRIPTOR_AROUND_BEFORE.search(text[max(0, start - 5):start])
                and _DESCRIPTOR_AROUND_AFTER.match(text[end:end + 12]))


def nearer_container(spans, container, constituent, cue_start: int) -> bool:
    """Does another herb stand between a formula and the composition cue ("藁本内酯是肾衰营养胶囊中
    当归的主要活性成分")? Then the constituent is that herb's, which the formula contains; the
    formula is not given the compound (GUIDELINES 5.6: composition is stated, not inferred)."""
    if not container.entity_id.startswith("FML:") or constituent.label != "COMPOUND":
        return False
    lo = container.end
    return any(sp.label == "HERB" and not sp.entity_id.startswith("FML:") and lo <= sp.start and sp.end <= cue_start
               for sp in spans)


# "STAT信号通路的靶基因的蛋白表达": the pathway's (or gene's) target genes, none named, are what a
# cue before it acts on — the mention only modifies the head noun
_TARGETS_AFTER = lazy_re.compile(r"\s*(?:信号通路|通路)?的?(?:下游)?(?:靶基因|靶蛋白|靶标|下游(?:基因|蛋白|分子))")
_CLAUSE_BREAK = lazy_re.compile(r"[,，;；。]")


def names_unnamed_targets(text: str, end: int, next_mention_start: int | None) -> bool:
    """Is the mention ending at ``end`` followed by "的(下游)靶基因/靶蛋白" with no entity named as
    those targets before the clause ends ("STAT信号通路的靶基因的蛋白表达," vs "STAT3的下游靶基因的
    转录产物Bcl-2")? ``next_mention_start``: where the next mention of the sentence starts."""
    m = _TARGETS_AFTER.match(text, end)
    if m is None:
        return False
    brk = _CLAUSE_BREAK.search(text, m.end())
    clause_end = brk.start() if brk else len(text)
    return next_mention_start is None or next_mention_start >= clause_end
