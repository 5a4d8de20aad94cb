package org.rediff.core.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rediff.core.dosimetry.PlanFixture.LN2;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rediff.core.common.InvalidInputException;

/**
 * Invalid planner input is rejected with {@link InvalidInputException} whose message names the offending field or
 * region (InvalidInputException's contract: "Its message names the parameter, shows the value and states what is
 * allowed"). Field names are matched loosely (e.g. "wholeBody", "whole_body" or "whole body").
 */
class DosimetryPlannerInvalidInputTest {

    private static void rejects(PlanFixture f, String messageRegex) {
        assertThatThrownBy(() -> DosimetryPlanner.plan(f.input()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageMatching("(?is).*(" + messageRegex + ").*");
    }

    @Test
    @DisplayName("Unknown index lesion id: names the id")
    void unknownIndexLesion() {
        final PlanFixture f = new PlanFixture();
        f.rule = PrescriptionRule.parse("index_lesion:L9");
        rejects(f, "L9");
    }

    @Test
    @DisplayName("Missing whole-body measurements (empty list): names the whole body")
    void missingWholeBody() {
        final PlanFixture f = new PlanFixture();
        f.wholeBody = List.of();
        rejects(f, "whole.?body");
    }

    @Test
    @DisplayName("Missing whole-body measurements (null, e.g. a JSON plan without the key): names the whole body")
    void nullWholeBody() {
        final PlanFixture f = new PlanFixture();
        f.wholeBody = null;
        rejects(f, "whole.?body");
    }

    @Test
    @DisplayName("Missing blood measurements (empty list): names the blood")
    void missingBlood() {
        final PlanFixture f = new PlanFixture();
        f.blood = List.of();
        rejects(f, "blood");
    }

    @Test
    @DisplayName("Missing blood measurements (null): names the blood")
    void nullBlood() {
        final PlanFixture f = new PlanFixture();
        f.blood = null;
        rejects(f, "blood");
    }

    @Test
    @DisplayName("Missing lesion list (null): names the lesions")
    void nullLesions() {
        final PlanFixture f = new PlanFixture();
        f.lesions = null;
        rejects(f, "lesion");
    }

    @Test
    @DisplayName("No lesions: names the lesions")
    void noLesions() {
        final PlanFixture f = new PlanFixture();
        f.lesions = List.of();
        rejects(f, "lesion");
    }

    @Test
    @DisplayName("Unsorted lesion times: names the lesion")
    void unsortedLesionTimes() {
        final List<TimeActivityPoint> pts = new ArrayList<>(
                PlanFixture.tracerCurve(t -> 0.002 * Math.exp(-LN2 / 60 * t)));
        final TimeActivityPoint first = pts.remove(0);
        pts.add(first);
        final PlanFixture f = new PlanFixture();
        assertThatThrownBy(() -> {
            f.lesions = List.of(new LesionInput("Lx", 2.0, 1.0, 1.0, pts));
            DosimetryPlanner.plan(f.input());
        }).isInstanceOf(InvalidInputException.class).hasMessageContaining("Lx");
    }

    @Test
    @DisplayName("Unsorted whole-body times: names the whole body")
    void unsortedWholeBodyTimes() {
        final PlanFixture f = new PlanFixture();
        final List<TimeActivityPoint> pts = new ArrayList<>(f.wholeBody);
        pts.add(0, pts.remove(pts.size() - 1));
        f.wholeBody = pts;
        rejects(f, "whole.?body");
    }

    @Test
    @DisplayName("Negative time or activity in a measurement: names hours / fraction")
    void negativeTimeOrActivity() {
        assertThatThrownBy(() -> new TimeActivityPoint(-2, 0.01))
                .isInstanceOf(InvalidInputException.class).hasMessageMatching("(?is).*(hours|time).*");
        assertThatThrownBy(() -> new TimeActivityPoint(2, -0.01))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("fraction");
    }

    @ParameterizedTest(name = "weight {0} kg")
    @ValueSource(doubles = {0.0, -70.0, Double.NaN})
    @DisplayName("Bad weight: names the weight")
    void badWeight(double weight) {
        final PlanFixture f = new PlanFixture();
        f.weightKg = weight;
        rejects(f, "weight");
    }

    @Test
    @DisplayName("Duplicate lesion ids: names the id")
    void duplicateLesionIds() {
        final PlanFixture f = new PlanFixture();
        final List<TimeActivityPoint> m = PlanFixture.tracerCurve(t -> 0.002 * Math.exp(-LN2 / 60 * t));
        f.lesions = List.of(new LesionInput("L1", 2.0, 1.0, 1.0, m), new LesionInput("L1", 3.0, 1.0, 1.0, m));
        rejects(f, "L1");
    }

    @Test
    @DisplayName("Lesion volume, density and recovery coefficient out of range: names the field")
    void lesionFields() {
        final List<TimeActivityPoint> m = PlanFixture.tracerCurve(t -> 0.002 * Math.exp(-LN2 / 60 * t));
        assertThatThrownBy(() -> new LesionInput("L1", 0.0, 1.0, 1.0, m))
                .isInstanceOf(InvalidInputException.class).hasMessageMatching("(?is).*volume.*");
        assertThatThrownBy(() -> new LesionInput("L1", 2.0, 4.0, 1.0, m))
                .isInstanceOf(InvalidInputException.class).hasMessageMatching("(?is).*density.*");
        assertThatThrownBy(() -> new LesionInput("L1", 2.0, 1.0, 0.0, m))
                .isInstanceOf(InvalidInputException.class).hasMessageMatching("(?is).*recovery.*");
        assertThatThrownBy(() -> new LesionInput("L1", 2.0, 1.0, 1.6, m))
                .isInstanceOf(InvalidInputException.class).hasMessageMatching("(?is).*recovery.*");
    }

    @Test
    @DisplayName("Unknown nuclide text and unknown rule text are rejected")
    void unknownTexts() {
        assertThatThrownBy(() -> Nuclide.parse("I-129", "tracer"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tracer");
        assertThatThrownBy(() -> PrescriptionRule.parse("most_lesions")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PrescriptionRule.parse("index_lesion:")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @DisplayName("Rule codes round-trip")
    void ruleCodes() {
        for (String code : List.of("all_lesions", "any_lesion", "index_lesion:L2")) {
            assertThat(PrescriptionRule.parse(code).code()).isEqualTo(code);
        }
        assertThat(PrescriptionRule.parse("index_lesion:L2").indexLesionId()).isEqualTo("L2");
        assertThat(PrescriptionRule.parse("index_lesion:L2").kind()).isEqualTo(PrescriptionRule.Kind.INDEX_LESION);
    }

    @Test
    @DisplayName("Non-positive target dose or blood limit is rejected")
    void badTargetOrLimit() {
        final PlanFixture f = new PlanFixture();
        f.targetGy = 0;
        rejects(f, "target");
        final PlanFixture g = new PlanFixture();
        g.bloodLimitGy = -2;
        rejects(g, "blood");
    }
}
