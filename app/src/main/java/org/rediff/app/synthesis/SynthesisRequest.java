package org.rediff.app.synthesis;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.EvidenceSelection;
import org.rediff.core.evidence.EvidenceSelection.Outcome;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.core.evidence.PoolingOptions;
import org.rediff.core.evidence.StudyRecord.RecordType;
import org.rediff.core.evidence.Tau2Method;

/**
 * The parameters of a pooled analysis as the synthesis form and {@code /api/synthesis} take them, parsed with
 * messages that name the parameter and list what is allowed.
 *
 * @param outcome      uptake or response
 * @param measure      PLO (default), PR, PAS, PFT or GLMM
 * @param method       τ² estimator (default REML); ML with GLMM, which is fitted by maximum likelihood whatever
 *                     was asked (Stijnen et al. 2010), so no result claims another estimator for it
 * @param knha         Knapp-Hartung adjustment
 * @param types        record types pooled (default prospective_trial and trial_cohort)
 * @param by           subgroup attribute, or null
 * @param mods         meta-regression moderators (may be empty)
 * @param levelPercent confidence level in percent (default 95)
 * @param leaveOneOut  add a leave-one-out sensitivity analysis
 * @param ignoredMethod the τ² estimator asked for with GLMM that does not apply to it (other than ML), or null
 */
public record SynthesisRequest(Outcome outcome, PoolingModel measure, Tau2Method method, boolean knha,
                               Set<RecordType> types, String by, List<String> mods, double levelPercent,
                               boolean leaveOneOut, Tau2Method ignoredMethod) {
    public static final List<String> OUTCOMES = List.of("uptake", "response");
    public static final List<String> MEASURES = List.of("PLO", "PR", "PAS", "PFT", "GLMM");
    public static final List<String> METHODS = List.of("REML", "DL", "PM", "ML", "HS", "SJ", "EB", "EE");
    public static final List<String> TYPES = Arrays.stream(RecordType.values()).map(RecordType::code).toList();

    public SynthesisRequest {
        types = Collections.unmodifiableSet(new LinkedHashSet<>(types));
        mods = List.copyOf(mods);
    }

    public static SynthesisRequest defaults() {
        return parse(null, null, null, null, null, null, null, null, null);
    }

    /** Parses the request parameters; null or blank means the default. */
    public static SynthesisRequest parse(String outcome, String measure, String method, String knha,
                                         List<String> types, String by, List<String> mods, String level,
                                         String loo) {
        final Outcome o = choice("outcome", outcome, OUTCOMES, "uptake").equals("uptake") ? Outcome.UPTAKE
                : Outcome.RESPONSE;
        final PoolingModel m = PoolingModel.parse(choice("measure", measure, MEASURES, "PLO"));
        final Tau2Method asked = Tau2Method.parse(choice("method", method, METHODS, "REML"));
        final boolean glmm = m == PoolingModel.GLMM;
        final Tau2Method t = glmm ? Tau2Method.ML : asked;
        final Tau2Method ignored = glmm && method != null && !method.isBlank() && asked != Tau2Method.ML ? asked
                : null;
        final Set<RecordType> ts = new LinkedHashSet<>();
        for (String type : nonBlank(types)) {
            ts.add(RecordType.parse(choice("types", type, TYPES, null)));
        }
        if (ts.isEmpty()) {
            ts.add(RecordType.PROSPECTIVE_TRIAL);
            ts.add(RecordType.TRIAL_COHORT);
        }
        final String group = by == null || by.isBlank() || by.strip().equalsIgnoreCase("none") ? null
                : choice("by", by, EvidenceSelection.ATTRIBUTES, null);
        final List<String> ms = new ArrayList<>();
        for (String mod : nonBlank(mods)) {
            if (!mod.strip().equalsIgnoreCase("none")) {
                final String name = choice("mods", mod, EvidenceSelection.ATTRIBUTES, null);
                if (!ms.contains(name)) {
                    ms.add(name);
                }
            }
        }
        return new SynthesisRequest(o, m, t, bool("knha", knha), ts, group, ms, level(level), bool("loo", loo),
                ignored);
    }

    /** The core's options (which reject Knapp-Hartung with GLMM). */
    public PoolingOptions options() {
        return new PoolingOptions(measure, method, knha, levelPercent / 100.0);
    }

    public String outcomeCode() {
        return outcome.code();
    }

    public List<String> typeCodes() {
        return types.stream().map(RecordType::code).toList();
    }

    /** The request as a query string starting with "?", for download links of the same analysis. */
    public String query() {
        final List<String> p = new ArrayList<>();
        p.add("outcome=" + outcomeCode());
        p.add("measure=" + measure.code());
        p.add("method=" + method.code());
        if (knha) {
            p.add("knha=true");
        }
        typeCodes().forEach(t -> p.add("types=" + t));
        if (by != null) {
            p.add("by=" + encode(by));
        }
        mods.forEach(mod -> p.add("mods=" + encode(mod)));
        p.add("level=" + Format.plain(levelPercent));
        if (leaveOneOut) {
            p.add("loo=true");
        }
        return "?" + String.join("&", p);
    }

    /** A one-line description of the model for titles. */
    public String modelText() {
        final String base = measure == PoolingModel.GLMM ? "GLMM (binomial-normal, ML)"
                : measure.code() + ", " + method.code() + (knha ? ", Knapp-Hartung" : "");
        return base + ", " + Format.plain(levelPercent) + "% CI";
    }

    public String outcomeText() {
        return outcome == Outcome.UPTAKE ? "Restored radioiodine uptake (restored / evaluable)"
                : "Objective response (CR + PR / response denominator)";
    }

    private static String choice(String parameter, String value, List<String> allowed, String fallback) {
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw new InvalidInputException(parameter + ": a value is required; allowed: " + allowed);
            }
            return fallback;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value.strip())) {
                return a;
            }
        }
        throw new InvalidInputException(parameter + " must be one of " + allowed + ", got '" + value + "'");
    }

    private static boolean bool(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> true;
            case "false", "off", "no", "0" -> false;
            default -> throw new InvalidInputException(parameter + " must be true or false, got '" + value + "'");
        };
    }

    private static double level(String value) {
        if (value == null || value.isBlank()) {
            return 95;
        }
        final double v;
        try {
            v = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("level must be a percentage such as 95, got '" + value + "'");
        }
        if (!(v > 50 && v < 100)) {
            throw new InvalidInputException("level must be a percentage in (50, 100), e.g. 95, got '" + value + "'");
        }
        return v;
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
