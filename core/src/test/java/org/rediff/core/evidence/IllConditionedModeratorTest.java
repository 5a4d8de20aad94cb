package org.rediff.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.core.Tolerances;

/**
 * An uncentred moderator (publication year, ~2013-2023) makes X'WX ill-conditioned; REML must still converge to
 * metafor's solution. Reference: R 4.2.2 metafor 3.8.1,
 * {@code rma(escalc("PLO", xi, ni), mods = ~year, method = "REML", control = list(threshold = 1e-12))} on the data
 * below (the shipped uptake cohorts with one count altered to 7/9, the case that first failed):
 * tau2 0.956237780985811, intercept 34.3212857465754, year -0.0167282243180571 (se 0.0936598317030829),
 * QM 0.0319001658489166.
 */
class IllConditionedModeratorTest {
    @Test
    void remlWithAnUncentredYearConvergesToMetafor() {
        final int[] x = {7, 5, 1, 6, 4, 2, 5, 5, 20, 6, 11, 22};
        final int[] n = {9, 5, 3, 10, 10, 6, 14, 6, 21, 10, 28, 25};
        final List<String> year = List.of("2013", "2013", "2013", "2015", "2019", "2022", "2022", "2022", "2023",
                "2023", "2023", "2022");
        final List<ProportionStudy> studies = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            studies.add(new ProportionStudy("S" + i, x[i], n[i]));
        }
        final MetaRegression.Result r = MetaRegression.fit(ProportionTransforms.effects(EffectMeasure.PLO, studies),
                List.of(new Moderator("year", year)), Tau2Method.REML, false, 0.95);
        // Coefficients of an ill-conditioned design carry fewer exact digits; 1e-5 relative is what both
        // implementations can promise here.
        final double rel = 1e-5;
        assertThat(Tolerances.closeRelative(r.fit().tau2(), 0.956237780985811, rel)).isTrue();
        assertThat(Tolerances.closeRelative(r.fit().coefficients().get(0).estimate(), 34.3212857465754, rel)).isTrue();
        assertThat(Tolerances.closeRelative(r.fit().coefficients().get(1).estimate(), -0.0167282243180571, rel))
                .isTrue();
        assertThat(Tolerances.closeRelative(r.fit().coefficients().get(1).se(), 0.0936598317030829, rel)).isTrue();
        assertThat(Tolerances.closeRelative(r.fit().qm(), 0.0319001658489166, rel)).isTrue();
    }
}
