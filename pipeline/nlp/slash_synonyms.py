"""Two names of one protein joined by "/" are no signalling axis.

Authors write a protein under two names side by side, the second glossing the first: the yeast
(ortholog) name and the mammalian one ("p62/SQSTM1 binds directly to Atg8/LC3", "Atg6/Beclin 1"),
an old and a new symbol. A slash chain of such names is one protein, not the steps of an axis
(GUIDELINES 1: an axis is a composite of different genes acting one on the next; 5.14 reads a
slash run of one family's members as that family). When both names link to the same dictionary
id the chain is already dropped (nlp/pathways.py ``_slash_chains``: "one protein twice"); when
they link to two ids (Atg8 -> GABARAPL2, whose HGNC alias is ATG8; LC3 -> the MAP1LC3 family) the
composite "GABARAPL2/MAP1LC3 signaling pathway" took member_of and effect rows with every partner
of the sentence, none of them gold (new_papers_zh and validation_zh, stop 32).

The test is the one HGNC itself records: the written name of one element is an alias of the other
element's entity, or of a member of that family, or the root of such aliases that HGNC numbers
with a paralog letter (ATG8 for ATG8E, ATG8F, ATG8G, ATG8J of MAP1LC3A/B/B2/C; ATG1 for ATG1A of
ULK1). A family and its own member are other readings (the member alone: "NF-κB/p65" is RELA,
GUIDELINES 5.14; nlp/family_prefix.py) and are left to them. Different proteins do not share names: "Atg5/Atg7", "Beclin1/Atg14", "PI3K/AKT" are read
as before.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pipeline import lazy_re

_FOLD = lazy_re.compile(r"[\s\-_]+")
# an alias numbered with one paralog letter: "ATG8F" -> root "ATG8"; "ATG1A" -> "ATG1"
_LETTERED = lazy_re.compile(r"^(.*\d)[A-Z]$")


def fold_name(name: str) -> str:
    """Upper case without spaces, hyphens or underscores ("Atg 8" and "ATG-8" fold to "ATG8")."""
    return _FOLD.sub("", name).upper()


def alias_forms(synonyms: Iterable[str]) -> frozenset[str]:
    """The folded aliases of an entity plus the roots of its paralog-lettered aliases."""
    out: set[str] = set()
    for s in synonyms:
        f = fold_name(s)
        if not f:
            continue
        out.add(f)
        lettered = _LETTERED.match(f)
        if lettered:
            out.add(lettered.group(1))
    return frozenset(out)


def names_one_protein(written: list[str], ids: list[str],
                      forms_of: Callable[[str], frozenset[str]],
                      ancestors_of: Callable[[str], frozenset[str]] = lambda _id: frozenset()) -> bool:
    """Does a two-element slash chain name one protein twice (``written``: the elements as written,
    ``ids``: their entity ids; ``forms_of(id)``: ``alias_forms`` of the entity and its family
    members)? One element's written name must be an alias form of the other's entity. A family
    and one of its own members ("NF-κB/p65", "p38/MAPK": ``ancestors_of``) are left to the
    family-and-member readings (nlp/chain_elements.py, nlp/family_prefix.py)."""
    if len(written) != 2 or len(ids) != 2 or ids[0] == ids[1]:
        return False
    if ids[0] in ancestors_of(ids[1]) or ids[1] in ancestors_of(ids[0]):
        return False
    a, b = (fold_name(w) for w in written)
    return bool(a) and a in forms_of(ids[1]) or bool(b) and b in forms_of(ids[0])


_BUILT: dict[int, tuple[dict, Callable[[str], frozenset[str]]]] = {}


def ancestors(entity_id: str, parents_of: Callable[[str], frozenset[str]]) -> frozenset[str]:
    """Every FamPlex family above ``entity_id`` (RELA -> NFkappaB_2 -> NFkappaB). Defined here, the
    lowest module that needs it (nlp/pathways.py imports this one), and read by chain_elements and
    family_prefix too."""
    seen: set[str] = set()
    todo = list(parents_of(entity_id))
    while todo:
        parent = todo.pop()
        if parent not in seen:
            seen.add(parent)
            todo.extend(parents_of(parent))
    return frozenset(seen)


def forms_from_dictionary(entities: dict) -> Callable[[str], frozenset[str]]:
    """``forms_of`` for ``names_one_protein`` from a dictionary's entities (id -> Entity): the alias
    forms of the entity and, for a family, of its members (FamPlex members are listed by symbol).
    One per dictionary (built once, filled lazily: asked only for two-name slash chains)."""
    built = _BUILT.get(id(entities))
    if built is not None and built[0] is entities:
        return built[1]
    forms_of = _forms_of(entities)
    _BUILT[id(entities)] = (entities, forms_of)
    return forms_of


def _forms_of(entities: dict) -> Callable[[str], frozenset[str]]:
    by_symbol: dict[str, object] = {}
    cache: dict[str, frozenset[str]] = {}

    def symbol(name: str):
        if not by_symbol:
            for e in entities.values():
                if str(e.id).startswith("HGNC:"):
                    by_symbol.setdefault(e.name, e)
        return by_symbol.get(name)

    def forms_of(entity_id: str) -> frozenset[str]:
        if entity_id in cache:
            return cache[entity_id]
        entity = entities.get(entity_id)
        if entity is None:
            cache[entity_id] = frozenset()
            return cache[entity_id]
        names = list(entity.synonyms) + [entity.name]
        for member in entity.members or ():
            e = symbol(member)
            if e is not None:
                names += list(e.synonyms) + [e.name]
        cache[entity_id] = alias_forms(names)
        return cache[entity_id]

    return forms_of
