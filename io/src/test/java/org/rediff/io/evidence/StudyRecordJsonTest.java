package org.rediff.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rediff.core.evidence.Provenance;
import org.rediff.core.evidence.StudyRecord;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON form of the evidence records: snake_case keys and the documented codes, never Java enum names. */
class StudyRecordJsonTest {
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    /** The shipped base written as JSON text and read back as plain maps, lists and values. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> shippedAsJson() {
        return JsonMapper.builder().build().readValue(StudyRecordJson.write(ShippedEvidence.load()), List.class);
    }

    @Test
    void everyKeyOfTheWholeShippedBaseIsSnakeCase() {
        final List<String> keys = new ArrayList<>();
        walk(shippedAsJson(), "", (path, key) -> keys.add(path + key), v -> { });
        assertThat(keys).contains("citation.first_author", "uptake.treated_131i", "provenance.n_restored.confidence");
        assertThat(keys).allSatisfy(k -> assertThat(k.split("\\.")).allSatisfy(part -> assertThat(part)
                .as(k).matches(SNAKE_CASE)));
    }

    @Test
    void noValueOfTheWholeShippedBaseIsAJavaEnumNameThatDiffersFromItsCode() {
        final Set<String> names = new HashSet<>();
        for (Enum<?>[] values : List.<Enum<?>[]>of(StudyRecord.RecordType.values(), StudyRecord.Genotype.values(),
                StudyRecord.TshStimulation.values(), StudyRecord.UptakeMethod.values(),
                StudyRecord.UptakeCriterion.values(), StudyRecord.ActivityRule.values(),
                Provenance.Confidence.values())) {
            for (Enum<?> e : values) {
                if (!e.name().equals(StudyRecordCsv.code(e))) {
                    names.add(e.name());
                }
            }
        }
        assertThat(names).contains("BRAF_OTHER", "RHTSH", "I124_PET", "HIGH", "DOSIMETRY_THRESHOLD");
        final List<Object> values = new ArrayList<>();
        walk(shippedAsJson(), "", (path, key) -> { }, values::add);
        assertThat(values).isNotEmpty().noneMatch(names::contains);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCodedFieldIsItsEnumsCode() {
        final List<StudyRecord> base = ShippedEvidence.load();
        final List<Map<String, Object>> json = shippedAsJson();
        assertThat(json).hasSameSizeAs(base);
        for (int i = 0; i < base.size(); i++) {
            final StudyRecord r = base.get(i);
            final Map<String, Object> m = json.get(i);
            assertThat(m.get("id")).isEqualTo(r.id());
            assertThat(m.get("record_type")).isEqualTo(r.recordType().code());
            final Map<String, Object> regimen = (Map<String, Object>) m.get("regimen");
            assertThat(regimen.get("genotype")).isEqualTo(r.regimen().genotype().code());
            assertThat(regimen.get("tsh_stimulation")).isEqualTo(r.regimen().tshStimulation().code());
            assertThat(regimen.get("drugs")).isEqualTo(r.regimen().drugs());
            final Map<String, Object> uptake = (Map<String, Object>) m.get("uptake");
            assertThat(uptake.get("method")).isEqualTo(r.uptake().method().code());
            assertThat(uptake.get("criterion")).isEqualTo(r.uptake().criterion().code());
            assertThat(uptake.get("evaluable")).isEqualTo(r.uptake().evaluable());
            assertThat(((Map<String, Object>) m.get("therapy")).get("rule")).isEqualTo(r.therapy().rule().code());
            final Map<String, Object> provenance = (Map<String, Object>) m.get("provenance");
            assertThat(provenance).containsOnlyKeys(r.provenance().keySet());
            r.provenance().forEach((field, p) -> assertThat((Map<String, Object>) provenance.get(field))
                    .containsEntry("source", p.source()).containsEntry("confidence", p.confidence().code()));
            assertThat((List<Object>) m.get("alternatives")).hasSameSizeAs(r.alternatives());
        }
        // a record with the codes that differ most from the names
        final Map<String, Object> p01d = json.stream().filter(m -> "P01d".equals(m.get("id"))).findFirst()
                .orElseThrow();
        assertThat(p01d).containsEntry("record_type", "trial_cohort").containsEntry("parent_id", "P01a");
        assertThat((Map<String, Object>) p01d.get("regimen")).containsEntry("genotype", "RET_fusion")
                .containsEntry("tsh_stimulation", "rhTSH");
        assertThat((Map<String, Object>) p01d.get("uptake")).containsEntry("method", "124I_PET")
                .containsEntry("criterion", "dosimetry_threshold").containsEntry("treated_131i", 1);
    }

    /** Visits every object key (with the path of its object) and every leaf value of a JSON tree. */
    private static void walk(Object node, String path, BiConsumer<String, String> key,
                             Consumer<Object> leaf) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                key.accept(path, String.valueOf(k));
                walk(v, path + k + ".", key, leaf);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(v -> walk(v, path, key, leaf));
        } else if (node != null) {
            leaf.accept(node);
        }
    }
}
