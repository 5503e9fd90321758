#!/usr/bin/env bash
# Runs the tests of the Airflow DAG with the real Airflow and Spark local[2]. Builds nothing: the tests
# marked "stages" need jobs/target/auscult-0.1.0-SNAPSHOT.jar with the stage classes
# (mvn -B -q -DskipTests package at the repository root); they fail, saying so, without it.
#
#   submit/airflow/run_tests.sh [pytest arguments]     e.g.  -m "not stages"   or   -k full_run
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
VENV="${AUSCULT_AIRFLOW_VENV:-$ROOT/target/airflow-venv}"

"$HERE/setup_venv.sh" "$VENV"

# spark-submit from the pyspark wheel (Spark 3.5.9, Scala 2.12); the Airflow CLI of the venv.
export SPARK_HOME="$VENV/spark/pyspark"
export PATH="$SPARK_HOME/bin:$VENV/bin:$PATH"
export SPARK_LOCAL_IP=127.0.0.1 OMP_NUM_THREADS=1

cd "$HERE"
exec "$VENV/bin/python" -m pytest "$@"
