package org.rediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact CLI contract of {@code rediff dosimetry plan} (issue 3). */
class DosimetryPlanCommandTest {
    @TempDir
    Path dir;

    static String example() {
        try (InputStream in = DosimetryPlanCommandTest.class.getResourceAsStream("/dosimetry/plan.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path write(String json) throws IOException {
        final Path p = dir.resolve("plan.json");
        Files.writeString(p, json);
        return p;
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonOutputHasEveryContractFieldAndThePlotsAreWritten() throws IOException {
        final Path plots = dir.resolve("plots");
        final MetaCommandTest.Run r = MetaCommandTest.run("dosimetry", "plan", "--input", write(example()).toString(),
                "--format", "json", "--plot", plots.toString());
        assertThat(r.code()).as(r.err()).isZero();
        final Map<String, Object> m = MetaCommandTest.json(r.out());
        assertThat((Map<String, Object>) m.get("whole_body")).containsKeys("residence_time_h", "retention_48h_percent");
        assertThat((Map<String, Object>) m.get("blood")).containsKeys("residence_time_h_per_ml", "dose_per_GBq_Gy",
                "beta_fraction", "mta_GBq");
        assertThat(m).containsKeys("retention_limit_GBq", "lesions", "prescription", "method", "warnings");
        final List<Map<String, Object>> lesions = (List<Map<String, Object>>) m.get("lesions");
        assertThat(lesions).hasSize(3);
        assertThat(lesions.get(0)).containsKeys("id", "residence_time_h", "fraction_extrapolated", "fit",
                "dose_per_GBq_Gy", "dose_per_GBq_Gy_led", "dose_per_GBq_ci", "activity_for_target_GBq");
        final Map<String, Object> rx = (Map<String, Object>) m.get("prescription");
        assertThat(rx).containsKeys("activity_GBq", "activity_mCi", "limited_by", "proceed", "lesion_doses_Gy");
        final double gbq = ((Number) rx.get("activity_GBq")).doubleValue();
        // 1 mCi = 37 MBq exactly.
        assertThat(((Number) rx.get("activity_mCi")).doubleValue()).isCloseTo(gbq * 1000 / 37,
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(rx.get("limited_by")).isIn("target", "blood", "retention", "cap");
        assertThat(gbq).isLessThanOrEqualTo(11.1);
        assertThat(Files.list(plots).map(p -> p.getFileName().toString()).toList())
                .contains("whole_body.svg", "blood.svg", "lesion-L1.svg", "lesion-L2.svg", "lesion-L3.svg");
        assertThat(Files.readString(plots.resolve("lesion-L1.svg"))).contains("class=\"fit\"")
                .contains("class=\"measurement\"");
    }

    @Test
    void missingWeightAndTooFewPointsForTheFitAreNamed() throws IOException {
        final tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper.builder().build();
        final tools.jackson.databind.node.ObjectNode noWeight = (tools.jackson.databind.node.ObjectNode) mapper
                .readTree(example());
        ((tools.jackson.databind.node.ObjectNode) noWeight.get("patient")).remove("weight_kg");
        MetaCommandTest.Run r = MetaCommandTest.run("dosimetry", "plan", "--input", write(noWeight.toString())
                .toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("patient.weight_kg is required");

        final tools.jackson.databind.node.ObjectNode bi = (tools.jackson.databind.node.ObjectNode) mapper
                .readTree(example());
        bi.put("fit", "bi");
        final tools.jackson.databind.node.ArrayNode m = (tools.jackson.databind.node.ArrayNode) bi.get("lesions").get(1)
                .get("measurements");
        while (m.size() > 3) {
            m.remove(m.size() - 1);
        }
        r = MetaCommandTest.run("dosimetry", "plan", "--input", write(bi.toString()).toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("lesion L2: fit bi needs at least 4 measurements, got 3");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "negative time|\"hours\": 2, \"percent_administered\": 95.1|\"hours\": -2, \"percent_administered\": 95.1|whole_body[0].hours must be >= 0 h, got -2.0",
        "unsorted times|{\"hours\": 48, \"percent_administered\": 27.5}|{\"hours\": 12, \"percent_administered\": 27.5}|whole_body[2].hours must be later than the measurement before it (24.0 h), got 12.0 h",
        "unknown nuclide|\"nuclide\": \"I-124\"|\"nuclide\": \"I-125\"|tracer.nuclide must be one of [I-131, I-124, I-123], got 'I-125'",
        "negative activity|\"administered_MBq\": 74|\"administered_MBq\": -74|tracer.administered_MBq must be in (0, 20000] MBq, got -74.0",
        "misspelt field|\"target_dose_Gy\"|\"target_dose_gy\"|unknown field 'target_dose_gy'"})
    void badInputExitsTwoNamingTheFieldAndValue(String name, String from, String to, String message)
            throws IOException {
        final String json = example().replace(from, to);
        assertThat(json).as("fixture edit for %s", name).isNotEqualTo(example());
        final MetaCommandTest.Run r = MetaCommandTest.run("dosimetry", "plan", "--input", write(json).toString(),
                "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(message);
    }
}
