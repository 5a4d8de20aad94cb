package org.rediff.app.synthesis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rediff.service.evidence.EvidenceStore;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.chart.ForestPlotSvg;
import org.rediff.io.evidence.ShippedEvidence;
import org.rediff.service.synthesis.EvidenceSynthesis;
import org.rediff.io.meta.MetaReport;
import org.springframework.stereotype.Service;

/** Runs a {@link SynthesisRequest} over the stored evidence base. */
@Service
public class SynthesisService {
    private final EvidenceStore store;

    public SynthesisService(EvidenceStore store) {
        this.store = store;
    }

    /** @throws org.rediff.core.common.InvalidInputException when the core rejects the request or the data */
    public SynthesisResult run(SynthesisRequest request) {
        final List<StudyRecord> records = store.list();
        final String dataVersion = EvidenceStore.dataVersionOf(records);
        final Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("input", "rediff evidence database (" + records.size() + " records)");
        provenance.put("data_version", dataVersion);
        provenance.put("shipped_base", store.seededVersion().orElse(ShippedEvidence.dataVersion()));
        provenance.put("subgroup", request.by());
        provenance.put("moderators", request.mods());
        final EvidenceSynthesis.Pooled pooled = EvidenceSynthesis.pool(records, request.outcome(), request.types(),
                request.options(), request.by(), request.mods(), request.leaveOneOut(), provenance);
        final MetaReport report = pooled.report();
        final List<String> ids = pooled.studyIds();
        final String title = request.outcomeText() + " — " + request.modelText() + ", k = " + report.pooled().k();
        final String svg = ForestPlotSvg.render(report.pooled(), report.subgroups(), title);
        return new SynthesisResult(request, report, ids, title, svg, dataVersion);
    }
}
