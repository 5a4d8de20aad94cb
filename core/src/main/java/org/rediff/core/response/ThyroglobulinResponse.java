package org.rediff.core.response;

import org.rediff.core.common.Codes;
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
    public enum Imaging { NEGATIVE, NONSPECIFIC, STRUCTURAL_OR_FUNCTIONAL_DISEASE;

        /**
         * The code of inputs and reports.
         *
         * @return the constant's name in lower case, e.g. {@code negative}
         */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * The display label.
         *
         * @return the code with spaces for underscores
         */
        public String label() {
            return code().replace('_', ' ');
        }

        /**
         * Reads a code, ignoring case.
         *
         * @param code negative, nonspecific or structural_or_functional_disease
         * @return the constant
         * @throws InvalidInputException naming the allowed codes if {@code code} is none of them
         */
        public static Imaging parse(String code) {
            return Codes.parse(values(), Imaging::code, "thyroglobulin.imaging", code);
        }
    }

    /** ATA 2015 response-to-therapy categories. */
    public enum AtaCategory { EXCELLENT, INDETERMINATE, BIOCHEMICAL_INCOMPLETE, STRUCTURAL_INCOMPLETE;

        /**
         * The code of inputs and reports.
         *
         * @return the constant's name, as the JSON report gives it, e.g. {@code STRUCTURAL_INCOMPLETE}
         */
        public String code() {
            return name();
        }

        /**
         * The display label.
         *
         * @return the category in words, e.g. "structural incomplete"
         */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        /**
         * Reads a code, ignoring case.
         *
         * @param code EXCELLENT, INDETERMINATE, BIOCHEMICAL_INCOMPLETE or STRUCTURAL_INCOMPLETE
         * @return the constant
         * @throws InvalidInputException naming the allowed codes if {@code code} is none of them
         */
        public static AtaCategory parse(String code) {
            return Codes.parse(values(), AtaCategory::code, "ata_category", code);
        }
    }

    /**
     * A patient's biochemical response.
     *
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

    /**
     * Evaluates the thyroglobulin course.
     *
     * @param samples          the samples (Tg in ng/mL), at least one, in any order
     * @param imaging          imaging status at the time of the last sample
     * @param antibodiesRising whether anti-Tg antibody titres are rising
     * @return the samples in date order with their percent changes, the best change, the antibody flag, the ATA
     *         category from the last sample, and notes
     * @throws InvalidInputException if there is no sample
     */
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
