"""Auscult on Airflow: DCASE 2022 Task 2 as one Spark stage per task.

    check_cluster -> plan -> synth -> features -> choose_models -> train_<model> (one per model, parallel)
                       `-------------------^                       -> score -> evaluate

Every stage is a ``SparkSubmitOperator`` running a main class of the one shaded Auscult jar, with the
same Java options, profile and log configuration as ``submit/auscult``. A run writes everything under
one run folder, ``<runs_root>/<run id made filesystem-safe>`` (or the ``run_dir`` param):
``data`` (synthetic WAVs), ``features``, ``models``, ``scores``, ``evaluation``.

``check_cluster`` comes first: it fails at once when the Spark connection is missing (the provider
would otherwise submit to master ``yarn`` without a word), and runs the stages' own cluster check
(``org.auscult.jobs.cli.ClusterCheck`` from the jar) against the connection's master and the run's
hdfs:// folders, so a master or namenode that does not answer fails the run in seconds with one line
(exit status 5) instead of a stage retrying for a minute. It needs ``java`` ($JAVA_HOME/bin/java or
PATH) and the jar as a local file on the worker; with an hdfs:// or local:// jar it only says so, and
each stage main checks the same before it starts.

Two small branch tasks decide what runs, so the choice shows in the graph and every stage stays a
plain spark-submit:
  - ``plan`` also fails without the connection, and names a missing local jar or profile; with
    ``data_root`` set it skips ``synth`` and ``features`` reads that folder, otherwise ``synth``
    writes ``<run>/data`` first;
  - ``choose_models`` follows only the ``train_<model>`` tasks named in ``models``; the others show as
    skipped, and ``score`` runs when none failed.

Environment, read wherever this file is parsed (the dag-processor and every worker: set it in both):
  AUSCULT_HOME           the Auscult checkout or install (default: two folders above this file)
  AUSCULT_JAR            default of param ``jar`` ($AUSCULT_HOME/jobs/target/auscult-0.1.0-SNAPSHOT.jar)
  AUSCULT_CONF_DIR       default of param ``conf_dir``: local.conf, cluster.conf, log4j2.properties
                         ($AUSCULT_HOME/conf)
  AUSCULT_RUNS           default of param ``runs_root``, local or hdfs:// ($AUSCULT_HOME/runs)
  AUSCULT_SPARK_CONN_ID  the Spark connection (default ``auscult_spark``; see SPARK_CONN_ID)
  AUSCULT_JAVACPP_CACHE  where ND4J unpacks its natives on a client-mode driver
                         ($AUSCULT_HOME/target/javacpp-cache)
  AUSCULT_ND4J_OPTS      ND4J off-heap limits, as in submit/auscult
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator
from airflow.sdk import DAG, BaseHook, Param, task

# The Spark connection every stage uses. Not the provider's implicit ``spark_default``: when the
# connection named by a SparkSubmitOperator does not exist, the provider logs one line and submits to
# master "yarn". Create it, e.g. for one machine:
#   AIRFLOW_CONN_AUSCULT_SPARK='{"conn_type": "spark", "host": "local[*]",
#                                "extra": {"deploy-mode": "client", "spark-binary": "spark-submit"}}'
# The provider reads the master from host (plus ":port" when given), the deploy mode from the extra
# "deploy-mode", and runs "spark-binary" (spark-submit, spark2-submit or spark3-submit) from PATH.
SPARK_CONN_ID = os.environ.get("AUSCULT_SPARK_CONN_ID", "auscult_spark")

STAGE_CLASSES = {
    "synth": "org.auscult.jobs.SynthJob",
    "features": "org.auscult.jobs.FeaturesJob",
    "train": "org.auscult.jobs.TrainJob",
    "score": "org.auscult.jobs.ScoreJob",
    "evaluate": "org.auscult.jobs.EvaluateJob",
}
MODEL_KINDS = ["ae", "gmm", "classifier", "embedding", "spectral", "supervised"]
MACHINE_TYPES = ["ToyCar", "ToyTrain", "bearing", "fan", "gearbox", "slider", "valve"]

AUSCULT_HOME = os.environ.get("AUSCULT_HOME", str(Path(__file__).resolve().parents[2]))
DEFAULT_JAR = os.environ.get("AUSCULT_JAR", f"{AUSCULT_HOME}/jobs/target/auscult-0.1.0-SNAPSHOT.jar")
DEFAULT_CONF_DIR = os.environ.get("AUSCULT_CONF_DIR", f"{AUSCULT_HOME}/conf")
DEFAULT_RUNS_ROOT = os.environ.get("AUSCULT_RUNS", f"{AUSCULT_HOME}/runs")
JAVACPP_CACHE = os.environ.get("AUSCULT_JAVACPP_CACHE", f"{AUSCULT_HOME}/target/javacpp-cache")
# The native side of every executor and cluster-mode driver, as submit/auscult sets it: one BLAS
# thread (Spark already runs one task per core) and two glibc malloc arenas (ND4J's native buffers
# otherwise leave freed memory in every thread's arena). A client-mode driver inherits the worker's
# environment instead: export both there.
NATIVE_ENV = {"OMP_NUM_THREADS": "1", "MALLOC_ARENA_MAX": "2"}
NATIVE_ENV_CONFS = ("spark.executorEnv.", "spark.yarn.appMasterEnv.", "spark.kubernetes.driverEnv.")
ND4J_OPTS = os.environ.get(
    "AUSCULT_ND4J_OPTS", "-Dorg.bytedeco.javacpp.maxbytes=6G -Dorg.bytedeco.javacpp.maxphysicalbytes=12G"
)

# Spark's Java 17 module options (org.apache.spark.launcher.JavaModuleOptions). A client-mode driver
# and the executors get them from Spark's launcher; a cluster-mode driver only through
# spark.driver.extraJavaOptions, so they are always passed (repeating them is harmless).
JAVA17_OPENS = " ".join(
    ["-XX:+IgnoreUnrecognizedVMOptions"]
    + [
        f"--add-opens=java.base/{pkg}=ALL-UNNAMED"
        for pkg in (
            "java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio",
            "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref",
            "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar",
        )
    ]
    + ["--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false"]
)


def fs_safe(text: str) -> str:
    """``text`` with every run of characters outside [A-Za-z0-9._-] replaced by one underscore."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text)


