package org.rediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.io.evidence.ShippedEvidence;
import org.rediff.io.evidence.StudyRecordJson;
import tools.jackson.databind.json.JsonMapper;

/** {@code rediff evidence list --format json}: the records in the one JSON form the REST API gives too. */
class EvidenceListCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void jsonIsTheSharedFormWithSnakeCaseKeysAndCodes() {
        final MetaCommandTest.Run r = MetaCommandTest.run("evidence", "list", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(JSON.readValue(r.out(), List.class))
                .isEqualTo(JSON.readValue(StudyRecordJson.write(ShippedEvidence.load()), List.class));
        assertThat(r.out()).contains("\"record_type\" : \"trial_cohort\"", "\"genotype\" : \"BRAF_other\"",
                        "\"tsh_stimulation\" : \"rhTSH\"", "\"method\" : \"124I_PET\"",
                        "\"criterion\" : \"dosimetry_threshold\"", "\"confidence\" : \"high\"")
                .doesNotContain("\"recordType\"", "\"BRAF_OTHER\"", "\"RHTSH\"", "\"I124_PET\"", "\"HIGH\"",
                        "\"DOSIMETRY_THRESHOLD\"");
    }

    @Test
    void aGenotypeFilterKeepsTheForm() {
        final MetaCommandTest.Run r = MetaCommandTest.run("evidence", "list", "--genotype", "RET_fusion", "--format",
                "json");
        assertThat(r.code()).as(r.err()).isZero();
        final List<?> records = JSON.readValue(r.out(), List.class);
        assertThat(records).isNotEmpty().allSatisfy(m -> assertThat(((java.util.Map<?, ?>) ((java.util.Map<?, ?>) m)
                .get("regimen")).get("genotype")).isEqualTo("RET_fusion"));
    }
}
