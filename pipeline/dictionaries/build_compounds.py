"""Compounds for ``compounds.tsv`` (id ``CPD:<slug>``, see :func:`ids.compound_id`).

Sources: HerbiV_chemicals.csv (English names, CAS / PubChem ids; herbs of origin through
HerbiV_tcm_chemical_links -> HerbiV_tcm -> HERB id) and the TCMNP/TCMSP herb-molecule table
(English names; herbs of origin by Chinese herb name, resolved with the herb Chinese-name
rule). Rows are merged by slug, i.e. case- and punctuation-insensitively, with Greek letters
spelled out. TCMSP names that are comma-joined synonym lists (``Sitosterol,Β-Sitosterol``)
are split; a comma standing for a lost space (``dictamnoside,k``, ``boswellic,acid``) is
turned back into a space. Capital Greek letters left by mojibake repair (``Β-``) are
lower-cased.

Junk names are dropped (``compound-junk``): pure numbers / CAS-like strings, names shorter
than 4 characters (source abbreviations such as ADA, ETO, MEK; curated rows may be shorter), molecular formulas (``C15H10O7``) and stoplisted terms.

``curated/compounds_added.tsv`` adds Chinese names, synonyms and drugs: a curated row
absorbs every source row whose slug equals its id's slug or the slug of one of its English
synonyms, and its name becomes the canonical name. A synonym shared by several compounds
is dropped from all of them (``compound-shared-synonym``) unless it is curated.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from itertools import pairwise
from pathlib import Path

from pipeline import lazy_re
from pipeline.dictionaries.build_common import (
    BuildError,
    RuleStats,
    Stoplist,
    add_note,
    clean_term,
    read_csv_rows,
    read_curated,
    read_tsv_rows,
)
from pipeline.dictionaries.build_herbs import HerbResult
from pipeline.dictionaries.ids import compound_id
from pipeline.dictionaries.schema import MULTI_SEP, Entity

MIN_NAME_LEN = 4  # 3-letter source names are abbreviations (ADA, ETO, MEK, TAU) clashing with genes
COMPOUND_ADDED_COLUMNS = ("id", "name", "name_zh", "synonyms", "synonyms_zh", "parents", "note")

_CAP_GREEK = str.maketrans({"Α": "α", "Β": "β", "Γ": "γ", "Δ": "δ", "Κ": "κ", "Ω": "ω"})
_SPACE_WORDS = {
    "acid",
    "acids",
    "acetate",
    "oxide",
    "ester",
    "esters",
    "ether",
    "glucoside",
    "a",
    "b",
}
_LIST_COMMA = lazy_re.compile(r"([A-Za-zα-ω]{3,}|\)|(?<=\s)[A-Za-z0-9]{1,2})(?=,[A-Za-zα-ω])")
_LOCANT_WORDS = {
    "alpha",
    "beta",
    "gamma",
    "delta",
    "epsilon",
    "omega",
    "cis",
    "trans",
    "endo",
    "exo",
}
_FORMULA = lazy_re.compile(r"^(?:[A-Z][a-z]?\d*){2,}$")
# A structural class listed among a molecule's names ("1,4-diazaindan-type,alkaloid,flavascensine"; "coumarin,glycoside")
# says what kind of molecule it is, not its name: as a synonym it made every "alkaloids" of a paper this one compound
# (and took MeSH's Alkaloids, D000470, into it), in two sample papers' abstracts and references (ChinaXiv-202010.00047V1
# "polysaccharides,alkaloids, phenanthrenes"; ChinaXiv-201712.00769V1 "five tripterygium pyridine alkaloids").
_CLASS_NOUN = lazy_re.compile(
    r"(?i:alkaloid|glycoside|flavonoid|saponin|terpenoid|triterpenoid|polysaccharide|lignan|coumarin|"
    r"tannin|steroid|sterol|anthraquinone|iridoid|phenylpropanoid|stilbene)s?"
)


def fix_greek_case(name: str) -> str:
    """``Β-Sitosterol`` -> ``β-Sitosterol``: capital Greek before ``-`` / ``,`` / digit."""
    return re.sub(r"[ΑΒΓΔΚΩ](?=[-,\d ]|$)", lambda m: m.group(0).translate(_CAP_GREEK), name)


def split_tcmsp_name(raw: str) -> list[str]:
    """Split a TCMSP molecule name into names; the first is the preferred one."""
    name = fix_greek_case(clean_term(raw))
    if " , " in name:
        return [p.strip() for p in name.split(" , ") if p.strip()]
    if re.search(r",[^\s\d]", name) is None:
        return [name]
    parts = name.split(",")
    last = parts[-1]
    if len(parts) == 2 and (
        re.fullmatch(r"[A-Za-z]\d?(?:_qt)?", last) or last.lower() in _SPACE_WORDS
    ):
        suffix = last[0].upper() + last[1:] if len(re.sub(r"_qt$", "", last)) <= 2 else last
        return [f"{parts[0]} {suffix}"]
    # Synonym lists ("Sitosterol,β-Sitosterol", "3,4-Dihydroxybenzaldehyde,Salicylic Acid"): such as "3,4-Dihydroxybenzaldehyde,Hydroxybenzoic Acid,Salicylic Acid":
    # split only at commas between a word of >= 3 letters and a letter, never at locants
    # ("3,4-", "N,N-", "beta,gamma-").
    cuts = [
        m.end()
        for m in _LIST_COMMA.finditer(name)
        if m.group(1).lower() not in _LOCANT_WORDS
        and not re.match(r",[A-Za-z](?:,|$)", name[m.end() :])
    ]
    if cuts:
        bounds = [-1, *cuts, len(name)]
        pieces = [name[a + 1 : b].strip() for a, b in pairwise(bounds)]
        if all(len(p) >= 4 and sum(ch.isalpha() for ch in p) >= 3 for p in pieces):
            named = [p for p in pieces if not _CLASS_NOUN.fullmatch(p)]
            if len(named) < len(pieces):
                return named or pieces
            # TCMSP writes a list of names in capitals ("Dimethylesculetin,Scoparone"); a name all in
            # lower case is one name whose spaces it wrote as commas: "isoaromadendrene,epoxide"
            # (tcm12946), "chrysophanol,triglucoside", "phenethyl,vanillate", "3,5-di-o-caffeoylquinic,
            # acid" (17 molecules). Split, "epoxide" was a synonym of isoaromadendrene and took MeSH's
            # Epoxy Compounds (D004852) into it, "triglucoside" a name of chrysophanol.
            if not any(ch.isupper() for ch in name):
                return [" ".join(pieces)]
            return pieces
    return [name]


# Name fragments the herb-compound sources list as molecules (SOURCES.md: the sources have errors). Matched in
# text they cut a longer name the dictionary lacks into junk mentions:
# * a bare anomer/configuration descriptor: HerbiV "beta-D", TCMSP "Delta-D". The matcher reads "b-D" as beta-D, so
#   "lariciresinol-4-O-b-D-glucopyranoside" (validation PMID26320688, title and abstract) gave a compound "beta-D";
#   every glycoside written "…-O-β-D-glucopyranoside" / "…-O-β-D-glucoside" carries one.
# * substituent prefixes with no parent, cut before it and ending in a hyphen: HerbiV "2-hydroxy-", TCMSP
#   "2,7-dihydroxy-4-methoxy-", "7-hydroxy-9-hydroxymethyl-3-oxo-" (IUPAC: a prefix is no name without its parent).
_DESCRIPTOR_ONLY = lazy_re.compile(r"(?i:alpha|beta|gamma|delta|[αβγδ])[- ](?i:d|l|dl)")
_PREFIX_FRAGMENT = lazy_re.compile(
    r"(?i:(?:[\d,'′]+-)?(?:di|tri|tetra|penta|hexa)?"
    r"(?:hydroxy|methoxy|methyl|hydroxymethyl|oxo|ethyl|acetyl|acetoxy|amino|methylene|phenyl|chloro|nitro)-)+"
)


def is_junk_name(name: str, stoplist: Stoplist) -> bool:
    n = name.strip()
    return (
        len(n) < MIN_NAME_LEN
        or re.fullmatch(r"[\d\W_]+", n) is not None
        or _FORMULA.fullmatch(n) is not None
        and any(ch.isdigit() for ch in n)
        or _DESCRIPTOR_ONLY.fullmatch(n) is not None
        or _PREFIX_FRAGMENT.fullmatch(n) is not None
        or stoplist.blocks(n)
    )


# A glycoside's name cut at its sugar's locant: TCMSP lists "Quercetin-3" and "KaemPferol-3" as molecules beside 57
# and 37 full names "quercetin-3-O-…" / "kaempferol-3-glucoside". In text the fragment wins the longest match over the
# aglycone inside the glycoside's name ("kaempferol-3-O-b-d-(6-E-p-coumaryl)-glucopyranoside" gave a compound
# "kaempferol-3"), a molecule no source knows. A name "<aglycone>-<locant>" is such a head when the pool holds longer
# names of that aglycone's glycosides at that locant.
_LOCANT_HEAD = lazy_re.compile(r".*[A-Za-z]{3}-\d{1,2}'?")
_GLYCOSIDE_TAIL = lazy_re.compile(
    r"-(?:o-|[a-z]*(?:glucos|rhamnos|galactos|xylos|arabinos|arabofuranos|rutinos|glucuron|pyranos|furanos|"
    r"neohesperidos|sophoros|diglucos|digalactos))"
)


def glycoside_heads(names: list[str]) -> set[str]:
    """The names (case-folded) that are a glycoside's name cut at the sugar's locant, given every
    name of the pool."""
    folded = sorted({n.casefold() for n in names})
    out: set[str] = set()
    for h in folded:
        if _LOCANT_HEAD.fullmatch(h) is None:
            continue
        i = bisect_left(folded, h + "-")
        while i < len(folded) and folded[i].startswith(h + "-"):
            if _GLYCOSIDE_TAIL.match(folded[i], len(h)):
                out.add(h)
                break
            i += 1
    return out


def drop_glycoside_heads(pool: _Pool, stats: RuleStats) -> None:
    """Drop from the pool every record whose names are all glycoside heads (:func:`glycoside_heads`)."""
    heads = glycoside_heads([n for names in pool.names.values() for n in names])
    for cid in [c for c, names in pool.names.items() if names and all(n.casefold() in heads for n in names)]:
        stats.hit("compound-glycoside-head", f"{cid} ({'|'.join(pool.names[cid])})")
        pool.names.pop(cid)
        pool.parents.pop(cid, None)
        pool.sources.pop(cid, None)
        pool.xrefs.pop(cid, None)


# A glycoside is written with or without the "O-" that says the sugar hangs on an oxygen, and without the sign of
# optical rotation the table puts first: TCMSP's "(+)-Lariciresinol-4-beta-D-glucopyranoside" is written
# "Lariciresinol-4-O-b-D-glucopyranoside" in the paper that isolated it (validation38_en PMID26320688, title and
# abstract: the aglycone lariciresinol was found instead), TCMSP's "Isolariciresinol-4-O-β-D-Glucopyranoside" is
# "isolariciresinol 4-β-D-glucopyranoside" elsewhere. Both spellings are added to a herb-table glycoside's names
# (a variant another row names is dropped as shared, so no two rows are joined by it).
_ROTATION = lazy_re.compile(r"^\((?:\+|-|±|\+/-)\)-\s*")
_GLYCOSIDE_LINK = lazy_re.compile(
    r"(?<=\d)(?P<prime>['′″]{0,2})-(?P<o>O-)?(?=(?i:alpha|beta|[αβ])-(?i:[dl])-[A-Za-z]*(?:pyranosid|furanosid|osid)e$)"
)


def glycoside_spellings(name: str) -> list[str]:
    """The other spellings of a glycoside's name (none for other names): without the sign of
    optical rotation, and with the glycosidic "O-" dropped or inserted."""
    if not re.search(r"(?:pyranosid|furanosid|osid)e$", name):
        return []
    bare = _ROTATION.sub("", name)
    out = [bare] if bare != name and len(bare) >= MIN_NAME_LEN else []
    for n in (name, bare):
        m = _GLYCOSIDE_LINK.search(n)
        if m is not None:
            link = f"{m.group('prime')}-" if m.group("o") else f"{m.group('prime')}-O-"
            out.append(n[: m.start()] + link + n[m.end():])
    return [v for v in dict.fromkeys(out) if v != name]


def with_glycoside_spellings(names: list[str]) -> list[str]:
    out = list(names)
    for n in names:
        out += [v for v in glycoside_spellings(n) if v not in out]
    return out


def herb_named(names: list[str], herb: Entity) -> bool:
    """Whether a molecule's names are a name of the herb it is listed under (any case)."""
    own = {n.casefold() for n in (herb.name, *herb.synonyms)}
    return any(n.casefold() in own for n in names)


