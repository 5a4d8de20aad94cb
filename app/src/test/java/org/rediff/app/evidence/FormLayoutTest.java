package org.rediff.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.io.evidence.StudyRecordCsv;

class FormLayoutTest {
    @Test
    void theFormHasEveryCsvColumnOnce() {
        final List<String> columns = FormLayout.SECTIONS.stream().flatMap(s -> s.fields().stream())
                .map(FormLayout.Field::column).toList();
        assertThat(columns).containsExactlyInAnyOrderElementsOf(StudyRecordCsv.COLUMNS);
    }

    @Test
    void messagesMarkTheFieldsTheyName() {
        assertThat(EvidenceFormController.invalidFields(List.of("study X: n_restored = 9 exceeds n_evaluable = 5")))
                .containsExactly("n_evaluable", "n_restored");
    }
}
