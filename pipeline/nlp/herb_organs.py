"""The plant organ written after a herb's name and its bracketed binomial: "Du-Zhong (Eucommia ulmoides Oliv.) leaves".

Papers name a medicinal plant by its common name, give the binomial in brackets and only then the
organ they studied: "water extract of Du-Zhong (Eucommia ulmoides Oliv.) leaves (WEDZ)" (validation
PMID16707202), "Tochu (Eucommia ulmoides) leaf extract" (pubmed_topical_dev PMID14561529). The
matcher reads the two names (杜仲, the bark) and stops at the bracket, so the organ is lost; where
HERB has a row for that organ (杜仲叶, "Eucommia ulmoides leaves", "Du-Zhong leaves") the paper's
drug is that row (GUIDELINES 5.13: the species row is used only when HERB has no row for the organ
studied), and the abbreviation defined after it (WEDZ) follows it.

Rule: a HERB mention, a bracket opening right after it whose first words are another HERB mention
(the binomial, with an optional botanical authority up to the closing bracket), then one organ word.
"<binomial> <organ>" and then "<name> <organ>" are looked up as dictionary terms; the first that
names a herb other than the name's own makes both mentions that herb (how = ``herb-organ``). No
organ row, no change. Pure function over one paragraph.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

HERB_ORGAN = "herb-organ"
# after the binomial mention: an authority ("Oliv.", "L.", "(Rupr. et Maxim.) Harms" is not
# bracket-free and stays out), the closing bracket, then the organ word
_CLOSE_AND_ORGAN = lazy_re.compile(
    r"[A-Za-z. &]{0,24}?\)\s+(leaf|leaves|roots?|seeds?|fruits?|flowers?|bark|rhizomes?|stems?|twigs?|peels?)\b"
)


def organ_mentions(text: str, mentions: list[Mention], herb_of: Callable[[str], str | None]) -> list[Mention]:
    """``mentions`` with "<name> (<binomial>) <organ>" read as the herb of the organ, where the
    dictionary has one (see the module docstring); ``herb_of(surface)`` is the herb a surface names.
    The name before the bracket may be no mention yet ("Tochu", a common name the paper defines by
    the binomial: nlp/common_names.py then defines it as the binomial's new herb)."""
    if ")" not in text:
        return mentions
    herbs = [m for m in mentions if m.label == "HERB" and m.entity_id]
    changed: dict[int, str] = {}
    for inner in herbs:
        before = text[max(0, inner.start - 2):inner.start]
        if not before.endswith("(") and before != "( ":
            continue
        close = _CLOSE_AND_ORGAN.match(text, inner.end)
        if close is None:
            continue
        bracket = text.rindex("(", 0, inner.start)
        end = len(text[:bracket].rstrip())
        name = next((m for m in herbs if m.end == end and m is not inner), None)
        organ = close.group(1)
        herb = herb_of(f"{inner.text} {organ}") or (herb_of(f"{name.text} {organ}") if name else None)
        if herb is None or herb == inner.entity_id:
            continue
        changed[id(inner)] = herb
        if name is not None and name.entity_id == inner.entity_id:  # "Du-Zhong (Eucommia ulmoides)": one plant
            changed[id(name)] = herb
    if not changed:
        return mentions
    return [replace(m, entity_id=changed[id(m)], how=HERB_ORGAN) if id(m) in changed else m for m in mentions]
