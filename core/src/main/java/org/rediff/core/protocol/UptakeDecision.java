package org.rediff.core.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * The decision on one uptake check by the protocol's rule, with the numbers that made it.
 *
 * @param restored  whether uptake counts as restored by the rule
 * @param give131I  whether 131I follows (restored, or the rule treats regardless)
 * @param extend    whether the inhibitor continues to the next check (adaptive protocols, not restored)
 * @param rule      the rule, in words
 * @param reasons   one line per lesion and the verdict
 */
public record UptakeDecision(boolean restored, boolean give131I, boolean extend, String rule, List<String> reasons) {
    public UptakeDecision {
        reasons = List.copyOf(reasons);
    }

    /**
     * Decides check {@code index} of {@code p} on {@code lesions}.
     *
     * @throws org.rediff.core.common.InvalidInputException when a lesion-dose rule lacks a lesion's dose, or no
     *                                                     lesion was measured
     */
    public static UptakeDecision decide(ProtocolDefinition p, int index, List<LesionUptake> lesions) {
        if (index < 0 || index >= p.checks().size()) {
            throw org.rediff.core.common.InvalidInputException.of("check", String.valueOf(index), "must be 0 to "
                    + (p.checks().size() - 1) + " (the protocol's uptake checks)");
        }
        if (lesions.isEmpty()) {
            throw org.rediff.core.common.InvalidInputException.of("lesions", "[]", "must list the measured lesions");
        }
        final UptakeRule rule = p.uptakeRule();
        final List<String> reasons = new ArrayList<>();
        boolean restored = false;
        for (int i = 0; i < lesions.size(); i++) {
            final LesionUptake l = lesions.get(i);
            if (rule.kind() == UptakeRule.Kind.LESION_DOSE) {
                if (l.predictedDoseGy() == null) {
                    throw org.rediff.core.common.InvalidInputException.of("lesions[" + i + "].predicted_dose_Gy",
                            null, "is required by the rule " + rule.describe());
                }
                final boolean reaches = l.predictedDoseGy() >= rule.thresholdGy();
                restored |= reaches;
                reasons.add(String.format(java.util.Locale.ROOT, "%s: %.1f Gy predicted, %s %.1f Gy", l.lesionId(),
                        l.predictedDoseGy(), reaches ? "reaches" : "below", rule.thresholdGy()));
            } else {
                restored |= l.uptakeSeen();
                reasons.add(l.lesionId() + ": " + (l.uptakeSeen() ? "uptake seen" : "no uptake"));
            }
        }
        final boolean regardless = rule.kind() == UptakeRule.Kind.TREAT_REGARDLESS;
        final boolean extend = !restored && !regardless && p.checks().get(index).extendIfInsufficient();
        reasons.add(regardless ? "131I is given regardless of the scan (" + (restored ? "uptake seen" : "no uptake")
                + ")" : restored ? "uptake restored: 131I follows" : extend ? "not restored: continue the inhibitor "
                + "to the check on day " + p.checks().get(index + 1).day() : "not restored: no 131I; the protocol ends");
        return new UptakeDecision(restored, restored || regardless, extend, rule.describe(), reasons);
    }
}
