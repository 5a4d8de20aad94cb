package org.rediff.core.dosimetry;

import java.util.List;
import org.rediff.core.common.InvalidInputException;

/**
 * Recovery coefficient as a function of volume, interpolated linearly in log(volume) between the scanner's
 * calibration points and held constant beyond them; 1 when no curve is given.
 */
final class RecoveryCurve {
    private RecoveryCurve() {
    }

    static double at(List<PlanInput.RecoveryPoint> curve, double volumeMl) {
        if (curve.isEmpty()) {
            return 1.0;
        }
        for (int i = 0; i < curve.size(); i++) {
            final PlanInput.RecoveryPoint p = curve.get(i);
            if (!(p.volumeMl() > 0) || !(p.rc() > 0 && p.rc() <= 1.5)) {
                throw new InvalidInputException("recovery_curve point " + (i + 1) + ": volume_ml must be > 0 and rc in "
                        + "(0, 1.5], got " + p.volumeMl() + " ml, rc " + p.rc());
            }
            if (i > 0 && !(p.volumeMl() > curve.get(i - 1).volumeMl())) {
                throw new InvalidInputException("recovery_curve: volumes must increase, got " + curve.get(i - 1)
                        .volumeMl() + " then " + p.volumeMl() + " ml");
            }
        }
        if (volumeMl <= curve.get(0).volumeMl()) {
            return curve.get(0).rc();
        }
        for (int i = 1; i < curve.size(); i++) {
            final PlanInput.RecoveryPoint a = curve.get(i - 1);
            final PlanInput.RecoveryPoint b = curve.get(i);
            if (volumeMl <= b.volumeMl()) {
                final double f = Math.log(volumeMl / a.volumeMl()) / Math.log(b.volumeMl() / a.volumeMl());
                return a.rc() + f * (b.rc() - a.rc());
            }
        }
        return curve.get(curve.size() - 1).rc();
    }
}