def _slug_or_none(name: str) -> str | None:
    try:
        return compound_id(name)
    except ValueError:
        return None


class _Pool:
    """Compounds keyed by id while merging."""

    def __init__(self) -> None:
        self.names: dict[str, list[str]] = defaultdict(list)  # id -> spellings (first = preferred)
        self.parents: dict[str, set[str]] = defaultdict(set)
        self.sources: dict[str, set[str]] = defaultdict(set)
        self.xrefs: dict[str, list[str]] = defaultdict(list)

    def add(self, names: list[str], source: str, parents: set[str], xref: str = "") -> str | None:
        cid = None
        for n in names:
            try:
                cid = compound_id(n)
                break
            except ValueError:
                continue
        if cid is None:
            return None
        for n in names:
            if n not in self.names[cid]:
                self.names[cid].append(n)
        self.parents[cid] |= parents
        self.sources[cid].add(source)
        if xref and xref not in self.xrefs[cid]:
            self.xrefs[cid].append(xref)
        return cid


_GREEK_WORD = r"(?:alpha|beta|gamma|delta|epsilon|omega)(?![a-z])"


def glued_key(cid: str) -> str:
    """``CPD:ursolicacid`` and ``CPD:ursolic-acid`` share a key: hyphens between two letters
    dropped (TCMSP glues words: "ursolicacid", "Vanillicacid"); hyphens at locants kept, so
    "1,2-" and "12-" stay apart. A locant and the stereo descriptor after it are one token
    whether a hyphen stands between them or not (IUPAC: "17β-" is written "17-beta-" or
    "17beta-" in ASCII sources), so ``CPD:17-beta-estradiol`` (TCMSP) and the curated
    "17beta-estradiol" of ``CPD:estradiol`` share a key too."""
    return re.sub(r"(?<=[a-z])-(?=[a-z])|(?<=[0-9])-(?=" + _GREEK_WORD + ")", "", cid)


