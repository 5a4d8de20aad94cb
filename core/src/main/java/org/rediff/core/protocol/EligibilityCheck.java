package org.rediff.core.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * A patient against a protocol's eligibility: every criterion with its finding, and a regimen for the genotype.
 * Eligible means no criterion is unmet and a regimen exists; unknown findings (ECOG not recorded) are listed for
 * the clinician, never assumed.
 *
 * @param findings each criterion
 * @param regimen  the regimen for the patient's genotype, or null when the protocol has none
 */
public record EligibilityCheck(List<EligibilityFinding> findings, Regimen regimen) {
    public EligibilityCheck {
        findings = List.copyOf(findings);
    }

    /** Whether the patient may be enrolled. */
    public boolean eligible() {
        return regimen != null && findings.stream().noneMatch(f -> Boolean.FALSE.equals(f.met()));
    }

    /** Checks {@code c} against {@code p}. */
    public static EligibilityCheck of(ProtocolDefinition p, Candidate c) {
        final Eligibility e = p.eligibility();
        final List<EligibilityFinding> out = new ArrayList<>();
        final Regimen regimen = p.regimenFor(c.genotype()).orElse(null);
        out.add(new EligibilityFinding("genotype", regimen != null, c.genotype().label() + (regimen != null
                ? " → " + regimen.describe() : " has no regimen in this protocol")));
        if (e == null) {
            return new EligibilityCheck(out, regimen);
        }
        if (!e.histologies().isEmpty()) {
            out.add(new EligibilityFinding("histology", e.histologies().contains(c.histology()), c.histology()
                    + " (accepted: " + String.join(", ", e.histologies().stream().sorted().toList()) + ")"));
        }
        if (e.requireRefractory()) {
            out.add(new EligibilityFinding("radioiodine-refractory", c.refractory(), c.refractory()
                    ? "the latest RAIR assessment says refractory" : "no current RAIR assessment of refractory"));
        }
        if (e.maxEcog() != null) {
            out.add(new EligibilityFinding("ECOG", c.ecog() == null ? null : c.ecog() <= e.maxEcog(),
                    (c.ecog() == null ? "not recorded" : "ECOG " + c.ecog()) + " (at most " + e.maxEcog() + ")"));
        }
        if (e.minAgeYears() != null) {
            out.add(new EligibilityFinding("age", c.ageYears() >= e.minAgeYears(), c.ageYears() + " years (at least "
                    + e.minAgeYears() + ")"));
        }
        if (e.maxLesionMm() != null) {
            out.add(new EligibilityFinding("largest lesion", c.largestLesionMm() == null ? null
                    : c.largestLesionMm() <= e.maxLesionMm(), size(c) + " (at most " + e.maxLesionMm() + " mm)"));
        }
        if (e.minLargestLesionMm() != null) {
            out.add(new EligibilityFinding("measurable lesion", c.largestLesionMm() == null ? null
                    : c.largestLesionMm() >= e.minLargestLesionMm(), size(c) + " (at least "
                    + e.minLargestLesionMm() + " mm)"));
        }
        return new EligibilityCheck(out, regimen);
    }

    private static String size(Candidate c) {
        return c.largestLesionMm() == null ? "no lesion size recorded" : "largest lesion " + c.largestLesionMm()
                + " mm";
    }
}
