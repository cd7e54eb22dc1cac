"""A metabolite measured in a body fluid or tissue is a clinical read-out, no relation partner.

"lowered serum total cholesterol (TC), triglyceride (TG) and fasting blood glucose, improved glucose
tolerance …, reduced the levels of serum insulin and leptin" (PMID24312343), "The concentrations of
aspartate transaminase, …, total bilirubin and total cholesterol in serum and hydroxyproline …
contents in liver" (PMID11273016), "increase in plasma levels of lactate dehydrogenase, …, bilirubin
and creatinine" (PMID12396303), "reduced serum creatinine levels" (PMID24747135): the metabolites of
a clinical-chemistry panel are read-outs of a model, like serum ALT/AST (GUIDELINES 5.11, "clinical
read-outs") and the endogenous metabolites that are no entities at all (GUIDELINES 1: "except when
the text uses them as an administered treatment", "高糖诱导的…"). Co-listed, they were paired with
one another and with the hormones measured beside them (glucose "downregulates" leptin), and the
agent that lowered them was paired with each; no gold set has such a row (all of the gold's glucose
rows are an administered "high glucose"/"高糖"), while the genes and hormones measured in the same
lists keep theirs (serum PTH, plasma IL-6, 血清5-羟色胺: GUIDELINES 5.3).

The lipid-peroxidation and antioxidant panel of an oxidative-stress model is the same kind of read-out
list (stop 28): "diminished levels of … conjugated dienes (CD), lipid hydroperoxides (LOOH) and
thiobarbituric acid reactive substances (TBARS) and also the antioxidants superoxide dismutase (SOD),
catalase (CAT), reduced glutathione (GSH)…", "colonic ascorbic acid and alpha-tocopherol levels"
(PMID16872560) paired TBARS with GSR ("downregulates", 2.44) and the vitamins with GPx/GST; the gold
keeps the enzymes' rows with the carcinogen and the herb only, and no gold set pairs a measured
MDA/TBARS/GSH/vitamin; the reviews' tocopherol is administered and is never in a measurement phrase.

So a COMPOUND mention that names a panel metabolite (or its clinical short form, TC, TG, BUN)
and stands in a measurement phrase — a fluid or tissue word or a "levels/concentrations of" before
it in its clause, or a measure noun after it in the list it closes — or names the object of a
flux ("胆固醇外流", "胆固醇逆向转运", "cholesterol efflux", "glucose uptake": ChinaXiv-201711.00864V1
paired cholesterol as the agent of ABCA1 from "它是…启动细胞内胆固醇外流…的关键因子"), of a synthesis or
breakdown ("胆固醇的代谢", "cholesterol biosynthesis") or of a deprivation ("葡萄糖饥饿", "glucose deprivation-induced";
stop 39's free pool read "葡萄糖饥饿激活ULK1" as glucose inhibits ULK1) is no relation
partner of its sentence (relations/pairs.py
``sentence_pairs``), as endogenous metabolites are; administered ones ("high glucose",
"glucose-induced", "高糖") are not measured and keep their pairs.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# the metabolites of routine clinical chemistry (lipid, glucose, renal and liver panels, collagen
# and lactate read-outs), as written in the text (English and Chinese)
_PANEL_METABOLITE = lazy_re.compile(
    r"^(?:(?:total|free|blood|fasting|serum|plasma)\s+)*(?:glucose|blood\s+(?:glucose|sugar)|cholesterol|"
    r"triglycerides?|triacylglycerols?|creatinine|bilirubin|urea|uric\s+acid|hydroxyproline|lactate|"
    r"lactic\s+acid|(?:free\s+)?fatty\s+acids|lipoproteins?"
    # the lipid-peroxidation and antioxidant read-outs of an oxidative-stress panel (stop 28)
    r"|malondialdehyde|MDA|thiobarbituric\s+acid\s+reactive\s+substances?|TBARS|lipid\s+(?:hydro)?peroxides?|"
    r"conjugated\s+dienes|(?:reduced\s+)?glutathione|GSH|ascorbic\s+acid|(?:alpha|α|a)-?tocopherol|tocopherols?)$"
    r"|^(?:血清|血浆|空腹|总)?(?:葡萄糖|血糖|胆固醇|总胆固醇|甘油三酯|三酰甘油|肌酐|胆红素|总胆红素|尿素氮?|尿酸|羟脯氨酸|乳酸|游离脂肪酸)$"
    # the panel's own short forms, as clinical chemistry writes them ("血液循环中TC含量增加")
    r"|^(?:TC|TG|T-?CHO|LDL-C|HDL-C|FBG|FPG|BUN|S?Cr)$",
    re.IGNORECASE)
# after the mention: a flux or fate of the metabolite, the process it undergoes ("胆固醇外流",
# "胆固醇逆向转运", "cholesterol efflux", "glucose uptake", "lipid accumulation"): the metabolite is
# what is moved, taken up or stored, the object of the process a gene or drug acts on, not an agent
_PROCESS_AFTER = lazy_re.compile(
    r"^\s?的?(?:外流|流出|逆向转运|逆转运|转运|摄取|蓄积|积聚|沉积|酯化|排泄|清除|"
    r"efflux|influx|transport|uptake|accumulation|deposition|clearance|esterification"
    # what a pathway makes or breaks down ("胆固醇的代谢", ChinaXiv-201711.00864V1; "involved in cholesterol
    # biosynthesis", BioRED PMID15099351) and the nutrient a cell is starved of ("葡萄糖饥饿", ChinaXiv-201711.01551V1;
    # "glucose deprivation-induced JNK1 activation", BC2GM P09792702A0754): the agent is the enzyme or the
    # deprivation, and a deprived nutrient read as the agent would even take the opposite sign
    r"|(?:生物)?合成|水解|分解|代谢|摄入|饥饿|剥夺|缺乏|"
    r"(?:bio)?synthesis|hydrolysis|metabolism|catabolism|starvation|deprivation|withdrawal|depletion"
    # a cell's turnover of the metabolite, measured as a read-out of its metabolism ("reduced glucose consumption and
    # lactate secretion", BioRED train PMID25983002: the Warburg effect's read-outs, with LDHA and FX11 the agents)
    r"|consumption|secretion|production|utili[sz]ation)", re.IGNORECASE)
# a fluid or tissue a read-out is measured in, or a head noun of measurement before the list
_MEASURED_IN = lazy_re.compile(
    r"\b(?:serum|sera|plasma|blood|fasting|urinary|urine|hepatic|circulating)\b"
    r"|\b(?:levels?|concentrations?|contents?|amounts?)\s+of\b"
    r"|血清|血浆|空腹|尿液?中|肝脏?中|(?:水平|含量|浓度)(?:的)?(?:检测|测定)", re.IGNORECASE)
# after the mention, through the rest of the list it is in: a measure noun or "in serum/liver"
_MEASURE_AFTER = lazy_re.compile(
    r"^[^;；。.,，、]{0,3}?(?:\s*\([^()]{0,20}\))?\s*(?:levels?|concentrations?|contents?|tolerance)\b"
    # through the last conjunct of the list it is in: "ascorbic acid and alpha-tocopherol levels"
    r"|^(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[\w\-α]+(?:\s[\w\-α]+)?(?:\s*\([^()]{0,20}\))?){1,3}\s+(?:levels|concentrations|contents)\b"
    r"|^[^;；。]{0,80}?\b(?:levels?|concentrations?|contents?)\s+in\s+(?:the\s+)?(?:serum|plasma|blood|urine|liver)\b"
    r"|^[^;；。]{0,80}?\bin\s+(?:the\s+)?(?:serum|plasma|blood|urine)\b"
    r"|^(?:的)?(?:水平|含量|浓度)", re.IGNORECASE)
# an administered metabolite: "high glucose", "high-glucose", "高糖", "glucose-induced"
_ADMINISTERED_BEFORE = lazy_re.compile(r"(?:\bhigh[\s-]*|高)$", re.IGNORECASE)
_ADMINISTERED_AFTER = lazy_re.compile(r"^\s*-?\s*(?:induced|treated|stimulated|loaded|fed)\b|^(?:诱导|处理|刺激)", re.IGNORECASE)
_CLAUSE_START = lazy_re.compile(r"[;；。:：]|\.\s")
LOOK_BACK = 150  # characters of the clause read before the mention (a long panel list)


def is_measured_readout(text: str, start: int, end: int) -> bool:
    """Is the COMPOUND mention text[start:end] a panel metabolite named as a measured read-out?"""
    if not _PANEL_METABOLITE.match(text[start:end].strip()):
        return False
    if _ADMINISTERED_BEFORE.search(text, max(0, start - 6), start) or _ADMINISTERED_AFTER.match(text[end:end + 20]):
        return False
    lo = max(0, start - LOOK_BACK)
    clause = max((m.end() for m in _CLAUSE_START.finditer(text, lo, start)), default=lo)
    return (bool(_MEASURED_IN.search(text, clause, start)) or bool(_MEASURE_AFTER.match(text[end:end + 120]))
            or bool(_PROCESS_AFTER.match(text[end:end + 16])))


_SHORT_FORM_GAP = lazy_re.compile(r"^\s*[(（]\s*$")


def measured_readouts(text: str, mentions) -> set[int]:
    """Indices of the COMPOUND ``mentions`` (with ``sentence_start``/``sentence_end``, ``label``,
    ``entity_id``) of ``text`` that are measured read-outs, with the short form in parentheses
    right after one ("serum total cholesterol (TC)": TC is the same read-out)."""
    out: set[int] = set()
    ordered = sorted(range(len(mentions)), key=lambda i: mentions[i].sentence_start)
    for n, i in enumerate(ordered):
        m = mentions[i]
        if m.label != "COMPOUND":
            continue
        if is_measured_readout(text, m.sentence_start, m.sentence_end):
            out.add(i)
        elif n and ordered[n - 1] in out:
            previous = mentions[ordered[n - 1]]
            if previous.entity_id == m.entity_id and _SHORT_FORM_GAP.match(text[previous.sentence_end:m.sentence_start]):
                out.add(i)
    return out