def merge_glued_spellings(pool: _Pool, stats: RuleStats) -> None:
    """Merge pool records whose ids differ only by a space between words into one, kept under
    the id of the commoner spelling (the most herbs of origin, then sources, then spaced)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for cid in pool.names:
        groups[glued_key(cid)].append(cid)
    for ids in groups.values():
        if len(ids) < 2:
            continue
        keep = max(ids, key=lambda i: (len(pool.parents[i]), len(pool.sources[i]), i.count("-"), i))
        for cid in ids:
            if cid == keep:
                continue
            stats.hit("compound-glued-spelling", f"{cid} -> {keep}")
            for n in pool.names.pop(cid):
                if n not in pool.names[keep]:
                    pool.names[keep].append(n)
            pool.parents[keep] |= pool.parents.pop(cid, set())
            pool.sources[keep] |= pool.sources.pop(cid, set())
            for x in pool.xrefs.pop(cid, []):
                if x not in pool.xrefs[keep]:
                    pool.xrefs[keep].append(x)


def build_compounds(
    sources: Path, curated: Path, herbs: HerbResult, stoplist: Stoplist, stats: RuleStats
) -> dict[str, Entity]:
    pool = _Pool()
    hv = sources / "herbiv"
    chem_path = hv / "HerbiV_chemicals.csv"
    if chem_path.exists():
        hvm_to_herb = {r["HVMID"]: r["HERB_id"] for r in read_csv_rows(hv / "HerbiV_tcm.csv")}
        chem_herbs: dict[str, set[str]] = defaultdict(set)
        for r in read_csv_rows(hv / "HerbiV_tcm_chemical_links.csv"):
            if r["HVMID"] in hvm_to_herb:
                chem_herbs[r["HVCID"]].add(hvm_to_herb[r["HVMID"]])
        for r in read_csv_rows(chem_path):
            name = fix_greek_case(clean_term(r["Name"]))
            if is_junk_name(name, stoplist):
                stats.hit("compound-junk", name)
                continue
            xref = []
            if r.get("CAS_id"):
                xref.append(f"CAS {r['CAS_id']}")
            if r.get("PubChem_id"):
                xref.append(f"PubChem {r['PubChem_id'].split('.')[0]}")
            pool.add(with_glycoside_spellings([name]), "HerbiV", chem_herbs.get(r["HVCID"], set()), " ".join(xref))

    mol_path = sources / "compounds" / "tcmnp_tcmsp_herb_molecule.tsv"
    if mol_path.exists():
        seen: set[tuple[str, str]] = set()
        junk_ids: set[str] = set()
        for r in read_tsv_rows(mol_path):
            key = (r["MOL_ID"], r["Herb_cn_name"])
            if key in seen:
                continue
            seen.add(key)
            names = [
                n for n in split_tcmsp_name(r["Molecule_name"]) if not is_junk_name(n, stoplist)
            ]
            if not names:
                if r["MOL_ID"] not in junk_ids:  # count each molecule once, not per herb
                    junk_ids.add(r["MOL_ID"])
                    stats.hit("compound-junk", r["Molecule_name"])
                continue
            hid = herbs.resolve_herb(r["Herb_cn_name"])
            if hid and herb_named(names, herbs.herbs[hid]):
                # TCMSP lists 白术 as a molecule of 白术 ("ATRACTYLODES MACROCEPHALA"): the herb, no
                # compound; as a compound term it took the binomial off the herb (herb-compound-term)
                if r["MOL_ID"] not in junk_ids:
                    junk_ids.add(r["MOL_ID"])
                    stats.hit("compound-junk", r["Molecule_name"])
                continue
            pool.add(with_glycoside_spellings(names), "TCMSP", {hid} if hid else set())

    merge_glued_spellings(pool, stats)
    drop_glycoside_heads(pool, stats)

    # Curated rows absorb source rows with the same slug (id or English synonyms).
    curated_rows = read_curated(
        curated / "compounds_added.tsv", COMPOUND_ADDED_COLUMNS, required=("id", "name")
    )
    glued_ids = {glued_key(cid): cid for cid in pool.names}  # one id per key after merge_glued_spellings
    curated_ids: set[str] = set()
    curated_terms: dict[str, str] = {}
    entities: dict[str, Entity] = {}
    absorbed: dict[str, str] = {}
    for row in curated_rows:
        cid = row["id"]
        if not cid.startswith("CPD:") or compound_id(cid[4:]) != cid:
            raise BuildError(f"{row.where()}: compound id {cid!r} is not a valid CPD:<slug>")
        if cid in curated_ids:
            raise BuildError(f"{row.where()}: duplicate curated compound id {cid}")
        curated_ids.add(cid)
        syns = [clean_term(s) for s in row["synonyms"].split(MULTI_SEP) if s.strip()]
        e = Entity(
            id=cid,
            type="compound",
            name=clean_term(row["name"]),
            name_zh=clean_term(row["name_zh"]),
        )
        e.synonyms = list(syns)
        e.synonyms_zh = [clean_term(s) for s in row["synonyms_zh"].split(MULTI_SEP) if s.strip()]
        srcs = {"curated"}
        for term in [e.name, *syns]:
            try:
                sid = compound_id(term)
            except ValueError:
                continue
            sid = glued_ids.get(glued_key(sid), sid)  # "17beta-estradiol" absorbs TCMSP's "17-beta-estradiol"
            if sid in pool.names and sid not in absorbed:
                absorbed[sid] = cid
                e.synonyms += pool.names[sid]
                e.parents += sorted(pool.parents[sid])
                srcs |= pool.sources[sid]
                for x in pool.xrefs[sid]:
                    add_note(e, x)
        for p in (s.strip() for s in row["parents"].split(MULTI_SEP)):
            if not p:
                continue
            hid = p if p in herbs.herbs else herbs.resolve_herb(p)
            if not hid:
                raise BuildError(
                    f"{row.where()}: parent {p!r} is neither a HERB id nor a known Chinese herb name"
                )
            e.parents.append(hid)
        if row["note"]:
            add_note(e, row["note"])
        e.source = "+".join(s for s in ("HerbiV", "TCMSP", "curated") if s in srcs)
        for t in [e.name, *syns, e.name_zh, *e.synonyms_zh]:
            if t:
                curated_terms[t.casefold()] = cid
        entities[cid] = e

    for cid, names in pool.names.items():
        if cid in absorbed:
            continue
        if cid in entities:  # curated id equal to a source slug was absorbed above
            continue
        # Preferred spelling: among the spellings whose slug is the id (so the name always
        # matches the id), the first seen if capitalised, else the first capitalised one.
        own = [n for n in names if _slug_or_none(n) == cid]
        preferred = (
            own[0] if own[0][:1].isupper() else min(own, key=lambda n: (not n[:1].isupper(), n))
        )
        e = Entity(id=cid, type="compound", name=preferred)
        e.synonyms = [n for n in names if n != e.name]
        e.parents = sorted(pool.parents[cid])
        e.source = "+".join(s for s in ("HerbiV", "TCMSP") if s in pool.sources[cid])
        for x in pool.xrefs[cid]:
            add_note(e, x)
        entities[cid] = e

    # Shared synonyms: a term naming several compounds is dropped from all but its curated owner.
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entities.values():
        for t in [e.name, *e.synonyms]:
            owners[t.casefold()].add(e.id)
    for e in entities.values():
        kept = []
        for s in e.synonyms:
            k = s.casefold()
            if k in curated_terms and curated_terms[k] != e.id:
                stats.hit("compound-shared-synonym", f"{s} ({e.id}; curated on {curated_terms[k]})")
            elif len(owners[k]) > 1 and curated_terms.get(k) != e.id:
                stats.hit("compound-shared-synonym", f"{s} ({e.id})")
            elif stoplist.blocks(s) or (len(s) < 3 and k not in curated_terms):
                stats.hit("compound-junk", s)
            else:
                kept.append(s)
        e.synonyms = kept
        e.parents = sorted(set(e.parents))
    return entities
