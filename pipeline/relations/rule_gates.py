"""Which rules of relation typing can fire in a sentence: triggers read once per sentence (issue 17, stop 50).

``effects.label_pair`` asks ~100 rules of every pair of a sentence, and most answer "no opinion" for every
pair of most sentences: on the 16x benchmark corpus and the default run's corpus, ``negation.non_effect``
found a non-effect in 0.3 % of its 33,000 calls, ``_indicated_state`` in 4 of 10,000, ``_cleavage_readout``
changed no label in 18,000 (instrumented counts, stop 50). Each such rule can only fire when the sentence
holds a word its every pattern needs (a trigger), or a class of text or mentions (a Han character, two
herbs/compounds). ``TRIGGERS`` declares them, one line per rule with the rule's name; ``shut`` reads, once per
sentence, which rules' triggers are absent, and the label code skips those rules (``"rule" not in skip``, as
for ``effects._skipped``'s rules). Declaring a trigger is a promise read from the rule's own patterns: every match of every pattern
that lets the rule answer holds one of the words (as ``re.IGNORECASE`` reads them) — a rule given a new
pattern must get its words here too. tests/test_rule_gates.py types every pair of the default corpus and
the ChinaXiv sample with the gates on and off and compares.

Measured (stop 50, gates on vs off, interleaved in one process, thread CPU of ``pairs.sentence_pairs``; outputs
identical): relation typing -7.7 % on the 16x benchmark corpus, -12.3 % on the default run's corpus (reviews,
new_papers, validation); on the default corpus each gate shuts in 31-98 % of the sentences with a pair.

``PIPELINE_NO_GATES=1`` in the environment (or ``ENABLED = False``) shuts no rule: each is asked as before.

Words are matched as ``text/word_gate.may_hold`` matches them: in the lower-cased sentence, and a sentence
holding one of the four characters IGNORECASE folds onto an ASCII letter (İ ı ſ K) is left to the rules
whenever a word is ASCII.
"""

from __future__ import annotations

import os

from pipeline import lazy_re
from pipeline.text.han import han_count, has_han

ENABLED = os.environ.get("PIPELINE_NO_GATES", "") != "1"

HAN = "<han>"  # a CJK ideograph (U+4E00-U+9FFF), as text/han.has_han reads it
TWO_AGENTS = "<two agents>"  # two or more distinct herb/compound entities among the sentence's mentions

_AGENT_LABELS = ("HERB", "COMPOUND")  # effects.AGENT_LABELS

# rule (the function of relations/effects.py it gates): any of these triggers in the sentence
TRIGGERS: dict[str, tuple[str, ...]] = {
    # negation.non_effect (``_label``'s stated non-effect, ``_restated_non_effect``): every match of NON_EFFECT
    # holds one of its words, every match of NON_EFFECT_WHOLE one of them too (无明显影响, unchanged, unaltered,
    # "not significantly different"), and nothing is found without one of the two
    "non_effect": ("影响", "改变", "变化", "作用", "差异", "affect", "alter", "chang", "influenc", "modif", "effect",
                   "impact", "differ"),
    # ``_indicated_state``: cue_scope.in_evidence_adjunct's ``_EVIDENCE`` ("as indicated by", "evidenced by")
    "indicated_state": ("evidenced", "indicated", "shown", "demonstrated", "reflected", "judged", "manifested",
                        "confirmed", "revealed"),
    # ``_cleavage_readout``: cleavage.py's patterns (cleaved, cleavage, 剪切, 裂解, 切割) or ratio.py's (ratio, balance,
    # 比值/比例/比率/之比, and the change verb every bare Chinese ratio ends with, "Bcl-2/Bax降低": ratio._ZH_CHANGE)
    "cleavage_readout": ("cleav", "剪切", "裂解", "切割", "ratio", "balance", "比值", "比例", "比率", "之比",
                         "升高", "降低", "增高", "下降", "增加", "减少", "上调", "下调", "上升"),
    # ``_excluded_target``: excluded._EXCLUDED_BEFORE ("but not", "and not", "rather than")
    "excluded_target": ("not", "rather"),
    # ``_group_scope``: groups.baseline_alone ("alone", 单用/单独) or groups.is_group_label (X组)
    "group_scope": ("组", "单", "alone"),
    # ``_dependent_manner`` (and ``_dependent_event`` it asks): "a p62-dependent manner", "p53-dependent upregulation"
    "dependent_manner": ("dependent",),
    # ``_pathway_regulating``: a ``via`` cue that is 通过
    "pathway_regulating": ("通过",),
    # ``_via_of_by_agent``: ``_BY_BEFORE`` ("by" before the herb/compound)
    "via_of_by_agent": ("by",),
    # ``_by_agent``: by_agents.by_agent_cue (a by-phrase, an event noun's "with" instrument, 被/受(到)) or
    # by_agents.compound_agent_cue (the agent joined to the participle by a hyphen: "were EPO-induced")
    "by_agent": ("by", "with", "被", "受", "-"),
    # ``_clause_chain`` (``_clause_chain_at``): Chinese verb clauses only
    "clause_chain": (HAN,),
    # the role nouns of ``_label``'s reagent apposition or copula: inhibitor.inhibitor_of (``_NOUN_OF``),
    # inhibitor.role_noun_zh (``_ZH_ROLE_NOUN``: 正/负(性)调控因子 hold 调控, 调节物 调节) and role_appositions.role_sign
    "role_noun": ("activator", "agonist", "inducer", "regulator", "modulator", "inhibitor", "antagonist", "blocker",
                  "活化剂", "激活剂", "激动剂", "诱导剂", "促进剂", "激活因子", "调控", "调节", "抑制剂", "拮抗剂", "阻断剂",
                  "抑制因子", "抑制蛋白", "拮抗蛋白", "拮抗因子"),
    # cascade.handed_on: a Han cue reads Chinese clauses; any other only a clause a contrastive conjunction opens
    # (``_CONTRAST_OPENING``: but, whereas, while, however, yet, (al)though), and a cue is text of the sentence
    "handed_on": (HAN, "but", "whereas", "while", "however", "yet", "though"),
    # ``_effect_on``: cue_scope.effect_on ("X对Y的影响"; "effects/influence/impact/role of X on Y") or
    # signed_effects.nominal_of_on ("the inhibition/activation/… of X on Y", ``_NOMINAL_BEFORE``)
    "effect_on": ("对", "effect", "influence", "impact", "role", "inhibition", "suppression", "repression", "stimulation",
                  "promotion", "activation", "induction", "potentiation", "enhancement"),
    # ``_conjunct_agent``: the conjunct (or compared subject) is another herb/compound entity
    "conjunct_agent": (TWO_AGENTS,),
}


