"""Drugs the dictionaries lack, defined in a Chinese paper with an abbreviation.

A paper on a new or regional drug names it once in full with a code and then only by the code:
"盐酸椒苯酮胺(PPTA)是一类治疗心肌缺血再灌注保护药" … "PPTA可抑制耳蜗细胞自噬、NKCC1、ET-1的
表达". No dictionary knows 椒苯酮胺 (MeSH has it only as an untranslated supplementary record),
so the general definition finder (nlp/abbreviations.py) defines PPTA as *not an entity* and
every finding of the paper loses its agent.

Here such a definition becomes a paper-local COMPOUND when its long form reads as a chemical
name by the conventions of Chinese chemical nomenclature:

* it ends in a class suffix of the nomenclature (胺 amine, 酮 ketone, 酸 acid, 酯 ester, 苷/甙
  glycoside, 碱 alkaloid, 醇 alcohol, 酚 phenol, 醛, 醚, 嗪, 唑, 啶, 霉素 -mycin …), or is
  written with a salt prefix (盐酸 hydrochloride, 硫酸 sulfate, 甲磺酸 mesylate …), or its
  parenthesis gives an English long form that reads as a chemical (``… (piperphentonamine
  hydrochloride, PPTA)``: -amine, -ol, -one, -ide, -mycin, hydrochloride …);
* it is no class word (氨基酸, 脂肪酸, 核糖核酸, 生物碱) and no protein name (激素, 介素, 蛋白,
  酶, 受体 …: 白介素, 内皮素, 骨钙素 are genes, 素 alone is never enough);
* no dictionary mention overlaps it (a name the dictionary knows is resolved by the general
  finder) and the short form is no dictionary term;
* the short form is used again in the paper (an agent named by its code), not only defined.

The entity id is ``PCPD:<long form>`` (paper compound; the scheme of the paper-only formulas,
``FML:<name>`` in nlp/formulas.py); every occurrence of the long form and (through the
definition) of the short form becomes a COMPOUND mention. Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import lazy_re
from pipeline.dictionaries.schema import Entity
from pipeline.nlp.formulas import unclaimed_mentions
from pipeline.nlp.matcher import Mention

PAPER_COMPOUND_PREFIX = "PCPD:"
HOW = "paper-compound"

_HAN = "\u4e00-\u9fff"
# class suffixes of Chinese chemical nomenclature (what a drug or reagent name ends in)
_CHEMICAL_END = lazy_re.compile(r"(?:胺|酮|酸|酯|苷|甙|碱|醇|酚|醛|醚|烷|烯|炔|嗪|唑|啶|嘌呤|嘧啶|喹啉|霉素|菌素|"
                                r"环素|沙星|西林|头孢\w*|洛尔|普利|沙坦|他汀|替尼|铂)$")
# salts written before the base (盐酸小檗碱, 硫酸庆大霉素, 甲磺酸伊马替尼)
_SALT_PREFIX = lazy_re.compile(r"(?:盐酸|硫酸|磷酸|醋酸|枸橼酸|马来酸|酒石酸|甲磺酸|苯磺酸|硝酸|乳酸|琥珀酸|富马酸|"
                               r"氢溴酸|葡萄糖酸)(?=[{0}]{{2}})".format(_HAN))
# names of classes, of nucleic acids and of proteins: no drug of the paper's own
_NOT_CHEMICAL = lazy_re.compile(r"(?:氨基酸|脂肪酸|核酸|胆汁酸|有机酸|生物碱|碱基|激素|介素|蛋白|酶|受体|因子|"
                                r"抗体|多肽|肽)$|核糖|核苷酸")
# after a salt prefix, an inorganic counter-ion (磷酸盐, 磷酸钙, 磷酸氢二钠: the acid's own salt, no drug base)
_INORGANIC_BASE = lazy_re.compile(r"^(?:盐|钙|钠|钾|镁|锌|铁|铵|氢|二氢|锂)")
# buffers, solutions, media and materials: what cells are washed in or implants are made of, no agent
_NOT_A_DRUG = lazy_re.compile(r"(?:缓冲液|溶液|液|培养基|水泥|材料|支架|涂层|陶瓷)$")
# characters that end a clause or join words: a long form starts after the last of them
_NOT_IN_NAME = lazy_re.compile(r"[的和与及或对在为将用以经是由被把从等各其该本此于使可并而且后中给予即如]")
# English long forms of chemicals: -amine, -ol, -one, -ide, -mycin, salts …
_ENGLISH_CHEMICAL = lazy_re.compile(
    r"(?:amine|idine|azole|azine|mycin|cillin|floxacin|statin|sartan|pril|olol|tinib|platin|"
    r"[a-z]{3}(?:ol|one|ide|ate|ene|ine))(?:\s+(?:hydrochloride|sulfate|sulphate|mesylate|"
    r"maleate|citrate|sodium|phosphate|acetate))?$",
    re.IGNORECASE,
)
_ENGLISH_NOT_CHEMICAL = lazy_re.compile(r"(?:protein|kinase|receptor|factor|ligand|hormone|cytokine|chemokine|"
                                        r"line|medicine|routine|vaccine|insulin|toxin|globin|tubulin|actin)$",
                                        re.IGNORECASE)


def chinese_long_form(before: str) -> str | None:
    """The chemical name that ends ``before`` (the text up to a "(SHORT)"), or None.

    The name is the run of Chinese characters right before the parenthesis, cut after the
    last function character (及盐酸椒苯酮胺 -> 盐酸椒苯酮胺) or at a salt prefix; 3-12
    characters, a chemical suffix or a salt prefix, no class or protein word."""
    run = re.search(rf"[{_HAN}]+$", before)
    if run is None:
        return None
    name = _after_function_words(run.group())
    salt = _SALT_PREFIX.search(name)
    if salt is not None:
        name = name[salt.start():]
    if not 3 <= len(name) <= 12 or _NOT_CHEMICAL.search(name) or _NOT_A_DRUG.search(name):
        return None
    base = name[salt.end() - salt.start():] if salt is not None and salt.start() == 0 else name
    if salt is not None and _INORGANIC_BASE.match(base):
        return None
    if salt is None and not _CHEMICAL_END.search(base):
        return None
    if salt is not None and len(base) < 2:
        return None
    return name


def english_chemical(long: str) -> bool:
    """Whether an English long form reads as one chemical name (piperphentonamine
    hydrochloride), not a protein, a class or a phrase of several words."""
    long = long.strip()
    words = long.split()
    return (bool(long) and len(words) <= 3 and all(w.isascii() for w in words)
            and bool(_ENGLISH_CHEMICAL.search(long)) and not _ENGLISH_NOT_CHEMICAL.search(long))


def compound_long_form(text: str, short: str, long: str, paren_start: int, mentions: list[Mention]) -> str | None:
    """The paper-local compound name a Chinese definition ``…(SHORT)`` or ``…(long, SHORT)``
    at ``paren_start`` gives, or None. ``mentions``: the paragraph's dictionary mentions (a
    name overlapping one is the dictionary's, never a paper compound)."""
    if not re.fullmatch(r"[A-Z][A-Za-z0-9-]{1,9}", short) or not re.search(r"[A-Z].*[A-Z]", short):
        return None
    before = text[:paren_start].rstrip()
    name = chinese_long_form(before)
    if name is None and long and english_chemical(long):
        # "盐酸椒苯酮胺(piperphentonamine hydrochloride, PPTA)": the Chinese name before the
        # parenthesis when there is one, else the English long form
        run = re.search(rf"[{_HAN}]{{2,12}}$", before)
        name = _after_function_words(run.group()) if run is not None else long.strip()
    if not name or len(name) < 2:
        return None
    start = len(before) - len(name) if before.endswith(name) else paren_start
    if any(m.start < len(before) and start < m.end for m in mentions):
        return None
    return name


