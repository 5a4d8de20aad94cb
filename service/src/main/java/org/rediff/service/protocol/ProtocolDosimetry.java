package org.rediff.service.protocol;

import org.rediff.core.dosimetry.DosimetryPlanner;
import org.rediff.core.dosimetry.PlanInput;
import org.rediff.core.dosimetry.PlanResult;
import org.rediff.core.protocol.ActivityRule;
import org.rediff.core.protocol.DosimetryEstimate;
import org.rediff.core.protocol.PrescriptionBasis;
import org.rediff.core.protocol.ProtocolDefinition;
import org.rediff.core.protocol.UptakeRule;
import org.rediff.io.dosimetry.PlanInputJson;

/**
 * The protocol engine's use of the dosimetry planner: a patient's 124I measurements (the plan file of
 * {@code rediff dosimetry plan}) planned for the protocol's target lesion dose, reduced to what the protocol needs.
 * There is one dosimetry implementation; this only chooses its target and reads its result.
 */
public final class ProtocolDosimetry {
    private ProtocolDosimetry() {
    }

    /**
     * The lesion dose the protocol aims at: its dosimetric activity rule's target, else its lesion-dose uptake
     * threshold, else the plan's own target.
     */
    public static double targetGy(ProtocolDefinition p, double planTargetGy) {
        if (p.activityRule().kind() == ActivityRule.Kind.DOSIMETRIC && p.activityRule().targetLesionGy() != null) {
            return p.activityRule().targetLesionGy();
        }
        if (p.uptakeRule().kind() == UptakeRule.Kind.LESION_DOSE) {
            return p.uptakeRule().thresholdGy();
        }
        return planTargetGy;
    }

    /**
     * Plans {@code planJson} for the protocol's target.
     *
     * @throws org.rediff.core.common.InvalidInputException naming the field of the plan
     */
    public static DosimetryEstimate estimate(ProtocolDefinition p, String planJson) {
        final PlanInput read = PlanInputJson.read(planJson, "dosimetry");
        final PlanInput in = new PlanInput(read.weightKg(), read.diffuseLungMetastases(), read.tracer(),
                read.tracerAdministeredMBq(), read.therapy(), read.fit(), read.tail(), read.wholeBody(),
                read.bloodPerMl(), read.lesions(), read.recoveryCurve(), targetGy(p, read.targetDoseGy()),
                read.rule(), read.maxActivityGBq(), read.bloodLimitGy(), read.retentionLimitGBq(),
                read.retentionLimitSource(), read.minimumVolumeMl(), read.seed());
        final PlanResult r = DosimetryPlanner.plan(in);
        return new DosimetryEstimate(in.targetDoseGy(), r.prescription().activityGBq() * 1000,
                PrescriptionBasis.parse(r.prescription().limitedBy().code()), r.blood().mtaGBq() * 1000,
                r.retentionLimitGBq() * 1000, r.lesions().stream().map(l -> new DosimetryEstimate.LesionDosePerGBq(
                        l.id(), l.dosePerGBqGy())).toList(), r.method().summary(), r.warnings());
    }
}
