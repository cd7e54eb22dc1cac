"""Normalise one block of article text, keeping offsets into the original file.

What PDF-to-markdown conversion leaves behind, and what we do with it:

* ``<sup>[12]</sup>`` citation and affiliation markers: removed; other HTML tags: dropped,
  entities unescaped.
* ``**bold**`` and ``*italic*`` markdown: the asterisks removed.
* LaTeX fragments: ``NF-$\\kappa$B`` -> ``NF-κB``, ``$\\alpha$`` -> ``α``,
  ``1,25(OH) $_2$D $_3$`` -> ``1,25(OH)2D3``, ``circ\\_0072464`` -> ``circ_0072464``;
  the spaces the converter puts around a fragment are removed when they sit inside a word.
* Full-width forms: NFKC, restricted to the compatibility ranges where it is safe
  (full-width ASCII, ideographic space, CJK compatibility punctuation), and the Kangxi
  radicals / CJK radicals supplement / CJK compatibility ideographs that PDF text layers emit
  for ordinary characters (``淫⽺藿苷`` with U+2F7A for 羊): one character for one, offsets kept.
* A word hyphenated across a line break (``astragalo-\nside``) is rejoined without the hyphen;
  after a prefix that keeps its hyphen (``anti-\ninflammatory``) the hyphen stays.
* Spaces between CJK characters and Latin letters or digits (``溶质载体家族 7 成员 11``):
  removed — Chinese does not use spaces, the converter adds them.
* Spaces before a hyphen glued to the next word (PubMed: ``caspase  -3``, ``B  -cell lymphoma
  (Bcl)  -2``, ``H2O2 -induced``): removed, unless the hyphen opens an elided name or a
  negative number (``dickkopf-1 and -2``, ``Z-score -2.4``).
* Subscripts and charges in parentheses (PubMed's rendering of ``<sub>``/``<sup>``):
  ``PGE(2)`` -> ``PGE2``, ``Ca(2+)`` -> ``Ca2+``, ``[(3)H]`` -> ``[3H]`` (pipeline/text/subscripts.py).
* Whitespace runs (including newlines inside a block) collapse to one space.
"""

from __future__ import annotations

import html
import re
import unicodedata

from pipeline import lazy_re
from pipeline._core import cjk_latin_counts
from pipeline.text.offsets import OffsetText
from pipeline.text.subscripts import has_parenthesised_subscript, join_subscripts

GREEK_LATEX: dict[str, str] = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ",
    "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ",
    "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
    "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
}
LATEX_SYMBOLS: dict[str, str] = {
    "pm": "±", "times": "×", "cdot": "·", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
    "sim": "~", "approx": "≈", "rightarrow": "→", "to": "→", "uparrow": "↑", "downarrow": "↓",
    "circ": "°", "textmu": "μ", "textdegree": "°", "%": "%", "prime": "′",
}

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RE = lazy_re.compile(f"[{CJK}]")

_SUP = lazy_re.compile(r"<sup>.*?</sup>", re.DOTALL | re.IGNORECASE)
_TAG = lazy_re.compile(r"</?[a-zA-Z][^<>]*>")
_ENTITY = lazy_re.compile(r"&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")
_BOLD = lazy_re.compile(r"\*\*|__(?=\S)|(?<=\S)__")
_ITALIC = lazy_re.compile(r"(?<![*\w])\*(?=\S)([^*\n]{1,200}?)(?<=\S)\*(?![*\w])")
_LATEX_ESCAPE = lazy_re.compile(r"\\([_%&#$])")
# A LaTeX math fragment with the converter's spaces around it. Fragments pair in order, so
# the bound must pass the long ones PDF converters write for units ("$1 0 0 ~ { \mu
# \mathrm { g } } { \cdot } \mathrm { m L } ^ { - 1 }$", 14 % of the fragments of the 120
# dev papers are over 40 characters, 0.05 % over 200): a fragment left as it is makes its
# closing "$" open the next one, and "$\beta$ -actin" after it came out as "\beta$ -actin".
_MATH = lazy_re.compile(r"(?P<pre>[ \t]*)\$(?P<body>[^$\n]{1,200})\$(?P<post>[ \t]*)")
_MATH_TOKEN = lazy_re.compile(r"\\([A-Za-z]+|%)|[_^]\{?([^{}\s])\}?|\{|\}|\s+|([^\\\s{}_^])")
# the compatibility ranges NFKC is applied to; the last one, Roman numeral characters (Ⅲ型 ->
# III型), because dictionary names are NFKC and the characters are common in Chinese papers
_NFKC_CLASS = ("\u3000\uff01-\uff5e\ufe30-\ufe4f\u2460-\u2473\u00a0\u2002-\u200a\u2212\u2e80-\u2fdf"
               "\uf900-\ufaff\u2160-\u217f")
