package org.rediff.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact CLI contracts of {@code rediff recist} and {@code rediff survival} (issue 4). */
class OutcomeCommandsTest {
    @TempDir
    Path dir;

    private Path resource(String name, String replaceFrom, String replaceTo) throws IOException {
        try (InputStream in = OutcomeCommandsTest.class.getResourceAsStream("/outcomes/" + name)) {
            final String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            final String changed = replaceFrom == null ? text : text.replace(replaceFrom, replaceTo);
            if (replaceFrom != null) {
                assertThat(changed).as("fixture edit").isNotEqualTo(text);
            }
            final Path p = dir.resolve(name);
            Files.writeString(p, changed);
            return p;
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void recistReportsEveryTimePointAndTheConfirmedBestResponse() throws IOException {
        final MetaCommandTest.Run r = MetaCommandTest.run("recist", "--input",
                resource("recist-patient.json", null, null).toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        final Map<String, Object> m = MetaCommandTest.json(r.out());
        final List<Map<String, Object>> tp = (List<Map<String, Object>>) m.get("timepoints");
        assertThat(tp).hasSize(4);
        assertThat(tp.get(0)).containsKeys("date", "sum_mm", "change_from_baseline_pct", "change_from_nadir_pct",
                "target", "non_target", "overall");
        // Sums: 22 + 14 + 18 = 54; 15 + 10 + 12 = 37 (-31.5%, PR); 13 + 5 (too small) + 9 = 27 (-50%);
        // 16 + 7 + 10 = 33: +22.2% and +6 mm over the nadir 27 -> PD. First PR confirmed 35 days later -> PR.
        assertThat(((Number) tp.get(1).get("sum_mm")).doubleValue()).isEqualTo(37.0);
        assertThat(tp.get(1).get("overall")).isEqualTo("PR");
        assertThat(((Number) tp.get(2).get("sum_mm")).doubleValue()).isEqualTo(27.0);
        assertThat(tp.get(3).get("overall")).isEqualTo("PD");
        assertThat(((Number) tp.get(3).get("change_from_nadir_pct")).doubleValue()).isCloseTo(100.0 * 6 / 27,
                within(1e-9));
        assertThat(m.get("best_overall_response")).isEqualTo("PR");
        assertThat(((Number) m.get("best_change_pct")).doubleValue()).isEqualTo(-50.0);
        // The day-91 PR has only the PD after it; the note names it and the day-56 PR the best response rests on.
        assertThat((List<String>) m.get("notes")).singleElement().asString()
                .startsWith("2026-04-06 (follow-up 2, day 91): PR not confirmed")
                .contains("the next assessment, 2026-07-06 (follow-up 3, day 182), is PD",
                        "still PR, from the PR of 2026-03-02 (follow-up 1, day 56), confirmed on 2026-04-06");
    }

    @Test
    void recistBadInputNamesTheLesionAndExitsTwo() throws IOException {
        MetaCommandTest.Run r = MetaCommandTest.run("recist", "--input",
                resource("recist-patient.json", "\"T1\": 16,", "\"T9\": 16,").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown lesion 'T9'");
        r = MetaCommandTest.run("recist", "--input",
                resource("recist-patient.json", "\"N1\": 18}", "\"N1\": 12}").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("target lesion 'N1' is not measurable at baseline");
        r = MetaCommandTest.run("recist", "--input",
                resource("recist-patient.json", "\"date\": \"2026-03-02\"", "\"date\": \"2026-13-02\"").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("assessments[1].date must be an ISO date");
    }

    /**
     * The thyroglobulin section of the example (suppressed Tg 85, 24, 11.5, 19 ng/mL, antibodies negative, imaging
     * with structural disease): changes hand-computed as 100 (Tg - 85) / 85 = -71.76, -86.47, -77.65%; ATA 2015
     * (Haugen 2016): structural or functional disease is "structural incomplete" whatever the Tg.
     */
    @Test
    @SuppressWarnings("unchecked")
    void recistAddsTheThyroglobulinResponseWhenGivenSamples() throws IOException {
        final MetaCommandTest.Run r = MetaCommandTest.run("recist", "--input",
                resource("recist-patient.json", null, null).toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        final Map<String, Object> tg = (Map<String, Object>) MetaCommandTest.json(r.out()).get("thyroglobulin");
        final List<Map<String, Object>> samples = (List<Map<String, Object>>) tg.get("samples");
        assertThat(samples).hasSize(4);
        assertThat(samples.get(0).get("change_from_baseline_pct")).isNull();
        assertThat(((Number) samples.get(1).get("change_from_baseline_pct")).doubleValue())
                .isCloseTo(100.0 * (24 - 85) / 85, within(1e-9));
        assertThat(((Number) samples.get(3).get("change_from_baseline_pct")).doubleValue())
                .isCloseTo(100.0 * (19 - 85) / 85, within(1e-9));
        assertThat(((Number) tg.get("best_change_pct")).doubleValue()).isCloseTo(100.0 * (11.5 - 85) / 85,
                within(1e-9));
        assertThat(tg.get("ata_category")).isEqualTo("STRUCTURAL_INCOMPLETE");
        assertThat(tg.get("antibody_interference")).isEqualTo(false);

        final MetaCommandTest.Run text = MetaCommandTest.run("recist", "--input",
                resource("recist-patient.json", null, null).toString());
        assertThat(text.out()).contains("Best thyroglobulin change: -86.5%; ATA response: structural incomplete "
                + "(imaging structural or functional disease)");

        final MetaCommandTest.Run bad = MetaCommandTest.run("recist", "--input", resource("recist-patient.json",
                "\"tg_ng_per_ml\": 24,", "\"tg_ng_per_ml\": -24,").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("thyroglobulin.samples[1].tg_ng_per_ml must be in [0, 1e6] ng/mL, got -24.0");
    }

    /**
     * aml (R survival): medians 31 [18, NA] and 23 [8, NA]; log-rank chisq 3.39639 (p 0.0653); Cox Efron coef
     * 0.9155 se 0.5119 (reference rows SURV-03..05; therneau/survival tests/doaml.Rout.save).
     */
    @Test
    @SuppressWarnings("unchecked")
    void survivalAgreesWithRSurvivalOnAml() throws IOException {
        final Path svg = dir.resolve("km.svg");
        final MetaCommandTest.Run r = MetaCommandTest.run("survival", "--input", resource("aml.csv", null, null)
                .toString(), "--time", "time", "--event", "status", "--group", "x", "--times", "12,24",
                "--format", "json", "--plot", svg.toString());
        assertThat(r.code()).as(r.err()).isZero();
        final Map<String, Object> m = MetaCommandTest.json(r.out());
        assertThat((Map<String, Object>) m.get("km")).containsKeys("times", "survival", "lower", "upper", "n_risk");
        final List<Map<String, Object>> groups = (List<Map<String, Object>>) m.get("groups");
        assertThat(groups.get(0).get("group")).isEqualTo("Maintained");
        assertThat(((Number) groups.get(0).get("median")).doubleValue()).isEqualTo(31.0);
        assertThat(((Number) groups.get(0).get("lower")).doubleValue()).isEqualTo(18.0);
        assertThat(groups.get(0).get("upper")).isNull();
        assertThat(((Number) groups.get(1).get("median")).doubleValue()).isEqualTo(23.0);
        final Map<String, Object> lr = (Map<String, Object>) m.get("logrank");
        assertThat(((Number) lr.get("chisq")).doubleValue()).isCloseTo(3.39639, within(0.5e-5));
        assertThat(((Number) lr.get("p")).doubleValue()).isCloseTo(0.0653393, within(0.5e-7));
        final Map<String, Object> cox = (Map<String, Object>) m.get("cox");
        assertThat(cox.get("ties")).isEqualTo("efron");
        assertThat(((List<Number>) cox.get("coef")).get(0).doubleValue()).isCloseTo(0.9155, within(0.5e-4));
        assertThat(((List<Number>) cox.get("se")).get(0).doubleValue()).isCloseTo(0.5119, within(0.5e-4));
        assertThat(Files.readString(svg)).contains("class=\"km-curve\"").contains("Number at risk");
        // Each arm at the landmarks, as R: summary(survfit(Surv(time, status) ~ x, aml), times = c(12, 24)) gives
        // Maintained 0.9090909091 [0.7541338451, 1] (10 at risk), 0.6136363636 [0.3768670595, 0.9991576002] (6);
        // Nonmaintained 0.5833333333 [0.3616137052, 0.9409980122] (8), 0.4861111111 [0.2675182489, 0.8833192253] (5).
        final Map<String, Object> maintained = (Map<String, Object>) groups.get(0).get("km");
        final Map<String, Object> non = (Map<String, Object>) groups.get(1).get("km");
        assertThat((List<Number>) maintained.get("n_risk")).extracting(Number::intValue).containsExactly(10, 6);
        assertThat((List<Number>) non.get("n_risk")).extracting(Number::intValue).containsExactly(8, 5);
        final double[][] expected = {{0.9090909091, 0.7541338451, 1.0, 0.6136363636, 0.3768670595, 0.9991576002},
            {0.5833333333, 0.3616137052, 0.9409980122, 0.4861111111, 0.2675182489, 0.8833192253}};
        for (int g = 0; g < 2; g++) {
            final Map<String, Object> km = g == 0 ? maintained : non;
            for (int t = 0; t < 2; t++) {
                assertThat(((List<Number>) km.get("survival")).get(t).doubleValue())
                        .isCloseTo(expected[g][3 * t], within(1e-9));
                assertThat(((List<Number>) km.get("lower")).get(t).doubleValue())
                        .isCloseTo(expected[g][3 * t + 1], within(1e-9));
                assertThat(((List<Number>) km.get("upper")).get(t).doubleValue())
                        .isCloseTo(expected[g][3 * t + 2], within(1e-9));
            }
        }
    }

    /**
     * The text report on aml: the Cox interval as R prints it, exp(confint) 0.916 to 6.813 (doaml.Rout.save), written
     * {@code [0.916, 6.813]}; survival and its limits with 4 decimals in every row (the upper limit 1 as 1.0000).
     */
    @Test
    void survivalTextWritesIntervalsInBracketsAndKeepsDecimalsPerColumn() throws IOException {
        final MetaCommandTest.Run r = MetaCommandTest.run("survival", "--input", resource("aml.csv", null, null).toString(),
                "--time", "time", "--event", "status", "--group", "x", "--times", "12,24");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("[0.916, 6.813]").doesNotContain("0.916-6.813")
                .containsPattern("Maintained +12 +0\\.9091 +0\\.7541 +1\\.0000 +10")
                .contains("median 27 [18, 45]");
    }

    @Test
    void survivalBadInputNamesRowAndField() throws IOException {
        MetaCommandTest.Run r = MetaCommandTest.run("survival", "--input", resource("aml.csv", "9,1,Maintained",
                "9,2,Maintained").toString(), "--time", "time", "--event", "status");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("row 1, field status: must be 0 (censored) or 1 (event), got '2'");
        r = MetaCommandTest.run("survival", "--input", resource("aml.csv", "13,1,Maintained", "-13,1,Maintained")
                .toString(), "--time", "time", "--event", "status");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("field time: must be a number >= 0, got -13");
        r = MetaCommandTest.run("survival", "--input", resource("aml.csv", null, null).toString(), "--time", "weeks",
                "--event", "status");
        assertThat(r.err()).contains("no column 'weeks'");
    }

    /**
     * examples/adverse-events.csv (invented), counted by hand: 17 of 20 patients with events; worst grades 1: 07, 13,
     * 14, 15, 19 (5); 2: 01, 03, 04, 06, 11, 16, 18 (7); 3: 02, 05, 08, 12 (4); 4: 17 (1); grade >= 3 5/20 = 25%;
     * interrupted or reduced 01, 02, 05, 11, 12 (5); withdrawn 06, 17 (2); "Fatigue" and "fatigue" are one term in
     * 01, 04, 13, 18. Related only drops 08 (unlikely) and 19 (unrelated): grade >= 3 4/20 = 20%.
     */
    @Test
    @SuppressWarnings("unchecked")
    void adverseEventsSummariseByWorstGradeOfAllTreatedPatients() throws IOException {
        final Path csv = resource("adverse-events.csv", null, null);
        MetaCommandTest.Run r = MetaCommandTest.run("adverse-events", "--input", csv.toString(), "--treated", "20",
                "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        Map<String, Object> m = MetaCommandTest.json(r.out());
        assertThat(m.get("patients_with_events")).isEqualTo(17);
        assertThat(((List<Map<String, Object>>) m.get("worst_grade"))).extracting(g -> g.get("patients"))
                .containsExactly(5, 7, 4, 1, 0);
        assertThat(m.get("grade3_or_worse")).isEqualTo(5);
        assertThat(((Number) m.get("grade3_or_worse_pct")).doubleValue()).isEqualTo(25.0);
        assertThat(m.get("interrupted_or_reduced")).isEqualTo(5);
        assertThat(m.get("withdrawn")).isEqualTo(2);
        final List<Map<String, Object>> terms = (List<Map<String, Object>>) m.get("terms");
        assertThat(terms).hasSize(12);
        assertThat(terms).filteredOn(t -> t.get("term").equals("Fatigue")).singleElement()
                .satisfies(t -> assertThat(t.get("any_grade")).isEqualTo(4));

        r = MetaCommandTest.run("adverse-events", "--input", csv.toString(), "--treated", "20", "--related-only",
                "--format", "json");
        m = MetaCommandTest.json(r.out());
        assertThat(m.get("patients_with_events")).isEqualTo(15);
        assertThat(((Number) m.get("grade3_or_worse_pct")).doubleValue()).isEqualTo(20.0);
    }

    @Test
    void adverseEventsBadInputNamesRowFieldOrOption() throws IOException {
        MetaCommandTest.Run r = MetaCommandTest.run("adverse-events", "--input", resource("adverse-events.csv",
                "DEMO-04,Fatigue,2,", "DEMO-04,Fatigue,6,").toString(), "--treated", "20");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("row 6 (patient 'DEMO-04'), field grade: must be a CTCAE grade 1, 2, 3, 4 or 5, "
                + "got '6'");
        r = MetaCommandTest.run("adverse-events", "--input", resource("adverse-events.csv", null, null).toString(),
                "--treated", "16");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("treated patients (16) must be at least the number of patients with events (17)");
        r = MetaCommandTest.run("adverse-events", "--input", resource("adverse-events.csv", null, null).toString(),
                "--treated", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--treated must be a whole number >= 1");
    }
}
