#!/usr/bin/env bash
# Whole-process timing of `rediff dosimetry plan` with 10 lesions and Monte Carlo intervals
# (issue 3: under 1 s on this machine). Usage: bench/dosimetry-10-lesions.sh [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-10}"
"$here/rediff" --version >/dev/null   # build outside the timing
times=()
for r in $(seq 1 "$runs"); do
  s=$(date +%s%N)
  "$here/rediff" dosimetry plan --input "$here/bench/dosimetry-10-lesions.json" --format json > /dev/null
  e=$(date +%s%N)
  times+=("$(( (e - s) / 1000000 ))")
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "rediff dosimetry plan, 10 lesions, 2000 Monte Carlo draws each, $runs runs (ms): ${times[*]}; median ${sorted[$(( runs / 2 ))]} ms"
