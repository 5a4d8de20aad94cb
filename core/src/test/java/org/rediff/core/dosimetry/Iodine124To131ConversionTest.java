package org.rediff.core.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rediff.core.Tolerances.halfUnitInLastPlace;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.rediff.core.Tolerances;

/**
 * 124I → 131I conversion (docs/background/domain.md §3): A131(t)/A0,131 = A124(t)/A0,124 · e^{+λ124 t} · e^{−λ131 t}, equivalently
 * λ_eff,131 = λ_eff,124 − λ124 + λ131.
 *
 * <p>Worked example ([DERIVED] rows of reference_values.csv, "DERIVED example: 124I Teff 40 h"): 124I effective
 * half-life 40 h → λ_bio = ln2/40 − ln2/(4.176·24) = 0.0104127 /h → 131I effective half-life 49.463 h.
 * Re-computed by hand: λ_eff,124 = 0.017328680, λ124 = 0.0069159800, λ131 = 0.0036008244, λ_eff,131 = 0.014013524,
 * T_eff,131 = 49.46273 h.
 */
class Iodine124To131ConversionTest {
    private static final double LN2 = Math.log(2);
    /** ICRP 107 decay constants, written out by hand (not taken from the code under test). */
    private static final double L131 = LN2 / (8.0207 * 24);
    private static final double L124 = LN2 / (4.176 * 24);
    private static final double L123 = LN2 / 13.27;

    @Test
    @DisplayName("Pointwise factors e^{(λ124−λ131)t}: 1.0133489 at 4 h, 1.0828146 at 24 h, 1.3747267 at 96 h, 1.6118497 at 144 h")
    void pointwiseFactors() {
        final double[] t = {0, 4, 24, 48, 96, 144};
        // by hand: exp(0.0033151556 · t)
        final double[] factor = {1.0, 1.01334893429, 1.0828145693, 1.17248739149, 1.3747266832, 1.61184970279};
        final List<TimeActivityPoint> pts = new ArrayList<>();
        for (double h : t) {
            pts.add(new TimeActivityPoint(h, 0.01));
        }
        final TimeActivityCurve converted = new TimeActivityCurve("lesion L1", pts).convert(Nuclide.I124, Nuclide.I131);
        assertThat(converted.region()).isEqualTo("lesion L1");
        assertThat(converted.points()).hasSize(t.length);
        for (int i = 0; i < t.length; i++) {
            assertThat(converted.points().get(i).hours()).isEqualTo(t[i]);
            // factors written to 12 significant figures: compare at 1e-11 relative
            assertThat(converted.points().get(i).fraction()).isCloseTo(0.01 * factor[i], within(1e-11 * 0.01 * factor[i]));
        }
    }

    @Test
    @DisplayName("I-123 → I-131 at 24 h: factor e^{(λ123−λ131)·24} = 3.2129831; same nuclide: unchanged")
    void otherTracersAndIdentity() {
        final TimeActivityCurve c = new TimeActivityCurve("blood",
                List.of(new TimeActivityPoint(24, 2e-4), new TimeActivityPoint(48, 1e-4)));
        assertThat(c.convert(Nuclide.I123, Nuclide.I131).points().get(0).fraction())
                .isCloseTo(2e-4 * 3.21298313722, within(1e-11 * 2e-4 * 3.2));
        assertThat(c.convert(Nuclide.I123, Nuclide.I131).points().get(1).fraction())
                .isCloseTo(1e-4 * Math.exp((L123 - L131) * 48), within(1e-12 * 1e-4 * 11));
        assertThat(c.convert(Nuclide.I131, Nuclide.I131).fractions()).containsExactly(2e-4, 1e-4);
        // the inverse conversion undoes the forward one
        final TimeActivityCurve back = c.convert(Nuclide.I124, Nuclide.I131).convert(Nuclide.I131, Nuclide.I124);
        assertThat(back.fractions()[0]).isCloseTo(2e-4, within(1e-15));
        assertThat(back.fractions()[1]).isCloseTo(1e-4, within(1e-15));
    }

    @Test
    @DisplayName("domain.md §3: 124I T_eff 40 h → converted mono-exponential fit has 131I T_eff 49.463 h ([DERIVED])")
    void effectiveHalfLifeExample() {
        final double a = 0.03;
        final double lEff124 = LN2 / 40;
        final List<TimeActivityPoint> pts = new ArrayList<>();
        for (double h : new double[] {4, 24, 48, 72, 96, 144}) {
            pts.add(new TimeActivityPoint(h, a * Math.exp(-lEff124 * h)));
        }
        final TimeActivityCurve c131 = new TimeActivityCurve("lesion L1", pts).convert(Nuclide.I124, Nuclide.I131);
        final CurveFit.Evaluated fit = CurveFitting.fit(c131, FitModel.MONO, TailPolicy.PHYSICAL, Nuclide.I131, 0, 7)
                .chosen();
        final double lEff131 = lEff124 - L124 + L131; // 0.0140135239
        assertThat(fit.model()).isEqualTo(FitModel.MONO);
        assertThat(fit.parameters().get("lambda_per_h"))
                .isCloseTo(lEff131, within(Tolerances.FIT_EXACT_RELATIVE * lEff131));
        assertThat(fit.parameters().get("a")).isCloseTo(a, within(Tolerances.FIT_EXACT_RELATIVE * a));
        final double teff = LN2 / fit.parameters().get("lambda_per_h");
        final double printed = DosimetryReferenceData.row(
                "DERIVED example: projected 131I effective half-life for 124I Teff 40 h").number();
        assertThat(teff).isCloseTo(printed, within(halfUnitInLastPlace(printed, 5)));
        final double lBio = DosimetryReferenceData.row(
                "DERIVED example: 124I Teff 40 h -> biological decay constant").number();
        assertThat(lEff124 - L124).isCloseTo(lBio, within(halfUnitInLastPlace(lBio, 6)));
        // residence time a/λ_eff,131 = 0.03 / 0.0140135239 = 2.14078... h
        assertThat(fit.residenceTimeHours()).isCloseTo(a / lEff131, within(Tolerances.FIT_EXACT_RELATIVE * a / lEff131));
    }

    @Test
    @DisplayName("Recovery correction: dividedBy(0.8) multiplies every value by 1.25")
    void dividedByRecoveryCoefficient() {
        final TimeActivityCurve c = new TimeActivityCurve("lesion L2",
                List.of(new TimeActivityPoint(4, 0.004), new TimeActivityPoint(24, 0.008)));
        final TimeActivityCurve d = c.dividedBy(0.8);
        assertThat(d.fractions()[0]).isCloseTo(0.005, within(1e-15));
        assertThat(d.fractions()[1]).isCloseTo(0.010, within(1e-15));
        assertThat(d.hours()).containsExactly(4, 24);
        assertThat(d.region()).isEqualTo("lesion L2");
    }
}
