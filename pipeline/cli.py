"""Command line: parse arguments, call the API, print. Nothing else lives here.

Every failure a user can cause prints one line (``error: E… path: what to do``) and exits
with the code of its class in pipeline/errors.py; only a bug shows a traceback.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from pipeline.config import ScoringConfig, default_path
from pipeline.errors import (
    EXIT_BAD_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    FileAccessError,
    PipelineError,
    UnreadableFolderWarning,
    UsageError,
)

PROG = "python -m pipeline"  # also installed as the `tcm-pipeline` command

DESCRIPTION = """\
Find herbs (and formulas), compounds, genes and signalling pathways in Chinese and English
biomedical articles, and the relations between them, with evidence sentences and scores.

Start with `run`: without a path it annotates the corpus/ folder of the current directory, or
the two example reviews bundled with the package; results go to ./outputs of the current
directory. `COMMAND --help` describes each command."""

EPILOG = """\
input formats (run):
  .md .markdown .txt .text  plain text or markdown (UTF-8, UTF-16/32 with BOM, GB18030/GBK)
  .html .htm .xhtml         web pages (the article text; scripts and navigation dropped)
  .pdf                      PDFs with a text layer (a scan needs OCR first)
  .json .xml                BioC collections (each BioC document is a document)
  .pubtator                 PubTator abstracts
  A folder is read recursively; gold/ and hidden folders are skipped; a manifest.csv
  beside the files may name their doc_id.

outputs (in --out, default ./outputs):
  mentions.csv, relations.csv   UTF-8 with BOM (Excel, WPS); curators edit status, curator,
                                note in relations.csv, and re-runs keep their decisions
  errors.csv, manifest.csv      documents that failed, and every file read
  report.html, network.png/.svg evidence to review, and the herb/compound-gene-pathway network
  annotations.bioc.json, annotations.pubtator   the mentions and relations for other tools
  evaluation.md/.csv            when a gold/relations.csv lies beside the corpus
  store.sqlite                  per-document results: the next run annotates only what changed
  export: accepted_relations.csv, accepted_relations.bioc.json

exit codes:
  0    success
  1    finished, but some documents failed (see errors.csv) or a folder could not be read;
       `dictionaries check` found errors
  2    bad invocation or input: an unknown option or bad value, a path that does not exist or
       cannot be read, nothing to annotate, --out naming a file, a malformed dictionary,
       gold or curator file (one line, starting with its error code)
  3    a batch stopped: --strict and a document failed, or the Dask cluster is unreachable
  4    another run is writing the same output folder (one run per folder)
  130  interrupted

examples:
  python -m pipeline run                       # the bundled example corpus
  python -m pipeline run papers/ --out results # a folder of your own
  python -m pipeline review && python -m pipeline export
