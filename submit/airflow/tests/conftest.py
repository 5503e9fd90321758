"""Shared test setup: a throwaway Airflow home, the repository's paths, the DAG, and Airflow CLI runs.

The in-process tests import Airflow, which reads AIRFLOW_HOME once on import: it is pointed at a
temporary folder here, before any test module imports Airflow, so no test touches a real Airflow.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

AIRFLOW_DIR = Path(__file__).resolve().parents[1]
ROOT = AIRFLOW_DIR.parents[1]
DAG_FILE = AIRFLOW_DIR / "auscult_dag.py"
JAR = ROOT / "jobs" / "target" / "auscult-0.1.0-SNAPSHOT.jar"
VENV_BIN = Path(sys.executable).parent
# the Spark distribution setup_venv.sh installs beside the Airflow environment
SPARK_HOME = Path(os.environ.get("SPARK_HOME") or Path(sys.prefix) / "spark" / "pyspark")
LOCAL_SPARK_CONNECTION = json.dumps(
    {"conn_type": "spark", "host": "local[2]", "extra": {"deploy-mode": "client", "spark-binary": "spark-submit"}}
)

_IN_PROCESS_HOME = tempfile.mkdtemp(prefix="auscult-airflow-home-")
atexit.register(shutil.rmtree, _IN_PROCESS_HOME, True)
for name in [n for n in os.environ if n.startswith(("AUSCULT_", "AIRFLOW_CONN_", "AIRFLOW__"))]:
    del os.environ[name]  # a developer's own settings must not leak into the DAG under test
os.environ.update({
    "AIRFLOW_HOME": _IN_PROCESS_HOME,
    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    "AUSCULT_HOME": str(ROOT),
})
sys.path.insert(0, str(AIRFLOW_DIR))


def stage_classes_or_fail(classes: list[str]) -> None:
    """Fails, saying how to build it, unless the shaded jar holds every class in ``classes``."""
    if not JAR.is_file():
        pytest.fail(f"{JAR} is missing: build it first with 'mvn -B -q -DskipTests package' at {ROOT}")
    with zipfile.ZipFile(JAR) as jar:
        entries = set(jar.namelist())
    missing = [c for c in classes if c.replace(".", "/") + ".class" not in entries]
    if missing:
        pytest.fail(f"{JAR} lacks the stage classes {missing}; rebuild it with 'mvn -B -q -DskipTests package' "
                    f"once the stages exist")


@pytest.fixture(scope="session")
def dag():
    """The ``auscult`` DAG as Airflow's DagBag loads it from the DAG file."""
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAG_FILE))
    assert bag.import_errors == {}, bag.import_errors
    return bag.dags["auscult"]


class AirflowCli:
    """Runs the ``airflow`` command of this environment against its own home, database and dags folder."""

    def __init__(self, home: Path, work: Path):
        self.work = work
        dags = home / "dags"
        dags.mkdir(parents=True)
        # only the DAG file: the tests beside it are no DAGs
        (dags / DAG_FILE.name).symlink_to(DAG_FILE)
        self.env = {
            **os.environ,
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(dags),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AUSCULT_HOME": str(ROOT),
            "SPARK_HOME": str(SPARK_HOME),
            "PATH": f"{SPARK_HOME / 'bin'}:{VENV_BIN}:{os.environ.get('PATH', '')}",
            "SPARK_LOCAL_IP": "127.0.0.1",
            "OMP_NUM_THREADS": "1",
        }

    def run(self, *args: str, timeout: float, extra_env: dict[str, str] | None = None,
            drop_env: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
        env = {**self.env, **(extra_env or {})}
        for name in drop_env:
            env.pop(name, None)
        return subprocess.run([str(VENV_BIN / "airflow"), *args], env=env, cwd=self.work, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout, check=False)

    def task_states(self, dag_id: str, logical_date: str) -> dict[str, str]:
        done = self.run("tasks", "states-for-dag-run", dag_id, logical_date, "--output", "json", timeout=120)
        assert done.returncode == 0, done.stdout[-3000:]
        # warnings may come first on stdout: the JSON is the last line
        rows = json.loads(done.stdout.strip().splitlines()[-1])
        return {row["task_id"]: row["state"] for row in rows}


@pytest.fixture(scope="session")
def airflow_cli(tmp_path_factory) -> AirflowCli:
    """An Airflow home with a migrated SQLite database, shared by the tests that run the DAG."""
    assert (SPARK_HOME / "bin" / "spark-submit").is_file(), (
        f"no spark-submit under SPARK_HOME={SPARK_HOME}: run submit/airflow/setup_venv.sh")
    cli = AirflowCli(tmp_path_factory.mktemp("airflow-home"), tmp_path_factory.mktemp("airflow-work"))
    migrated = cli.run("db", "migrate", timeout=300)
    assert migrated.returncode == 0, migrated.stdout[-3000:]
    return cli
