package org.rediff.app.evidence;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.StudyRecordCsv;

/** The controlled vocabularies of the evidence CSV (the codes {@link StudyRecordCsv} accepts), by column. */
public final class Vocabulary {
    /** Column → allowed codes. */
    public static final Map<String, List<String>> CODES = codes();

    private Vocabulary() {
    }

    public static List<String> of(String column) {
        return CODES.getOrDefault(column, List.of());
    }

    private static Map<String, List<String>> codes() {
        final Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("record_type", Arrays.stream(StudyRecord.RecordType.values()).map(StudyRecord.RecordType::code)
                .toList());
        m.put("genotype", Arrays.stream(StudyRecord.Genotype.values()).map(StudyRecord.Genotype::code).toList());
        m.put("tsh_stimulation", Arrays.stream(StudyRecord.TshStimulation.values())
                .map(StudyRecord.TshStimulation::code).toList());
        m.put("uptake_method", Arrays.stream(StudyRecord.UptakeMethod.values()).map(StudyRecord.UptakeMethod::code)
                .toList());
        m.put("uptake_criterion", Arrays.stream(StudyRecord.UptakeCriterion.values())
                .map(StudyRecord.UptakeCriterion::code).toList());
        m.put("i131_activity_rule", Arrays.stream(StudyRecord.ActivityRule.values())
                .map(StudyRecord.ActivityRule::code).toList());
        return Collections.unmodifiableMap(m);
    }
}
