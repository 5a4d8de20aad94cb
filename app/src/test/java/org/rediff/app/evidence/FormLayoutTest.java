package org.rediff.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;
import org.rediff.io.evidence.ShippedEvidence;
import org.rediff.io.evidence.StudyRecordCsv;
import org.rediff.service.evidence.EvidenceStore;
import org.rediff.service.evidence.StudyColumns;

class FormLayoutTest {
    @Test
    void theFormHasEveryCsvColumnOnce() {
        final List<String> columns = FormLayout.SECTIONS.stream().flatMap(s -> s.fields().stream())
                .map(FormLayout.Field::column).toList();
        assertThat(columns).containsExactlyInAnyOrderElementsOf(StudyRecordCsv.COLUMNS);
    }

    @Test
    void theProblemsMarkTheFieldsTheyConcernAndAreShownWithoutTheRowPrefix() {
        final Map<String, String> cells = new LinkedHashMap<>(StudyColumns.of(ShippedEvidence.load().get(0)));
        cells.put("n_restored", "25");
        cells.put("year", "1850");
        cells.put("pmid", "PMID 123");
        final InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> StudyColumns.toRecord(cells, EvidenceStore.WEB_FORM));
        // the file's message keeps its row context ...
        assertThat(e.getMessage()).startsWith(EvidenceStore.WEB_FORM + " row 1 (id P01a): ");
        // ... the form shows each problem without it and marks the fields named
        assertThat(EvidenceFormController.messages(e)).allSatisfy(m -> assertThat(m).doesNotContain("row 1"))
                .anySatisfy(m -> assertThat(m).startsWith("year must be a year from 1900 to "))
                .contains("pmid must be the PubMed id, 1 to 9 digits (or blank when not reported), got 'PMID 123'");
        assertThat(EvidenceFormController.invalidFields(e)).containsExactly("year", "pmid");

        cells.put("year", "2013");
        cells.put("pmid", "23406027");
        final InvalidInputException counts = catchThrowableOfType(InvalidInputException.class,
                () -> StudyColumns.toRecord(cells, EvidenceStore.WEB_FORM));
        assertThat(EvidenceFormController.messages(counts)).containsExactly("n_restored = 25 exceeds n_evaluable = 20");
        assertThat(EvidenceFormController.invalidFields(counts)).containsExactly("n_evaluable", "n_restored");
    }
}
