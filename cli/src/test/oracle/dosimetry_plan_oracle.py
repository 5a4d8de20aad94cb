"""Independent recomputation of `rediff dosimetry plan` for examples/dosimetry-plan.json.

Re-implements the plan with numpy/scipy, sharing no code with rediff: 124I -> 131I conversion, weighted
least-squares fits (mono-exponential, uptake-washout, bi-exponential; weights 1/max(y, 1% of max y) as
ExponentialFitter documents), AICc, the choice rules (lesions: smallest AICc; whole body and blood: the largest
residence time, and the largest 48-h retention, among fits within 10 AICc of the best), the EANM blood dose
(Lassmann 2008), the 48-h retention limit, local-deposition and uniform-sphere lesion doses (Lanconelli 2012 I-131
soft-tissue voxel S-values from core/src/test/resources/dosimetry, convolved by FFT) and the all_lesions prescription.

Writes cli/src/test/resources/dosimetry/plan-oracle.csv (quantity,value), read by DosimetryPlanOracleTest.
Run from the repository root:  python3 cli/src/test/oracle/dosimetry_plan_oracle.py
Needs numpy and scipy (pip install numpy scipy). Regenerate when the example or the method changes.
"""
import csv
import json
import math
import pathlib

import numpy as np
from scipy.optimize import least_squares
from scipy.signal import fftconvolve

ROOT = pathlib.Path(__file__).resolve().parents[4]
PLAN = json.loads((ROOT / "examples/dosimetry-plan.json").read_text())
KERNELS = ROOT / "core/src/test/resources/dosimetry/voxel-s-values-I131"
OUT = ROOT / "cli/src/test/resources/dosimetry/plan-oracle.csv"

# ICRP 107 half-lives (core/src/test/resources/dosimetry/icrp107) and the I-131 non-penetrating energy per decay, summed from the
# same data: beta 181.868 + conversion electrons 9.567 + Auger 0.413 keV.
LAMBDA_131 = math.log(2) / (8.0207 * 24)
LAMBDA_124 = math.log(2) / (4.176 * 24)
DELTA_NP_J = 191.848 * 1.602176634e-16
PLAUSIBLE = 10.0


def to_131(points, key):
    t = np.array([p["hours"] for p in points], dtype=float)
    y = np.array([p[key] for p in points], dtype=float) / 100.0
    return t, y * np.exp((LAMBDA_124 - LAMBDA_131) * t)


# model: (curve, integral from 0 to infinity, lower bounds); rates never below physical decay
MODELS = {
    "mono": (lambda p, t: p[0] * np.exp(-p[1] * t), lambda p: p[0] / p[1], [0.0, LAMBDA_131]),
    "uptake_washout": (lambda p, t: p[0] * (np.exp(-p[1] * t) - np.exp(-p[2] * t)),
                       lambda p: p[0] * (1 / p[1] - 1 / p[2]), [0.0, LAMBDA_131, LAMBDA_131]),
    "bi": (lambda p, t: p[0] * np.exp(-p[1] * t) + p[2] * np.exp(-p[3] * t),
           lambda p: p[0] / p[1] + p[2] / p[3], [0.0, LAMBDA_131, 0.0, LAMBDA_131]),
}


def starts(model, y):
    top = y.max()
    if model == "mono":
        return [[y[0] * 1.2, 0.02], [top, 0.005]]
    if model == "uptake_washout":
        return [[top * 1.5, 0.006, 0.2], [top, 0.004, 1.0], [top, 0.01, 0.05]]
    return [[y[0] * 0.5, 0.1, y[0] * 0.5, 0.01], [y[0] * 0.3, 0.3, y[0] * 0.7, 0.015]]


def fit(t, y, model):
    f, integral, lower = MODELS[model]
    k = len(lower)
    w = 1.0 / np.maximum(y, 0.01 * y.max())
    best = None
    for s in starts(model, y):
        r = least_squares(lambda p: (f(p, t) - y) * w, s, bounds=(lower, [np.inf] * k), x_scale="jac",
                          xtol=1e-15, ftol=1e-15, gtol=1e-15, max_nfev=100000)
        if best is None or r.cost < best.cost:
            best = r
    n = len(t)
    rss = 2 * best.cost
    aicc = n * math.log(rss / n) + 2 * k + 2 * k * (k + 1) / (n - k - 1) if n - k - 1 > 0 else math.nan
    return {"model": model, "tau": integral(best.x), "aicc": aicc, "curve": lambda h, p=best.x: f(p, h)}


