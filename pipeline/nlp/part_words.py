"""Names read inside a longer word that names something else: no entity mention.

A dictionary name can stand inside a word (or a fixed phrase) whose meaning is not the entity's.
The matcher's boundary rules see a word edge there (jieba splits 泛素化 into 泛素 + 化, and a
symbol after a degree sign has no letter before it), so these patterns are read here, after
matching, on the paragraph text. Each is a fact of the language or of lab writing, not of one
paper:

* **Modification and process words** — 泛素化 (ubiquitination), 泛素降解, 泛素连接酶 (a ligase,
  another enzyme), 泛素-蛋白酶体, "ubiquitin ligase", "ubiquitin-proteasome": the process or the
  ligase, not the ubiquitin protein (FamPlex Ubiquitin) as a relation partner.
* **A family word opening a longer gene name** — 干扰素诱导跨膜蛋白3 (IFITM3), 干扰素调节因子3
  (IRF3), 干扰素诱导基因, 干扰素刺激基因: the name of another gene, not interferon (Chinese names
  a protein by what induces or regulates it, head last).
* **Residues and domains (Chinese)** — an amino acid named as a residue or a domain of a protein:
  "Ser/Thr磷酸化", "丝氨酸/苏氨酸激酶受体", "甘氨酸(glycine,Gly)及丝氨酸(serine,Ser)残基结构域",
  "富含谷氨酸的糖蛋白", "1号位氨基酸丝氨酸(Ser)突变成甘氨酸(Gly)", "19号位的谷氨酸(Glu)替换成精氨酸(Arg)"
  (a position or a substitution next to it, as nlp/residues.py reads "serine 473" in English). "GS区/GS结构域"
  is the glycine-serine-rich domain of the TGF-β type I receptor, not the G protein G_s.
* **An enzyme named after its substrate** — Chinese names an enzyme by its substrate + 酶:
  I型胶原酶 (collagenase type I, a tissue-digestion reagent), 磷脂酶, 淀粉酶: a Chinese name
  right before 酶 is the substrate inside the enzyme's name, not the entity (COL1 in "I型胶原酶").
* **Culture conditions** — "37°C5%CO2": a symbol glued to a temperature's unit ("C5" after "°")
  is the unit and the number, not complement C5; CO2 after a percentage is the incubator's air
  (marked as a reagent: how the cells were kept, no relation partner).
* **Assay kits** — "CCK-8" (Cell Counting Kit-8) is the viability assay (GUIDELINES 5.3), not
  cholecystokinin: marked as a reagent.
* **A glycoside named after its plant** — Chinese names a glycoside by the plant it was first
  isolated from + 苷 (older form 甙): 牡荆苷 (vitexin), 芍药苷 (paeoniflorin), 黄芩苷/黄芩甙 (baicalin),
  淫羊藿苷 (icariin). A herb name right before 苷/甙 is the stem of a compound's name, not the herb
  (issue 14: a herb is credited only through its compound, with ``contains``): "新西兰牡荆苷II …
  诱导HepG2细胞凋亡" (ChinaXiv-202010.00047V1, a development sample paper) made the plant 牡荆 the agent of apoptosis. The
  compound is matched when the dictionary knows it (the longer match wins before this rule);
  extract words (皂苷 saponins, 总苷 total glycosides: 苜蓿皂苷, 三七总皂苷) name the herb's extract
  (nlp/herb_context.py) and are not this case.
* **A compound naming a DNA element** — a promoter element is named by the signal it answers:
  "环磷酸腺苷反应序列(CRE)" (cAMP response element; ChinaXiv-201711.00488V1, validation46_zh, where
  cAMP became a partner of every axis in the sentence), "cAMP反应元件", "雌激素应答元件", "cAMP response
  element": a stretch of DNA, not the compound as an agent (the CREB protein's longer name wins before this rule).
* **A nutrient class as a metabolite or a sequence unit** — the Chinese class words 脂肪酸 and 氨基酸 (with
  their qualifiers: 长链, 游离, 不饱和, 必需) name an agent when a paper gives them ("氨基酸激活mTORC1通路",
  "TLR4 参与了脂肪酸对 N38 细胞…的调节", ChinaXiv-201812.00767V1, -201711.01440V1) but the body's own
  metabolite before a metabolic process or a measure ("脂肪酸氧化", "抑制脂肪酸的合成", "游离脂肪酸水平";
  GUIDELINES 1: endogenous metabolites are no entities) and a protein's building block in a sequence
  ("由540个氨基酸组成", "N端氨基酸残基", "氨基酸序列"; ChinaXiv-201711.00914V1, -201712.01110V1), also as a
  measure of two sequences' likeness or a stretch of one ("具有60%的氨基酸同一性", "胞外域(氨基酸第507-716位)",
  "蛋白质和氨基酸吸收代谢"; ChinaXiv-201901.00072V1, -201711.00393V1, validation47_zh).
* **A name before the head of another protein's name** — Chinese names a protein by its partner
  and a head noun, head last: "IL-1受体相关激酶" (IRAK; validation ChinaXiv-201812.00711V1, where IL1
  was paired with IRAK1/2/4), "热休克蛋白70 相互作用蛋白" (CHIP; ChinaXiv-202207.00209V1), "醛固酮诱导蛋白"
  (an aldosterone-induced protein; new_papers ChinaXiv-201801.00630V1), "GTP 结合蛋白" (a G protein;
  ChinaXiv-201711.00762V1), "BMP相关蛋白" (ChinaXiv-201812.00642V1), "Ras 样蛋白" (Rheb; ChinaXiv-201711.01551V1).
  The partner is a modifier inside the other protein's name (names_another_protein); when the
  dictionary knows the whole name ("Bcl-2相关X蛋白") the longer match has already won. 诱导/抑制/调节/
  激活/结合 are also verbs ("TNF-α诱导蛋白表达", "MG-132抑制蛋白酶体"): those heads count only when the
  name visibly ends there (a number, a Latin or Greek letter, a bracket, a punctuation mark or a space follows), 相关/相互作用/样
  heads always. A compound before a carrier's head is its cargo, the same modifier: "中性氨基酸转运载体",
  "葡萄糖转运体", "谷氨酰胺转运蛋白" (the amino-acid class inside "氨基酸转运载体 SLC7A5", ChinaXiv-201812.00767V1,
  validation46_zh) name the transporter, not the cargo.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.nlp.residues import AMINO_ACIDS, AMINO_ACIDS_ZH

_UBIQUITIN = frozenset({"FPLX:Ubiquitin"})
_UBIQUITIN_WORD = lazy_re.compile(r"^\s*(?:化|降解|连接酶|-?蛋白酶体|修饰|-?proteasom|\s*ligase|-?conjugat|ated\b|ation\b)",
                                  re.IGNORECASE)
_INTERFERON = frozenset({"FPLX:Interferon"})
_LONGER_NAME_AFTER = lazy_re.compile(r"^\s*(?:诱导|调节因子|调控因子|刺激基因|刺激因子|基因刺激)")

# Chinese, English and three-letter names of the amino acids
_AMINO = lazy_re.compile(r"(?:" + "|".join(AMINO_ACIDS_ZH) + r"|(?<![A-Za-z])(?:" + "|".join(sorted(AMINO_ACIDS, key=len, reverse=True))
                         + r")(?![a-z]))", re.IGNORECASE)
# what a residue or domain reading shows after the name, past a list of amino acids (with their
# names in parentheses) and a sequence position (丝氨酸473位点, 丝氨酸的317和777位点, "Ser473"): 残基, 磷酸化, 激酶, 结构域, 位点,
# 短尾, 区, 拉链 (亮氨酸拉链, the leucine-zipper motif); "kinase", "residue", "domain", "zipper"
_RESIDUE_AFTER = lazy_re.compile(r"^(?:[\s/、及和与的,，()（）-]|\d|" + _AMINO.pattern + r")*"
                                 r"(?:残基|磷酸化|激酶|结构域|位点|短尾|区|拉链|kinase|residue|domain|zipper|phosphorylat)",
                                 re.IGNORECASE)
_RICH_BEFORE = lazy_re.compile(r"富含\s*$")
# a sequence position or substitution around the name (nlp/residues.py's English cues, in Chinese)
_SUBSTITUTION = lazy_re.compile(r"号位|第\s*\d+\s*位|突变|替换|取代|置换|残基")
_SUBSTITUTION_WINDOW = 12
_GS_DOMAIN = lazy_re.compile(r"^\s*(?:区|结构域|domain|区域|box)", re.IGNORECASE)
_ENZYME_AFTER = lazy_re.compile(r"^酶")
_HAN_END = lazy_re.compile(r"[\u4e00-\u9fff]$")
_DEGREE_BEFORE = lazy_re.compile(r"°\s*$")
_PERCENT_BEFORE = lazy_re.compile(r"%\s*$")
_CARBON_DIOXIDE = lazy_re.compile(r"^CO2$|^CO₂$")
_KIT_AFTER = lazy_re.compile(r"^-?\s*8(?!\d)")
_GLYCOSIDE_AFTER = lazy_re.compile(r"[苷甙]")  # matched at the mention's end (no ^: .match(text, pos))
# the nutrient class words (module docstring) and what makes them a metabolite or a sequence unit
_NUTRIENT_CLASS = lazy_re.compile(r"(?:脂肪酸|氨基酸)$")
_METABOLITE_AFTER = lazy_re.compile(r"\s?的?\s?(?:β-?)?(?:氧化|合成|生物合成|分解|代谢|组成|含量|水平|浓度|沉积|谱|比例|"
                                    r"吸收|序列|残基|重复|替换|突变|取代|位点|片段|同一性|同源性|第\s?\d)")
_SEQUENCE_BEFORE = lazy_re.compile(r"(?:\d\s*个|\d\s*位|[NC]\s*-?\s*端|一级|末端)\s*(?:的)?\s*$")
# a carrier named after its cargo (a compound right before it): 氨基酸转运载体, 葡萄糖转运体
_CARRIER_AFTER = lazy_re.compile(r"\s?转运(?:载体|体|蛋白|子)")
# a promoter element named after the signal it answers: 反应序列, 应答元件, "response element"
_ELEMENT_AFTER = lazy_re.compile(r"\s*(?:反应|应答|响应|效应)(?:元件|序列)|[\s-]*respons(?:e|ive)[\s-]+elements?\b",
                                 re.IGNORECASE)
# the head of another protein's name after its partner's name: "X受体相关激酶", "X相互作用蛋白", "X样蛋白";
# verb-like heads ("X诱导蛋白") only where the name ends (a number, Greek letter, bracket, punctuation, space)
_NAME_END = r"(?=[\s\dA-Za-z\-α-ωⅠ-Ⅻ(（\[［,，、。;；:：]|$|家族)"
_OTHER_PROTEIN_HEAD = lazy_re.compile(
    r"\s?(?:(?:受体)?(?:相关|有关)(?:激酶|蛋白|因子)|相互作用蛋白|样蛋白"
    r"|(?:受体)?(?:结合|诱导|抑制|调节|调控|激活|活化)(?:蛋白|因子)" + _NAME_END + r")")


def is_part_word(text: str, start: int, end: int, entity_id: str, label: str) -> bool:
    """Is the mention text[start:end] (entity ``entity_id`` of type ``label``) part of a longer
    word naming something else (module docstring): a process word, a longer gene name, a residue
    or domain, a temperature?"""
    after = text[end:end + 40]
    surface = text[start:end]
    if entity_id in _UBIQUITIN and _UBIQUITIN_WORD.match(after):
        return True
    if entity_id in _INTERFERON and _LONGER_NAME_AFTER.match(after):
        return True
    if label == "COMPOUND" and _AMINO.fullmatch(surface) and (
            _RESIDUE_AFTER.match(after) or _RICH_BEFORE.search(text[max(0, start - 4):start])
            or _SUBSTITUTION.search(text[max(0, start - _SUBSTITUTION_WINDOW):end + _SUBSTITUTION_WINDOW])):
        return True
    if _HAN_END.search(surface) and not surface.endswith("酶") and _ENZYME_AFTER.match(after):
        return True  # "I型胶原酶": collagenase, not collagen
    if label == "GENE" and surface.upper() == "GS" and _GS_DOMAIN.match(after):
        return True
    if label == "COMPOUND" and _NUTRIENT_CLASS.search(surface) and (
            _METABOLITE_AFTER.match(text, end) or _SEQUENCE_BEFORE.search(text[max(0, start - 8):start])):
        return True  # "脂肪酸氧化", "由540个氨基酸组成": the body's metabolite, a building block
    if label == "COMPOUND" and _CARRIER_AFTER.match(text, end):
        return True  # "氨基酸转运载体": the transporter, not its cargo
    if label == "COMPOUND" and _ELEMENT_AFTER.match(text, end):
        return True  # "环磷酸腺苷反应序列", "cAMP response element": a DNA element, not the compound
    if is_glycoside_stem(text, end, label):
        return True  # "牡荆苷", "黄芩甙": a glycoside named after its plant
    if label in ("GENE", "COMPOUND") and names_another_protein(text, end):
        return True  # "IL-1受体相关激酶" (IRAK), "醛固酮诱导蛋白": the partner inside another protein's name
    return label == "GENE" and bool(_DEGREE_BEFORE.search(text[max(0, start - 3):start]))  # "37°C5%CO2"


def names_another_protein(text: str, end: int) -> bool:
    """Does the text after a name ending at ``end`` make it the partner inside another protein's Chinese
    name ("IL-1受体相关激酶", "GTP 结合蛋白", "醛固酮诱导蛋白[12]"; module docstring)?"""
    return _OTHER_PROTEIN_HEAD.match(text, end) is not None


def is_glycoside_stem(text: str, end: int, label: str) -> bool:
    """Is a HERB mention ending at ``end`` the plant stem of a glycoside's name (牡荆苷, 黄芩甙)? Read
    in every paragraph: a Chinese reference title sits in a paragraph the language mix calls English."""
    return label == "HERB" and _GLYCOSIDE_AFTER.match(text, end) is not None


def is_lab_reagent(text: str, start: int, end: int, label: str) -> bool:
    """Is the mention a culture condition ("5%CO2") or an assay kit ("CCK-8")?"""
    surface = text[start:end]
    if label == "COMPOUND" and _CARBON_DIOXIDE.match(surface) and _PERCENT_BEFORE.search(text[max(0, start - 3):start]):
        return True
    return label == "GENE" and surface.upper() in ("CCK", "CCK-8", "CCK8") and (
        surface.upper() != "CCK" or bool(_KIT_AFTER.match(text[end:end + 4])))
