"""Make a synthetic corpus of N papers from the two bundled reviews, for benchmarks.

    python bench/make_corpus.py OUT_DIR [--n 240] [--seed 0] [--formats md,txt,html]

Each document is a heading plus 2–4 sections drawn from either review (a section is a
heading with the paragraphs up to the next heading; front matter and references are left
out), perturbed so that no two documents are the same text and per-sentence caches do not
flatter the timings: sentences are shuffled within a paragraph, some are dropped, many get a
connective in front ("此外，", "Moreover, ") and numbers are changed. Formats cycle through
``--formats`` (``txt`` files are GB18030-encoded, ``html`` files get tags and entities).
Deterministic for a given seed. ``make_corpus()`` is the same as a function.

``--english SHARE`` (stop 48; default 0, the corpus of every earlier stop, unchanged) gives that share
of the documents an English abstract after the title, drawn from the PubMed development abstracts in
corpus/new_papers/en and corpus/validation/en (the held-out set is not read) and perturbed in the
same way. The reviews' own text reaches neither pysbd (no abbreviation, initial or decimal next to
a full stop: text/sentences.py) nor the English abbreviation detector ("long form (SF)",
nlp/abbreviations.py), which most real papers do. The choice and perturbation of the abstracts use
their own random stream, so the rest of each document is the same as without them.
"""

from __future__ import annotations

import argparse
import html
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REVIEWS = [REPO / "corpus" / "li2025_ferroptosis_osteoporosis.md", REPO / "corpus" / "jin2025_autophagy_osteoporosis.md"]
ABSTRACTS = [REPO / "corpus" / "new_papers" / "en", REPO / "corpus" / "validation" / "en"]  # development sets only
_HEADING = re.compile(r"^#{1,6}\s+(.*)$")
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?|[^.]+\.(?=\s|$)")
_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d+)?(?![\w.])")
CONNECTIVES_ZH = ["此外，", "同时，", "研究表明，", "值得注意的是，", "进一步，", "因此，", "另外，", "然而，"]
CONNECTIVES_EN = ["Moreover, ", "In addition, ", "Notably, ", "However, ", "Furthermore, ", "Thus, "]


def sections(text: str) -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) of the body: from the first numbered heading to the references."""
    out: list[tuple[str, list[str]]] = []
    for block in (b.strip() for b in text.split("\n\n")):
        if not block:
            continue
        heading = _HEADING.match(block)
        if heading:
            title = heading.group(1).strip()
            if re.match(r"^(参考文献|References)", title):
                break
            if re.match(r"^\d", title):
                out.append((title, []))
            continue
        if out and not block.startswith(("- [", "[", "作者简介", "通讯作者", "通信作者", "引用格式", "基金项目")):
            out[-1][1].append(block)
    return [(h, ps) for h, ps in out if ps]


def perturb(paragraph: str, rng: random.Random) -> str:
    sentences = [s for s in _SENTENCE.findall(paragraph) if s.strip()]
    if len(sentences) > 2:
        rng.shuffle(sentences)
        sentences = [s for s in sentences if rng.random() > 0.1] or sentences[:1]
    out = []
    for s in sentences:
        s = s.strip()
        if rng.random() < 0.6:
            zh = any("\u4e00" <= c <= "\u9fff" for c in s[:10])
            s = rng.choice(CONNECTIVES_ZH if zh else CONNECTIVES_EN) + s
        s = _NUMBER.sub(lambda m: str(rng.randint(1, 99)) if rng.random() < 0.5 else m.group(0), s)
        out.append(s)
    return ("" if all("\u4e00" <= c <= "\u9fff" or not c.isascii() for c in out[0][:1]) else " ").join(out)


def english_paragraphs() -> list[str]:
    """The abstracts' paragraphs (a file is a title line, then the abstract), in file order."""
    out = []
    for folder in ABSTRACTS:
        for path in sorted(folder.glob("*.txt")):
            blocks = [b.strip() for b in path.read_text(encoding="utf-8").split("\n\n")]
            out += [" ".join(b.split()) for b in blocks[1:] if len(b) >= 200]
    return out


def document(n: int, pool: list[tuple[str, list[str]]], rng: random.Random) -> tuple[str, list[tuple[str, list[str]]]]:
    chosen = rng.sample(pool, k=min(len(pool), rng.randint(2, 4)))
    title = f"{chosen[0][0]}：综述 {n}"
    return title, [(h, [perturb(p, rng) for p in ps]) for h, ps in chosen]


def as_markdown(title: str, body: list[tuple[str, list[str]]]) -> str:
    parts = [f"# {title}"]
    for heading, paragraphs in body:
        parts.append(f"## {heading}")
        parts.extend(paragraphs)
    return "\n\n".join(parts) + "\n"


def as_html(title: str, body: list[tuple[str, list[str]]]) -> str:
    parts = [f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head><body>",
             f"<h1>{html.escape(title)}</h1>"]
    for heading, paragraphs in body:
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        parts.extend(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return "\n".join(parts) + "\n</body></html>\n"


def make_corpus(out: Path | str, n: int = 240, seed: int = 0, formats: tuple[str, ...] = ("md",),
                english: float = 0.0) -> list[Path]:
    """Write ``n`` documents into ``out``; returns their paths. ``english``: the share of documents
    with an English abstract (module docstring)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    english_rng = random.Random(f"english-{seed}")  # its own stream: the reviews' part stays as without it
    pool = [s for review in REVIEWS for s in sections(review.read_text(encoding="utf-8"))]
    abstracts = english_paragraphs() if english > 0 else []
    written = []
    for i in range(n):
        title, body = document(i, pool, rng)
        if abstracts and english_rng.random() < english:
            body = [("Abstract", [perturb(english_rng.choice(abstracts), english_rng)]), *body]
        fmt = formats[i % len(formats)]
        path = out / f"doc{i:04d}.{fmt}"
        if fmt == "html":
            path.write_text(as_html(title, body), encoding="utf-8")
        elif fmt == "txt":
            path.write_bytes(as_markdown(title, body).encode("gb18030"))
        else:
            path.write_text(as_markdown(title, body), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=240)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--formats", default="md", help="comma-separated: md, txt, html")
    parser.add_argument("--english", type=float, default=0.0,
                        help="share of documents with an English abstract (0: the corpus of stops up to 47)")
    args = parser.parse_args()
    paths = make_corpus(args.out, args.n, args.seed, tuple(args.formats.split(",")), args.english)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} documents, {size / 1e6:.2f} MB in {args.out}")


if __name__ == "__main__":
    main()
