package org.rediff.core.protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;

/**
 * A redifferentiation protocol as data: who it enrols, its regimens by genotype, the stimulation, the low-iodine
 * diet, the uptake checks and the rule that decides on them, when the 131I follows and how its activity is set,
 * how long the inhibitor continues after it, and the follow-up visits. Day 1 is the first inhibitor dose.
 * Values the sources do not give are null and listed in {@code unverified} (protocols.md: never hard-code an
 * unverified value).
 *
 * @param id                 lower-case id, e.g. {@code ho2013-selumetinib}
 * @param version            definition version, from 1; a change to a definition in use is a new version
 * @param title              the protocol's name
 * @param citation           the source (journal, PMID, registry number)
 * @param unverified         what the definition assumes that the sources did not confirm
 * @param eligibility        who it enrols
 * @param regimens           the arms by genotype
 * @param stimulation        TSH stimulation before each tracer
 * @param lowIodineDietDay   study day the low-iodine diet starts (relative to the first check when negative
 *                           values would precede day 1), or null if the protocol does not say
 * @param checks             the uptake checks in order
 * @param uptakeRule         the rule that decides on a check
 * @param i131DaysAfterCheck days from the deciding check's tracer day to the 131I
 * @param drugDaysAfterI131  days the inhibitor continues after the 131I, or null when unpublished
 * @param activityRule       how the 131I activity is set
 * @param followUpDays       follow-up visits, in days after the 131I (6 months = 182)
 */