def run_dir(params: dict[str, Any], run_id: str) -> str:
    """The run folder: the ``run_dir`` param, else ``<runs_root>/<run id made filesystem-safe>``."""
    if params.get("run_dir"):
        return str(params["run_dir"]).rstrip("/")
    return f"{str(params['runs_root']).rstrip('/')}/{fs_safe(run_id)}"


def deploy_mode(connection: Any) -> str:
    """The connection's deploy mode ("client" when unset), failing when the connection is missing."""
    if connection is None:
        raise RuntimeError(missing_connection_message())
    return connection.extra_dejson.get("deploy-mode") or "client"


def driver_java_options(connection: Any, params: dict[str, Any]) -> str:
    """The driver's JVM options; in cluster mode the profile and log files are the --files copies."""
    profile = f"{params['conf_profile']}.conf"
    if deploy_mode(connection) == "cluster":
        files = f"-Dconfig.file={profile} -Dlog4j2.configurationFile=log4j2.properties"
        cache = "javacpp-cache"
    else:
        conf_dir = str(params["conf_dir"]).rstrip("/")
        files = f"-Dconfig.file={conf_dir}/{profile} -Dlog4j2.configurationFile={conf_dir}/log4j2.properties"
        cache = JAVACPP_CACHE
    return f"{JAVA17_OPENS} {files} -Dorg.bytedeco.javacpp.cachedir={cache} {ND4J_OPTS}"


