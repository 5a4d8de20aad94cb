#!/usr/bin/env python3
"""The voxel pipeline of `rediff dosimetry voxel` in NumPy/SciPy, for the speed comparison of bench/voxel.sh.

Same steps and the same choices as the Java code: read float32 NIfTI-1 volumes, convert the 124I series to I-131
kinetics, per-voxel mono-exponential by log-linear least squares with lambda >= lambda(I-131) (one positive value:
physical decay from it; none: 0), time-integrated activity in MBq*s per GBq, scipy.signal.fftconvolve with the
Lanconelli 2012 4 mm soft-tissue I-131 kernel mirrored to 11x11x11, per-label mean/median/max/D90/V20Gy and DVH,
and the dose map written as float32 NIfTI. Usage: voxel_numpy.py DIR (the series of `rediff bench voxel
--generate-only --dir DIR`). Prints the stage timings as JSON; writes DIR/numpy-out/.
"""
import json
import math
import os
import sys
import time

import numpy as np
from scipy.signal import fftconvolve

HOURS = [4.0, 24.0, 48.0, 96.0]
L124 = math.log(2) / (4.176 * 24)
L131 = math.log(2) / (8.0207 * 24)
HERE = os.path.dirname(os.path.abspath(__file__))
KERNEL = os.path.join(HERE, "..", "core", "src", "main", "resources", "org", "rediff", "core", "dosimetry",
                      "voxel-s-values-I131", "131I4mmsoft.txt")


def read_nifti(path):
    with open(path, "rb") as f:
        raw = f.read()
    dims = np.frombuffer(raw, dtype="<i2", count=8, offset=40)
    offset = int(np.frombuffer(raw, dtype="<f4", count=1, offset=108)[0])
    nx, ny, nz = int(dims[1]), int(dims[2]), int(dims[3])
    data = np.frombuffer(raw, dtype="<f4", count=nx * ny * nz, offset=offset)
    return data.reshape((nz, ny, nx)), raw[:offset]


def write_nifti(path, header, volume):
    with open(path, "wb") as f:
        f.write(header)
        f.write(volume.astype("<f4").tobytes())


def kernel():
    octant = np.zeros((6, 6, 6))
    with open(KERNEL, encoding="latin-1") as f:
        for line in f:
            p = line.split()
            if len(p) == 4 and p[0].isdigit():
                octant[int(p[0]), int(p[1]), int(p[2])] = float(p[3])
    idx = np.abs(np.arange(-5, 6))
    return octant[np.ix_(idx, idx, idx)]


def main(d):
    t0 = time.perf_counter()
    frames = []
    header = None
    for h in HOURS:
        v, header = read_nifti(os.path.join(d, "pet-%dh.nii" % h))
        frames.append(v.astype(np.float64))
    labels, _ = read_nifti(os.path.join(d, "labels.nii"))
    labels = np.rint(labels).astype(np.int32)
    t1 = time.perf_counter()
    voxel_ml = 0.064
    t = np.array(HOURS)
    a = np.stack(frames) * (voxel_ml * 1e-6 / 74 * 1000 * np.exp((L124 - L131) * t))[:, None, None, None]
    positive = a > 0
    m = positive.sum(axis=0)
    y = np.where(positive, np.log(np.where(positive, a, 1)), 0)
    tt = np.where(positive, t[:, None, None, None], 0)
    st, sy = tt.sum(axis=0), y.sum(axis=0)
    stt, sty = (tt * tt).sum(axis=0), (tt * y).sum(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = (m * sty - st * sy) / (m * stt - st * st)
    lam = np.where(m >= 2, np.maximum(-np.nan_to_num(slope, nan=-L131), L131), L131)
    with np.errstate(divide="ignore", invalid="ignore"):
        intercept = (sy + lam * st) / np.maximum(m, 1)
    tia = np.where(m > 0, np.exp(intercept) / lam * 3600, 0)
    t2 = time.perf_counter()
    dose = fftconvolve(tia, kernel(), mode="same") / 1000
    t3 = time.perf_counter()
    results = []
    for label in np.unique(labels):
        if label == 0:
            continue
        d_l = np.sort(dose[labels == label])
        n = d_l.size
        results.append({"label": int(label), "mean": float(d_l.mean()), "median": float(np.median(d_l)),
                        "max": float(d_l[-1]), "d90": float(d_l[min(int(math.floor(10 * n / 100 + 1e-9)), n - 1)]),
                        "v20": float((d_l >= 20 / 3.7).mean())})
    out = os.path.join(d, "numpy-out")
    os.makedirs(out, exist_ok=True)
    write_nifti(os.path.join(out, "dose_Gy_per_GBq.nii"), header, dose.astype(np.float32))
    t4 = time.perf_counter()
    print(json.dumps({"labels": results, "timing_s": {"read": t1 - t0, "fit": t2 - t1, "convolve": t3 - t2,
                                                      "summarise_write": t4 - t3, "total": t4 - t0}}))


if __name__ == "__main__":
    main(sys.argv[1])
