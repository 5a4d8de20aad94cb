package org.rediff.io.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.EvidenceSelection;
import org.rediff.core.evidence.ProportionStudy;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.meta.MetaInput;

/** Turns the evidence base into a meta-analysis input: the eligible cohorts' counts and their design attributes. */
public final class EvidenceInputs {
    private EvidenceInputs() {
    }

    public static MetaInput of(List<StudyRecord> records, EvidenceSelection.Outcome outcome,
                               Set<StudyRecord.RecordType> types) {
        final List<StudyRecord> chosen = EvidenceSelection.eligible(records, outcome, types);
        if (chosen.isEmpty()) {
            throw new InvalidInputException("no study in the evidence base reports " + outcome.code()
                    + " counts for the chosen filters");
        }
        final List<ProportionStudy> studies = new ArrayList<>();
        final Map<String, List<String>> columns = new LinkedHashMap<>();
        columns.put("id", new ArrayList<>());
        EvidenceSelection.ATTRIBUTES.forEach(a -> columns.put(a, new ArrayList<>()));
        for (StudyRecord r : chosen) {
            studies.add(EvidenceSelection.counts(r, outcome).orElseThrow());
            columns.get("id").add(r.id());
            EvidenceSelection.ATTRIBUTES.forEach(a -> columns.get(a).add(EvidenceSelection.attribute(r, a)));
        }
        return new MetaInput(studies, columns);
    }
}
