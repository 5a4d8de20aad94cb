package org.rediff.cli.meta;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.rediff.cli.OutputFormat;
import org.rediff.core.common.InvalidInputException;
import org.rediff.io.chart.ForestPlotSvg;
import org.rediff.io.meta.MetaReport;
import org.rediff.io.meta.MetaText;

/** Prints a report and writes its forest plot; the plot is written to a temporary file and moved into place. */
public final class ReportPrinter {
    private ReportPrinter() {
    }

    public static void emit(MetaReport report, PoolingArguments args, String title, PrintWriter out) {
        final String rendered = args.format == OutputFormat.json ? report.toJson() : MetaText.render(report);
        if (args.plot != null) {
            writeAtomically(args.plot, ForestPlotSvg.render(report.pooled(), report.subgroups(), title));
        }
        out.println(rendered);
        out.flush();
    }

    static void writeAtomically(Path target, String content) {
        try {
            final Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            final Path tmp = Files.createTempFile(dir, ".rediff-", ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidInputException("--plot " + target + ": cannot write: " + e.getMessage());
        }
    }
}
