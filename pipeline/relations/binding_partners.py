"""The partner a Chinese subject binds is not the agent of the subject's next verb: "X与Y结合后激活Z".

In "EGF与EGF受体结合后能激活细胞内多条信号通路,如PI3K/AKT…" (validation_zh ChinaXiv-201711.00762V1) the
binding partner Y is named in a coverb phrase (与 Y, "with Y": Li & Thompson, *Mandarin Chinese*, 1981,
ch. 9 on coverbs 跟/和/与/同) or as the object of the verb 结合 ("wnt7a通过结合其受体Frizzled,进而激活下游
Akt/mTOR信号通路", ChinaXiv-201712.00816V1). Both are the first verb phrase of a serial-verb chain whose
verbs share one subject (Li & Thompson ch. 21; Chao, *A Grammar of Spoken Chinese*, 1968, 2.12.4): the
verbs after the binding (激活, 促进, 使…磷酸化) are said of the subject X, not of the partner Y. The
nearest-earlier-entity reading took Y for the agent (EGFR ``activates`` PI3K/AKT, FZD ``activates``
Akt/mTOR, LC3 ``downregulates`` ubiquitin in "p62/SQSTM1通过与Atg8/LC3的结合促进泛素的降解",
ChinaXiv-201712.00999V1), where the gold has Y ``associated`` with the target and X as the agent
(GUIDELINES 5.11: "与受体结合" → associated; the agent comes first, section 2).

A pathway partner is no exception to the rule, but a verb that makes the partner its pivot is read by
pivots.py and causatives.py (使 Y 磷酸化 names Y as the object changed): only effect cues *after* the whole
binding phrase are taken from the partner here.
"""

from __future__ import annotations

from pipeline import lazy_re

# the coverb right before the partner, a slash chain the partner ends ("与Atg8/LC3的结合")
_COVERB_BEFORE = lazy_re.compile(r"(?:与|同|跟)\s*(?:细胞表面的|胞膜上的|其)?\s*(?:[\w\-αβγδκ]{1,12}/)*$")
# the binding noun or verb after the partner (its own slash chain, a receptor or protein noun, 的)
_BINDING_AFTER = lazy_re.compile(r"^(?:/[\w\-αβγδκ]{1,12})*\s*(?:受体|蛋白|分子)?\s*(?:的)?\s*(?:特异性|直接|紧密)?\s*"
                                 r"(?:结合|相互作用|形成(?:了)?(?:复合物|复合体|二聚体))(?:后|之后)?")
# the verb 结合 with the partner its object ("通过结合其受体Frizzled")
_VERB_BEFORE = lazy_re.compile(r"(?:结合|绑定)(?:于|到)?\s*(?:细胞表面的|胞膜上的|其)?\s*(?:受体|蛋白)?\s*$")
# between the subject and the coverb or the verb: means, modals and adverbs only
_SUBJECT_GAP = lazy_re.compile(r"^\s*(?:蛋白|受体|配体)?\s*(?:可|能|可以|能够|会|主要|首先|先|直接|均|则|也|通过){0,3}\s*"
                               r"(?:与|同|跟|结合|绑定)")
_CLAUSE_BREAK = lazy_re.compile(r"[。；;!?！？]")


def partners(text: str, spans) -> list[tuple[object | None, object, int]]:
    """(subject span or None, partner span, where the binding phrase ends) for every mention named as
    what its sentence's subject binds; ``spans`` need ``start``, ``end`` and ``entity_id``."""
    out = []
    ordered = sorted(spans, key=lambda s: s.start)
    for p in ordered:
        before = text[max(0, p.start - 24):p.start]
        coverb = _COVERB_BEFORE.search(before)
        end = None
        if coverb is not None:
            after = _BINDING_AFTER.match(text[p.end:p.end + 24])
            if after is not None:
                end = p.end + after.end()
        elif _VERB_BEFORE.search(before):
            end = p.end
        if end is None:
            continue
        out.append((_subject(text, ordered, p), p, end))
    return out


def _subject(text: str, ordered, partner):
    """The mention right before the coverb or verb that names the partner, when only means, modals and
    adverbs stand between (the subject binding it), else None."""
    earlier = [s for s in ordered if s.end <= partner.start and s.entity_id != partner.entity_id]
    for s in reversed(earlier):
        gap = text[s.end:partner.start]
        if _CLAUSE_BREAK.search(gap) or len(gap) > 24:
            return None
        if _SUBJECT_GAP.match(gap):
            return s
    return None


# "通过与I型受体结合": the means of 通过 is the binding itself, closed by the binding word
_MEANS_BINDING = lazy_re.compile(r"\s*(?:与|同|跟)[^，,。；;:：]{1,24}?(?:结合|相互作用|形成(?:了)?(?:复合物|复合体|二聚体))(?:后|之后)?")


def means_binding_end(text: str, via_end: int) -> int | None:
    """Where the binding that a 通过 ending at ``via_end`` names as its means ends ("通过与I型受体结合"), or
    None: a mention after it is no object of 通过 (validation_zh ChinaXiv-201812.00642V1, "BMP7生物学效应主要是
    通过与I型受体结合,使I型受体发生磷酸化,该信号转导过程还涉及…Smads,包括…Smad4…": gold BMP7–Smad4
    ``associated``, not via)."""
    found = _MEANS_BINDING.match(text, via_end)
    return found.end() if found else None
