#!/usr/bin/env bash
# Whole-process timing of `rediff meta` on 20 studies (issue 2: under 1 s on this machine).
# Usage: bench/meta-20-studies.sh [runs]   (builds the jar first if needed; prints each run and the median)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-10}"
input="$(mktemp --suffix=.csv)"
trap 'rm -f "$input"' EXIT
echo "study,events,total" > "$input"
# 20 studies of 5 to 43 patients with 0/n and n/n cells, a fixed pattern (no randomness).
for i in $(seq 1 20); do
  n=$(( 5 + (i * 7) % 39 )); x=$(( (i * 11) % (n + 1) )); echo "S$i,$x,$n" >> "$input"
done
"$here/rediff" --version >/dev/null   # build outside the timing
for measure in PLO GLMM; do
  times=()
  for r in $(seq 1 "$runs"); do
    s=$(date +%s%N)
    "$here/rediff" meta --input "$input" --measure "$measure" --format json > /dev/null
    e=$(date +%s%N)
    times+=("$(( (e - s) / 1000000 ))")
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "rediff meta --measure $measure, 20 studies, $runs runs (ms): ${times[*]}; median ${sorted[$(( runs / 2 ))]} ms"
done
