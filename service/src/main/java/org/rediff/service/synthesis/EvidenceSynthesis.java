package org.rediff.service.synthesis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rediff.core.evidence.EvidenceSelection;
import org.rediff.core.evidence.PoolingOptions;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.EvidenceInputs;
import org.rediff.io.meta.MetaInput;
import org.rediff.io.meta.MetaReport;

/**
 * Synthesis of the evidence base, the one use case behind {@code rediff evidence pool} and the synthesis page:
 * select the cohorts that report the outcome (by record type, each patient once), pool them with the options, and
 * record in the provenance which records, outcome and types went in.
 */
public final class EvidenceSynthesis {
    private EvidenceSynthesis() {
    }

    /**
     * The pooled result and the cohorts in it.
     *
     * @param report   the analysis with its provenance
     * @param studyIds the cohorts pooled, in input order
     */
    public record Pooled(MetaReport report, List<String> studyIds) {
    }

    /**
     * @param records    the evidence base (shipped or stored)
     * @param provenance what the front end knows of the source (input, data versions); extended here
     * @param by         a study attribute for subgroups, or null
     * @param mods       study attributes for meta-regression, or empty
     */
    public static Pooled pool(List<StudyRecord> records, EvidenceSelection.Outcome outcome,
                              Set<StudyRecord.RecordType> types, PoolingOptions options, String by, List<String> mods,
                              boolean leaveOneOut, Map<String, Object> provenance) {
        final MetaInput input = EvidenceInputs.of(records, outcome, types);
        final List<String> ids = input.columns().get("id");
        final Map<String, Object> prov = new LinkedHashMap<>(provenance);
        prov.put("outcome", outcome.code());
        prov.put("record_types", types.stream().map(StudyRecord.RecordType::code).sorted().toList());
        prov.put("study_ids", ids);
        return new Pooled(MetaAnalysisRunner.run(input, options, by, mods, leaveOneOut, prov), ids);
    }
}
