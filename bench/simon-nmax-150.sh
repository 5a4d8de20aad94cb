#!/usr/bin/env bash
# Whole-process timing of `rediff design simon` with nmax 150 (issue 5: under 2 s on this machine).
# Usage: bench/simon-nmax-150.sh [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-10}"
"$here/rediff" --version >/dev/null   # build outside the timing
for args in "--p0 0.2 --p1 0.35 --alpha 0.05 --beta 0.05" "--p0 0.05 --p1 0.2 --alpha 0.1 --beta 0.1"; do
  times=()
  for r in $(seq 1 "$runs"); do
    s=$(date +%s%N)
    "$here/rediff" design simon $args --nmax 150 --format json > /dev/null
    e=$(date +%s%N)
    times+=("$(( (e - s) / 1000000 ))")
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "rediff design simon $args --nmax 150, $runs runs (ms): ${times[*]}; median ${sorted[$(( runs / 2 ))]} ms"
done
