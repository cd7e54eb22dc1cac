"""bench/benchmark.py times the pipeline as the CLI runs it (issue 17).

``python -m pipeline run`` passes its ``OutputOptions`` to ``run_batch`` so that, while the forked
child annotates, the parent imports what the outputs need (spaCy for the report, matplotlib for the
network figure) in a thread; it then writes the outputs with the same options. The benchmark called
``run_batch`` without them, so its one-process run paid those imports (~1.1 CPU-s) after the
annotation, on the clock — a cost the CLI does not have (found by s40-speed, stop 40)."""

from __future__ import annotations

from types import SimpleNamespace

from bench_helpers import bench_module


def test_the_benchmark_passes_the_clis_output_options_to_the_batch_and_the_outputs(tmp_path, monkeypatch):
    import pipeline.batch.outputs as outputs_module
    import pipeline.batch.runner as runner_module
    from pipeline.review.outputs import OutputOptions

    benchmark = bench_module("benchmark")
    seen = {}

    def fake_run_batch(paths, config, **kwargs):
        seen["run_batch"] = kwargs.get("outputs")
        stats = SimpleNamespace(annotate_seconds=0.0, startup_seconds=0.0, first_result_at=None, started_at=0.0,
                                last_result_at=None, parent_cpu_annotating=0.0)
        return SimpleNamespace(stats=stats)

    def fake_write(result, out, options=None):
        seen["write"] = options
        return {}

    monkeypatch.setattr(runner_module, "run_batch", fake_run_batch)
    monkeypatch.setattr(outputs_module, "write_batch_outputs", fake_write)
    benchmark.pipeline_end_to_end(tmp_path / "corpus", tmp_path / "work", workers=1)
    assert seen["run_batch"] == OutputOptions()
    assert seen["write"] == OutputOptions()
