"""Chinese cue words inside a protein name the text glosses in English.

Chinese reviews name a protein by a translated long form followed by its English name and short
form in parentheses: "Smad受体激活锚定蛋白(Smad anchor for receptor activation,SARA)",
"受体激活型Smads蛋白(receptor-activated Smads,R-Smads)". The verb inside the long form (激活) is
a word of the name, as "Receptor activator of NF-κB ligand" is in English (issue 14: a cue inside an
entity's name never types a pair; cue_scope.long_form_cues reads the English side), yet the long
form is rarely in the dictionary, so the cue governed the next mention ("SARA招募到TGF-βRI上": the
anchor protein activated TGF-βRI).

Rule (pure function): a Chinese cue is part of a name when the words after it run, without a
break or a recognised mention, into a protein head noun (蛋白, 酶, 因子, 受体, 分子) right before "(",
and the parenthesis's English gloss holds a cue of the same kind (activation ~ 激活): the gloss
translates the name, cue word included.
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.text.han import han_count, has_han
from pipeline.relations.cues import find_cues

# the rest of the long form after the cue: name characters up to a head noun and the opening "("
_NAME_REST = lazy_re.compile(r"[\u4e00-\u9fffA-Za-z0-9\-]{0,10}?(?:蛋白|酶|因子|受体|分子|复合物)\s*[(（]([^()（）]{4,80})[)）]")


def glossed_name_cues(text: str, spans, cues) -> frozenset[int]:
    """Starts of Chinese cues that are words of a protein long form glossed in English after it."""
    inside: set[int] = set()
    for c in cues:
        if not has_han(c.text):
            continue
        m = _NAME_REST.match(text, c.end)
        if m is None or any(c.end <= sp.start < m.start(1) - 1 for sp in spans):
            continue
        gloss = m.group(1)
        if " " in gloss and any(g.kind == c.kind for g in find_cues(gloss)):
            inside.add(c.start)
    return frozenset(inside)