_NFKC_RANGES = lazy_re.compile(f"[{_NFKC_CLASS}]")
_HYPHEN_BREAK = lazy_re.compile(r"(?<=[a-z]{2})-[ \t]*\r?\n[ \t]*(?=[a-z]{2})")
_KEEP_HYPHEN = lazy_re.compile(
    r"(?:^|[^A-Za-z])(?:anti|non|pre|post|co|self|multi|cross|well|long|short|high|low|dose|time|cell|"
    r"double|single|wild|knock|loss|gain|ex|re|semi|dual|up|down)$",
    re.IGNORECASE,
)
# A run of spaces before a hyphen that is glued to what follows. Two or more spaces before any
# letter or digit (the PubMed rendering of every hyphen of some journals: 5 dev and validation
# abstracts, 20 names); one space only before a lower-case word of 3+ letters (-induced,
# -receptors, -amyrin: 6 in the dev abstracts), never before a digit, where one space and a
# hyphen are a minus sign (Z-score -2.4, CI -0.5-4.1) or an elided name (caspase-9 and -3).
_SPACED_HYPHEN = lazy_re.compile(r"(?<=[A-Za-z0-9)\]])(?:[ \t]{2,}(?=-[A-Za-z0-9(])| (?=-[a-z]{3,}))")
_WORD_BEFORE = lazy_re.compile(r"([A-Za-z]+)[^A-Za-z]*$")
# words after which a hyphenated word starts an elided name ("caspase-9 and  -3", "pre- or
# -post"): the hyphen and its space stay
_ELISION_WORDS = frozenset(["and", "or", "nor", "to", "than", "versus", "vs", "from", "between", "but"])


def _glue_spaced_hyphen(match: re.Match[str]) -> str:
    """Drop the spaces before a glued hyphen unless the word before is a coordinator or
    preposition (the hyphen then stands for an elided stem)."""
    before = _WORD_BEFORE.search(match.string, max(0, match.start() - 20), match.start())
    if before is not None and before.group(1).lower() in _ELISION_WORDS:
        return match.group(0)
    return ""


# only whitespace that changes when collapsed: a run of two or more, or one tab/newline/full-width space; written to
# open with ``\s`` (the engine skips ahead to it) rather than as ``\s{2,}|[^\S ]`` (0.074 → 0.029 CPU-s, stop 52)
_SPACE_RUN = lazy_re.compile(r"\s(?:\s+|(?<=[^ ]))")
# Spaces beside a CJK character, and before a punctuation mark or after an opening bracket. Each
# pattern opens with the space it removes and looks behind after it (taking the space in): one
# that opens with a look-behind is tried at every character, these only at a space or tab (the
# same matches as "(?<=[CJK])[ \t]+(?=…)|(?<=[…])[ \t]+(?=[CJK])" and "[ \t]+(?=[,.…])|(?<=[(\[（])[ \t]+";
# 4x faster, stop 37).
_CJK_SPACE = lazy_re.compile(f"[ \t](?:(?<=[{CJK}][ \t])[ \t]*(?=[{CJK}A-Za-z0-9α-ωΑ-Ω(\\[])"
                             f"|(?<=[A-Za-z0-9α-ωΑ-Ω)\\]][ \t])[ \t]*(?=[{CJK}]))")