def _split(triggers: tuple[str, ...]) -> tuple[bool, bool, tuple[str, ...], tuple[str, ...]]:
    """A rule's triggers as (a Han character, two herbs/compounds, ASCII words, other words)."""
    words = [t for t in triggers if t not in (HAN, TWO_AGENTS)]
    return (HAN in triggers, TWO_AGENTS in triggers, tuple(w for w in words if w.isascii()),
            tuple(w for w in words if not w.isascii()))


_SPLIT = {rule: _split(triggers) for rule, triggers in TRIGGERS.items()}  # TRIGGERS split by kind


def shut(text: str, spans=()) -> frozenset[str]:
    """The rules of ``TRIGGERS`` that cannot fire in sentence ``text`` (with mention ``spans``): none of their
    triggers is in it. Read once per sentence (``effects.SentenceContext.of`` adds them to its ``skip``): a word
    test is a substring test, where a gate asked per pair cost a call each. Empty when ``ENABLED`` is off
    (``PIPELINE_NO_GATES=1``).

    ASCII words are looked for in the sentence's ASCII characters alone (``str.find`` on a text of wider
    characters converts an ASCII word to their width on every call: ~0.4 µs each on a Chinese sentence):
    dropping the other characters keeps every run of ASCII letters whole, so no word is lost (two runs
    joined may add a match: a rule asked in vain, never one skipped wrongly)."""
    if not ENABLED:
        return frozenset()
    lowered = text.lower()
    if text.isascii():
        latin, folds = lowered, False
    else:
        latin = lowered.encode("ascii", "ignore").decode("ascii")
        # İ ı ſ K match an ASCII letter under IGNORECASE though ``lower`` does not give it (text/word_gate.py): a
        # sentence holding one keeps every rule with an ASCII word open
        folds = "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text
    han: bool | None = None
    agents: bool | None = None
    closed = []
    for rule, (needs_han, needs_agents, ascii_words, other_words) in _SPLIT.items():
        found = folds and bool(ascii_words)
        if not found:
            for word in ascii_words:  # loops, not ``any`` over a generator (stop 40: ~2x faster)
                if word in latin:
                    found = True
                    break
        if not found:
            for word in other_words:
                if word in lowered:
                    found = True
                    break
        if found:
            continue
        if needs_han:
            if han is None:
                han = has_han(text)
            if han:
                continue
        if needs_agents:
            if agents is None:
                agents = len({sp.entity_id for sp in spans if sp.label in _AGENT_LABELS}) >= 2
            if agents:
                continue
        closed.append(rule)
    return frozenset(closed)
