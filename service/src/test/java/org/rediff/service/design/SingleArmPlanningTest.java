package org.rediff.service.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;
import org.rediff.core.evidence.EvidenceSelection;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.ShippedEvidence;

/** The single-arm planning both front ends use: given values, evidence planning, and problems by parameter. */
class SingleArmPlanningTest {

    @Test
    void givenValuesPassThroughWithTheirSource() {
        final SingleArmPlanning.Planned p = SingleArmPlanning.plan(new SingleArmPlanning.Request(0.1, 0.3, 0.05, null,
                0.9, null, "given in a test"), List.of(), null);
        assertThat(p.requirements().beta()).isCloseTo(0.1, within(1e-12));
        assertThat(p.assumptions()).containsEntry("source", "given in a test").containsEntry("p0", 0.1)
                .containsEntry("alpha", 0.05);
        assertThat(p.planned()).isNull();
        assertThat(p.warnings()).isEmpty();
    }

    /**
     * RAS uptake, GLMM: the pooled estimate and lower 95% bound the README quotes (0.829 [0.613, 0.937], from the
     * binomial-normal GLMM that MetaforOracleTest checks against metafor/lme4); an entered p1 is kept and warned.
     */
    @Test
    void planningFromTheEvidenceRecordsWhereTheValuesCameFrom() {
        final SingleArmPlanning.FromEvidence ras = new SingleArmPlanning.FromEvidence(EvidenceSelection.Outcome.UPTAKE,
                StudyRecord.Genotype.RAS, PoolingModel.GLMM, EvidencePlanning.From.LOWER,
                EvidencePlanning.From.ESTIMATE);
        final SingleArmPlanning.Planned p = SingleArmPlanning.plan(new SingleArmPlanning.Request(null, 0.85, 0.05,
                0.2, null, ras, "unused"), ShippedEvidence.load(), ShippedEvidence.dataVersion());
        assertThat(p.requirements().p0()).isCloseTo(0.6128, within(5e-5));
        assertThat(p.requirements().p1()).isEqualTo(0.85);
        assertThat(p.assumptions()).containsEntry("p1_overridden", true).containsKey("evidence");
        assertThat(p.assumptions().get("study_ids")).isEqualTo(List.of("P01c", "P07", "P10"));
        assertThat(p.warnings()).singleElement().asString().startsWith("p1 = 0.85 was entered instead of the "
                + "evidence's 0.829");
    }

    @Test
    void problemsNameTheCoreParameters() {
        assertThatThrownBy(() -> SingleArmPlanning.plan(new SingleArmPlanning.Request(0.1, 0.3, 0.05, 0.2, 0.8, null,
                "x"), List.of(), null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Problem::path)
                        .containsExactly("beta"));
        assertThatThrownBy(() -> SingleArmPlanning.plan(new SingleArmPlanning.Request(0.1, null, 0.05, null, null,
                null, "x"), List.of(), null))
                .satisfies(e -> assertThat(((InvalidInputException) e).message(n -> "--" + n))
                        .isEqualTo("--p1 is needed: give --p0 and --p1, or plan them from the evidence "
                                + "(--evidence_outcome)"));
    }
}