_SPACE_BEFORE_CJK_PUNCT = lazy_re.compile(r"[ \t](?:[ \t]*(?=[,.;:!?、。，：；）)\]])|(?<=[(\[（][ \t])[ \t]*)")
# what every match of _CJK_SPACE and of _SPACE_BEFORE_CJK_PUNCT holds: the space or tab beside a CJK
# character, beside a punctuation mark or after an opening bracket
_CJK_BESIDE_SPACE = lazy_re.compile(f"[{CJK}][ \t]|[ \t][{CJK}]")
_SPACE_BESIDE_PUNCT = lazy_re.compile(r"[ \t][,.;:!?、。，：；）)\]]|[(\[（][ \t]")


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


_LATIN_RE = lazy_re.compile(r"[A-Za-z]")


def cjk_ratio(text: str) -> float:
    """Share of CJK characters among CJK + Latin letters (0 when there are neither)."""
    cjk, latin = cjk_latin_counts(text)  # one compiled pass (pipeline._core)
    return cjk / (cjk + latin) if cjk + latin else 0.0


# "$2 4 \mathrm { h } _ { \circ }$": PDF converters write the full stop after a unit as a
# subscript circle closing the fragment (22 of 22 in the 120 dev papers end a sentence)
_FULL_STOP = lazy_re.compile(r"_\s*(?:\{\s*\\circ\s*\}|\\circ)\s*$")


# "TNF- $\mathfrak { a }$ -induced", "$\mathfrak { a }$ -SMA", "HIF-1 $\mathfrak { a }$": the PDF converter reads
# the Greek alpha of these papers as a Fraktur a (47 fragments in 19 validation/new/sample papers, never another
# Fraktur letter but one "\mathfrak { \beta }"), so it is the alpha, as "$\alpha$" is
_FRAKTUR_ALPHA = lazy_re.compile(r"\\mathfrak\s*\{\s*a\s*\}")


# "TNF- $\mathbf { \nabla } \cdot \mathbf { a }$" (also with \sigma or \alpha for \nabla, or \vec { a }): the same
# converter's other reading of the alpha (84 fragments in 15 of the 120 dev papers, after TNF-, "factor", "kinase", 因子)
_BOXED_ALPHA = lazy_re.compile(
    r"\\mathbf\s*\{\s*\\(?:nabla|sigma|alpha)\s*\}\s*\\cdot\s*\\mathbf\s*\{\s*(?:\\vec\s*\{\s*a\s*\}|a)\s*\}")


def _render_math(body: str) -> str:
    body = _BOXED_ALPHA.sub(r"\\alpha", _FRAKTUR_ALPHA.sub(r"\\alpha", body))
    stop = _FULL_STOP.search(body)
    if stop:
        return _render_math(body[:stop.start()]) + "。"
    out = []
    for m in _MATH_TOKEN.finditer(body):
        command, script, plain = m.group(1), m.group(2), m.group(3)
        if command:
            out.append(GREEK_LATEX.get(command, LATEX_SYMBOLS.get(command, "")))
        elif script:
            out.append(script)
        elif plain:
            out.append(plain)
    return "".join(out)


# a lower-case English word before a fragment's space ("and $\\beta$ catenin", "VPA-triggered
# $\\mathsf { p } { - } \\mathsf { G s k } 3 \\beta$ downregulation", validation_zh ChinaXiv-201712.00818V1;
# "in $\\beta$", "of $0 . 1 ~ \\mathrm { m L }$": 332 fragments, no sub- or superscript, after such a word
# in 51 validation, new and sample papers): the fragment is a word of its own, not a Greek suffix or a
# subscript of a name ("eIF2 $\\alpha$", "TGF $\\beta$", "NF- $\\kappa$")
_ENGLISH_WORD_BEFORE = lazy_re.compile(r"(?<![A-Za-z0-9])[a-z]{2,}[ \t]*$")