def missing_connection_message() -> str:
    return (
        f"Spark connection '{SPARK_CONN_ID}' is not defined, or its URI does not parse (write local[2] as "
        f"local%5B2%5D in a URI); without it the Spark provider would submit to master 'yarn'. Create it, e.g. "
        f"AIRFLOW_CONN_{SPARK_CONN_ID.upper()}='{{\"conn_type\": \"spark\", \"host\": \"local[*]\", "
        f"\"extra\": {{\"deploy-mode\": \"client\"}}}}' or with 'airflow connections add'."
    )


CLUSTER_CHECK_CLASS = "org.auscult.jobs.cli.ClusterCheck"
# ClusterCheck ends within 12 s; the JVM's start and a busy worker get the rest
CLUSTER_CHECK_TIMEOUT_S = 60


def spark_connection() -> Any:
    """The Spark connection, failing with the message that says how to create it."""
    from airflow.exceptions import AirflowNotFoundException

    try:
        return BaseHook.get_connection(SPARK_CONN_ID)
    except AirflowNotFoundException as e:
        raise RuntimeError(missing_connection_message()) from e


def cluster_check_command(master: str, params: dict[str, Any], run_id: str) -> list[str] | None:
    """``java -cp <jar> ClusterCheck --master <master> -- <the run's folders>``; None for a jar that is no
    local file. spark-core of $SPARK_HOME joins the class path, so a standalone master of another Spark
    version is named as such."""
    jar = str(params["jar"])
    if "://" in jar:
        return None
    java = str(Path(os.environ["JAVA_HOME"], "bin", "java")) if os.environ.get("JAVA_HOME") else "java"
    class_path = [jar]
    spark_home = os.environ.get("SPARK_HOME")
    if spark_home:
        class_path += sorted(str(p) for p in Path(spark_home, "jars").glob("spark-core_*.jar"))
    folders = [run_dir(params, run_id)] + [str(params[p]) for p in ("data_root", "ground_truth") if params.get(p)]
    return [java, "-cp", ":".join(class_path), CLUSTER_CHECK_CLASS, "--master", master, "--", *folders]


def drop_unset_options(context: Any) -> None:
    """Removes the empty arguments that unset optional params render to (pre_execute hook).

    An optional stage option is written as one ``--name=value`` token that renders to "" when its
    param is unset; picocli would read "" as a stray positional argument.
    """
    stage = context["task"]
    stage.application_args = [arg for arg in stage.application_args if arg != ""]


def option(name: str, value_template: str, when: str) -> str:
    """A template for ``--name=value`` when the Jinja expression ``when`` is true, else ""."""
    return f"{{% if {when} %}}--{name}={value_template}{{% endif %}}"


RUN = "{{ auscult_run_dir(params, run_id) }}"
MACHINES = option("machines", "{{ params.machines | join(',') }}", "params.machines")