def _after_function_words(run: str) -> str:
    cut = None
    for cut in _NOT_IN_NAME.finditer(run):
        pass
    return run[cut.end():] if cut is not None else run


# what follows an assay's code, not an agent's: "TBA法" (the thiobarbituric acid assay of MDA,
# new_papers ChinaXiv-201806.00141V1), "MTT法", "DAB染色", "BCA试剂盒"
_ASSAY_AFTER = r"\s*(?:法|试剂|染色|检测|测定|比色|显色|assay|method|kit|stain)"


def used_again(short: str, texts: list[str]) -> bool:
    """Whether the short form occurs at least twice in the document (its definition and a use)
    as an agent's name: a use as an assay's name ("TBA法") does not count."""
    pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(short)}(?![a-z0-9])(?!{_ASSAY_AFTER})")
    return sum(len(pattern.findall(t)) for t in texts) >= 2


def long_form_mentions(text: str, names: dict[str, str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` plus every occurrence in ``text`` of a paper compound's long form
    (``names``: long form -> entity id) that overlaps no mention."""
    return unclaimed_mentions(text, names, "COMPOUND", HOW, mentions)


def paper_compound_id(name: str) -> str:
    return PAPER_COMPOUND_PREFIX + name


def paper_compound_entity(entity_id: str) -> Entity:
    """A dictionary-style entity for a compound named in the paper only."""
    name = entity_id[len(PAPER_COMPOUND_PREFIX):]
    han = bool(re.search(rf"[{_HAN}]", name))
    return Entity(id=entity_id, type="compound", name="" if han else name, name_zh=name if han else "",
                  source="paper")


def as_compound(definition, text: str, mentions: list[Mention], texts: list[str]):
    """``definition`` (a :class:`~pipeline.nlp.abbreviations.Definition` that names no
    entity) made a paper compound's when its long form reads as a chemical and its short form
    is used again; else unchanged."""
    name = compound_long_form(text, definition.short, definition.long, definition.paren_start, mentions)
    if name is None or not used_again(definition.short, texts):
        return definition
    return replace(definition, long=definition.long or name, entity_id=paper_compound_id(name))


def add_long_forms(paragraph_mentions: dict[int, list[Mention]], texts: dict[int, str], definitions) -> None:
    """Every occurrence of a paper compound's Chinese long form (title, keywords, references)
    becomes its mention, document-wide (in place)."""
    names = {d.entity_id[len(PAPER_COMPOUND_PREFIX):]: d.entity_id for d in definitions.values()
             if d.entity_id and d.entity_id.startswith(PAPER_COMPOUND_PREFIX)}
    if not names:
        return
    for pid, text in texts.items():
        paragraph_mentions[pid] = long_form_mentions(text, names, paragraph_mentions.get(pid, []))