"""


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line with its code (exit 2), not usage + message."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"error: {UsageError.code} {message} (see `{self.prog} --help`)\n")


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def non_negative_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not value >= 0:  # also rejects nan
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {text}")
    return value


def positive_float(text: str) -> float:
    value = non_negative_float(text)
    if value == 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, got {text}")
    return value


def output_folder(path: Path | None) -> Path:
    """The output folder (default ./outputs); an existing file there is a usage error."""
    out = Path(path) if path is not None else default_path("outputs")
    if out.exists() and not out.is_dir():
        raise UsageError("--out must be a folder, but this is a file; give a folder (it is created if missing)", out)
    for parent in out.parents:  # a file somewhere above it: mkdir would fail later
        if parent.exists():
            if not parent.is_dir():
                raise UsageError("--out lies below a file; give a folder", out)
            break
    return out


def _run(args: argparse.Namespace) -> int:
    from pipeline import api, batch
    from pipeline.config import Config
    from pipeline.review.outputs import check_curator_file

    out = output_folder(args.out)
    check_curator_file(out)  # unreadable curator file: stop before any write
    config = Config(
        dictionaries=args.dictionaries,
        output_dir=out,
        scoring=ScoringConfig(
            document_weight=args.document_weight, paragraph_weight=args.paragraph_weight,
            sentence_weight=args.sentence_weight, alpha=args.alpha, counting=args.counting,
        ),
    )
    from pipeline.batch.lock import output_lock
    from pipeline.review.outputs import OutputOptions

    options = OutputOptions(report=not args.no_report, network=not args.no_network, bioc=not args.no_bioc,
                            pubtator=not args.no_pubtator, top_edges=args.top_edges)
    with output_lock(config.output_dir):  # one run per output folder (exit code 4 otherwise)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", UnreadableFolderWarning)
            result = batch.run_batch(
                args.paths or None, config, workers=args.workers, scheduler=args.scheduler, full=args.full,
                strict=args.strict, store=args.store, include=args.include, exclude=args.exclude,
                max_file_mb=args.max_file_mb, outputs=options,
            )
        unreadable = [str(w.message) for w in caught if issubclass(w.category, UnreadableFolderWarning)]
        for message in unreadable:
            print(f"warning: {message}", file=sys.stderr)
        written = batch.write_batch_outputs(result, config.output_dir, options)
    print(batch.summary(result))
    for name, path in written.items():
        print(f"  {name}: {path}")
    for file, error_class, message in result.errors:
        print(f"  failed: {file}: {error_class}: {message}", file=sys.stderr)
    gold = api.gold_folder_for(args.paths or None)
    if gold is not None:
        from pipeline.evaluation.report import headline

        fresh = not getattr(result, "unchanged", False)  # else read back from the files
        ev = api.evaluate(result.relations if fresh else None, None, gold, config.output_dir)
        print(f"evaluation against {gold}:")
        for name, one in ev.by_gold_set.items():
            print(f"  {name}: {headline(one)}")
        for path in ev.written.values():
            print(f"  {path.name}: {path}")
    return EXIT_SOME_FAILED if result.errors or unreadable else EXIT_OK


def _evaluate(args: argparse.Namespace) -> int:
    from pipeline import api
    from pipeline.evaluation.report import causes, headline

    out = output_folder(args.out)
    ev = api.evaluate(args.relations or out / "relations.csv", args.mentions or out / "mentions.csv", args.gold, out,
                      show_heldout=args.show_heldout)
    for set_name, one in ev.by_gold_set.items():
        print(f"{set_name}: {headline(one)}")
        for name, s in [("overall", one.overall), *one.by_pair_type.items(),
                        *((f"language {k}", v) for k, v in one.by_language.items())]:
            print(f"  {name:22s} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (TP {s.tp}, FP {s.fp}, FN {s.fn})")
        print("  precision@k: " + ", ".join(f"@{k} {v:.2f}" for k, v in one.precision_at.items())
              + f", @|gold|={one.n_gold} {one.precision_at_gold:.2f}")
        print("  largest causes of false negatives:")
        for cause, n in causes(one, top=5):
            print(f"    {n:4d}  {cause}")
    for path in ev.written.values():
        print(f"  {path.name}: {path}")
    return EXIT_OK


def _dictionaries_build(args: argparse.Namespace) -> int:
    from pipeline.dictionaries.build import build_all

    sources = Path(args.sources)
    if not sources.is_dir():
        raise UsageError("--sources must be a folder with the raw source data (see dictionaries/README.md)", sources)
    counts = build_all(sources, output_folder(args.out))
    for name, count in counts.items():
        print(f"{name}\t{count}")
    return EXIT_OK


def _dictionaries_check(args: argparse.Namespace) -> int:
    from pipeline.dictionaries.check import check_dir

    folder = Path(args.folder) if args.folder else default_path("dictionaries")
    if not folder.is_dir():
        raise UsageError("not a folder of dictionary TSVs", folder)
    problems = check_dir(folder)
    for problem in problems:
        print(problem)
    errors = [p for p in problems if getattr(p, "severity", "error") == "error"]
    print(f"{len(errors)} errors, {len(problems) - len(errors)} warnings")
    return EXIT_SOME_FAILED if errors else EXIT_OK


def _review(args: argparse.Namespace) -> int:
    from pipeline.review.summary import review_summary

    summary = review_summary(output_folder(args.out), args.relations)
    print("\n".join(summary.lines()))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from pipeline.review.export import export_accepted

    exported = export_accepted(output_folder(args.out), args.relations, args.mentions)
    stale = f" ({exported.stale} of them stale)" if exported.stale else ""
    print(f"{exported.relations} accepted relations{stale} from {exported.documents} documents")
    print(f"  csv: {exported.csv}")
    print(f"  bioc: {exported.bioc}")
    return EXIT_OK


def _command(commands, name: str, help: str, description: str | None = None) -> argparse.ArgumentParser:
    return commands.add_parser(name, help=help, description=description or help[:1].upper() + help[1:] + ".",
                               formatter_class=argparse.RawDescriptionHelpFormatter)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog=PROG, description=DESCRIPTION, epilog=EPILOG,
                    formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", title="commands")

    run = _command(commands, "run", "annotate documents and extract co-mention relations",
                   "Annotate documents and extract co-mention relations; write the outputs listed in "
                   f"`{PROG} --help`.\nOnly new or changed files are annotated again (see --full).")
    run.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                     help="files or folders (default: ./corpus, else the bundled example corpus)")
    run.add_argument("--out", type=Path, default=None, metavar="DIR",
                     help="output folder, created if missing (default: ./outputs)")
    run.add_argument("--dictionaries", type=Path, default=None, metavar="DIR",
                     help="dictionaries folder (default: ./dictionaries, else the bundled dictionaries)")
    defaults = ScoringConfig()
    score = run.add_argument_group("scoring (Jensen-lab co-occurrence score, pipeline/relations/scoring.py)")
    score.add_argument("--alpha", type=non_negative_float, default=defaults.alpha, metavar="A",
                       help="exponent weighing the co-occurrence count against its ratio to the expected "
                       f"count (default {defaults.alpha})")
    score.add_argument("--document-weight", type=non_negative_float, default=defaults.document_weight, metavar="W",
                       help=f"weight of a co-mention in the same document (default {defaults.document_weight})")
    score.add_argument("--paragraph-weight", type=non_negative_float, default=defaults.paragraph_weight, metavar="W",
                       help=f"weight of a co-mention in the same paragraph (default {defaults.paragraph_weight})")
    score.add_argument("--sentence-weight", type=non_negative_float, default=defaults.sentence_weight, metavar="W",
                       help=f"weight of a co-mention in the same sentence (default {defaults.sentence_weight})")
    score.add_argument("--counting", choices=["indicator", "count"], default=defaults.counting,
                       help="count a pair once per document (indicator, as published) or every time (count)")
    batch = run.add_argument_group("batch")
    batch.add_argument("--workers", type=positive_int, default=None, metavar="N",
                       help="worker processes, 1 or more (default: all cores)")
    batch.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="run on a Dask cluster: 'local' starts a LocalCluster of --workers processes "
                            "that share one Annotator; or an existing cluster's address, e.g. tcp://host:8786")
    batch.add_argument("--full", action="store_true", help="re-annotate every document, not only new or changed ones")
    batch.add_argument("--strict", action="store_true", help="stop at the first document that fails (exit 3)")
    batch.add_argument("--store", type=Path, default=None, metavar="FILE",
                       help="per-document store (default: OUT/store.sqlite)")
    batch.add_argument("--include", action="append", default=None, metavar="GLOB",
                       help="only files matching GLOB (the name, or the path below the folder when GLOB has a /); "
                            "repeatable")
    batch.add_argument("--exclude", action="append", default=None, metavar="GLOB",
                       help="skip files matching GLOB; repeatable")
    batch.add_argument("--max-file-mb", type=positive_float, default=None, metavar="MB",
                       help="refuse files larger than this, unread, with one line in errors.csv (default: 8)")
    outputs = run.add_argument_group("outputs (leave out what a large batch does not need)")
    outputs.add_argument("--no-report", action="store_true", help="do not write report.html")
    outputs.add_argument("--no-network", action="store_true", help="do not draw network.png/.svg")
    outputs.add_argument("--no-bioc", action="store_true", help="do not write annotations.bioc.json")
    outputs.add_argument("--no-pubtator", action="store_true", help="do not write annotations.pubtator")
    outputs.add_argument("--top-edges", type=positive_int, default=None, metavar="N",
                         help="edges drawn in network.png, by score, accepted relations first (default: 60)")
    run.set_defaults(func=_run)

    evaluate = _command(commands, "evaluate", "compare outputs/relations.csv with the gold sets",
                        "Compare relations with hand-built gold sets (precision, recall, F1, precision@k),\n"
                        "each gold set of the folder on its own documents; write evaluation.md and evaluation.csv.")
    evaluate.add_argument("--relations", type=Path, default=None, metavar="FILE",
                          help="relations to evaluate (default: OUT/relations.csv)")
    evaluate.add_argument("--mentions", type=Path, default=None, metavar="FILE",
                          help="their mentions, for the error analysis (default: OUT/mentions.csv)")
    evaluate.add_argument("--gold", type=Path, default=None, metavar="PATH",
                          help="a gold CSV, or a folder: every gold set in it (default: corpus/gold/)")
    evaluate.add_argument("--out", type=Path, default=None, metavar="DIR",
                          help="outputs folder, where evaluation.md/.csv go (default: ./outputs)")
    evaluate.add_argument("--show-heldout", action="store_true",
                          help="also write the held-out sets' error lists (read them once per stop, never while tuning)")
    evaluate.set_defaults(func=_evaluate)

    review = _command(commands, "review", "curation: counts by status and type, changes since the last run")
    review.add_argument("--out", type=Path, default=None, metavar="DIR", help="outputs folder (default: ./outputs)")
    review.add_argument("--relations", type=Path, default=None, metavar="FILE",
                        help="a curated relations.csv elsewhere (default: OUT/relations.csv)")
    review.set_defaults(func=_review)

    export = _command(commands, "export", "write the accepted relations as CSV and BioC JSON",
                      "Write the relations whose status is accepted as accepted_relations.csv and\n"
                      "accepted_relations.bioc.json in the outputs folder.")
    export.add_argument("--accepted", action="store_true",
                        help="export the accepted relations (the default and only choice; kept for scripts)")
    export.add_argument("--out", type=Path, default=None, metavar="DIR", help="outputs folder (default: ./outputs)")
    export.add_argument("--relations", type=Path, default=None, metavar="FILE",
                        help="the curated relations.csv (default: OUT/relations.csv)")
    export.add_argument("--mentions", type=Path, default=None, metavar="FILE",
                        help="mentions.csv for the BioC annotations (default: OUT/mentions.csv)")
    export.set_defaults(func=_export)

    dictionaries = _command(commands, "dictionaries", "build or check the dictionaries")
    dict_commands = dictionaries.add_subparsers(dest="dict_command", required=True, metavar="COMMAND",
                                                title="commands")
    build = _command(dict_commands, "build", "regenerate the dictionary TSVs from raw sources",
                     "Regenerate genes/compounds/herbs/pathways/families.tsv from the raw source data\n"
                     "(HGNC, FamPlex, TCM databases...; see dictionaries/README.md).")
    build.add_argument("--sources", required=True, metavar="DIR", help="folder with the raw source data")
    build.add_argument("--out", type=Path, default=Path("dictionaries"), metavar="DIR",
                       help="where the TSVs go (default: ./dictionaries)")
    build.set_defaults(func=_dictionaries_build)
    check = _command(dict_commands, "check", "validate the dictionary TSVs (exit 1 when there are errors)")
    check.add_argument("folder", nargs="?", default=None, metavar="DIR",
                       help="dictionaries folder (default: ./dictionaries, else the bundled dictionaries)")
    check.set_defaults(func=_dictionaries_check)
    return parser


def main(argv: list[str] | None = None) -> int:
    warnings.filterwarnings("ignore", category=FutureWarning, module="spacy")
    warnings.filterwarnings("ignore", message=r".*\[W036\].*")
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # output piped into `head`
        return EXIT_OK
    except OSError as exc:  # a file system refusal the checks above did not foresee: still one line
        error = FileAccessError(exc.strerror or str(exc), exc.filename)
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code


if __name__ == "__main__":
    raise SystemExit(main())
