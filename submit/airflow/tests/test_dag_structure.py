"""The DAG as Airflow loads it: tasks, edges, operators, connection, params and rendered arguments."""

from __future__ import annotations

import copy
import os
from pathlib import Path

import pytest
from conftest import JAR, LOCAL_SPARK_CONNECTION, stage_classes_or_fail

import auscult_dag

RUN_ID = "manual__2024-01-02T03:04:05.678901+00:00"
SAFE_RUN = "manual__2024-01-02T03_04_05.678901_00_00"
TRAINS = [f"train_{m}" for m in ("ae", "gmm", "classifier", "embedding", "spectral", "supervised")]
NOT_STAGES = ("check_cluster", "plan", "choose_models")


@pytest.fixture()
def local_connection(monkeypatch):
    monkeypatch.setenv("AIRFLOW_CONN_AUSCULT_SPARK", LOCAL_SPARK_CONNECTION)


def params_of(dag, **overrides):
    params = copy.deepcopy(dag.params)
    params.update(overrides)
    return params.validate()


def render(dag, task_id: str, field: str, **overrides):
    from airflow.sdk.execution_time.context import ConnectionAccessor

    task = dag.get_task(task_id)
    context = {"params": params_of(dag, **overrides), "run_id": RUN_ID, "conn": ConnectionAccessor()}
    return task.render_template(getattr(task, field), context, jinja_env=dag.get_template_env())


def test_dag_file_loads_without_import_errors(dag):
    assert dag.dag_id == "auscult"
    assert dag.schedule is None  # triggered by hand or by API only
    assert dag.catchup is False


def test_task_ids_and_edges_are_exactly_the_pipeline(dag):
    edges = {(t.task_id, d) for t in dag.tasks for d in t.downstream_task_ids}
    expected = {("check_cluster", "plan"), ("plan", "synth"), ("plan", "features"), ("synth", "features"),
                ("features", "choose_models")}
    expected |= {("choose_models", t) for t in TRAINS} | {(t, "score") for t in TRAINS}
    expected |= {("score", "evaluate")}
    assert set(dag.task_ids) == {"check_cluster", "plan", "synth", "features", "choose_models", *TRAINS, "score",
                                 "evaluate"}
    assert [t.task_id for t in dag.roots] == ["check_cluster"]
    assert edges == expected


def test_joins_run_when_branches_skipped_their_other_inputs(dag):
    assert dag.get_task("features").trigger_rule == "none_failed_min_one_success"
    assert dag.get_task("score").trigger_rule == "none_failed_min_one_success"
    assert dag.get_task("evaluate").trigger_rule == "all_success"


def test_every_stage_is_a_spark_submit_on_the_named_connection(dag):
    from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

    stages = [t for t in dag.tasks if t.task_id not in NOT_STAGES]
    assert {type(t) for t in stages} == {SparkSubmitOperator}
    # not the provider's implicit spark_default, whose absence silently means master "yarn"
    assert {t._conn_id for t in stages} == {"auscult_spark"}
    assert {t.task_id: t._java_class for t in stages} == {
        "synth": "org.auscult.jobs.SynthJob",
        "features": "org.auscult.jobs.FeaturesJob",
        **{t: "org.auscult.jobs.TrainJob" for t in TRAINS},
        "score": "org.auscult.jobs.ScoreJob",
        "evaluate": "org.auscult.jobs.EvaluateJob",
    }


@pytest.mark.stages
def test_every_java_class_the_dag_names_is_in_the_built_jar(dag):
    stage_classes_or_fail(sorted({t._java_class for t in dag.tasks if hasattr(t, "_java_class")}))


