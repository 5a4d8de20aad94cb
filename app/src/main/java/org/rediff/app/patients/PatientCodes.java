package org.rediff.app.patients;

import java.util.List;
import org.rediff.core.patient.Avidity;
import org.rediff.core.patient.Histology;
import org.rediff.core.patient.LabTest;
import org.rediff.core.patient.RairCriterion;
import org.rediff.core.patient.Sex;
import org.rediff.core.patient.TherapyKind;
import org.rediff.core.patient.TshState;

/** The coded values the patient forms offer, from the core enums (their codes are what the forms submit). */
record PatientCodes(List<Sex> sexes, List<Histology> histologies, List<LabTest> labTests, List<TshState> tshStates,
                    List<TherapyKind> therapyKinds, List<Avidity> avidities, List<RairCriterion> criteria) {
    static final PatientCodes INSTANCE = new PatientCodes(List.of(Sex.values()), List.of(Histology.values()),
            List.of(LabTest.values()), List.of(TshState.values()), List.of(TherapyKind.values()),
            List.of(Avidity.values()), List.of(RairCriterion.values()));
}
