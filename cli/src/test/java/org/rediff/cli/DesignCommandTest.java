package org.rediff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The exact CLI contracts of {@code rediff design} (issue 5). */
class DesignCommandTest {

    @Test
    @SuppressWarnings("unchecked")
    void simonJsonHasOptimalMinimaxAndAdmissibleDesigns() {
        // Simon 1989 p. 4 (reference SIM-K1 and SIM-M10): optimal 1/10, 5/29; minimax 1/15, 5/25.
        final MetaCommandTest.Run r = MetaCommandTest.run("design", "simon", "--p0", "0.1", "--p1", "0.3", "--alpha",
                "0.05", "--beta", "0.2", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        final Map<String, Object> m = MetaCommandTest.json(r.out());
        final Map<String, Object> opt = (Map<String, Object>) m.get("optimal");
        assertThat(opt).containsKeys("r1", "n1", "r", "n", "en0", "pet0", "alpha", "power");
        assertThat(List.of(opt.get("r1"), opt.get("n1"), opt.get("r"), opt.get("n"))).containsExactly(1, 10, 5, 29);
        final Map<String, Object> mm = (Map<String, Object>) m.get("minimax");
        assertThat(List.of(mm.get("r1"), mm.get("n1"), mm.get("r"), mm.get("n"))).containsExactly(1, 15, 5, 25);
        final List<Map<String, Object>> adm = (List<Map<String, Object>>) m.get("admissible");
        assertThat(adm).allSatisfy(a -> assertThat(a).containsKey("weight_range"));
        assertThat(m).containsKey("warnings");
        // --power is the same as 1 - --beta.
        final Map<String, Object> viaPower = MetaCommandTest.json(MetaCommandTest.run("design", "simon", "--p0", "0.1",
                "--p1", "0.3", "--alpha", "0.05", "--power", "0.8", "--format", "json").out());
        assertThat(viaPower.get("optimal")).isEqualTo(opt);
    }

    /** Text output: an admissible design's weight range reads {@code q [0.00, 0.25]}, never {@code 0.00-0.25}. */
    @Test
    void simonTextWritesWeightRangesInBrackets() {
        final MetaCommandTest.Run r = MetaCommandTest.run("design", "simon", "--p0", "0.2", "--p1", "0.4", "--alpha",
                "0.05", "--beta", "0.2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("(?m)^q \\[\\d\\.\\d\\d, \\d\\.\\d\\d\\] +\\d+")
                .doesNotContainPattern("q \\d\\.\\d\\d-");
    }

    @Test
    @SuppressWarnings("unchecked")
    void simonPlannedFromTheEvidenceRecordsItsAssumptions() {
        final MetaCommandTest.Run r = MetaCommandTest.run("design", "simon", "--evidence-outcome", "uptake",
                "--evidence-genotype", "RAS", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        final Map<String, Object> a = (Map<String, Object>) MetaCommandTest.json(r.out()).get("assumptions");
        assertThat(a.get("source").toString()).contains("RAS cohorts").contains("GLMM").contains("lower 95% CI bound");
        assertThat((List<String>) a.get("study_ids")).contains("P07", "P10");
        assertThat((Double) a.get("p1")).isGreaterThan((Double) a.get("p0"));
    }

    @Test
    void singleTwoArmAndSurvival() {
        final Map<String, Object> single = MetaCommandTest.json(MetaCommandTest.run("design", "single", "--p0",
                "0.45", "--p1", "0.70", "--alpha", "0.05", "--power", "0.8", "--format", "json").out());
        // SS-01 (PhIIdesign fleming1stage): N = 25, r = 15, alpha 0.0439597, beta 0.1894360.
        assertThat(single.get("n")).isEqualTo(25);
        assertThat(single.get("r")).isEqualTo(15);
        assertThat(((Number) single.get("alpha")).doubleValue()).isCloseTo(0.0439597, within(0.5e-7));
        final Map<String, Object> two = MetaCommandTest.json(MetaCommandTest.run("design", "two-arm", "--p1", "0.5",
                "--p2", "0.75", "--alpha", "0.05", "--power", "0.9", "--format", "json").out());
        // RCT-02: power.prop.test n = 76.7 -> 77 per group.
        assertThat(two.get("n_per_group")).isEqualTo(77);
        assertThat(two.get("n_total")).isEqualTo(154);
        final Map<String, Object> surv = MetaCommandTest.json(MetaCommandTest.run("design", "survival", "--hr", "0.5",
                "--alpha", "0.05", "--power", "0.9", "--format", "json").out());
        // RCT-C2: Schoenfeld 87.5 events for HR 0.5 -> 88.
        assertThat(surv.get("events")).isEqualTo(88);
    }

    @Test
    void badOptionsExitTwoNamingTheOptionAndRange() {
        MetaCommandTest.Run r = MetaCommandTest.run("design", "simon", "--p0", "0.3", "--p1", "0.2");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--p1 must be greater than --p0 (0.3), got 0.2");
        r = MetaCommandTest.run("design", "simon", "--p0", "0.1", "--p1", "1.3");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--p1 must be a probability in (0, 1), got 1.3");
        r = MetaCommandTest.run("design", "single", "--p0", "0.1", "--p1", "0.3", "--alpha", "0.7");
        assertThat(r.err()).contains("--alpha must be in (0, 0.5], got 0.7");
        r = MetaCommandTest.run("design", "simon", "--p0", "0.1", "--p1", "0.3", "--beta", "0.6");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--beta must be in (0, 0.5], got 0.6");
        r = MetaCommandTest.run("design", "survival", "--hr", "1");
        assertThat(r.err()).contains("--hr must be a positive number other than 1");
    }
}
