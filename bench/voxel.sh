#!/usr/bin/env bash
# Voxel dosimetry speed (issue 12): `rediff dosimetry voxel` as a whole process on generated 4-time-point series
# of 128x128x160 and 200x200x300 voxels, and, where python3 has numpy and scipy, the same pipeline in NumPy/SciPy
# (bench/voxel_numpy.py, scipy.signal.fftconvolve) on the same files. Usage: bench/voxel.sh [runs]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$here/rediff" --version >/dev/null   # build outside the timing
numpy=no
python3 -c 'import numpy, scipy' 2>/dev/null && numpy=yes
for size in 128x128x160 200x200x300; do
  dir="$work/$size"
  "$here/rediff" bench voxel --size "$size" --dir "$dir" --generate-only > "$work/gen.txt"
  read -r -a args < <(tail -n 1 "$work/gen.txt" | sed 's/^rediff //')
  times=()
  for r in $(seq 1 "$runs"); do
    s=$(date +%s%N)
    "$here/rediff" "${args[@]}" > "$work/out.json"
    e=$(date +%s%N)
    times+=("$(( (e - s) / 1000000 ))")
  done
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  echo "rediff dosimetry voxel $size, whole process, $runs runs (ms): ${times[*]}; median ${sorted[$(( runs / 2 ))]} ms"
  echo "  stages of the last run (s): $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["timing_s"])' "$work/out.json" 2>/dev/null || grep -A6 timing_s "$work/out.json" | tr -d '\n ')"
  if [ "$numpy" = yes ]; then
    ptimes=()
    for r in $(seq 1 "$runs"); do
      s=$(date +%s%N)
      python3 "$here/bench/voxel_numpy.py" "$dir" > "$work/np.json"
      e=$(date +%s%N)
      ptimes+=("$(( (e - s) / 1000000 ))")
    done
    psorted=($(printf '%s\n' "${ptimes[@]}" | sort -n))
    echo "numpy/scipy pipeline $size, whole process, $runs runs (ms): ${ptimes[*]}; median ${psorted[$(( runs / 2 ))]} ms"
    echo "  speed-up (median numpy / median rediff): $(python3 -c "print(round(${psorted[$(( runs / 2 ))]} / ${sorted[$(( runs / 2 ))]}, 2))")"
  else
    echo "  (python3 with numpy and scipy not found: no NumPy comparison)"
  fi
done