def test_documented_connection_forms_give_the_master_and_deploy_mode(monkeypatch):
    from airflow.providers.apache.spark.hooks.spark_submit import SparkSubmitHook

    forms = {
        "json_local": (LOCAL_SPARK_CONNECTION, "local[2]", "client"),
        "uri_local": ("spark://local%5B2%5D?deploy-mode=client", "local[2]", "client"),
        "uri_standalone": ("spark://master.example:7077?deploy-mode=client", "spark://master.example:7077", "client"),
        "uri_yarn": ("spark://yarn?deploy-mode=cluster", "yarn", "cluster"),
        "json_standalone": ('{"conn_type": "spark", "host": "spark://master.example", "port": 7077, '
                            '"extra": {"deploy-mode": "client"}}', "spark://master.example:7077", "client"),
        "json_yarn": ('{"conn_type": "spark", "host": "yarn", "extra": {"deploy-mode": "cluster", "queue": "q1"}}',
                      "yarn", "cluster"),
    }
    for name, (value, master, mode) in forms.items():
        monkeypatch.setenv(f"AIRFLOW_CONN_{name.upper()}", value)
        resolved = SparkSubmitHook(conn_id=name)._resolve_connection()
        assert (resolved["master"], resolved["deploy_mode"], resolved["spark_binary"]) == (master, mode, "spark-submit")
    assert SparkSubmitHook(conn_id="json_yarn")._resolve_connection()["queue"] == "q1"
    # why the DAG checks first: a missing or unparsable connection quietly becomes master "yarn"
    monkeypatch.setenv("AIRFLOW_CONN_UNENCODED", "spark://local[2]")
    assert SparkSubmitHook(conn_id="unencoded")._resolve_connection()["master"] == "yarn"
    assert SparkSubmitHook(conn_id="no_such_connection")._resolve_connection()["master"] == "yarn"


@pytest.mark.parametrize("task", ["check_cluster", "plan"])
def test_a_task_that_reads_the_connection_fails_without_it(dag, task):
    assert "AIRFLOW_CONN_AUSCULT_SPARK" not in os.environ
    with pytest.raises(RuntimeError, match="'auscult_spark' is not defined.*AIRFLOW_CONN_AUSCULT_SPARK"):
        dag.get_task(task).python_callable(params=params_of(dag), run_id=RUN_ID)


def test_plan_skips_synth_only_when_a_data_root_is_given(dag, local_connection, tmp_path):
    jar = tmp_path / "auscult.jar"
    jar.write_bytes(b"")
    plan = dag.get_task("plan").python_callable
    assert plan(params=params_of(dag, jar=str(jar)), run_id=RUN_ID) == ["synth", "features"]
    assert plan(params=params_of(dag, jar=str(jar), data_root="/data/dcase"), run_id=RUN_ID) == ["features"]


def test_plan_names_the_param_of_a_missing_local_file(dag, local_connection, tmp_path):
    plan = dag.get_task("plan").python_callable
    with pytest.raises(FileNotFoundError, match=f"param jar: {tmp_path}/none.jar does not exist"):
        plan(params=params_of(dag, jar=str(tmp_path / "none.jar")), run_id=RUN_ID)
    with pytest.raises(FileNotFoundError, match=f"param conf_dir: {tmp_path}/local.conf does not exist"):
        plan(params=params_of(dag, jar="hdfs:///apps/auscult.jar", conf_dir=str(tmp_path)), run_id=RUN_ID)


def test_the_cluster_check_gets_the_master_and_the_runs_folders(dag, monkeypatch, tmp_path):
    spark_home = tmp_path / "spark"
    (spark_home / "jars").mkdir(parents=True)
    (spark_home / "jars" / "spark-core_2.12-3.5.9.jar").write_bytes(b"")
    monkeypatch.setenv("SPARK_HOME", str(spark_home))
    monkeypatch.setenv("JAVA_HOME", "/opt/jdk")
    params = params_of(dag, jar="/a/auscult.jar", runs_root="hdfs://nn:8020/runs", data_root="hdfs://nn2/dev",
                       ground_truth="/gt")
    assert auscult_dag.cluster_check_command("spark://m:7077", params, RUN_ID) == [
        "/opt/jdk/bin/java", "-cp", f"/a/auscult.jar:{spark_home}/jars/spark-core_2.12-3.5.9.jar",
        "org.auscult.jobs.cli.ClusterCheck", "--master", "spark://m:7077", "--",
        f"hdfs://nn:8020/runs/{SAFE_RUN}", "hdfs://nn2/dev", "/gt"]
    # a jar on HDFS or in a cluster image cannot run here: each stage main checks for itself
    assert auscult_dag.cluster_check_command("yarn", params_of(dag, jar="hdfs:///apps/a.jar"), RUN_ID) is None