with DAG(
    dag_id="auscult",
    description="DCASE 2022 Task 2 anomalous sound detection: synth, features, train, score, evaluate",
    schedule=None,
    catchup=False,
    tags=["auscult", "spark"],
    doc_md=__doc__,
    default_args={"retries": 0},
    user_defined_macros={
        "auscult_run_dir": run_dir,
        "auscult_driver_java_options": driver_java_options,
        "auscult_spark_conn_id": SPARK_CONN_ID,
    },
    params={
        "data_root": Param(
            "", type="string", section="Data",
            description="A data set in the DCASE 2022 Task 2 layout (local or hdfs://). Empty: synthesize one "
            "into <run>/data.",
        ),
        "scale": Param("small", enum=["full", "small", "tiny"], section="Data",
                       description="Size of the synthetic data set (used when data_root is empty)."),
        "seed": Param(20220301, type="integer", section="Data",
                      description="Seed of the synthetic data set (the embedded default: 20220301)."),
        "machines": Param(
            [], type="array", items={"enum": MACHINE_TYPES}, uniqueItems=True, section="Data",
            description="Machine types to process; empty: all.",
        ),
        "limit": Param(None, type=["null", "integer"], minimum=1, section="Data",
                       description="Features: at most this many clips per machine type (for trials); empty: all."),
        "ground_truth": Param("", type="string", section="Data",
                              description="Evaluate: folder of ground-truth files (evaluation data set); "
                              "empty: labels from the clip names."),
        "models": Param(
            ["ae", "gmm", "classifier", "embedding", "spectral"], type="array", minItems=1,
            uniqueItems=True,
            items={"enum": MODEL_KINDS}, section="Models",
            description="Model kinds to train and score; each is its own train_<model> task.",
        ),
        "train_profile": Param("quick", enum=["quick", "baseline"], section="Models",
                               description="quick: minutes on a small machine; baseline: published settings."),
        "train_engine": Param("", enum=["", "spark", "local"], section="Models",
                              description="Train on Spark or in the driver JVM; empty: the stage's default."),
        "runs_root": Param(DEFAULT_RUNS_ROOT, type="string", minLength=1, section="Deployment",
                           description="Where run folders are made (local or hdfs://)."),
        "run_dir": Param("", type="string", section="Deployment",
                         description="Use this run folder instead of <runs_root>/<run id>."),
        "jar": Param(DEFAULT_JAR, type="string", minLength=1, section="Deployment",
                     description="The shaded Auscult jar (local path, hdfs:// or local:// in a cluster image)."),
        "conf_dir": Param(DEFAULT_CONF_DIR, type="string", minLength=1, section="Deployment",
                          description="Folder with <conf_profile>.conf and log4j2.properties."),
        "conf_profile": Param("local", enum=["local", "cluster"], section="Deployment",
                              description="Auscult profile: conf/local.conf or conf/cluster.conf."),
        "driver_memory": Param("4g", type="string", pattern=r"^[0-9]+[kmgtKMGT]?$", section="Deployment",
                               description="Heap of each stage's Spark driver."),
    },
) as dag:

    @task(task_id="check_cluster")
    def check_cluster(params: dict[str, Any] | None = None, run_id: str | None = None) -> None:
        """Fails in seconds, in one line, when the connection's master or a namenode of the run does not answer."""
        from airflow.sdk.exceptions import AirflowFailException
        from airflow.providers.apache.spark.hooks.spark_submit import SparkSubmitHook

        spark_connection()
        # the master exactly as the stages' SparkSubmitOperator will resolve it
        master = SparkSubmitHook(conn_id=SPARK_CONN_ID)._resolve_connection()["master"]
        command = cluster_check_command(master, params, run_id)
        if command is None:
            print(f"param jar {params['jar']} is no local file: each stage main checks master {master} itself")
            return
        if not Path(params["jar"]).is_file():
            raise FileNotFoundError(f"param jar: {params['jar']} does not exist (set AUSCULT_HOME or the param; "
                                    f"build the jar with 'mvn -DskipTests package')")
        print("cluster check: " + " ".join(command))
        done = subprocess.run(command, capture_output=True, text=True, timeout=CLUSTER_CHECK_TIMEOUT_S, check=False)
        print(done.stdout + done.stderr)
        if done.returncode != 0:
            lines = [line for line in done.stderr.splitlines() if line.strip()]
            raise AirflowFailException(f"{lines[-1] if lines else 'cluster check failed'} (exit {done.returncode})")

    @task.branch(task_id="plan")
    def plan(params: dict[str, Any] | None = None, run_id: str | None = None) -> list[str]:
        """Checks the Spark connection, then skips synth when the run reads an existing data set."""
        connection = spark_connection()
        print(f"Spark connection {SPARK_CONN_ID}: host={connection.host!r} port={connection.port!r} "
              f"deploy-mode={deploy_mode(connection)!r}; run folder {run_dir(params, run_id)}")
        # spark-submit reads plain paths on this machine: name the param now rather than fail later
        profile = f"{params['conf_dir']}/{params['conf_profile']}.conf"
        for param, path in (("jar", params["jar"]), ("conf_dir", profile),
                            ("conf_dir", f"{params['conf_dir']}/log4j2.properties")):
            if "://" not in path and not Path(path).is_file():
                raise FileNotFoundError(f"param {param}: {path} does not exist (set AUSCULT_HOME or the param; "
                                        f"build the jar with 'mvn -DskipTests package')")
        return ["features"] if params["data_root"] else ["synth", "features"]

    @task.branch(task_id="choose_models")
    def choose_models(params: dict[str, Any] | None = None) -> list[str]:
        """Follows the train tasks of the models this run asks for; the others are skipped."""
        return [f"train_{model}" for model in params["models"]]

    def stage(task_id: str, stage_name: str, args: list[str], **kwargs: Any) -> SparkSubmitOperator:
        conn_lookup = "conn.get(auscult_spark_conn_id)"
        profile = "{{ params.conf_profile }}.conf"
        executor_opts = (f"{JAVA17_OPENS} -Dconfig.file={profile} -Dlog4j2.configurationFile=log4j2.properties "
                         f"-Dorg.bytedeco.javacpp.cachedir=javacpp-cache {ND4J_OPTS}")
        return SparkSubmitOperator(
            task_id=task_id,
            conn_id=SPARK_CONN_ID,
            application="{{ params.jar }}",
            java_class=STAGE_CLASSES[stage_name],
            name=f"auscult-{task_id}",
            files="{{ params.conf_dir }}/{{ params.conf_profile }}.conf,{{ params.conf_dir }}/log4j2.properties",
            conf={
                "spark.driver.memory": "{{ params.driver_memory }}",
                "spark.driver.extraJavaOptions": f"{{{{ auscult_driver_java_options({conn_lookup}, params) }}}}",
                "spark.executor.extraJavaOptions": executor_opts,
                **{f"{where}{name}": value for where in NATIVE_ENV_CONFS for name, value in NATIVE_ENV.items()},
            },
            application_args=args,
            pre_execute=drop_unset_options,
            **kwargs,
        )

    synth = stage("synth", "synth", [
        "--out", f"{RUN}/data", "--scale", "{{ params.scale }}", "--seed", "{{ params.seed }}", MACHINES,
    ])
    features = stage(
        "features", "features",
        [
            "--data", f"{{{{ params.data_root or auscult_run_dir(params, run_id) ~ '/data' }}}}",
            "--out", f"{RUN}/features",
            MACHINES,
            option("limit", "{{ params.limit }}", "params.limit"),
        ],
        # runs after synth, or right after plan when synth was skipped for an existing data set
        trigger_rule="none_failed_min_one_success",
    )
    trains = [
        stage(f"train_{model}", "train", [
            "--model", model, "--features", f"{RUN}/features", "--out", f"{RUN}/models",
            "--profile", "{{ params.train_profile }}", MACHINES,
            option("engine", "{{ params.train_engine }}", "params.train_engine"),
        ])
        for model in MODEL_KINDS
    ]
    score = stage(
        "score", "score",
        [
            "--models", f"{RUN}/models", "--features", f"{RUN}/features", "--out", f"{RUN}/scores",
            "--model-kinds={{ params.models | join(',') }}",
        ],
        # the models not chosen were skipped; any failed training fails scoring
        trigger_rule="none_failed_min_one_success",
    )
    evaluate = stage("evaluate", "evaluate", [
        "--scores", f"{RUN}/scores", "--out", f"{RUN}/evaluation",
        option("ground-truth", "{{ params.ground_truth }}", "params.ground_truth"),
    ])

    data_source = plan()
    check_cluster() >> data_source >> synth >> features >> choose_models() >> trains >> score >> evaluate
    data_source >> features
