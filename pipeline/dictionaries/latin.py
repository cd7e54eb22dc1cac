"""Spelling-insensitive keys of Latin plant names, shared by the herb build and the matcher.

A specific epithet that is an adjective agrees in gender with its genus (International Code of
Nomenclature for algae, fungi and plants, Art. 23.5; a wrong termination is corrected, Art. 32.2),
so pictus/picta/pictum, chinensis/chinense and niger/nigra/nigrum are one epithet, and so are the
connecting-vowel spellings the Code corrects (Art. 60.8: scabiosaefolia -> scabiosifolia) and the
eponym genitives -ii/-i (thunbergii, thunbergi). Pharmacopoeia drug names put the plant in the
genitive (Herba Sedi sarmentosi: Sedum sarmentosum), whose nominative is not always certain; a
stem of genus and epithet compares the two spellings without guessing it. Pure functions.
"""

from __future__ import annotations

from pipeline import lazy_re

# endings of one epithet across the genders and the genitive, longest first: -us/-a/-um and -i/-ae,
# -is/-e, -er/-ra/-rum (niger, nigra, nigrum: the stem keeps r), -ii/-i/-iae (thunbergii, thunbergi)
_EPITHET_ENDINGS = ("iae", "ii", "us", "um", "is", "ae", "a", "e", "i")
_CONNECTING_VOWEL = lazy_re.compile(r"ae(?=fol|flor|carp|phyll)")  # scabiosaefolia -> scabiosifolia
# genus nominatives and genitives: Sedum/Sedi, Rosa/Rosae, Coptis/Coptidis, Atractylodes/Atractylodis,
# Clerodendron/Clerodendrum (Greek -on, Latin -um)
_GENUS_ENDINGS = ("idis", "is", "ae", "us", "um", "on", "es", "a", "i", "e")


def epithet_stem(epithet: str) -> str:
    """The epithet without its inflectional ending: ``pictus``, ``picta``, ``pictum`` -> ``pict``;
    ``chinensis``, ``chinense`` -> ``chinens``; ``niger``, ``nigra``, ``nigrum`` -> ``nigr``;
    ``scabiosaefolia``, ``scabiosifolia`` -> ``scabiosifoli``; the genitive ``sarmentosi`` ->
    ``sarmentos``. Participles (-ens, -ans) have one form for all genders and keep it."""
    word = _CONNECTING_VOWEL.sub("i", epithet.lower())
    if word.endswith("er") and len(word) > 4:
        return word[:-2] + "r"
    return _strip(word, _EPITHET_ENDINGS)


def genus_stem(genus: str) -> str:
    """The genus without its nominative or genitive ending: ``Sedum``, ``Sedi`` -> ``sed``;
    ``Coptis``, ``Coptidis`` -> ``copt``; ``Clerodendron``, ``Clerodendrum`` -> ``clerodendr``."""
    return _strip(genus.lower(), _GENUS_ENDINGS)


def _strip(word: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def binomial_key(genus: str, epithet: str) -> str:
    """The key two spellings of one binomial share: ``Kalopanax pictus`` and ``Kalopanax pictum``,
    ``Herba Sedi sarmentosi``'s ``Sedi sarmentosi`` and ``Sedum sarmentosum``."""
    return f"{genus_stem(genus)} {epithet_stem(epithet)}"
