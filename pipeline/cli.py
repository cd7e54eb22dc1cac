"""Command line: parse arguments, call the API, print. Nothing else lives here."""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from pipeline.config import Config, ScoringConfig, default_path
from pipeline.errors import PipelineError


def _run(args: argparse.Namespace) -> int:
    from pipeline import api
    from pipeline.review.outputs import check_curator_file

    check_curator_file(args.out or default_path("outputs"))  # unreadable curator file: stop before any write
    config = Config(
        dictionaries=args.dictionaries,
        output_dir=args.out,
        scoring=ScoringConfig(
            document_weight=args.document_weight, paragraph_weight=args.paragraph_weight,
            sentence_weight=args.sentence_weight, alpha=args.alpha, counting=args.counting,
        ),
    )
    from pipeline import batch
    from pipeline.batch.lock import output_lock
    from pipeline.review.outputs import OutputOptions

    options = OutputOptions(report=not args.no_report, network=not args.no_network, bioc=not args.no_bioc,
                            pubtator=not args.no_pubtator, top_edges=args.top_edges)
    with output_lock(config.output_dir):  # one run per output folder (exit code 3 otherwise)
        result = batch.run_batch(
            args.paths or None, config, workers=args.workers, scheduler=args.scheduler, full=args.full,
            strict=args.strict, store=args.store, include=args.include, exclude=args.exclude,
            max_file_mb=args.max_file_mb, outputs=options,
        )
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
        print(f"evaluation against {gold}: {headline(ev)}")
        for path in ev.written.values():
            print(f"  {path.name}: {path}")
    return 1 if result.errors else 0


def _evaluate(args: argparse.Namespace) -> int:
    from pipeline import api
    from pipeline.evaluation.report import causes, headline

    out = args.out or default_path("outputs")
    ev = api.evaluate(args.relations or out / "relations.csv", args.mentions or out / "mentions.csv", args.gold, out)
    print(headline(ev))
    for name, s in [("overall", ev.overall), *ev.by_pair_type.items()]:
        print(f"  {name:22s} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  (TP {s.tp}, FP {s.fp}, FN {s.fn})")
    print("  precision@k: " + ", ".join(f"@{k} {v:.2f}" for k, v in ev.precision_at.items()))
    print("  largest causes of false negatives:")
    for cause, n in causes(ev, top=5):
        print(f"    {n:4d}  {cause}")
    for path in ev.written.values():
        print(f"  {path.name}: {path}")
    return 0


def _dictionaries_build(args: argparse.Namespace) -> int:
    from pipeline.dictionaries.build import build_all

    counts = build_all(Path(args.sources), Path(args.out))
    for name, count in counts.items():
        print(f"{name}\t{count}")
    return 0


def _dictionaries_check(args: argparse.Namespace) -> int:
    from pipeline.dictionaries.check import check_dir

    problems = check_dir(Path(args.folder))
    for problem in problems:
        print(problem)
    errors = [p for p in problems if getattr(p, "severity", "error") == "error"]
    print(f"{len(errors)} errors, {len(problems) - len(errors)} warnings")
    return 1 if errors else 0


def _review(args: argparse.Namespace) -> int:
    from pipeline.review.summary import review_summary

    summary = review_summary(args.out or default_path("outputs"), args.relations)
    print("\n".join(summary.lines()))
    return 0