public record ProtocolDefinition(String id, int version, String title, String citation, List<String> unverified,
                                 Eligibility eligibility, List<Regimen> regimens, Stimulation stimulation,
                                 Integer lowIodineDietDay, List<UptakeCheck> checks, UptakeRule uptakeRule,
                                 int i131DaysAfterCheck, Integer drugDaysAfterI131, ActivityRule activityRule,
                                 List<Integer> followUpDays) {
    /** Protocol ids: lower-case letters, digits and '-', 2 to 64 characters. */
    public static final String ID_RULE = "[a-z0-9][a-z0-9-]{1,63}";
    private static final Pattern ID = Pattern.compile(ID_RULE);
    /** Largest 131I activity a definition may fix, MBq (37 GBq = 1000 mCi): a guard against GBq typed as MBq. */
    private static final double MAX_MBQ = 37_000;

    public ProtocolDefinition {
        unverified = unverified == null ? List.of() : List.copyOf(unverified);
        regimens = regimens == null ? List.of() : List.copyOf(regimens);
        checks = checks == null ? List.of() : List.copyOf(checks);
        followUpDays = followUpDays == null ? List.of() : List.copyOf(followUpDays);
    }

    /** The regimen for a genotype class, if the protocol has one. */
    public java.util.Optional<Regimen> regimenFor(GenotypeClass genotype) {
        return regimens.stream().filter(r -> r.genotypes().contains(genotype)).findFirst();
    }

    /**
     * Checks the definition as a whole and reports every problem with its path.
     *
     * @return this definition
     * @throws InvalidInputException listing every problem
     */
    public ProtocolDefinition validate() {
        final List<Problem> p = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            p.add(new Problem("id", id == null ? null : "'" + id + "'", "must match " + ID_RULE));
        }
        if (version < 1) {
            p.add(new Problem("version", String.valueOf(version), "must be 1 or more"));
        }
        if (title == null || title.isBlank()) {
            p.add(new Problem("title", null, "is required"));
        }
        if (citation == null || citation.isBlank()) {
            p.add(new Problem("citation", null, "is required: the source of the protocol"));
        }
        regimens(p);
        checks(p);
        if (uptakeRule == null) {
            p.add(new Problem("uptake_rule", null, "is required"));
        } else if (uptakeRule.kind() == UptakeRule.Kind.LESION_DOSE
                && (uptakeRule.thresholdGy() == null || !(uptakeRule.thresholdGy() > 0))) {
            p.add(new Problem("uptake_rule.threshold_Gy", String.valueOf(uptakeRule.thresholdGy()), "must be a "
                    + "lesion dose above 0 Gy for a lesion_dose rule"));
        }
        if (i131DaysAfterCheck < 0 || i131DaysAfterCheck > 90) {
            p.add(new Problem("i131_days_after_check", String.valueOf(i131DaysAfterCheck), "must be 0 to 90 days"));
        }
        if (drugDaysAfterI131 != null && (drugDaysAfterI131 < 0 || drugDaysAfterI131 > 90)) {
            p.add(new Problem("drug_days_after_i131", String.valueOf(drugDaysAfterI131), "must be 0 to 90 days"));
        }
        activity(p);
        for (int i = 0; i < followUpDays.size(); i++) {
            final int d = followUpDays.get(i);
            if (d < 1 || d > 3650 || (i > 0 && d <= followUpDays.get(i - 1))) {
                p.add(new Problem("follow_up_days[" + i + "]", String.valueOf(d), "must be 1 to 3650 days after the "
                        + "131I, increasing"));
            }
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        return this;
    }

    private void regimens(List<Problem> p) {
        if (regimens.isEmpty()) {
            p.add(new Problem("regimens", "[]", "must list at least one regimen"));
        }
        final Set<GenotypeClass> seen = new HashSet<>();
        final Set<String> ids = new HashSet<>();
        for (int i = 0; i < regimens.size(); i++) {
            final Regimen r = regimens.get(i);
            final String at = "regimens[" + i + "]";
            if (r.id() == null || r.id().isBlank() || !ids.add(r.id())) {
                p.add(new Problem(at + ".id", r.id(), "must be a non-empty id, unique in the protocol"));
            }
            if (r.genotypes().isEmpty()) {
                p.add(new Problem(at + ".genotypes", "[]", "must name at least one genotype class"));
            }
            for (GenotypeClass g : r.genotypes()) {
                if (!seen.add(g)) {
                    p.add(new Problem(at + ".genotypes", g.code(), "is already treated by another regimen; one "
                            + "regimen per genotype"));
                }
            }
            if (r.drugs().isEmpty()) {
                p.add(new Problem(at + ".drugs", "[]", "must name at least one drug"));
            }
        }
    }

    private void checks(List<Problem> p) {
        if (checks.isEmpty()) {
            p.add(new Problem("uptake_checks", "[]", "must list at least one uptake check"));
        }
        for (int i = 0; i < checks.size(); i++) {
            final UptakeCheck c = checks.get(i);
            final String at = "uptake_checks[" + i + "]";
            if (c.day() < 1 || c.day() > 180) {
                p.add(new Problem(at + ".day", String.valueOf(c.day()), "must be a study day 1 to 180"));
            }
            if (i > 0 && c.day() <= checks.get(i - 1).decisionDay()) {
                p.add(new Problem(at + ".day", String.valueOf(c.day()), "must come after the decision of the check "
                        + "before it (day " + checks.get(i - 1).decisionDay() + ")"));
            }
            if (c.windowDays() < 0 || c.windowDays() > 14) {
                p.add(new Problem(at + ".window_days", String.valueOf(c.windowDays()), "must be 0 to 14"));
            }
            if (c.method() == null) {
                p.add(new Problem(at + ".method", null, "is required"));
            }
            for (int s = 0; s < c.scanDaysAfterTracer().size(); s++) {
                final int d = c.scanDaysAfterTracer().get(s);
                if (d < 0 || d > 14) {
                    p.add(new Problem(at + ".scan_days_after_tracer[" + s + "]", String.valueOf(d), "must be 0 to 14"));
                }
            }
            if (c.extendIfInsufficient() && i == checks.size() - 1) {
                p.add(new Problem(at + ".extend_if_insufficient", "true", "needs a later check to extend to"));
            }
        }
        if (uptakeRule != null && uptakeRule.kind() == UptakeRule.Kind.LESION_DOSE) {
            for (int i = 0; i < checks.size(); i++) {
                if (checks.get(i).method() != null && checks.get(i).method() != UptakeMethod.I124_PET) {
                    p.add(new Problem("uptake_checks[" + i + "].method", checks.get(i).method().code(), "must be "
                            + "124I_PET for a lesion_dose rule (a lesion dose needs quantitative 124I imaging)"));
                }
            }
        }
    }

    private void activity(List<Problem> p) {
        if (activityRule == null || activityRule.kind() == null) {
            p.add(new Problem("activity_rule", null, "is required"));
            return;
        }
        switch (activityRule.kind()) {
            case FIXED -> {
                if (!inRange(activityRule.fixedMBq())) {
                    p.add(new Problem("activity_rule.fixed_MBq", String.valueOf(activityRule.fixedMBq()), "must be "
                            + "above 0 and at most 37000 MBq (check MBq against GBq)"));
                }
            }
            case DOSIMETRIC -> {
                if (activityRule.targetLesionGy() == null || !(activityRule.targetLesionGy() > 0)) {
                    p.add(new Problem("activity_rule.target_lesion_Gy", String.valueOf(activityRule.targetLesionGy()),
                            "must be a lesion dose above 0 Gy"));
                }
            }
            case RANGE -> {
                if (!inRange(activityRule.minMBq()) || !inRange(activityRule.maxMBq())
                        || activityRule.minMBq() > activityRule.maxMBq()) {
                    p.add(new Problem("activity_rule.min_MBq", String.valueOf(activityRule.minMBq()), "must be above "
                            + "0, at most {activity_rule.max_MBq}, both at most 37000 MBq"));
                }
            }
            default -> throw new IllegalStateException(activityRule.kind().toString());
        }
    }

    private static boolean inRange(Double mbq) {
        return mbq != null && mbq > 0 && mbq <= MAX_MBQ;
    }
}