# "NF- $\mathbf { \sigma } _ { \kappa \mathrm { B } }$", "NF- $\cdot \kappa \mathrm { B }$": the converter of the ChinaXiv
# papers reads NF-κB's kappa with a stray sigma and/or centred dot before it (86 of the 100 fragments after "NF" in the
# 120 dev papers, in 15 papers: "σκB" 41, "·κB" 28, "σ·κB" 17); "NF-σκB" names nothing, so the stray characters go
# when the fragment follows "NF-" and a kappa follows them.
_NF_BEFORE = lazy_re.compile(r"(?<![A-Za-z])NF[ \t]*-?[ \t]*$")
_STRAY_BEFORE_KAPPA = lazy_re.compile(r"^[σ·]+(?=κ)")
# A centred dot opening a fragment is the converter's stray mark, never a product: "TGF- $\cdot \beta$", "IFN- $\cdot
# \beta$", "（ $\cdot P < 0 . 0 5$", "均数 $\cdot \pm$" (304 fragments in 83 of the 120 dev papers; a product dot
# stands between its units inside one fragment, "mmol·L"). Before a digit it is left: "置于 $\cdot 8 0 ^ { \circ } C$"
# is a garbled minus sign, "( $\cdot 1 7 8 . 3$" unclear.
_STRAY_DOT = lazy_re.compile(r"^·+(?=[^\d·])")
_UNIT_BEFORE = lazy_re.compile(r"(?<![A-Za-z])(?:[munμ]?(?:g|mol|L)|kg|min|h|d|s)[ \t]*$")  # "mmol $\cdot L$": a product
# what is left of "TNF- $\cdot a$", "肿瘤坏死因子 $\cdot a$" is the alpha of the name before it
_ALPHA_HOST_BEFORE = lazy_re.compile(r"(?:-|[A-Z]|因子|factor)[ \t]*$")


def _math_repl(match: re.Match[str]) -> str:
    """Render a fragment; drop the surrounding spaces when the fragment is inside a word.

    Left: a space is dropped when the previous character is a letter, digit, hyphen or ')'
    (``NF- $\\kappa$``, ``eIF2 $\\alpha$``, ``(OH) $_2$``), but kept after a lower-case English
    word (``and $\\beta$ catenin``; ``_ENGLISH_WORD_BEFORE``) unless the fragment is a sub- or
    superscript. Right: dropped when what follows is CJK, punctuation, or a short token of at most
    two letters/digits (``$\\kappa$ B``, ``$_2$D``) — but kept before an ordinary word (``$\\alpha$  signaling``).
    """
    text = match.string
    start, end = match.span()
    body = _render_math(match.group("body"))
    if body[:1] in "σ·" and _NF_BEFORE.search(text, max(0, start - 6), start):
        body = _STRAY_BEFORE_KAPPA.sub("", body)
    if body[:1] == "·" and not _UNIT_BEFORE.search(text, max(0, start - 8), start):
        body = _STRAY_DOT.sub("", body)
    if body == "a" and _ALPHA_HOST_BEFORE.search(text, max(0, start - 8), start):
        body = "α"
    before = text[start - 1] if start > 0 else " "
    pre = match.group("pre")
    if pre and _ENGLISH_WORD_BEFORE.search(text, max(0, start - 20), start) \
            and not match.group("body").lstrip().startswith(("_", "^")):
        pre = " "  # "and $\\beta$ catenin": a word of its own, no suffix of the word before
    elif pre and (before.isalnum() or before in "-–)" or is_cjk(before)):
        pre = ""
    elif pre:
        pre = " "
    post = match.group("post")
    if post:
        following = text[end:end + 3]
        word = re.match(r"[A-Za-z0-9]+", following)
        next_char = text[end] if end < len(text) else ""
        if not next_char or is_cjk(next_char) or not next_char.isalnum():
            post = "" if next_char and not next_char.isspace() else post[:1]
        elif word and len(re.match(r"[A-Za-z0-9]+", text[end:end + 40]).group(0)) <= 2:
            post = ""
        else:
            post = " "
    return pre + body + post


def _nfkc(match: re.Match[str]) -> str:
    ch = match.group(0)
    if ch == "\u2212":  # minus sign -> hyphen-minus, as written in gene names
        return "-"
    return unicodedata.normalize("NFKC", ch)


