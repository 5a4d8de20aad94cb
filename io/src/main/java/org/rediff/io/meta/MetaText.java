package org.rediff.io.meta;

import java.util.Locale;
import org.rediff.core.evidence.Coefficient;
import org.rediff.core.evidence.PooledProportion;
import org.rediff.core.evidence.StudyRow;
import org.rediff.core.evidence.SubgroupAnalysis;

/** Plain-text rendering of a {@link MetaReport} for the terminal, laid out like metafor's print method. */
public final class MetaText {
    private MetaText() {
    }

    public static String render(MetaReport report) {
        final PooledProportion p = report.pooled();
        final StringBuilder out = new StringBuilder();
        final String method = report.toMap().get("method").toString();
        out.append(String.format(Locale.ROOT, "Pooled proportion (k = %d; measure %s; tau² estimator %s%s)%n%n",
                p.k(), p.options().model(), method, p.options().knappHartung() ? "; Knapp-Hartung" : ""));
        out.append(String.format(Locale.ROOT, "%-40s %9s %8s %18s %8s%n", "study", "events/n", "prop", "exact CI",
                "weight"));
        for (StudyRow s : p.studies()) {
            out.append(String.format(Locale.ROOT, "%-40s %9s %8.4f   [%.4f, %.4f] %7s%n", trim(s.label(), 40),
                    s.events() + "/" + s.total(), s.proportion(), s.ciLower(), s.ciUpper(),
                    Double.isFinite(s.weightPercent()) ? String.format(Locale.ROOT, "%.1f%%", s.weightPercent()) : "-"));
        }
        final double level = p.options().level() * 100;
        out.append(String.format(Locale.ROOT, "%nestimate %.4f  %.0f%% CI [%.4f, %.4f]  PI [%.4f, %.4f]%n",
                p.estimate(), level, p.ciLower(), p.ciUpper(), p.piLower(), p.piUpper()));
        out.append(String.format(Locale.ROOT, "transformed: %.4f (se %.4f)%n", p.estimateTransformed(),
                p.seTransformed()));
        out.append(String.format(Locale.ROOT, "tau² = %.4f  I² = %.2f%%  H² = %.2f  Q(df = %d) = %.4f, p = %.4g%n",
                p.tau2(), p.i2Percent(), p.h2(), p.qDf(), p.q(), p.qPValue()));
        if (report.subgroups() != null) {
            out.append(String.format(Locale.ROOT, "%nSubgroups%n"));
            for (SubgroupAnalysis.Subgroup g : report.subgroups().subgroups()) {
                out.append(String.format(Locale.ROOT, "  %-20s k = %2d  %.4f [%.4f, %.4f]  tau² = %.4f  I² = %.1f%%%n",
                        g.group(), g.pooled().k(), g.pooled().estimate(), g.pooled().ciLower(), g.pooled().ciUpper(),
                        g.pooled().tau2(), g.pooled().i2Percent()));
            }
            out.append(String.format(Locale.ROOT, "  test for subgroup differences: Q(df = %d) = %.4f, p = %.4g%n",
                    report.subgroups().qBetweenDf(), report.subgroups().qBetween(), report.subgroups().qBetweenP()));
        }
        if (report.regression() != null) {
            final double r2 = report.regression().r2Percent();
            out.append(String.format(Locale.ROOT, "%nMeta-regression (transformed scale; residual tau² = %.4f; %s)%n",
                    report.regression().fit().tau2(), Double.isNaN(r2) ? "R² not defined: tau² of the intercept-only "
                            + "model is 0" : String.format(Locale.ROOT, "R² = %.2f%%", r2)));
            for (Coefficient b : report.regression().fit().coefficients()) {
                out.append(String.format(Locale.ROOT, "  %-24s %9.4f  se %.4f  stat %8.4f  p %.4g  [%.4f, %.4f]%n",
                        b.name(), b.estimate(), b.se(), b.statistic(), b.pValue(), b.ciLower(), b.ciUpper()));
            }
            final ModeratorTest test = ModeratorTest.of(report.regression().fit());
            out.append(String.format(Locale.ROOT, "  test of moderators: %s, p = %.4g%n", test.label(4), test.p()));
        }
        if (report.leaveOneOut() != null) {
            out.append(String.format(Locale.ROOT, "%nLeave-one-out%n"));
            report.leaveOneOut().forEach(o -> out.append(String.format(Locale.ROOT,
                    "  without %-30s %.4f [%.4f, %.4f]  tau² = %.4f  I² = %.1f%%%n", trim(o.omitted(), 30),
                    o.pooled().estimate(), o.pooled().ciLower(), o.pooled().ciUpper(), o.pooled().tau2(),
                    o.pooled().i2Percent())));
        }
        for (Object w : (java.util.List<?>) report.toMap().get("warnings")) {
            out.append("warning: ").append(w).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String trim(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