@pytest.mark.stages
def test_check_cluster_fails_in_seconds_on_a_master_nobody_answers(dag, monkeypatch):
    import socket
    import time

    from airflow.sdk.exceptions import AirflowFailException

    stage_classes_or_fail(["org.auscult.jobs.cli.ClusterCheck"])
    with socket.socket() as s:  # a port nothing listens on once closed
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    check = dag.get_task("check_cluster").python_callable
    monkeypatch.setenv("AIRFLOW_CONN_AUSCULT_SPARK", f"spark://127.0.0.1:{port}?deploy-mode=client")
    start = time.monotonic()
    with pytest.raises(AirflowFailException) as failed:
        check(params=params_of(dag), run_id=RUN_ID)
    assert time.monotonic() - start < 15
    assert str(failed.value) == (f"auscult: cannot reach Spark master spark://127.0.0.1:{port}: connection refused "
                                 f"(nothing listens on that port) (exit 5)")
    monkeypatch.setenv("AIRFLOW_CONN_AUSCULT_SPARK", "spark://no-such-host.invalid:7077?deploy-mode=client")
    with pytest.raises(AirflowFailException, match="unknown host no-such-host.invalid"):
        check(params=params_of(dag), run_id=RUN_ID)
    monkeypatch.setenv("AIRFLOW_CONN_AUSCULT_SPARK", LOCAL_SPARK_CONNECTION)
    assert check(params=params_of(dag), run_id=RUN_ID) is None


def test_choose_models_follows_the_chosen_train_tasks(dag):
    choose = dag.get_task("choose_models").python_callable
    assert choose(params=params_of(dag, models=["gmm", "ae"])) == ["train_gmm", "train_ae"]


def test_params_reject_an_empty_or_unknown_model_list(dag):
    from airflow.sdk.exceptions import ParamValidationError

    for models in ([], ["ae", "forest"], ["ae", "ae"]):
        with pytest.raises(ParamValidationError):
            params_of(dag, models=models)


def test_defaults_point_into_auscult_home(dag):
    params = params_of(dag)
    home = os.environ["AUSCULT_HOME"]
    assert params["jar"] == str(JAR) == f"{home}/jobs/target/auscult-0.1.0-SNAPSHOT.jar"
    assert (params["conf_dir"], params["runs_root"]) == (f"{home}/conf", f"{home}/runs")
    assert Path(params["conf_dir"], "local.conf").is_file()


def test_stage_arguments_share_one_filesystem_safe_run_folder(dag, local_connection):
    run = f"/runs/{SAFE_RUN}"
    args = {t: render(dag, t, "application_args", runs_root="/runs/", models=["ae", "gmm"]) for t in dag.task_ids
            if t not in NOT_STAGES}
    assert args["synth"] == ["--out", f"{run}/data", "--scale", "small", "--seed", "20220301", ""]
    assert args["features"] == ["--data", f"{run}/data", "--out", f"{run}/features", "", ""]
    assert args["train_gmm"] == ["--model", "gmm", "--features", f"{run}/features", "--out", f"{run}/models",
                                 "--profile", "quick", "", ""]
    assert args["score"] == ["--models", f"{run}/models", "--features", f"{run}/features", "--out", f"{run}/scores",
                             "--model-kinds=ae,gmm"]
    assert args["evaluate"] == ["--scores", f"{run}/scores", "--out", f"{run}/evaluation", ""]


