package org.rediff.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;

/**
 * The patient record's rules: the 131I ledger (1 mCi = 37 MBq exactly; warning at 600 mCi = 22.2 GBq, Tuttle 2019
 * scenario 5), the RAIR assertion refused without a prior 131I therapy (ATA 2025 Rec 59A), and problems by path.
 */
class PatientRecordTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    /** Tolerance for activity sums: exact decimal arithmetic up to binary rounding. */
    static final double ACTIVITY_TOLERANCE_MBQ = 1e-9;

    static PriorTherapy iodine(String date, double mbq) {
        return new PriorTherapy(TherapyKind.I131, LocalDate.parse(date), mbq, "131I");
    }

    static PatientRecord record(List<PriorTherapy> therapies, List<RairAssessment> rair) {
        return new PatientRecord("RD-0001", 1961, Sex.FEMALE, new Diagnosis(Histology.PTC, LocalDate.of(2015, 3, 2)),
                1, List.of(new GenomicFinding("BRAF", "NM_004333.4:c.1799T>A", "p.Val600Glu", null, "panel",
                        LocalDate.of(2024, 5, 1))),
                List.of(new Lesion("L1", "lung", "right lower lobe", 14.0, List.of(new AvidityObservation(
                        LocalDate.of(2025, 1, 10), "post-therapy WBS", Avidity.NON_AVID)))),
                List.of(new LabResult(LocalDate.of(2025, 1, 5), LabTest.TG, 85, TshState.SUPPRESSED)), therapies,
                rair, true);
    }

    @Test
    void theLedgerAddsActivitiesAndWarnsAt600MilliCurie() {
        // 3 × 200 mCi = 600 mCi = 22 200 MBq exactly: warns (at or above)
        final IodineLedger at = IodineLedger.of(List.of(iodine("2015-05-01", 7400), iodine("2016-06-01", 7400),
                iodine("2018-01-01", 7400)), null);
        assertThat(at.administrations()).isEqualTo(3);
        assertThat(at.total().megabecquerel()).isCloseTo(22_200, within(ACTIVITY_TOLERANCE_MBQ));
        assertThat(at.total().millicurie()).isCloseTo(600, within(ACTIVITY_TOLERANCE_MBQ));
        assertThat(at.warning()).contains("22.20 GBq (600 mCi)").contains("a warning, not a criterion");
        // 599 mCi: no warning
        assertThat(IodineLedger.of(List.of(iodine("2015-05-01", 599 * 37.0)), null).warning()).isNull();
        // only 131I therapies on or before the date count
        final IodineLedger asOf = IodineLedger.of(List.of(iodine("2015-05-01", 3700), iodine("2020-01-01", 5550),
                new PriorTherapy(TherapyKind.SURGERY, LocalDate.of(2015, 4, 1), null, "thyroidectomy")),
                LocalDate.of(2019, 1, 1));
        assertThat(asOf.administrations()).isEqualTo(1);
        assertThat(asOf.total().gigabecquerel()).isCloseTo(3.7, within(1e-12));
    }

    @Test
    void refractoryIsRefusedWithoutAPrior131ITherapy() {
        final RairAssessment refractory = new RairAssessment(LocalDate.of(2025, 2, 1),
                Set.of(RairCriterion.NO_UPTAKE_DIAGNOSTIC), true, "Dr A", List.of("diagnostic WBS 2025-01-10"), null);
        assertThatThrownBy(() -> record(List.of(), List.of(refractory)).validate(TODAY))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("rair[0].refractory");
                    assertThat(p.allowed()).contains("prior therapeutic or ablative 131I").contains("Rec 59A");
                }));
        // a 131I therapy after the assessment does not count either
        assertThatThrownBy(() -> record(List.of(iodine("2025-06-01", 5550)), List.of(refractory)).validate(TODAY))
                .hasMessageContaining("rair[0].refractory needs a prior");
        // with one before it, the assertion stands
        assertThat(record(List.of(iodine("2015-05-01", 3700)), List.of(refractory)).validate(TODAY)
                .latestAssessment().refractory()).isTrue();
    }

    @Test
    void scenarioFiveNeedsTheLedgerAbove600MilliCurie() {
        final RairAssessment five = new RairAssessment(LocalDate.of(2025, 2, 1),
                Set.of(RairCriterion.PROGRESSION_AFTER_600_MCI), true, "Dr A", List.of("ledger"), null);
        assertThatThrownBy(() -> record(List.of(iodine("2015-05-01", 3700)), List.of(five)).validate(TODAY))
                .hasMessageContaining("rair[0].criteria needs a cumulative 131I activity above 22.2 GBq")
                .hasMessageContaining("the ledger has 3.70 GBq");
        assertThat(record(List.of(iodine("2015-05-01", 11_100), iodine("2017-05-01", 11_100)), List.of(five))
                .validate(TODAY).ledger().warning()).isNotNull();
    }

    @Test
    void everyProblemIsReportedWithItsPath() {
        final PatientRecord bad = new PatientRecord("../x", 1850, null, new Diagnosis(null, LocalDate.of(2030, 1,
                1)), 7, List.of(new GenomicFinding("braf", "c.1799T>A", "V600E", null, "panel", null)),
                List.of(new Lesion("L1", "lung", null, 0.0, List.of()), new Lesion("L1", "", null, 900.0, List.of())),
                List.of(new LabResult(LocalDate.of(2025, 1, 1), LabTest.TG, -1, TshState.SUPPRESSED)),
                List.of(new PriorTherapy(TherapyKind.I131, LocalDate.of(2015, 1, 1), 150.0 * 1000 * 1000, "GBq typo"),
                        new PriorTherapy(TherapyKind.SURGERY, LocalDate.of(2014, 1, 1), 100.0, "x")),
                List.of(), false);
        assertThatThrownBy(() -> bad.validate(TODAY)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::path)
                        .containsExactly("id", "birth_year", "sex", "diagnosis.histology", "diagnosis.date", "ecog",
                                "genomics[0].gene", "genomics[0].hgvs_p", "lesions[0].size_mm", "lesions[1].id",
                                "lesions[1].organ", "lesions[1].size_mm", "labs[0].value",
                                "therapies[0].activity_MBq", "therapies[1].activity_MBq"));
    }

    @Test
    void codesRoundTrip() {
        for (RairCriterion c : RairCriterion.values()) {
            assertThat(RairCriterion.parse(c.code())).isEqualTo(c);
        }
        for (Histology h : Histology.values()) {
            assertThat(Histology.parse(h.code())).isEqualTo(h);
        }
        assertThat(LabTest.TG.loinc()).isEqualTo("3013-0");
        assertThat(LabTest.TGAB.loinc()).isEqualTo("8098-6");
        assertThatThrownBy(() -> Histology.parse("anaplastic"))
                .hasMessage("diagnosis.histology must be one of [ptc, ftc, oncocytic, pdtc], got 'anaplastic'");
    }
}