def _nfkc_tables() -> tuple[dict[int, str], re.Pattern[str]]:
    """The NFKC ranges split in two: characters that map to one character (full-width ASCII,
    the ideographic space — nearly all of them in Chinese text) go through ``str.translate``;
    the few that expand (⑩ -> 10) through a substitution that remaps offsets."""
    one, wide = {}, []
    for code in range(0x00A0, 0xFF5F):  # covers every range of _NFKC_RANGES
        ch = chr(code)
        if _NFKC_RANGES.fullmatch(ch):
            new = _nfkc(re.fullmatch(".", ch))
            if len(new) == 1:
                if new != ch:
                    one[code] = new
            else:
                wide.append(re.escape(ch))
    return one, re.compile("[" + "".join(wide) + "]")


_NFKC_ONE, _NFKC_WIDE = _nfkc_tables()
_NFKC_ONE_CHARS = {chr(code): new for code, new in _NFKC_ONE.items()}
_NFKC_ONE_CLASS = lazy_re.compile("[" + "".join(re.escape(ch) for ch in sorted(_NFKC_ONE_CHARS)) + "]")


def _nfkc_one(t: OffsetText) -> OffsetText:
    """``t.translate(_NFKC_ONE)``: each one-to-one character present replaced in one ``str.replace``.

    ``str.translate`` with a dict looks up every character of the paragraph (a Chinese paragraph
    holds full-width punctuation, so nearly all of them were translated: ~1 % of the annotation);
    a Chinese paragraph holds a handful of distinct full-width characters, found by one regex scan.
    The same text: a replacement is NFKC's own output, never a key of the table (NFKC is
    idempotent), so no character is replaced twice (tests/test_speed_stop38.py)."""
    text = t.text
    present = set(_NFKC_ONE_CLASS.findall(text))
    if not present:
        return t
    for ch in present:
        text = text.replace(ch, _NFKC_ONE_CHARS[ch])
    return OffsetText(text, t.starts, t.ends)


def normalize_block(block: OffsetText) -> OffsetText:
    """Normalise one block (paragraph, heading, reference) of original text."""
    t = block
    text = t.text
    if "<" in text:
        t = t.sub(_SUP, "").sub(_TAG, "")
    if "&" in text:
        t = t.sub(_ENTITY, lambda m: html.unescape(m.group(0)))
    if "*" in text or "_" in text:
        t = t.sub(_BOLD, "").sub(_ITALIC, lambda m: m.group(1))
    if "\\" in text:
        t = t.sub(_LATEX_ESCAPE, lambda m: m.group(1))
    if "$" in text:
        t = t.sub(_MATH, _math_repl)
    if "-" in text and "\n" in text:
        t = t.sub(_HYPHEN_BREAK, lambda m: "-" if _KEEP_HYPHEN.search(m.string[max(0, m.start() - 12):m.start()]) else "")
    if _NFKC_RANGES.search(t.text):
        t = _nfkc_one(t)
        if _NFKC_WIDE.search(t.text):
            t = t.sub(_NFKC_WIDE, _nfkc)
    if " -" in t.text:
        t = t.sub(_SPACED_HYPHEN, _glue_spaced_hyphen)
    if "(" in t.text or "[" in t.text:
        t = join_subscripts(t)
    t = t.sub(_SPACE_RUN, lambda m: " ")
    if " " in t.text or "\t" in t.text:  # the two patterns below remove spaces and tabs only
        # each is tried only where two characters its every match holds stand side by side: both
        # patterns open with a look-behind, so the engine tried each alternative at every character
        if _CJK_RE.search(t.text) and _CJK_BESIDE_SPACE.search(t.text):
            t = t.sub(_CJK_SPACE, "")
        if _SPACE_BESIDE_PUNCT.search(t.text):
            t = t.sub(_SPACE_BEFORE_CJK_PUNCT, "")
    return t.strip()


_NEEDS_WORK = lazy_re.compile(
    f"[<>&*$\\\\_{_NFKC_CLASS}]"
    r"|\s\s|[\t\n]|[A-Za-z0-9)\]] -[a-z]{3}"
    f"|[{CJK}] | [{CJK}]|^\\s|\\s$|[(\\[（] | [,.;:!?、。，：；）)\\]]"
)


def normalize_text(text: str) -> str:
    """Normalised string of ``text`` (dictionary terms, tests); fast when nothing changes."""
    if not _NEEDS_WORK.search(text) and not has_parenthesised_subscript(text):
        return text
    return normalize_block(OffsetText.from_original(text)).text
