package org.rediff.app.synthesis;

import java.util.List;
import org.rediff.core.evidence.StudyRow;
import org.rediff.io.csv.CsvOutput;
import org.rediff.io.meta.MetaReport;

/**
 * A finished analysis.
 *
 * @param request     what was asked
 * @param report      the pooled model, subgroups, meta-regression and provenance
 * @param studyIds    the ids of the pooled studies, in the order of {@code report.pooled().studies()}
 * @param title       the forest plot's title
 * @param forestSvg   the forest plot
 * @param dataVersion version of the stored evidence base analysed
 */
public record SynthesisResult(SynthesisRequest request, MetaReport report, List<String> studyIds, String title,
                              String forestSvg, String dataVersion) {
    public SynthesisResult {
        studyIds = List.copyOf(studyIds);
    }

    /** The per-study table: id, study, events, total, proportion, exact CI and weight (blank when undefined). */
    public String studiesCsv() {
        final StringBuilder out = new StringBuilder();
        final CsvOutput csv = CsvOutput.withHeader(out, "id", "study", "events", "total", "proportion", "ci_lower",
                "ci_upper", "weight_percent");
        final List<StudyRow> rows = report.pooled().studies();
        for (int i = 0; i < rows.size(); i++) {
            final StudyRow s = rows.get(i);
            csv.row(studyIds.get(i), s.label(), s.events(), s.total(), num(s.proportion()), num(s.ciLower()),
                    num(s.ciUpper()), num(s.weightPercent()));
        }
        return out.toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "";
    }
}
