"""Herbs (type ``herb``) and formulas (type ``formula``) for ``herbs.tsv``.

Herbs: every row of the HERB herb table (``HERB######`` ids), which HerbiV_tcm.csv repeats
under the same ids; the TCMNP Chinese Pharmacopoeia list supplies reference pinyin.
name = Latin name (first one; ``[Syn. ...]`` and further names become synonyms), falling
back to the English name, then the pinyin. name_zh = Chinese name, pinyin = title-cased pinyin.

Chinese-name rule: a Chinese name is matchable (name_zh / synonyms_zh) on exactly ONE herb.
When several rows share a Chinese name, the winner is chosen by, in order:

1. ``curated/herb_overrides.tsv`` (``name_zh -> HERB id``; may also give the name to a
   herb that does not carry it, e.g. 狗脊 -> 金毛狗脊 Rhizoma Cibotii);
2. ``pharmacopoeia-pinyin``: the row whose own pinyin equals the pharmacopoeia pinyin;
3. ``tcmsp-pinyin``: the row whose own pinyin equals the TCMSP (TCMNP) pinyin;
4. ``pinyin-length``: the row whose pinyin has one syllable per Chinese character (``Xiang
   Yang Mei`` does not spell 杨梅: that row is a mislabelled 香杨梅);
5. ``cross-ids``: the row with most SymMap / TCMSP cross-references;
6. ``has-latin``: the row with a Latin name;
7. ``lowest-id``.

Losers keep their row but lose the Chinese name (kept in ``note``); every decision goes to
the generated ``herb_conflicts_report.tsv``. Chinese names of one character are never
matchable (``zh-single-char``); neither are English or Latin names shared by several herbs (kept
on one: the pharmacopoeia herb, else the plant before its parts, else the same ranking;
``_one_owner_per_name``, a binomial with its authority one name with the bare binomial).

Formulas: TCMNP formula table (pinyin, components by Chinese herb name) and HerbiV
formulas (components via formula->herb links), id ``FML:<Chinese name>``; names of one or
two characters are generic (金丹, 白丸) and dropped. Curated additions come from
``curated/formulas_added.tsv``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from pipeline import lazy_re
from pipeline.dictionaries.build_common import (
    BuildError,
    RuleStats,
    Stoplist,
    add_note,
    clean_term,
    has_cjk,
    read_csv_rows,
    read_curated,
    read_tsv_rows,
    write_text_atomic,
)
from pipeline.dictionaries.herb_english import ambiguous_english_name, plain_words
from pipeline.dictionaries.latin import binomial_key, genus_stem
from pipeline.dictionaries.schema import MULTI_SEP, Entity

HERB_OVERRIDE_COLUMNS = ("name_zh", "herb_id", "reason")
HERB_ABBREVIATION_COLUMNS = ("alias", "herb_name_zh", "reason")
HERB_CORRECTION_COLUMNS = ("herb_id", "column", "wrong", "right", "reason")
HERB_NAMES_EN_COLUMNS = ("herb_name_zh", "synonyms", "reason")
_BINOMIAL = lazy_re.compile(r"^([A-Z])[a-z]+ ([a-z]{3,}(?:-[a-z]+)?)$")
FORMULA_ADDED_COLUMNS = (
    "id",
    "name",
    "name_zh",
    "synonyms",
    "synonyms_zh",
    "pinyin",
    "members",
    "note",
)
PROCESSING_PREFIXES = (
    "炒",
    "焦",
    "盐",
    "煅",
    "醋",
    "酒",
    "制",
    "炙",
    "蜜",
    "生",
    "净",
    "姜",
    "麸炒",
)
PROCESSING_SUFFIXES = ("炭", "霜", "粉")
CONFLICT_REPORT = "herb_conflicts_report.tsv"
RANK_RULES = ("pharmacopoeia-pinyin", "tcmsp-pinyin", "pinyin-length", "cross-ids", "has-latin")


def _na(value: str) -> str:
    return "" if value in ("NA", "nan", "None") else value


def _pinyin_key(value: str) -> str:
    return re.sub(r"[^a-z]", "", value.lower())


def _syllables(pinyin: str) -> int:
    """Number of pinyin syllables, i.e. words made only of letters (-1 when a word is not letters: ``Da Ji 1``)."""
    words = pinyin.split()
    return len(words) if all(w.isalpha() for w in words) else -1


def _title_pinyin(value: str) -> str:
    return " ".join(w.capitalize() for w in value.split())


@dataclass
class HerbResult:
    herbs: dict[str, Entity]
    formulas: dict[str, Entity]
    zh_to_herb: dict[str, str]  # matchable Chinese name -> herb id

    def resolve_herb(self, name_zh: str) -> str | None:
        """Herb id for a Chinese herb name as written in formulas (processing forms stripped)."""
        name_zh = re.sub(r"[（(].*?[）)]", "", name_zh).strip()
        if name_zh in self.zh_to_herb:
            return self.zh_to_herb[name_zh]
        for p in PROCESSING_PREFIXES:
            if name_zh.startswith(p) and name_zh[len(p) :] in self.zh_to_herb:
                return self.zh_to_herb[name_zh[len(p) :]]
        for s in PROCESSING_SUFFIXES:
            if name_zh.endswith(s) and name_zh[: -len(s)] in self.zh_to_herb:
                return self.zh_to_herb[name_zh[: -len(s)]]
        return None


def _apply_corrections(curated: Path, herbs: dict[str, Entity], stats: RuleStats) -> None:
    """Known source errors (``curated/herb_corrections.tsv``): 香菇 on Elephas maximus,
    葡萄糖 typed herb, misspelt Latin names. Applied before the Chinese-name rule."""
    path = curated / "herb_corrections.tsv"
    if not path.exists():
        return
    for row in read_curated(path, HERB_CORRECTION_COLUMNS, required=("herb_id", "column", "wrong")):
        entity = herbs.get(row["herb_id"])
        column, wrong, right = row["column"], row["wrong"], row["right"]
        if entity is not None and column == "synonyms":  # a synonym naming another herb: dropped
            if wrong not in entity.synonyms or right:
                raise BuildError(f"{row.where()}: {row['herb_id']} has no synonym {wrong!r} "
                                 "(a synonym correction removes it: right must be empty)")
            entity.synonyms = [v for v in entity.synonyms if v != wrong]
            add_note(entity, f"source synonym {wrong} removed ({row['reason']})")
            stats.hit("herb-correction", f"{wrong} -> (removed) ({row['herb_id']})")
            continue
        if entity is None or column not in ("name", "name_zh"):
            raise BuildError(f"{row.where()}: unknown herb id or column (name, name_zh, synonyms)")
        if getattr(entity, column) != wrong:
            raise BuildError(f"{row.where()}: {row['herb_id']} {column} is "
                             f"{getattr(entity, column)!r}, not {wrong!r}")
        if column == "name" and not right:
            raise BuildError(f"{row.where()}: a name correction needs the right name")
        setattr(entity, column, right)
        synonyms = "synonyms" if column == "name" else "synonyms_zh"  # the same error in a synonym
        fixed = [right if v == wrong else v for v in getattr(entity, synonyms)]
        setattr(entity, synonyms, [v for i, v in enumerate(fixed) if v and v not in fixed[:i] and v != right])
        add_note(entity, f"source {column} {wrong} corrected ({row['reason']})")
        stats.hit("herb-correction", f"{wrong} -> {right or '(removed)'} ({row['herb_id']})")


def _add_english_names(curated: Path, herbs: dict[str, Entity], zh_to_herb: dict[str, str],
                       pharm: dict[str, str], stats: RuleStats) -> None:
    """Names English papers use: curated binomials, common names and extract names
    (``curated/herb_names_en.tsv``; a short name or a plain English word stops the build,
    herb_english.py) with their ``G. species`` form, and the pinyin of the
    pharmacopoeia herbs written apart and joined (``Dan Shen``, ``Danshen``)."""
    taken = {s.casefold(): hid for hid, e in herbs.items() for s in [e.name, *e.synonyms]}
    path = curated / "herb_names_en.tsv"
    rows = read_curated(path, HERB_NAMES_EN_COLUMNS, required=("herb_name_zh", "synonyms")) if path.exists() else []
    plain = plain_words(curated)
    for row in rows:  # a HERB id names a herb without a Chinese name (Antrodia camphorata)
        target = row["herb_name_zh"] if row["herb_name_zh"] in herbs else zh_to_herb.get(row["herb_name_zh"])
        if target is None:
            raise BuildError(f"{row.where()}: herb name {row['herb_name_zh']!r} is not matchable on any herb")
        for name in [s.strip() for s in row["synonyms"].split(MULTI_SEP) if s.strip()]:
            why = ambiguous_english_name(name, plain)
            if why:
                raise BuildError(f"{row.where()}: {name!r} is no safe herb name in English text: {why}")
            holder = taken.get(name.casefold(), target)
            if holder != target and not _pharmacopoeia_takes(herbs[target], herbs[holder], pharm):
                raise BuildError(f"{row.where()}: {name!r} is already a name of {holder}")
            forms = [name]
            binomial = _BINOMIAL.match(name)
            if binomial:
                forms.append(f"{binomial.group(1)}. {binomial.group(2)}")
            for form in forms:
                holder = taken.get(form.casefold())
                if holder is None or (holder != target and _pharmacopoeia_takes(herbs[target], herbs[holder], pharm)):
                    herbs[target].synonyms.append(form)
                    taken[form.casefold()] = target
                    stats.hit("herb-english-name", f"{form} ({target})")
    for zh, pinyin in sorted(pharm.items()):
        target = zh_to_herb.get(zh)
        syllables = pinyin.split()
        if target is None or len(syllables) < 2:
            continue
        spaced = " ".join(p.capitalize() for p in syllables)
        joined = "".join(syllables).capitalize()
        for form in (spaced, joined):
            if form.casefold() not in taken:
                herbs[target].synonyms.append(form)
                taken[form.casefold()] = target
                stats.hit("herb-pinyin-name", f"{form} ({target})")


def _pharmacopoeia_takes(target: Entity, holder: Entity, pharm: Container[str]) -> bool:
    """A curated binomial of a Chinese Pharmacopoeia herb may be a name HERB gives only to
    rows outside the pharmacopoeia (Panax ginseng on 人参花蕾 and 人参芦, Carthamus tinctorius
    on 红花苗): papers naming the plant mean the drug, and _one_owner_per_name then takes
    the name off those rows. A name held by another pharmacopoeia herb still stops the build."""
    return target.name_zh in pharm and holder.name_zh not in pharm


def _add_abbreviations(curated: Path, herbs: dict[str, Entity], zh_to_herb: dict[str, str],
                       stats: RuleStats) -> None:
    """Customary short names (生地, 丹皮, 银花) from ``curated/herb_abbreviations_zh.tsv``
    become Chinese synonyms of the herb that carries the full name."""
    path = curated / "herb_abbreviations_zh.tsv"
    if not path.exists():
        return
    for row in read_curated(path, HERB_ABBREVIATION_COLUMNS, required=("alias", "herb_name_zh")):
        alias, full = row["alias"], row["herb_name_zh"]
        target = zh_to_herb.get(full)
        if target is None:
            raise BuildError(f"{row.where()}: herb name {full!r} is not matchable on any herb")
        if alias in zh_to_herb:
            raise BuildError(f"{row.where()}: {alias!r} is already matchable on {zh_to_herb[alias]}")
        herbs[target].synonyms_zh.append(alias)
        zh_to_herb[alias] = target
        stats.hit("herb-zh-abbreviation", f"{alias} -> {full} ({target})")


# Pharmacopoeia names: the drug part (Radix, Herba …) and the source plant in the genitive.
_DRUG_PARTS = frozenset(w.casefold() for w in (
    "Radix", "Rhizoma", "Herba", "Folium", "Fructus", "Semen", "Flos", "Cortex", "Bulbus", "Ramulus",
    "Caulis", "Pericarpium", "Spica", "Stigma", "Lignum", "Resina", "Medulla", "Cacumen", "Exocarpium",
    "Endocarpium", "Tuber", "Pollen", "Spora", "Et", "Petiolus", "Gemma", "Arillus", "Calyx", "Plumula",
    "Testa", "Pseudobulbus", "Thallus", "Rhizomatis", "Radicis", "Sclerotium", "Receptaculum",
))
# Genitive -> nominative of the species epithet: 1st declension (barbatae -> barbata), eponyms
# (thunbergii), 3rd-declension adjectives alike in both cases (sinensis, officinalis, vulgaris),
# participles (flavescentis -> flavescens). Other endings are left alone (mimosoidis, -i genera).
_EPITHET = ((lazy_re.compile(r"(?<=[a-z]{3})ae$"), "a"), (lazy_re.compile(r"(?<=[a-z]{2})ii$"), "ii"),
            (lazy_re.compile(r"(?<=[a-z]{2})(ensis|alis|ilis|aris)$"), r"\1"), (lazy_re.compile(r"(?<=[a-z]{2})ntis$"), "ns"))
_PART_SUFFIXES_ZH = ("根", "花", "叶", "皮", "茎", "藤", "果", "实", "子")


def binomial_of(latin: str) -> str | None:
    """The source plant's binomial read from a pharmacopoeia drug name: ``Herba Scutellariae
    barbatae`` -> ``Scutellaria barbata``, ``Bulbus Fritillariae Ussuriensis`` -> ``Fritillaria
    ussuriensis``. Only a genus in -ae (1st declension: the nominative is certain) and an epithet
    whose nominative is certain (_EPITHET); None otherwise (``Radix Astragali``, ``Caulis
    Aristolochiae seu Clematis``)."""
    words = latin.replace(",", " ").split()
    if any(w.casefold() == "seu" for w in words):
        return None
    rest = [w for w in words if w.casefold() not in _DRUG_PARTS]
    if len(rest) != 2 or not all(w.isalpha() for w in rest):
        return None
    genus, epithet = rest[0], rest[1].lower()
    if not (genus[:1].isupper() and genus[1:].islower() and genus.endswith("ae") and len(genus) > 5):
        return None
    for pattern, nominative in _EPITHET:
        if pattern.search(epithet):
            return f"{genus[:-1]} {pattern.sub(nominative, epithet)}"
    return None


_LATIN_BINOMIAL = lazy_re.compile(r"^[A-Z][a-z]+ [a-z]{3,}(?:-[a-z]+)?$")
# a binomial with an authority or its abbreviated genus: "Carthamus tinctorius L.", "P. ginseng"
_LATIN_NAME = lazy_re.compile(r"^(?:[A-Z][a-z]+|[A-Z]\.) [a-z]{3,}(?:-[a-z]+)?(?: (?:[A-Z][A-Za-z.]*|et|ex|&|f\.))*$")


_ENGLISH_PARTS = frozenset(("leaf", "leaves", "root", "roots", "seed", "seeds", "flower", "flowers", "bark",
                            "fruit", "stem", "herb", "oil", "peel"))


def _binomials_to_drug_herb(herbs: dict[str, Entity], zh_to_herb: dict[str, str], pharm: Container[str],
                            stats: RuleStats) -> None:
    """A plant part's row (栀子叶, 苦参实, 淫羊藿根, 虎杖叶) holding the source plant's binomial
    takes English papers' "Gardenia jasminoides" away from the drug they study (栀子): HERB
    gives the binomial to every part of a plant, and the Chinese-name rule does not touch
    English names (the Ginkgo biloba rows of stop 19, now a rule). The binomial (and its
    ``G. species`` form) moves to the herb named by the rest of the Chinese name when that
    herb's own Latin names share the genus (first four letters: Gardeniae ~ Gardenia); a
    different plant under the same stem (黄精根 Vitex negundo, 朱砂根 Ardisia crenata) keeps it,
    and so does a pharmacopoeia drug named like a part (女贞子, 牛蒡子, 葶苈子: ``pharm``)."""
    taken = {s.casefold(): hid for hid, e in herbs.items() for s in [e.name, *e.synonyms]}
    for hid, e in herbs.items():
        zh = e.name_zh
        if not zh or not zh.endswith(_PART_SUFFIXES_ZH) or zh[:-1] not in zh_to_herb:
            continue
        if zh in pharm and zh[:-1] not in pharm:
            continue
        drug = herbs[zh_to_herb[zh[:-1]]]
        genera = {w[:4].casefold() for n in [drug.name, *drug.synonyms] for w in n.split() if len(w) >= 4 and w[:1].isupper()}
        for name in [e.name, *e.synonyms]:
            if not _LATIN_BINOMIAL.match(name) or name[:4].casefold() not in genera or name.split()[1] in _ENGLISH_PARTS:
                continue
            genus, epithet = name.split()
            forms = {name, f"{genus[0]}. {epithet}"}
            if any(taken.get(f.casefold(), hid) not in (hid, drug.id) for f in forms):
                continue  # a third herb has it: left alone
            for f in sorted(forms):
                if f.casefold() not in {v.casefold() for v in [drug.name, *drug.synonyms]}:
                    drug.synonyms.append(f)
                taken[f.casefold()] = drug.id
            e.synonyms = [v for v in e.synonyms if v not in forms]
            if e.name == name:
                e.name = f"{name} ({zh})"
            add_note(e, f"binomial {name} moved to {drug.name_zh} ({drug.id}): papers naming the plant mean the drug")
            stats.hit("herb-binomial-to-drug", f"{name}: {zh} ({hid}) -> {drug.name_zh} ({drug.id})")


def confirmed_binomial(latin: str, spellings: Mapping[str, set[str]]) -> str | None:
    """The binomial of a pharmacopoeia drug name whose nominative binomial_of cannot tell (a genus
    in -i or -is: ``Herba Sedi sarmentosi``), read from the binomial HERB itself spells with the
    same stems (``spellings``: binomial_key -> HERB's ``Genus species`` spellings): ``Sedum
    sarmentosum``. None when HERB has no such binomial or two spellings of it."""
    words = latin.replace(",", " ").split()
    if any(w.casefold() == "seu" for w in words):
        return None
    rest = [w for w in words if w.casefold() not in _DRUG_PARTS]
    if len(rest) == len(words):
        return None  # no drug part (Radix, Herba …): a binomial already, not a drug's name
    if len(rest) != 2 or not all(w.isalpha() for w in rest) or not rest[0][:1].isupper():
        return None
    found = spellings.get(binomial_key(rest[0], rest[1]), set())
    return next(iter(found)) if len(found) == 1 else None


# an infraspecific name: "Imperata cylindrica var. major", "Dioscorea nipponica ssp. rosthornii"
_INFRASPECIFIC = lazy_re.compile(r"^([A-Z][a-z]+ [a-z]{3,}(?:-[a-z]+)?)\s+(?:var|ssp|subsp|f)\.?\s+[a-z][a-z-]{2,}$")


def species_of(name: str) -> str | None:
    """The species binomial of an infraspecific name (``Imperata cylindrica var. major`` ->
    ``Imperata cylindrica``), or None for any other name."""
    hit = _INFRASPECIFIC.match(name)
    return hit.group(1) if hit else None


def _genus_prefixes(e: Entity) -> set[str]:
    return {w[:4].casefold() for n in [e.name, *e.synonyms] for w in n.split() if len(w) >= 4 and w[:1].isupper()}


def _species_binomials(herbs: dict[str, Entity], lost_to: Mapping[str, str], stats: RuleStats) -> None:
    """Binomials papers write that HERB holds only in another form or on a row without a Chinese name:

    * an infraspecific name (龙胆's "Gentiana scabra var. buesgeri", 白茅根's "Imperata cylindrica var.
      major") gives its species binomial ``Genus species`` when no row holds that binomial: papers
      write the species ("Gentiana scabra"), which matched nothing (herb-species-of-variety);
    * such a species binomial of a row that lost its Chinese name to another row (lost_to: the
      Chinese-name rule) also goes to the row that carries the name, when that row has no binomial
      of its own and its Latin names share the genus (龙胆 HERB000963 -> HERB003478 Gentiae Radix):
      the binomial names the herb the paper means, not a row no Chinese name reaches
      (herb-binomial-to-name-holder). Plain binomials of such rows stay: rows sharing a Chinese
      name are often other species of the genus (Leonurus cardiaca under 益母草, Strychnos
      species under 马钱子), which a paper naming them does not mean as the drug.

    _one_owner_per_name then leaves each binomial matchable on one row."""
    held = {s.casefold() for e in herbs.values() for s in [e.name, *e.synonyms]}
    derived: dict[str, list[str]] = {}
    for hid, e in sorted(herbs.items()):
        names = [e.name, *e.synonyms]
        species = [b for b in dict.fromkeys(species_of(n) for n in names) if b and b.casefold() not in held]
        derived[hid] = species
        for b in species:
            genus, epithet = b.split()
            e.synonyms += [f for f in (b, f"{genus[0]}. {epithet}") if f.casefold() not in held]
            stats.hit("herb-species-of-variety", f"{b} ({hid})")
    for hid, e in sorted(herbs.items()):
        names, species = [e.name, *e.synonyms], derived[hid]
        holder = herbs.get(lost_to.get(hid, ""))
        if holder is None or any(_LATIN_BINOMIAL.match(n) for n in [holder.name, *holder.synonyms]):
            continue
        prefixes = _genus_prefixes(holder)
        own = {s.casefold() for s in [holder.name, *holder.synonyms]}
        for b in species:
            if b[:4].casefold() not in prefixes or b.casefold() in own:
                continue
            genus, epithet = b.split()
            holder.synonyms += [f for f in (b, f"{genus[0]}. {epithet}") if f.casefold() not in own]
            own |= {b.casefold(), f"{genus[0]}. {epithet}".casefold()}
            stats.hit("herb-binomial-to-name-holder", f"{b}: {hid} -> {holder.name_zh} ({holder.id})")


def _drug_plant_words(latin: str) -> list[str] | None:
    """The two words naming the source plant in a pharmacopoeia drug name (``Rhizoma Atractylodis
    macrocephalae`` -> ``Atractylodis``, ``macrocephalae``), or None: no drug part, two plants
    (``seu``), or not two capitalised-genus words."""
    words = latin.replace(",", " ").split()
    if any(w.casefold() == "seu" for w in words):
        return None
    rest = [w for w in words if w.casefold() not in _DRUG_PARTS]
    if len(rest) == len(words) or len(rest) != 2 or not all(w.isalpha() for w in rest) or not rest[0][:1].isupper():
        return None
    return rest


def binomial_by_genus(latin: str, genera: Mapping[str, set[str]]) -> str | None:
    """The binomial of a pharmacopoeia drug name whose genus is in the genitive of the third
    declension (``Rhizoma Atractylodis macrocephalae``, ``Radix Codonopsis pilosulae``): the genus
    nominative is the one spelling HERB's binomials give a genus with the same stem (``genera``:
    genus_stem -> spellings; Atractylodes chinensis, Atractylodes japonica -> Atractylodes), the
    epithet's nominative one binomial_of's certain endings give (macrocephalae -> macrocephala).
    HERB gives 白术 and 党参 no binomial, so "Atractylodes macrocephala" and "Codonopsis pilosula"
    of English papers found no herb. None when the stem has no spelling or two."""
    rest = _drug_plant_words(latin)
    if rest is None:
        return None
    spelled = genera.get(genus_stem(rest[0]), set())
    if len(spelled) != 1:
        return None
    genus, epithet = next(iter(spelled)), rest[1].lower()
    if epithet.endswith(("orii", "folii", "arii")):
        return None  # an adjective's genitive (tinctorii: tinctorius/-um), not an eponym's
    for pattern, nominative in _EPITHET:
        if pattern.search(epithet):
            if genus.endswith(("um", "on")) and nominative != "ns":
                return None  # a neuter genus: -is adjectives end in -e (Polygonum aviculare), -ii in -ium
            return f"{genus} {pattern.sub(nominative, epithet)}"
    return None


def _add_pharmacopoeia_binomials(herbs: dict[str, Entity], zh_to_herb: dict[str, str], pharm: Container[str],
                                 stats: RuleStats) -> None:
    """English papers name a herb by its source plant (Scutellaria barbata, Houttuynia cordata),
    HERB by its drug name (Herba Scutellariae barbatae). The binomial read from the drug name
    (binomial_of; else the binomial HERB spells with the same stems, confirmed_binomial: Herba Sedi
    sarmentosi -> Sedum sarmentosum) and its ``G. species`` form become synonyms of a herb with a
    matchable Chinese name. A plant part's row (钩藤根, 梧桐花) gives it to the herb named by the
    rest of its Chinese name (钩藤: papers mean the drug). A binomial derived for several herbs goes
    to the one Chinese Pharmacopoeia herb among them (Forsythia suspensa from 连翘根 -> 连翘 and from
    连翘茎叶: 连翘), else to none (herb-binomial-ambiguous). A binomial another row already holds is
    added only to a pharmacopoeia drug and only when no pharmacopoeia herb holds it (Sedum
    sarmentosum of HERB's species row, Artemisia annua of 黄花蒿: papers naming the plant mean the
    drug, GUIDELINES 1.3); _one_owner_per_name then takes it off the other rows."""
    holders: dict[str, set[str]] = defaultdict(set)
    spellings: dict[str, set[str]] = defaultdict(set)
    genera: dict[str, set[str]] = defaultdict(set)
    for hid, e in herbs.items():
        for s in [e.name, *e.synonyms]:
            holders[s.casefold()].add(hid)
            if _LATIN_BINOMIAL.match(s):
                spellings[binomial_key(*s.split())].add(s)
                genera[genus_stem(s.split()[0])].add(s.split()[0])

    def free_for(form: str, target: str) -> bool:
        held = holders.get(form.casefold(), set()) - {target}
        return not held or (herbs[target].name_zh in pharm and all(herbs[h].name_zh not in pharm for h in held))

    derived: dict[str, set[str]] = defaultdict(set)
    for hid, e in herbs.items():
        if not e.name_zh:
            continue
        for latin in [e.name, *e.synonyms]:
            binomial = (binomial_of(latin) or confirmed_binomial(latin, spellings)
                        or binomial_by_genus(latin, genera)) if latin else None
            if binomial is None:
                continue
            target = hid
            if e.name_zh.endswith(_PART_SUFFIXES_ZH) and e.name_zh[:-1] in zh_to_herb:
                target = zh_to_herb[e.name_zh[:-1]]
            if target in holders.get(binomial.casefold(), set()) or not free_for(binomial, target):
                continue
            derived[binomial].add(target)
    for binomial, targets in sorted(derived.items()):
        if len(targets) > 1:
            targets = {t for t in targets if herbs[t].name_zh in pharm} or targets
        if len(targets) > 1:
            stats.hit("herb-binomial-ambiguous", f"{binomial} ({', '.join(sorted(targets))})")
            continue
        target = targets.pop()
        genus, epithet = binomial.split()
        for form in (binomial, f"{genus[0]}. {epithet}"):
            if target not in holders.get(form.casefold(), set()) and free_for(form, target):
                herbs[target].synonyms.append(form)
                holders[form.casefold()].add(target)
        stats.hit("herb-pharmacopoeia-binomial", f"{binomial} ({target})")


def name_key(name: str, binomials: Container[str] = frozenset()) -> str:
    """The key under which herb rows compete for an English or Latin name: a binomial with an
    authority is its binomial (``Glycyrrhiza uralensis Fisch`` and ``Glycyrrhiza uralensis``: one
    plant, and the matcher takes the longer spelling where a paper writes the authority), any
    other name itself; case-insensitive. HERB capitalises some epithets ("Selaginella Doederleinii
    Hieron" beside "Selaginella doederleinii"): read as a binomial when another row spells it as a
    plain binomial (``binomials``: plain_binomials) and the epithet ends as a Latin one, so an
    English name in title case ("Japanese Apricot Flower", "Japanese Apricot Kernel") stays whole.
    A drug name stays whole too (Radix Paeoniae Alba and Radix Paeoniae Rubra are two drugs, not a
    binomial with an authority)."""
    words = name.split()
    if len(words) < 2 or words[0].casefold() in _DRUG_PARTS:
        return name.casefold()
    pair = " ".join(words[:2]).casefold()
    if _LATIN_NAME.match(name):
        return pair
    lowered = " ".join([words[0], words[1].lower(), *words[2:]])
    if pair in binomials and pair.endswith(_LATIN_ENDINGS) and _LATIN_NAME.match(lowered):
        return pair
    return name.casefold()


_LATIN_ENDINGS = ("i", "ae", "a", "us", "um", "is", "e", "es")


def plain_binomials(names: Iterable[str]) -> set[str]:
    """The plain binomials among ``names``, case-folded ("selaginella doederleinii")."""
    return {n.casefold() for n in names if _LATIN_BINOMIAL.match(n)}


def _one_owner_per_name(herbs: dict[str, Entity], pharm: Container[str], rank: Callable[[str], tuple],
                        stats: RuleStats) -> None:
    """HERB gives one English or Latin name to several rows: a plant's binomial to every row cut
    from that plant (Camellia sinensis: 茶花, 茶树根, 茶叶, 茶子; Panax ginseng: 人参花蕾, 人参芦),
    a binomial with its authority to a by-product (甘草节 "Glycyrrhiza uralensis Fisch", 诃子核
    "Terminalia chebula Retz", 栀子花根 "Gardenia jasminoides Ellis") and a pharmacopoeia drug name
    to aliases, regional and processed forms (Rhizoma Coptidis: 川黄连 and 黄连; Radix Notoginseng:
    汉三七 and 三七; Cortex Eucommiae: 川杜仲, 杜仲, 檰芽; Radix et Rhizoma Rhei: 大黄, 酒大黄). The
    matcher broke such ties by the lowest id or by the longer spelling, so "Camellia sinensis"
    became tea flower, "Licorice (Glycyrrhiza uralensis Fisch., Leguminosae)" the licorice node 甘草节
    (validation PMID23643542) and "Rhizoma Coptidis" 川黄连. Every name (key: ``name_key``, a
    binomial with or without its authority one key) held by several rows stays matchable on one:

    1. a Chinese Pharmacopoeia herb or a curated override's herb, by its Chinese name or a curated
       one (the drug papers mean: 人参, 甘草, 黄连; 金毛狗脊 carrying 狗脊);
    2. a row with a matchable Chinese name;
    3. a row spelling the bare binomial: HERB writes the authority mostly on a product's row (甘草节,
       诃子核, 栀子花根, 杨梅根 "Myrica rubra Sieb. Et Zucc", 花生油 "Arachis hypogaea L.", 黄花蒿子,
       厚朴子) and the plant's own row without it (杨梅 "Myrica rubra", 落花生 "Arachis hypogaea");
    4. the row whose Chinese name begins the most other holders' (the plant before its part or
       product: 鼠李 over 鼠李根, 马桑 over 马桑树皮, 蟾蜍 over 蟾蜍胆);
    5. the Chinese-name ranking (pharmacopoeia pinyin, TCMSP pinyin, pinyin length, cross-ids:
       茶叶 over 茶花 and 茶子).

    The owner takes the spellings of the key the others held (a paper writing "Coriaria sinica"
    still finds 马桑 when only 马桑树皮 spelled it so); the others keep the name in their name as
    ``Camellia sinensis (茶花)`` (shown, never matched in running text) and lose it as a synonym
    (herb-binomial-one-owner for a binomial, herb-shared-synonym for any other name)."""
    binomials = plain_binomials(s for e in herbs.values() for s in [e.name, *e.synonyms])
    holders: dict[str, set[str]] = defaultdict(set)
    for hid, e in herbs.items():
        for s in [e.name, *e.synonyms]:
            if s and "(" not in s:
                holders[name_key(s, binomials)].add(hid)

    def in_pharmacopoeia(hid: str) -> bool:  # also by a curated name: 金毛狗脊 carries 狗脊
        return any(z in pharm for z in [herbs[hid].name_zh, *herbs[hid].synonyms_zh] if z)

    def spells_bare(hid: str, key: str) -> bool:
        return any(s.casefold() == key for s in [herbs[hid].name, *herbs[hid].synonyms])

    def prefix_of_others(hid: str, ids: set[str]) -> int:
        zh = herbs[hid].name_zh
        return sum(1 for o in ids if zh and herbs[o].name_zh != zh and herbs[o].name_zh.startswith(zh))

    for key, ids in sorted(holders.items()):
        if len(ids) < 2:
            continue
        owner = min(ids, key=lambda h: (not in_pharmacopoeia(h), not herbs[h].name_zh,
                                        not spells_bare(h, key), -prefix_of_others(h, ids), rank(h)))
        kept = herbs[owner]
        own = {s.casefold() for s in [kept.name, *kept.synonyms]}
        latin = _LATIN_NAME.match(key.capitalize()) and key.split()[0] not in _DRUG_PARTS
        rule = "herb-binomial-one-owner" if latin else "herb-shared-synonym"
        for hid in sorted(ids - {owner}):
            e = herbs[hid]
            forms = [s for s in [e.name, *e.synonyms]
                     if s and "(" not in s and name_key(s, binomials) == key]
            for form in forms:
                if form.casefold() not in own:
                    kept.synonyms.append(form)
                    own.add(form.casefold())
            if e.name in forms:
                e.name = f"{e.name} ({e.name_zh or e.pinyin or hid})"
            e.synonyms = [s for s in e.synonyms if s not in forms]
            stats.hit(rule, f"{key}: {hid} {e.name_zh} -> {owner} {kept.name_zh}")


# HERB's typesetting of hyphenated epithets: "Coix lacryma- jobi", "Panax pseudo -ginseng"
_BROKEN_HYPHEN = lazy_re.compile(r"(?<=[a-z])\s*-\s+(?=[a-z])|(?<=[a-z])\s+-(?=[a-z])")


def _split_latin(latin: str) -> tuple[str, list[str]]:
    """(first Latin name, further names) of HERB's Latin field: ``[Syn. …]`` names and names after
    a comma or a semicolon (also the full-width ``；`` of "Radix chuanxiong；Rhizoma Chuanxiong")
    are further names; a hyphenated epithet HERB printed with a space ("Coix lacryma- jobi") is
    written as papers write it (Coix lacryma-jobi), or no text could match it."""
    latin = _BROKEN_HYPHEN.sub("-", _na(latin))
    syn = re.findall(r"\[Syn\.\s*([^\]]+)\]", latin)
    main = re.sub(r"\[Syn\.[^\]]*\]", "", latin).strip()
    parts = [p.strip() for p in re.split(r"[,;；]", main) if p.strip()]
    # "Bupleurum bicaule, ZHUI YE CHAI HU": upper-case pinyin is not a Latin name
    parts = [p for p in parts if not p.isupper()]
    if not parts:
        return "", [s.strip() for s in syn]
    return parts[0], parts[1:] + [s.strip() for s in syn]


def build_herbs(
    sources: Path, curated: Path, out_dir: Path, stoplist: Stoplist, stats: RuleStats
) -> HerbResult:
    herb_rows = read_tsv_rows(sources / "herbs" / "HERB_herb_info.txt")
    hv_path = sources / "herbiv" / "HerbiV_tcm.csv"
    hv_rows = read_csv_rows(hv_path) if hv_path.exists() else []
    in_herbiv = {r["HERB_id"] for r in hv_rows}
    pharm = {
        r["Herb_cn_name"]: r["Herb_name_pinyin"]
        for r in read_tsv_rows(sources / "herbs" / "tcmnp_herb_pm_pharmacopoeia.tsv")
    }
    tcmsp_pinyin: dict[str, str] = {}
    mol = sources / "compounds" / "tcmnp_tcmsp_herb_molecule.tsv"
    if mol.exists():
        for r in read_tsv_rows(mol):
            tcmsp_pinyin.setdefault(r["Herb_cn_name"], r["HERB_NAME_PIN_YIN"])

    herbs: dict[str, Entity] = {}
    xrefs: dict[str, int] = {}
    raw_pinyin: dict[str, str] = {}
    has_latin: dict[str, bool] = {}
    for r in herb_rows:
        hid = r["Herb_"]
        latin, latin_more = _split_latin(r["Herb_latin_name"])
        en_names = [p.strip() for p in _na(r["Herb_en_name"]).split(",") if p.strip()]
        pinyin = _na(r["Herb_pinyin_name"])
        name = latin or (en_names[0] if en_names else "") or _title_pinyin(pinyin) or hid
        ent = Entity(
            id=hid,
            type="herb",
            name=name,
            name_zh=_na(r["Herb_cn_name"]),
            pinyin=_title_pinyin(pinyin),
        )
        ent.synonyms = latin_more + en_names
        ent.source = "HERB|HerbiV" if hid in in_herbiv else "HERB"
        ent.source = ent.source.replace("|", "+")
        raw_pinyin[hid] = pinyin
        has_latin[hid] = bool(latin)
        xrefs[hid] = sum(1 for c in ("TCMID_id", "SymMap_id", "TCMSP_id") if _na(r[c]))
        herbs[hid] = ent
        if ent.name_zh in pharm:
            add_note(ent, "Chinese Pharmacopoeia herb (TCMNP list)")

    def rank(hid: str, name_zh: str) -> tuple:
        pk = _pinyin_key(raw_pinyin[hid])
        return (
            0 if name_zh in pharm and pk == _pinyin_key(pharm[name_zh]) else 1,
            0 if name_zh in tcmsp_pinyin and pk == _pinyin_key(tcmsp_pinyin[name_zh]) else 1,
            0 if _syllables(raw_pinyin[hid]) == len(name_zh) else 1,
            -xrefs[hid],
            0 if has_latin[hid] else 1,
            hid,
        )

    def rule_of(winner: str, name_zh: str, others: list[str]) -> str:
        rw = rank(winner, name_zh)
        ro = min(rank(o, name_zh) for o in others)
        for i, label in enumerate(RANK_RULES):
            if rw[i] < ro[i]:
                return label
        return "lowest-id"

    overrides: dict[str, tuple[str, str, str]] = {}
    for row in read_curated(
        curated / "herb_overrides.tsv", HERB_OVERRIDE_COLUMNS, required=("name_zh", "herb_id")
    ):
        if row["herb_id"] not in herbs:
            raise BuildError(
                f"{row.where()}: herb id {row['herb_id']!r} is not in HERB_herb_info.txt"
            )
        overrides[row["name_zh"]] = (row["herb_id"], row["reason"], row.where())

    _apply_corrections(curated, herbs, stats)
    by_zh: dict[str, list[str]] = defaultdict(list)
    for hid, e in herbs.items():
        if e.name_zh:
            by_zh[e.name_zh].append(hid)
    for zh in overrides:
        by_zh.setdefault(zh, [])

    report = ["name_zh\tchosen_id\tchosen_name\tchosen_pinyin\trule\tother_ids"]
    zh_to_herb: dict[str, str] = {}
    lost_to: dict[str, str] = {}  # herb id -> the herb its Chinese name went to
    for zh in sorted(by_zh):
        ids = sorted(by_zh[zh])
        if zh in overrides:
            winner, reason, where = overrides[zh]
            rule = (
                f"curated override ({where}): {reason}" if reason else f"curated override ({where})"
            )
        elif len(ids) == 1:
            zh_to_herb[zh] = ids[0]
            continue
        else:
            winner = min(ids, key=lambda h: rank(h, zh))
            rule = rule_of(winner, zh, [i for i in ids if i != winner])
        others = [i for i in ids if i != winner]
        zh_to_herb[zh] = winner
        lost_to.update((o, winner) for o in others)
        w = herbs[winner]
        if w.name_zh != zh:
            w.synonyms_zh.append(zh)
        for o in others:
            oe = herbs[o]
            oe.name_zh = ""
            add_note(
                oe,
                f"Chinese name {zh} not matchable here: assigned to {winner} ({rule.split(' (')[0]})",
            )
            stats.hit("herb-zh-conflict", f"{zh} {o}->{winner}")
        if others:
            add_note(
                w, f"Chinese name {zh} also on {', '.join(others)}; chosen by {rule.split(' (')[0]}"
            )
        report.append(
            "\t".join(
                [
                    zh,
                    winner,
                    w.name,
                    w.pinyin,
                    rule.replace("\t", " "),
                    "|".join(f"{o} {herbs[o].pinyin} / {herbs[o].name}" for o in others),
                ]
            )
        )
    write_text_atomic(
        out_dir / CONFLICT_REPORT,
        "# generated by: python -m pipeline dictionaries build --sources PATH -- do not edit; curate in dictionaries/curated/herb_overrides.tsv\n"
        + "\n".join(report)
        + "\n",
    )

    for e in herbs.values():
        if e.name_zh and len(e.name_zh) == 1:
            stats.hit("zh-single-char", f"{e.name_zh} ({e.id})")
            add_note(e, f"one-character Chinese name {e.name_zh} not matchable")
            zh_to_herb.pop(e.name_zh, None)
            e.name_zh = ""
    _add_abbreviations(curated, herbs, zh_to_herb, stats)
    _add_english_names(curated, herbs, zh_to_herb, pharm, stats)
    _binomials_to_drug_herb(herbs, zh_to_herb, pharm, stats)
    _species_binomials(herbs, lost_to, stats)
    _add_pharmacopoeia_binomials(herbs, zh_to_herb, pharm, stats)
    # a curated override names the drug too (狗脊 -> 金毛狗脊 HERB002932, not in the TCMNP list)
    _one_owner_per_name(herbs, {*pharm, *overrides}, lambda h: rank(h, herbs[h].name_zh), stats)

    result = HerbResult(herbs=herbs, formulas={}, zh_to_herb=zh_to_herb)
    result.formulas = _build_formulas(sources, curated, result, stats)
    _formula_names_off_herbs(herbs, result.formulas, stats)
    return result


def _formula_names_off_herbs(herbs: dict[str, Entity], formulas: dict[str, Entity], stats: RuleStats) -> None:
    """A herb row named like a formula is the formula: HERB lists some classical
    prescriptions as herbs (六一散 HERB003470 = 滑石 + 甘草, 碧玉散 HERB000440). The formula
    keeps the name; the herb row keeps its id (compound links) and loses the Chinese name
    (kept in note), as the Chinese-name rule does for a loser. ``dictionaries check`` fails
    on a herbs.tsv herb row that still holds a formula's name (check_herbs.py)."""
    names = {f.name_zh for f in formulas.values() if f.name_zh}
    for hid, e in herbs.items():
        if e.name_zh in names:
            add_note(e, f"Chinese name {e.name_zh} is a formula's (FML:{e.name_zh}); not matchable on the herb")
            stats.hit("herb-named-like-formula", f"{e.name_zh} ({hid})")
            e.synonyms_zh = [v for v in e.synonyms_zh if v != e.name_zh]
            e.name_zh = ""
        if any(v in names for v in e.synonyms_zh):
            stats.hit("herb-named-like-formula", f"synonyms of {hid}")
            e.synonyms_zh = [v for v in e.synonyms_zh if v not in names]