def _export(args: argparse.Namespace) -> int:
    from pipeline.review.export import export_accepted

    exported = export_accepted(args.out or default_path("outputs"), args.relations, args.mentions)
    stale = f" ({exported.stale} of them stale)" if exported.stale else ""
    print(f"{exported.relations} accepted relations{stale} from {exported.documents} documents")
    print(f"  csv: {exported.csv}")
    print(f"  bioc: {exported.bioc}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="annotate documents and extract co-mention relations")
    run.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the bundled corpus/)")
    run.add_argument("--out", type=Path, default=None, help="output folder (default: outputs/)")
    run.add_argument("--dictionaries", type=Path, default=None, help="dictionaries folder")
    defaults = ScoringConfig()
    run.add_argument("--alpha", type=float, default=defaults.alpha)
    run.add_argument("--document-weight", type=float, default=defaults.document_weight)
    run.add_argument("--paragraph-weight", type=float, default=defaults.paragraph_weight)
    run.add_argument("--sentence-weight", type=float, default=defaults.sentence_weight)
    run.add_argument("--counting", choices=["indicator", "count"], default=defaults.counting)
    run.add_argument("--workers", type=int, default=None, help="worker processes (default: all cores)")
    run.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="run on an existing Dask cluster, e.g. tcp://host:8786")
    run.add_argument("--full", action="store_true", help="re-annotate every document, not only new or changed ones")
    run.add_argument("--strict", action="store_true", help="stop at the first document that fails (exit 2)")
    run.add_argument("--store", type=Path, default=None, help="per-document store (default: OUT/store.sqlite)")
    run.add_argument("--include", action="append", default=None, metavar="GLOB",
                     help="only files matching GLOB (name, or path below the folder when it has a /)")
    run.add_argument("--exclude", action="append", default=None, metavar="GLOB", help="skip files matching GLOB")
    run.add_argument("--max-file-mb", type=float, default=None, metavar="MB",
                     help="refuse files larger than this, with one line in errors.csv (default: 8)")
    run.add_argument("--no-report", action="store_true", help="do not write report.html (large batches)")
    run.add_argument("--no-network", action="store_true", help="do not draw network.png/.svg")
    run.add_argument("--no-bioc", action="store_true", help="do not write annotations.bioc.json")
    run.add_argument("--no-pubtator", action="store_true", help="do not write annotations.pubtator")
    run.add_argument("--top-edges", type=int, default=None, metavar="N",
                     help="edges drawn in network.png, by score (default: 60)")
    run.set_defaults(func=_run)

    evaluate = commands.add_parser("evaluate", help="compare outputs/relations.csv with corpus/gold/")
    evaluate.add_argument("--relations", type=Path, default=None)
    evaluate.add_argument("--mentions", type=Path, default=None)
    evaluate.add_argument("--gold", type=Path, default=None, help="gold relations.csv or its folder")
    evaluate.add_argument("--out", type=Path, default=None, help="where evaluation.md/.csv go")
    evaluate.set_defaults(func=_evaluate)

    review = commands.add_parser("review", help="curation counts by status and type; changes since the last run")
    review.add_argument("--out", type=Path, default=None, help="outputs folder (default: outputs/)")
    review.add_argument("--relations", type=Path, default=None, help="a relations.csv elsewhere")
    review.set_defaults(func=_review)

    export = commands.add_parser("export", help="write the accepted relations as CSV and BioC JSON")
    export.add_argument("--accepted", action="store_true", required=True,
                        help="export the relations whose status is accepted")
    export.add_argument("--out", type=Path, default=None, help="outputs folder (default: outputs/)")
    export.add_argument("--relations", type=Path, default=None)
    export.add_argument("--mentions", type=Path, default=None)
    export.set_defaults(func=_export)

    dictionaries = commands.add_parser("dictionaries", help="build or check the dictionaries")
    dict_commands = dictionaries.add_subparsers(dest="dict_command", required=True)
    build = dict_commands.add_parser("build", help="regenerate dictionaries/*.tsv from raw sources")
    build.add_argument("--sources", required=True, help="folder with the raw source data")
    build.add_argument("--out", default=str(default_path("dictionaries")))
    build.set_defaults(func=_dictionaries_build)
    check = dict_commands.add_parser("check", help="validate the dictionary TSVs")
    check.add_argument("folder", nargs="?", default=str(default_path("dictionaries")))
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
        from pipeline.batch.lock import EXIT_LOCKED, OutputLocked

        return EXIT_LOCKED if isinstance(exc, OutputLocked) else 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head`
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
