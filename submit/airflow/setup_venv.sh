#!/usr/bin/env bash
# Creates the Python environment for the Auscult Airflow DAG and its tests.
#
#   submit/airflow/setup_venv.sh [--freeze] [VENV]
#
# VENV defaults to $AUSCULT_AIRFLOW_VENV or <repo>/target/airflow-venv. It holds
#   - Airflow and the Spark provider from requirements.txt, pinned by constraints.txt;
#   - VENV/spark/pyspark: pyspark 3.5.9, used only as a Spark distribution (bin/spark-submit, jars/).
# A second run with the same requirement files and Python does nothing (a hash is kept in VENV).
#
# Airflow's own constraints files live on a host this workplace cannot reach, so constraints.txt is
# our frozen, tested pin set; AUSCULT_AIRFLOW_CONSTRAINTS may name another file or URL (for example
# Airflow's constraints-3.3.2/constraints-3.11.txt where that is reachable).
# --freeze installs without constraints and rewrites constraints.txt from the result (maintainers only).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

FREEZE=0
if [[ ${1:-} == --freeze ]]; then FREEZE=1; shift; fi
VENV="${1:-${AUSCULT_AIRFLOW_VENV:-$ROOT/target/airflow-venv}}"
REQUIREMENTS="$HERE/requirements.txt"
SPARK_REQUIREMENTS="$HERE/spark-requirements.txt"
CONSTRAINTS="${AUSCULT_AIRFLOW_CONSTRAINTS:-$HERE/constraints.txt}"

# Airflow 3.3 supports Python 3.10+, the Spark provider 6.x needs 3.11+.
PYTHON="${PYTHON:-}"
if [[ -z $PYTHON ]]; then
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1 \
        && "$candidate" -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] < (3, 14) else 1)' 2>/dev/null; then
      PYTHON="$candidate"; break
    fi
  done
fi
[[ -n $PYTHON ]] || { echo "setup_venv: need Python 3.11-3.13 (set PYTHON=...)" >&2; exit 1; }

# One setup of a VENV at a time: .ci/run starts this script in the background beside the Maven build,
# and AirflowDagIT's run_tests.sh calls it again. The later call waits here until the first is done,
# then finds the environment up to date, instead of using or replacing a half-made one. (Without
# flock, as on macOS, nothing is locked: do not run two setups at once there.)
mkdir -p "$(dirname "$VENV")"
if command -v flock >/dev/null 2>&1; then
  exec 9>"$VENV.lock"
  if ! flock -n 9; then
    echo "setup_venv: waiting for another setup of $VENV to finish"
    flock 9
  fi
fi

# What the environment is built from: requirement files, constraints and the interpreter's version.
fingerprint() {
  {
    cat "$REQUIREMENTS" "$SPARK_REQUIREMENTS"
    if ((FREEZE)); then echo freeze; else cat "$CONSTRAINTS" 2>/dev/null || echo "$CONSTRAINTS"; fi
    "$PYTHON" -c 'import sys; print(sys.version)'
  } | sha256sum | cut -d' ' -f1
}
WANT="$(fingerprint)"
STAMP="$VENV/.auscult-requirements.sha256"
if ((!FREEZE)) && [[ -f $STAMP && $(cat "$STAMP") == "$WANT" && -x $VENV/bin/airflow \
      && -x $VENV/spark/pyspark/bin/spark-submit ]]; then
  echo "setup_venv: $VENV is up to date"
  exit 0
fi

echo "setup_venv: creating $VENV with $($PYTHON --version)"
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check --no-input)
if ((FREEZE)); then
  "${PIP[@]}" install -q -r "$REQUIREMENTS"
  {
    echo "# Frozen by 'submit/airflow/setup_venv.sh --freeze' with $($VENV/bin/python --version) on $(date -u +%F)."
    echo "# The full pin set for requirements.txt (Airflow's published constraints cannot be reached here)."
    "${PIP[@]}" freeze --all --exclude-editable | grep -v -E '^(pip|setuptools|wheel)=='
  } > "$HERE/constraints.txt"
  echo "setup_venv: wrote $HERE/constraints.txt"
  WANT="$(FREEZE=0; fingerprint)"
else
  "${PIP[@]}" install -q -r "$REQUIREMENTS" -c "$CONSTRAINTS"
fi
"${PIP[@]}" install -q --no-deps --target "$VENV/spark" -r "$SPARK_REQUIREMENTS"
chmod +x "$VENV/spark/pyspark/bin/"* 2>/dev/null || true
echo "$WANT" > "$STAMP"
echo "setup_venv: ready: $VENV (SPARK_HOME=$VENV/spark/pyspark)"