def test_set_params_become_options_and_a_data_root_replaces_the_synthetic_set(dag, local_connection):
    given = {"data_root": "hdfs:///dcase/dev", "run_dir": "hdfs:///runs/r1/", "machines": ["fan", "ToyCar"],
             "limit": 20, "train_engine": "local", "ground_truth": "/gt", "scale": "tiny", "seed": 7}
    assert render(dag, "synth", "application_args", **given) == [
        "--out", "hdfs:///runs/r1/data", "--scale", "tiny", "--seed", "7", "--machines=fan,ToyCar"]
    assert render(dag, "features", "application_args", **given) == [
        "--data", "hdfs:///dcase/dev", "--out", "hdfs:///runs/r1/features", "--machines=fan,ToyCar", "--limit=20"]
    assert render(dag, "train_ae", "application_args", **given)[-2:] == ["--machines=fan,ToyCar", "--engine=local"]
    assert render(dag, "evaluate", "application_args", **given)[-1] == "--ground-truth=/gt"


def test_unset_options_are_dropped_before_spark_submit(dag):
    task = copy.copy(dag.get_task("features"))
    task.application_args = ["--data", "/d", "", "--limit=3", ""]
    auscult_dag.drop_unset_options({"task": task})
    assert task.application_args == ["--data", "/d", "--limit=3"]


def test_executors_and_cluster_drivers_get_one_blas_thread_and_two_malloc_arenas(dag, monkeypatch):
    monkeypatch.setenv("AIRFLOW_CONN_AUSCULT_SPARK", LOCAL_SPARK_CONNECTION)
    conf = render(dag, "train_ae", "conf")
    for prefix in ("spark.executorEnv.", "spark.yarn.appMasterEnv.", "spark.kubernetes.driverEnv."):
        assert conf[prefix + "OMP_NUM_THREADS"] == "1"
        assert conf[prefix + "MALLOC_ARENA_MAX"] == "2"


def test_driver_gets_java17_opens_and_the_profile_by_deploy_mode(dag, monkeypatch):
    home = os.environ["AUSCULT_HOME"]
    monkeypatch.setenv("AIRFLOW_CONN_AUSCULT_SPARK", LOCAL_SPARK_CONNECTION)
    conf = render(dag, "features", "conf", driver_memory="2g")
    client = conf["spark.driver.extraJavaOptions"].split()
    assert conf["spark.driver.memory"] == "2g"
    assert "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED" in client
    assert f"-Dconfig.file={home}/conf/local.conf" in client
    assert f"-Dlog4j2.configurationFile={home}/conf/log4j2.properties" in client
    assert f"-Dorg.bytedeco.javacpp.cachedir={home}/target/javacpp-cache" in client
    assert "-Dconfig.file=local.conf" in conf["spark.executor.extraJavaOptions"].split()
    assert render(dag, "features", "files") == f"{home}/conf/local.conf,{home}/conf/log4j2.properties"

    monkeypatch.setenv("AIRFLOW_CONN_AUSCULT_SPARK", "spark://yarn?deploy-mode=cluster")
    cluster = render(dag, "features", "conf", conf_profile="cluster")["spark.driver.extraJavaOptions"].split()
    # a cluster-mode driver runs elsewhere: it reads the copies --files put in its working folder
    assert {"-Dconfig.file=cluster.conf", "-Dlog4j2.configurationFile=log4j2.properties",
            "-Dorg.bytedeco.javacpp.cachedir=javacpp-cache"} <= set(cluster)
    assert "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED" in cluster


def test_rendering_without_the_connection_fails_rather_than_defaulting(dag):
    assert "AIRFLOW_CONN_AUSCULT_SPARK" not in os.environ
    with pytest.raises(RuntimeError, match="'auscult_spark' is not defined"):
        render(dag, "features", "conf")


def test_fs_safe_keeps_only_portable_characters():
    assert auscult_dag.fs_safe("scheduled__2024-01-02T03:04:05+00:00") == "scheduled__2024-01-02T03_04_05_00_00"
    assert auscult_dag.fs_safe("a b/c..d") == "a_b_c..d"


def test_java17_options_are_the_projects_one_list():
    """conf/java17.jvmopts is the list submit/auscult passes; the DAG must pass the same."""
    listed = (Path(__file__).resolve().parents[3] / "conf" / "java17.jvmopts").read_text().split()
    assert auscult_dag.JAVA17_OPENS.split() == listed
