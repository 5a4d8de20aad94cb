package org.rediff.app.synthesis;

import java.util.List;

/**
 * The raw query parameters of the synthesis page, its downloads and {@code /api/synthesis} (bound by Spring MVC;
 * all optional). {@link #toRequest()} parses and checks them.
 *
 * @param outcome uptake or response
 * @param measure PLO, PR, PAS, PFT or GLMM
 * @param method  τ² estimator
 * @param knha    Knapp-Hartung (true/false, or a checkbox's "on")
 * @param types   record types (repeatable)
 * @param by      subgroup attribute or none
 * @param mods    moderators (repeatable)
 * @param level   confidence level in percent
 * @param loo     leave-one-out sensitivity analysis (true/false, or a checkbox's "on")
 */
public record SynthesisParams(String outcome, String measure, String method, String knha, List<String> types,
                              String by, List<String> mods, String level, String loo) {
    public SynthesisRequest toRequest() {
        return SynthesisRequest.parse(outcome, measure, method, knha, types, by, mods, level, loo);
    }

    /** True once the form was submitted (the outcome is always sent). */
    public boolean submitted() {
        return outcome != null;
    }

    /** What the form shows: the submitted values, or the defaults. */
    public SynthesisParams orDefaults() {
        return new SynthesisParams(text(outcome, "uptake"), text(measure, "PLO"), text(method, "REML"),
                knha == null || knha.equals("false") ? "" : "true",
                types == null || types.isEmpty() ? List.of("prospective_trial", "trial_cohort") : types,
                text(by, "none"), mods == null ? List.of() : mods, text(level, "95"),
                loo == null || loo.equals("false") ? "" : "true");
    }

    /** GLMM chosen: the form shows the τ² method as ML and Knapp-Hartung off, both disabled. */
    public boolean glmm() {
        return "GLMM".equalsIgnoreCase(measure == null ? null : measure.strip());
    }

    public boolean knhaChecked() {
        return "true".equals(knha) || "on".equals(knha);
    }

    public boolean looChecked() {
        return "true".equals(loo) || "on".equals(loo);
    }

    private static String text(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
