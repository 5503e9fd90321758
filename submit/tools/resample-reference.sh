#!/usr/bin/env bash
# Recomputes the resampler's reference vectors with scipy.signal.resample_poly itself, in a venv
# under target/ (scipy and numpy from PyPI), into features/src/test/resources/reference/
# scipy-resample_poly/. Run from anywhere; needs python3 with venv. The tests only read the files.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/target/resample-reference-venv"
out="$root/features/src/test/resources/reference/scipy-resample_poly"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet scipy numpy
fi
mkdir -p "$out"
"$venv/bin/python" "$root/features/src/test/tools/resample_reference.py" "$out"
