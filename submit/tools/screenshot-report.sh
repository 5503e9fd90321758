#!/usr/bin/env bash
# Renders an HTML report to a PNG with headless Chromium, to check how it looks.
#   submit/tools/screenshot-report.sh REPORT.html OUT.png [WIDTHxHEIGHT]
# Installs Debian's chromium package first when it is missing (needs root/apt; a tool for people,
# not a build or test dependency). Network access of the browser is switched off as far as flags
# allow: the report must render from the file alone.
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
  echo "usage: $0 REPORT.html OUT.png [WIDTHxHEIGHT, default 1400x3000]" >&2
  exit 2
fi
report=$1
out=$2
size=${3:-1400x3000}
if [[ ! -f $report ]]; then
  echo "no such file: $report" >&2
  exit 2
fi
if [[ ! $size =~ ^[0-9]+x[0-9]+$ ]]; then
  echo "size must be WIDTHxHEIGHT, got '$size'" >&2
  exit 2
fi

if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium not found; installing Debian's package" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

report_url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
out_abs="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --hide-scrollbars --user-data-dir="$profile" --screenshot="$out_abs" \
  --window-size="${size/x/,}" "$report_url" 2>/dev/null
test -s "$out_abs"
echo "$out_abs"
