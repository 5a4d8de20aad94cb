package org.rediff.app.design;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The raw query parameters of the design page, its downloads and {@code /api/design/*} (bound by Spring MVC; all
 * optional, blank means the default). {@link DesignService} parses and checks them.
 *
 * @param type          simon (default), single, two-arm or survival
 * @param source        single-arm designs: given (p0 and p1 entered) or evidence; blank: evidence when an outcome
 *                      is given
 * @param p0            uninteresting response rate; with the evidence, an override
 * @param p1            desirable response rate; with the evidence, an override
 * @param alpha         type I error (one-sided for single-arm designs, two-sided for comparisons; default 0.05)
 * @param beta          single-arm type II error (default 0.2, or 1 − power)
 * @param power         power (two-arm and survival, default 0.8; single-arm instead of beta)
 * @param nmax          single-arm search limit (default 150 for Simon, 500 single-stage)
 * @param outcome       evidence: uptake or response
 * @param genotype      evidence: a genotype of the base, or all
 * @param measure       evidence: pooling model (default GLMM)
 * @param p0From        evidence: lower (default), estimate or upper
 * @param p1From        evidence: estimate (default) or upper (lower allowed)
 * @param arm1          two-arm: proportion in arm 1
 * @param arm2          two-arm: proportion in arm 2
 * @param ratio         two-arm: allocation ratio n2/n1 (default 1)
 * @param hr            survival: hazard ratio to detect
 * @param allocation    survival: share allocated to the experimental arm (default 0.5)
 * @param medianControl survival: median survival in the control arm
 * @param accrual       survival: accrual period
 * @param followUp      survival: follow-up after the last patient is enrolled
 */
public record DesignParams(String type, String source, String p0, String p1, String alpha, String beta,
                           String power, String nmax, String outcome, String genotype, String measure,
                           @BindParam("p0_from") String p0From, @BindParam("p1_from") String p1From, String arm1,
                           String arm2, String ratio, String hr, String allocation,
                           @BindParam("median_control") String medianControl, String accrual,
                           @BindParam("follow_up") String followUp) {

    /** The empty parameters of a type. */
    public static DesignParams of(String type) {
        return new DesignParams(type, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    /** The same parameters for another type (the API takes the type from the path). */
    public DesignParams withType(String newType) {
        return new DesignParams(newType, source, p0, p1, alpha, beta, power, nmax, outcome, genotype, measure, p0From,
                p1From, arm1, arm2, ratio, hr, allocation, medianControl, accrual, followUp);
    }

    /** The parameters by their URL names, in form order (null when absent). */
    public Map<String, String> byName() {
        final Map<String, String> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("source", source);
        m.put("p0", p0);
        m.put("p1", p1);
        m.put("outcome", outcome);
        m.put("genotype", genotype);
        m.put("measure", measure);
        m.put("p0_from", p0From);
        m.put("p1_from", p1From);
        m.put("arm1", arm1);
        m.put("arm2", arm2);
        m.put("ratio", ratio);
        m.put("hr", hr);
        m.put("allocation", allocation);
        m.put("median_control", medianControl);
        m.put("accrual", accrual);
        m.put("follow_up", followUp);
        m.put("alpha", alpha);
        m.put("beta", beta);
        m.put("power", power);
        m.put("nmax", nmax);
        return m;
    }

    /** True once a form was submitted: any parameter besides the type (the type alone opens its empty form). */
    public boolean submitted() {
        return byName().entrySet().stream().anyMatch(e -> !e.getKey().equals("type") && e.getValue() != null);
    }

    /** The non-blank parameters as a query string starting with "?", for the downloads of the same design. */
    public String query() {
        final List<String> p = new ArrayList<>();
        byName().forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                p.add(k + "=" + URLEncoder.encode(v.strip(), StandardCharsets.UTF_8));
            }
        });
        return "?" + String.join("&", p);
    }

    /**
     * What the form shows: the submitted values, or the defaults of the type (α 0.05; β 0.2 for single-arm designs,
     * or 1 − power when only a power was given; power 0.8 for comparisons; ratio 1; allocation 0.5).
     */
    public DesignParams orDefaults() {
        final DesignType t = DesignType.parse(type);
        final String src = text(source, outcome != null && !outcome.isBlank() || !submitted() ? "evidence" : "given");
        final String b = t.singleArm() ? text(beta, complement(power, "0.2")) : beta;
        final String pw = t.singleArm() ? power : text(power, "0.8");
        return new DesignParams(t.code(), src, p0, p1, text(alpha, "0.05"), b, pw, nmax, text(outcome, "uptake"),
                text(genotype, "all"), text(measure, "GLMM"), text(p0From, "lower"), text(p1From, "estimate"), arm1,
                arm2, text(ratio, "1"), hr, text(allocation, "0.5"), medianControl, accrual, followUp);
    }

    /** 1 − value as a plain decimal (0.9 → "0.1"), or the fallback when value is blank or not a number. */
    private static String complement(String value, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return BigDecimal.ONE.subtract(new BigDecimal(value.strip())).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Whether the single-arm values come from the evidence (the form's radio). */
    public boolean fromEvidence() {
        if (source != null && !source.isBlank()) {
            return source.strip().equalsIgnoreCase("evidence");
        }
        return outcome != null && !outcome.isBlank();
    }

    private static String text(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