def candidates(t, y):
    return [fit(t, y, m) for m in MODELS if len(t) > len(MODELS[m][2]) + 1]


def plausible(fits):
    best = min(f["aicc"] for f in fits)
    return [f for f in fits if f["aicc"] - best <= PLAUSIBLE]


def kernel(size_mm):
    k = np.zeros((6, 6, 6))
    for line in (KERNELS / f"131I{size_mm:g}mmsoft.txt").read_text().splitlines():
        cells = line.split()
        if len(cells) == 4 and cells[0].isdigit():
            k[int(cells[0]), int(cells[1]), int(cells[2])] = float(cells[3])
    full = np.zeros((11, 11, 11))
    for i in range(-5, 6):
        for j in range(-5, 6):
            for m in range(-5, 6):
                full[i + 5, j + 5, m + 5] = k[abs(i), abs(j), abs(m)]
    return full


SIZES = [2.21, 2.33, 2.4, 3.0, 3.59, 3.9, 4.0, 4.42, 4.8, 5.0, 6.0, 6.8, 9.28]


def sphere_gy_per_gbq(tau_h, volume_ml):
    """Mean dose to a uniform voxelised sphere per GBq: tau * 3600 s/h * 1e9 Bq/GBq * S_mean, S in mGy/(MBq s)."""
    r = (3 * volume_ml * 1000 / (4 * math.pi)) ** (1 / 3)
    s = next((v for v in SIZES if r / v <= 5), SIZES[-1])
    m = int(math.ceil(r / s))
    g = np.arange(-m, m + 1)
    i, j, k = np.meshgrid(g, g, g, indexing="ij")
    mask = (i ** 2 + j ** 2 + k ** 2) <= (r / s) ** 2 + 1e-9
    dose = fftconvolve(mask.astype(float), kernel(s), mode="same")
    voxels = mask.sum()
    # mean over the sphere of the summed kernel, per unit activity in the whole sphere, scaled to the true volume
    s_mean = dose[mask].mean() / voxels * voxels * s ** 3 / (volume_ml * 1000)
    return tau_h * 3.6e6 * s_mean * 1e-3


def main():
    rows = []
    t, y = to_131(PLAN["whole_body"], "percent_administered")
    wb = plausible(candidates(t, y))
    wb_tau = max(f["tau"] for f in wb)
    r48 = max(float(f["curve"](48.0)) for f in wb)
    tb, yb = to_131(PLAN["blood"], "percent_administered_per_ml")
    blood_tau = max(f["tau"] for f in plausible(candidates(tb, yb)))
    weight = PLAN["patient"]["weight_kg"]
    blood_dose = 108 * blood_tau + 0.0188 / weight ** (2 / 3) * wb_tau
    mta = PLAN.get("blood_limit_Gy", 2.0) / blood_dose
    retention_limit = 4.44 / r48
    rows += [("whole_body_residence_time_h", wb_tau), ("retention_48h_percent", 100 * r48),
             ("blood_residence_time_h_per_ml", blood_tau), ("blood_dose_per_GBq_Gy", blood_dose),
             ("mta_GBq", mta), ("retention_limit_GBq", retention_limit)]
    target = PLAN.get("target_dose_Gy", 20.0)
    needed = []
    for lesion in PLAN["lesions"]:
        tl, yl = to_131(lesion["measurements"], "percent_administered")
        yl = yl / lesion.get("recovery_coefficient", 1.0)
        best = min(candidates(tl, yl), key=lambda f: f["aicc"])
        sphere = sphere_gy_per_gbq(best["tau"], lesion["volume_ml"])
        mass_kg = lesion["volume_ml"] * lesion.get("density_g_per_ml", 1.0) / 1000
        led = best["tau"] * 3.6e12 * DELTA_NP_J / mass_kg
        lid = lesion["id"]
        rows += [(f"{lid}_residence_time_h", best["tau"]), (f"{lid}_dose_per_GBq_Gy", sphere),
                 (f"{lid}_dose_per_GBq_Gy_led", led), (f"{lid}_activity_for_target_GBq", target / sphere)]
        needed.append(target / sphere)
    limits = [mta, retention_limit] + ([PLAN["max_activity_GBq"]] if "max_activity_GBq" in PLAN else [])
    rows.append(("prescription_activity_GBq", min(max(needed), min(limits))))
    with OUT.open("w", newline="") as out:
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["quantity", "value"])
        for name, value in rows:
            w.writerow([name, repr(float(value))])
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
