package org.rediff.cli.dosimetry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rediff.cli.OutputFormat;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.DosimetryPlanner;
import org.rediff.core.dosimetry.PlanInput;
import org.rediff.core.dosimetry.PlanResult;
import org.rediff.io.chart.TimeActivityCurveSvg;
import org.rediff.io.dosimetry.PlanInputJson;
import org.rediff.io.dosimetry.PlanPlots;
import org.rediff.io.dosimetry.PlanReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Plans a 131I activity from pre-therapeutic dosimetry. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Plan the 131I activity from serial tracer measurements: time-activity fits (auto = AICc "
                + "among mono, bi, uptake-washout; or trapezoid), 124I -> 131I conversion, lesion dose per GBq "
                + "(voxel S-value sphere model and local deposition) with a 95% Monte Carlo interval, blood dose "
                + "and maximum tolerated activity (EANM SOP), 48-h retention limit, and the activity that reaches the "
                + "target dose under the rule, with the binding constraint.",
                "Input JSON: patient {weight_kg, lung_metastases none|diffuse}, tracer {nuclide, administered_MBq}, "
                        + "therapy {nuclide}, fit, tail, whole_body [{hours, percent_administered}], blood [{hours, "
                        + "percent_administered_per_ml}], lesions [{id, volume_ml, density_g_per_ml, "
                        + "recovery_coefficient, measurements [{hours, percent_administered}]}], target_dose_Gy, rule "
                        + "(all_lesions | any_lesion | index_lesion:ID), max_activity_GBq, blood_limit_Gy; optional "
                        + "recovery_curve [{volume_ml, rc}], min_volume_ml, retention_limit_GBq, seed; record fields "
                        + "(not used in the computation) patient.id, tracer.administered_at and each measurement's at "
                        + "(ISO-8601 date-times).",
                "Measurements are as measured (not decay-corrected), in % of the tracer's administered activity."})
public final class DosimetryPlanCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE.json", description = "Plan input (JSON).")
    Path input;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--plot", paramLabel = "DIR", description = "Write each time-activity curve with its fit as SVG "
            + "into DIR.")
    Path plot;

    @Option(names = "--plot-scale", defaultValue = "linear", paramLabel = "linear|log", description = "y axis of the "
            + "--plot charts: linear or log (default ${DEFAULT-VALUE}).")
    String plotScale;

    @Override
    public Integer call() {
        final String text;
        try {
            text = Files.readString(input, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("--input " + input + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException("--input " + input + ": cannot read: " + e.getMessage());
        }
        final TimeActivityCurveSvg.Scale scale = TimeActivityCurveSvg.Scale.parse(plotScale, "--plot-scale");
        final PlanInput in = PlanInputJson.read(text, input.toString());
        final PlanResult result;
        try {
            result = DosimetryPlanner.plan(in);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(input + ": " + e.getMessage());
        }
        final String rendered = format == OutputFormat.json ? PlanReport.toJson(result) : PlanReport.toText(result);
        if (plot != null) {
            writePlots(PlanPlots.render(in, result, scale));
        }
        spec.commandLine().getOut().println(rendered);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void writePlots(Map<String, String> charts) {
        try {
            Files.createDirectories(plot);
            for (Map.Entry<String, String> e : charts.entrySet()) {
                final Path tmp = Files.createTempFile(plot, ".rediff-", ".tmp");
                Files.writeString(tmp, e.getValue(), StandardCharsets.UTF_8);
                Files.move(tmp, plot.resolve(e.getKey()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new InvalidInputException("--plot " + plot + ": cannot write: " + e.getMessage());
        }
    }
}
