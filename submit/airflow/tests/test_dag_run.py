"""The DAG run for real: ``airflow dags test`` with Spark local[2] through the pyspark wheel's spark-submit.

Each run gets its own logical date, by which its task states are looked up, in one shared Airflow home;
``dags test`` makes the run id from the current time, so a run folder is found as the one folder made.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import LOCAL_SPARK_CONNECTION, stage_classes_or_fail

import auscult_dag

STAGES = sorted(set(auscult_dag.STAGE_CLASSES.values()))


def dags_test(cli, logical_date: str, conf: dict, timeout: float, **kwargs):
    return cli.run("dags", "test", "auscult", logical_date, "--conf", json.dumps(conf), timeout=timeout, **kwargs)


def log_tail(done) -> str:
    return done.stdout[-6000:]


def machines_in(folder) -> list[str]:
    """The machine types in a stage's output folder: <machine>/ or machine=<machine>/ folders, or
    anomaly_score_/decision_result_<machine>_section_<SS>_test.csv files."""
    found = set()
    for p in folder.iterdir():
        if p.name.startswith((".", "_")):
            continue
        score_file = re.fullmatch(r"(?:anomaly_score|decision_result)_(.+)_section_\d\d_test\.csv", p.name)
        if score_file:
            found.add(score_file.group(1))
        elif p.is_dir():
            found.add(p.name.removeprefix("machine="))
    return sorted(found)


def test_missing_connection_fails_the_first_task_before_any_submit(airflow_cli, tmp_path):
    date = "2024-01-01T00:00:00+00:00"
    done = dags_test(airflow_cli, date, {"runs_root": str(tmp_path)}, timeout=600,
                     drop_env=("AIRFLOW_CONN_AUSCULT_SPARK",))
    assert done.returncode != 0, log_tail(done)
    assert "'auscult_spark' is not defined" in done.stdout
    states = airflow_cli.task_states("auscult", date)
    assert states["check_cluster"] == "failed"
    assert {states[t] for t in states if t != "check_cluster"} == {"upstream_failed"}
    assert "Spark-Submit cmd" not in done.stdout


@pytest.mark.stages
def test_failing_stage_fails_its_task_and_stops_the_run(airflow_cli, tmp_path):
    stage_classes_or_fail(STAGES)
    date = "2024-01-02T00:00:00+00:00"
    missing = tmp_path / "no-such-data-root"
    conf = {"runs_root": str(tmp_path / "runs"), "data_root": str(missing), "models": ["gmm"],
            "driver_memory": "1g"}
    done = dags_test(airflow_cli, date, conf, timeout=900,
                     extra_env={"AIRFLOW_CONN_AUSCULT_SPARK": LOCAL_SPARK_CONNECTION})
    assert done.returncode != 0, log_tail(done)
    # the stage's own non-zero status reached Airflow: one of the exit codes of the stage contract
    # (org.auscult.jobs.cli.ExitCodes), not spark-submit's 101 for a class it could not load
    codes = re.findall(r"Error code is: (\d+)", done.stdout)
    assert codes and set(codes) <= {"1", "2", "3", "4"}, log_tail(done)
    states = airflow_cli.task_states("auscult", date)
    assert (states["check_cluster"], states["plan"], states["synth"], states["features"]) == (
        "success", "success", "skipped", "failed")
    downstream = ["choose_models", *[f"train_{m}" for m in auscult_dag.MODEL_KINDS], "score", "evaluate"]
    assert {t: states[t] for t in downstream} == {t: "upstream_failed" for t in downstream}


@pytest.mark.stages
def test_full_run_on_synthetic_data_writes_the_report(airflow_cli, tmp_path):
    stage_classes_or_fail(STAGES)
    date = "2024-01-03T00:00:00+00:00"
    runs = tmp_path / "runs"
    # one machine type: the DAG's wiring is the point here, not the stages' work over all seven (which
    # their own tests cover); it also shows the machines param reaching every stage
    conf = {"runs_root": str(runs), "scale": "tiny", "machines": ["fan"], "models": ["gmm", "ae"],
            "train_profile": "quick", "driver_memory": "2g"}
    done = dags_test(airflow_cli, date, conf, timeout=3000,
                     extra_env={"AIRFLOW_CONN_AUSCULT_SPARK": LOCAL_SPARK_CONNECTION})
    assert done.returncode == 0, log_tail(done)
    [run] = [p for p in runs.iterdir() if not p.name.startswith(".")]
    assert re.fullmatch(r"manual__[0-9T_.-]+", run.name), run.name  # the run id, filesystem-safe
    assert (run / "evaluation" / "report.html").is_file(), sorted(p.name for p in run.glob("*/*"))
    for stage in ("data", "features/clips", "models/gmm", "models/ae", "scores/gmm", "scores/ae"):
        assert machines_in(run / stage) == ["fan"], (stage, sorted(p.name for p in (run / stage).iterdir()))
    states = airflow_cli.task_states("auscult", date)
    ran = ["check_cluster", "plan", "synth", "features", "choose_models", "train_gmm", "train_ae", "score", "evaluate"]
    skipped = ["train_classifier", "train_embedding", "train_spectral", "train_supervised"]
    assert states == {**{t: "success" for t in ran}, **{t: "skipped" for t in skipped}}