def _build_formulas(
    sources: Path, curated: Path, herbs: HerbResult, stats: RuleStats
) -> dict[str, Entity]:
    formulas: dict[str, Entity] = {}
    unmapped: dict[str, list[str]] = defaultdict(list)
    tcmnp = read_tsv_rows(sources / "herbs" / "tcmnp_formula_herbs.tsv")
    for r in tcmnp:
        zh = clean_term(r["compound_cn"])
        if not zh:
            continue
        fid = f"FML:{zh}"
        e = formulas.get(fid)
        if e is None:
            kind = (
                "classical prescription (方剂)"
                if r["type"] == "tcmp"
                else "Chinese patent medicine (中成药)"
            )
            e = Entity(
                id=fid,
                type="formula",
                name=_title_pinyin(r["compound"]) or zh,
                name_zh=zh,
                pinyin=_title_pinyin(r["compound"]),
                source="TCMNP",
                note=kind,
            )
            formulas[fid] = e
        hid = herbs.resolve_herb(r["herb"])
        if hid:
            e.members.append(hid)
        elif r["herb"] not in unmapped[fid]:
            unmapped[fid].append(r["herb"])

    hv_dir = sources / "herbiv"
    if (hv_dir / "HerbiV_formula.csv").exists():
        hvm_to_herb = {r["HVMID"]: r["HERB_id"] for r in read_csv_rows(hv_dir / "HerbiV_tcm.csv")}
        links: dict[str, list[str]] = defaultdict(list)
        for r in read_csv_rows(hv_dir / "HerbiV_formula_tcm_links.csv"):
            if r["HVMID"] in hvm_to_herb:
                links[r["HVPID"]].append(hvm_to_herb[r["HVMID"]])
        variants: dict[str, list[str]] = defaultdict(list)
        for r in sorted(read_csv_rows(hv_dir / "HerbiV_formula.csv"), key=lambda x: x["HVPID"]):
            zh = clean_term(r["name"])
            if len(zh) <= 2 or not has_cjk(zh):
                stats.hit("formula-short-name", zh or r["HVPID"])
                continue
            fid = f"FML:{zh}"
            variants[fid].append(r["HVPID"])
            if fid in formulas:
                if formulas[fid].source == "TCMNP":
                    formulas[fid].source = "TCMNP+HerbiV"
                continue
            e = Entity(id=fid, type="formula", name=zh, name_zh=zh, source="HerbiV")
            e.members = list(links.get(r["HVPID"], []))
            src = clean_term(r.get("Source Document", ""))
            if src:
                e.note = f"source: {src[:80]}"
            formulas[fid] = e
        for fid, pids in variants.items():
            if len(pids) > 1:
                shown = ", ".join(pids[:5]) + (" ..." if len(pids) > 5 else "")
                add_note(
                    formulas[fid],
                    f"{len(pids)} HerbiV recipes share this name ({shown}); members from the first",
                )

    for row in read_curated(
        curated / "formulas_added.tsv", FORMULA_ADDED_COLUMNS, required=("id", "name")
    ):
        fid = row["id"]
        if not fid.startswith("FML:"):
            raise BuildError(f"{row.where()}: formula id must start with 'FML:', got {fid!r}")
        e = formulas.get(fid) or Entity(id=fid, type="formula", name=row["name"], source="curated")
        if fid in formulas:
            e.source = f"{e.source}+curated"
        e.name = row["name"] or e.name
        e.name_zh = row["name_zh"] or e.name_zh
        e.pinyin = row["pinyin"] or e.pinyin
        e.synonyms += [s for s in row["synonyms"].split(MULTI_SEP) if s.strip()]
        e.synonyms_zh += [s for s in row["synonyms_zh"].split(MULTI_SEP) if s.strip()]
        members = []
        for m in (s.strip() for s in row["members"].split(MULTI_SEP)):
            if not m:
                continue
            hid = m if m in herbs.herbs else herbs.resolve_herb(m)
            if not hid:
                raise BuildError(
                    f"{row.where()}: formula component {m!r} is neither a HERB id nor a known Chinese herb name"
                )
            members.append(hid)
        if members:
            e.members = members
        if row["note"]:
            add_note(e, row["note"])
        formulas[fid] = e

    for fid, names in unmapped.items():
        add_note(formulas[fid], f"components without herb id: {', '.join(names)}")
        stats.hit("formula-component-unmapped", f"{fid}", n=len(names))
    for e in formulas.values():
        if e.name_zh and len(e.name_zh) <= 2:
            e.name_zh = ""
    return formulas
