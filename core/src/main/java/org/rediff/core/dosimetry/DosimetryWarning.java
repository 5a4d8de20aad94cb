package org.rediff.core.dosimetry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One thing in a plan the physicist and physician must look at, as data: what kind it is (and so how much it matters
 * for safety and what to do about it), the region it concerns, the message, and a short detail with its value for
 * grouping repeats ("|r| = 1.00").
 *
 * @param kind    what kind of warning
 * @param region  the region ("whole_body", "blood", "lesion L1") or "" for the plan as a whole
 * @param message the message, without the region
 * @param detail  a short form of the finding for a grouped entry (e.g. "|r| = 1.00"), or "" when there is none
 * @param value   the number the detail shows, for ordering a group (larger first), or NaN
 */
public record DosimetryWarning(Kind kind, String region, String message, String detail, double value) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public DosimetryWarning {
        java.util.Objects.requireNonNull(kind, "kind");
        java.util.Objects.requireNonNull(region, "region");
        java.util.Objects.requireNonNull(message, "message");
        java.util.Objects.requireNonNull(detail, "detail");
    }

    /**
     * A warning without a detail.
     *
     * @param kind    what kind of warning
     * @param region  the region, or ""
     * @param message the message
     * @return the warning
     */
    public static DosimetryWarning of(Kind kind, String region, String message) {
        return new DosimetryWarning(kind, region, message, "", Double.NaN);
    }

    /**
     * The warning as one line: "region: message" (the message alone for the plan as a whole).
     *
     * @return the text
     */
    public String text() {
        return region.isEmpty() ? message : region + ": " + message;
    }

    /** How much a kind of warning matters for the patient's safety, most first. */
    public enum Severity {
        /** The prescription or a safety limit: the activity given, a lesion under-dosed, the limits' basis. */
        SAFETY("safety", "limits and safety"),
        /** The quality of a fit or of the data behind a dose: how far the number can be trusted. */
        FIT_QUALITY("fit_quality", "fit and data quality"),
        /** For information: no effect on the limits or the prescription. */
        INFORMATION("information", "information");

        private final String code;
        private final String label;

        Severity(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /** @return the code of the JSON report: safety, fit_quality or information */
        public String code() {
            return code;
        }

        /** @return the display label */
        public String label() {
            return label;
        }
    }

    /**
     * The kinds of warning, in the order they are ranked: by severity, then by what they mean within it. Each says
     * what a clinician should do about it. Kinds that repeat in the same words for many fits are grouped into one
     * entry; a safety warning is always shown on its own.
     */
    public enum Kind {
        /** No lesion reaches the target within the limits: by Ho 2013's rule 131I would not be given. */
        NOT_PROCEED(Severity.SAFETY, "no lesion reaches the target", "lesions", false,
                "Do not give 131I on this plan as it stands (Ho 2013's rule); review the measurements and decide "
                        + "with the treating physician whether to treat."),
        /** A lesion the rule aims at has no uptake. */
        NO_UPTAKE(Severity.SAFETY, "lesion without uptake", "lesions", false,
                "Check the lesion's measurements and segmentation; a lesion without uptake cannot be treated with "
                        + "131I, and the activity is set by a limit, not by the target."),
        /** A lesion the rule aims at stays below the target at the prescribed activity (a limit binds). */
        TARGET_MISSED(Severity.SAFETY, "lesion below the target dose", "lesions", false,
                "The prescribed activity is held down by a limit and will not reach the target in this lesion; "
                        + "decide with the physician whether that is acceptable. Do not raise the activity above "
                        + "the binding limit."),
        /** The 48-h retention is taken from another fit than the residence time. */
        RETENTION_FROM_OTHER_FIT(Severity.SAFETY, "48-h retention from another fit", "curves", false,
                "No change needed: the retention limit already uses the larger retention. Check the whole-body "
                        + "curve if the fits differ markedly."),
        /** A safety-limit curve uses a more conservative fit than the AICc-best. */
        CONSERVATIVE_FIT(Severity.SAFETY, "safety limit on the more conservative fit", "curves", false,
                "No change needed: the blood dose and the limits already use the more cautious fit. Check the curve "
                        + "if the two fits differ markedly."),
        /** A lesion is below the volume PET measures reliably. */
        SMALL_VOLUME(Severity.FIT_QUALITY, "lesion below the reliable PET volume", "lesions", true,
                "Partial-volume losses make this lesion's dose unreliable; do not base the activity on it alone."),
        /** A rate parameter sits at its bound. */
        RATE_AT_BOUND(Severity.FIT_QUALITY, "rate parameter at its bound (model may be over-parameterised)",
                "fits", true,
                "The data do not support this many phases; compare with the mono-exponential (or the trapezoid) "
                        + "before relying on the region's dose."),
        /** A parameter has a CV of 50% or more. */
        PARAMETER_CV(Severity.FIT_QUALITY, "parameter CV ≥ 50% (acceptance < 50%)", "parameters", true,
                "The parameter is poorly determined; look at the fitted curve and the dose interval, and consider a "
                        + "simpler model or another late measurement."),
        /** Two parameters correlate with |r| of 0.8 or more. */
        PARAMETERS_CORRELATED(Severity.FIT_QUALITY, "parameters correlated (acceptance |r| < 0.8)", "fits", true,
                "The individual parameters are poorly separated (|r| near 1: the model has one phase too many), "
                        + "though the residence time may still be well determined; check that the curve follows the "
                        + "points and, if not, fit this region with a simpler model."),
        /** The parameter covariance could not be estimated. */
        NO_COVARIANCE(Severity.FIT_QUALITY, "no parameter uncertainty", "fits", true,
                "The fit's uncertainty is unknown; treat its residence time with caution and prefer a model with "
                        + "fewer parameters than measurements."),
        /** A lesion dose has no interval. */
        NO_INTERVAL(Severity.FIT_QUALITY, "no interval for the lesion dose", "lesions", true,
                "No uncertainty is given for this dose; treat the point estimate with caution."),
        /** More than half of a lesion's time-integrated activity lies after the last measurement. */
        EXTRAPOLATED(Severity.FIT_QUALITY, "most of the activity extrapolated beyond the last scan", "lesions", true,
                "The dose rests mostly on the assumed clearance after the last scan; a later scan would confirm it."),
        /** No exponential model could be ranked; the trapezoid was used. */
        NO_RANKED_MODEL(Severity.FIT_QUALITY, "no model could be ranked; trapezoid used", "curves", true,
                "Too few measurements for a model fit; add time points if the dose matters for the decision."),
        /** The trapezoid's fitted tail fell back to physical decay. */
        TAIL_PHYSICAL(Severity.FIT_QUALITY, "trapezoid tail by physical decay", "curves", true,
                "The tail assumes no biological clearance after the last scan (conservative); check the last "
                        + "measurements."),
        /** A lesion's density is outside soft tissue. */
        DENSITY(Severity.INFORMATION, "density outside soft tissue", "lesions", true,
                "Only the local-deposition dose uses this density; the sphere-model dose assumes soft tissue. No "
                        + "action unless the lesion is in bone.");

        private final Severity severity;
        private final String label;
        private final String noun;
        private final boolean grouped;
        private final String advice;

        Kind(Severity severity, String label, String noun, boolean grouped, String advice) {
            this.severity = severity;
            this.label = label;
            this.noun = noun;
            this.grouped = grouped;
            this.advice = advice;
        }

        /** @return how much it matters for safety */
        public Severity severity() {
            return severity;
        }

        /** @return the code of the JSON report, e.g. {@code parameters_correlated} */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @return what the kind is, as a grouped entry begins */
        public String label() {
            return label;
        }

        /** @return whether repeats are grouped into one entry */
        public boolean grouped() {
            return grouped;
        }

        /** @return what a clinician should do about it */
        public String advice() {
            return advice;
        }
    }

    /**
     * One entry of the ranked warnings: a safety warning on its own, or every warning of a grouped kind.
     *
     * @param kind  the kind
     * @param items the warnings, largest value first (as produced when they have none)
     */
    public record Group(Kind kind, List<DosimetryWarning> items) {
        /** Copies the items. */
        public Group {
            items = List.copyOf(items);
        }

        /** @return the kind's severity */
        public Severity severity() {
            return kind.severity();
        }

        /** @return what to do */
        public String advice() {
            return kind.advice();
        }

        /**
         * The entry's text: the warning's own text when it is alone, else e.g. "parameters correlated (acceptance
         * |r| &lt; 0.8) in 5 fits: whole_body (|r| = 1.00), blood (|r| = 0.98), …".
         *
         * @return the text
         */
        public String summary() {
            if (items.size() == 1) {
                return items.get(0).text();
            }
            final List<String> parts = new ArrayList<>();
            for (DosimetryWarning w : items) {
                final String where = w.region().isEmpty() ? "plan" : w.region();
                parts.add(w.detail().isEmpty() ? where : where + " (" + w.detail() + ")");
            }
            return kind.label() + " in " + items.size() + " " + kind.noun + ": " + String.join(", ", parts);
        }
    }

    /**
     * Ranks warnings: by kind (severity first), keeping production order within a kind.
     *
     * @param warnings the warnings
     * @return the same warnings, ranked
     */
    public static List<DosimetryWarning> rank(List<DosimetryWarning> warnings) {
        return warnings.stream().sorted(Comparator.comparing(DosimetryWarning::kind)).toList();
    }

    /**
     * Ranks and groups warnings: safety warnings one entry each, repeats of the other kinds one entry per kind with
     * the largest value first.
     *
     * @param warnings the warnings
     * @return the entries, most important first
     */
    public static List<Group> group(List<DosimetryWarning> warnings) {
        final Map<Kind, List<DosimetryWarning>> byKind = new LinkedHashMap<>();
        for (DosimetryWarning w : rank(warnings)) {
            byKind.computeIfAbsent(w.kind(), k -> new ArrayList<>()).add(w);
        }
        final List<Group> out = new ArrayList<>();
        byKind.forEach((kind, list) -> {
            if (!kind.grouped()) {
                list.forEach(w -> out.add(new Group(kind, List.of(w))));
            } else {
                final List<DosimetryWarning> sorted = new ArrayList<>(list);
                sorted.sort(Comparator.comparingDouble((DosimetryWarning w) -> Double.isNaN(w.value())
                        ? Double.NEGATIVE_INFINITY : w.value()).reversed());
                out.add(new Group(kind, sorted));
            }
        });
        return out;
    }
}
