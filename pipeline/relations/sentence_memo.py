"""Answers of pure questions about one sentence, kept while its pairs are typed (issue 17, stop 49).

``pairs.sentence_pairs`` types every pair of a sentence with the same rules, and many rules ask a
question of one mention or one stretch of the sentence that does not depend on the pair: "is the
mention the target of a causative 使" (causatives.caused_change), "does the sentence hold a
membership word at all" (member_statements.may_state), "is a negation word right before this cue"
(negation.negates). On the 16x benchmark corpus a sentence with pairs has 4.9 of them, and these
questions were asked 1.5-5 times each for the same arguments in the same sentence.

``per_sentence`` remembers a function's answers for one sentence: the first argument is the
sentence text, the others must be hashable. The memo is dropped when the function is asked about
another text object, so it holds one sentence's answers at a time and nothing is reused across
sentences or documents (a repeated sentence in another document is computed again: the benchmark's
perturbed corpus is not flattered). Only for pure functions of their arguments whose answers are
immutable (bool, int, None, str, tuples): the caller gets the remembered object itself.
"""

from __future__ import annotations

from functools import wraps


_MISSING = object()


def per_sentence(function):
    """``function(text, *args)``, remembered for the last ``text`` object it was asked about (a call
    with keyword arguments is not remembered: it is passed on as it is)."""
    held: list = [None, {}]  # the sentence (the text object itself, not its value), its answers by arguments

    @wraps(function)
    def remembered(text, *args, **keywords):
        if keywords:
            return function(text, *args, **keywords)
        if text is not held[0]:
            held[0], held[1] = text, {}
        found = held[1].get(args, _MISSING)
        if found is _MISSING:
            found = held[1][args] = function(text, *args)
        return found

    return remembered
