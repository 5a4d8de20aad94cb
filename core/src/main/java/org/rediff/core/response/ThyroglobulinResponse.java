package org.rediff.core.response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rediff.core.common.InvalidInputException;

/**
 * Biochemical response: percent change of thyroglobulin from baseline (the first sample), the best decline, an
 * antibody-interference flag (positive anti-Tg antibodies make Tg unreliable; docs/background/domain.md §4), and the ATA 2015
 * response-to-therapy category (Haugen et al., Thyroid 2016;26:1-133, response-to-therapy definitions, thresholds as
 * in docs/background/domain.md §4) from the last sample and imaging:
 * <ul>
 *   <li>structural incomplete: structural or functional evidence of disease, whatever the Tg;</li>
 *   <li>excellent: negative imaging, antibodies negative, suppressed Tg &lt; 0.2 or stimulated Tg &lt; 1 ng/mL;</li>
 *   <li>biochemical incomplete: negative imaging and suppressed Tg ≥ 1 or stimulated Tg ≥ 10 ng/mL, or rising
 *   anti-Tg antibodies;</li>
 *   <li>indeterminate: everything else (non-specific imaging, suppressed Tg 0.2–1, stimulated Tg 1–10, stable or
 *   declining antibodies).</li>
 * </ul>
 * Percent changes compare samples of the same kind (suppressed with suppressed) with the baseline of that kind.
 */
public final class ThyroglobulinResponse {
    private ThyroglobulinResponse() {
    }

    /** Imaging status at the time of the last sample. */
    public enum Imaging { NEGATIVE, NONSPECIFIC, STRUCTURAL_OR_FUNCTIONAL_DISEASE }

    /** ATA 2015 response-to-therapy categories. */
    public enum AtaCategory { EXCELLENT, INDETERMINATE, BIOCHEMICAL_INCOMPLETE, STRUCTURAL_INCOMPLETE }

    /**
     * @param samples             the samples in date order
     * @param changesPct          percent change from the baseline of the same kind, per sample in date order (NaN for
     *                            the baselines and when the baseline is 0)
     * @param bestChangePct       most negative change (NaN with a single sample)
     * @param antibodyInterference whether any sample had positive anti-Tg antibodies
     * @param ataCategory         category from the last sample
     * @param notes               caveats
     */
    public record Result(List<ThyroglobulinMeasurement> samples, List<Double> changesPct, double bestChangePct,
                         boolean antibodyInterference, AtaCategory ataCategory, List<String> notes) {
        public Result {
            samples = List.copyOf(samples);
            changesPct = List.copyOf(changesPct);
            notes = List.copyOf(notes);
        }
    }

    public static Result evaluate(List<ThyroglobulinMeasurement> samples, Imaging imaging,
                                  boolean antibodiesRising) {
        if (samples.isEmpty()) {
            throw new InvalidInputException("thyroglobulin: at least one sample is required");
        }
        final List<ThyroglobulinMeasurement> sorted = new ArrayList<>(samples);
        sorted.sort(Comparator.comparing(ThyroglobulinMeasurement::date));
        Double suppressedBase = null;
        Double stimulatedBase = null;
        final List<Double> changes = new ArrayList<>();
        double best = Double.NaN;
        boolean interference = false;
        for (ThyroglobulinMeasurement s : sorted) {
            interference |= Boolean.TRUE.equals(s.antibodiesPositive());
            final Double base = s.stimulated() ? stimulatedBase : suppressedBase;
            if (base == null) {
                if (s.stimulated()) {
                    stimulatedBase = s.tgNgPerMl();
                } else {
                    suppressedBase = s.tgNgPerMl();
                }
                changes.add(Double.NaN);
                continue;
            }
            final double change = base > 0 ? 100 * (s.tgNgPerMl() - base) / base : Double.NaN;
            changes.add(change);
            if (!Double.isNaN(change)) {
                best = Double.isNaN(best) ? change : Math.min(best, change);
            }
        }
        final List<String> notes = new ArrayList<>();
        if (interference) {
            notes.add("anti-Tg antibodies positive: thyroglobulin may be falsely low; follow antibody titres");
        }
        final ThyroglobulinMeasurement last = sorted.get(sorted.size() - 1);
        return new Result(sorted, changes, best, interference, category(last, imaging, antibodiesRising), notes);
    }

    static AtaCategory category(ThyroglobulinMeasurement last, Imaging imaging, boolean antibodiesRising) {
        if (imaging == Imaging.STRUCTURAL_OR_FUNCTIONAL_DISEASE) {
            return AtaCategory.STRUCTURAL_INCOMPLETE;
        }
        final double tg = last.tgNgPerMl();
        if (imaging == Imaging.NEGATIVE) {
            if (antibodiesRising || (last.stimulated() ? tg >= 10 : tg >= 1)) {
                return AtaCategory.BIOCHEMICAL_INCOMPLETE;
            }
            if (!Boolean.TRUE.equals(last.antibodiesPositive()) && (last.stimulated() ? tg < 1 : tg < 0.2)) {
                return AtaCategory.EXCELLENT;
            }
        }
        return AtaCategory.INDETERMINATE;
    }
}
