package org.rediff.cli.outcomes;

import org.rediff.service.outcomes.ResponseAssessment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rediff.cli.OutputFormat;
import org.rediff.core.common.InvalidInputException;
import org.rediff.io.outcomes.PatientResponse;
import org.rediff.io.outcomes.RecistInputJson;
import org.rediff.io.outcomes.RecistReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** RECIST 1.1 evaluation of one patient's lesion measurements. */
@Command(name = "recist", mixinStandardHelpOptions = true,
        description = {"RECIST 1.1 (Eisenhauer 2009): baseline measurability checks, sums of diameters, target, "
                + "non-target and overall response at every time point, best overall response with or without "
                + "confirmation, and percent changes for waterfall plots.",
                "Input JSON: {confirmation, confirmation_min_days (28), sd_min_days (42), lesions [{id, organ, nodal, "
                        + "role: target|non_target}], assessments [{date yyyy-mm-dd, measurements {id: mm | "
                        + "\"too_small\" | \"absent\"}, non_target {id: present|absent|progression}, new_lesions}], "
                        + "thyroglobulin (optional) {samples [{date, tg_ng_per_ml, stimulated, antibodies: "
                        + "positive|negative|not_measured}], imaging: negative|nonspecific|"
                        + "structural_or_functional_disease, antibodies_rising}}; the earliest assessment is the "
                        + "baseline.",
                "With a thyroglobulin section the output adds the percent change of Tg from baseline, the best "
                        + "decline, the anti-Tg antibody flag and the ATA 2015 response category."})
public final class RecistCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE.json", description = "Patient input (JSON).")
    Path input;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default ${DEFAULT-VALUE}).")
    OutputFormat format;

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
        final RecistInputJson.Input in = RecistInputJson.read(text, input.toString());
        final PatientResponse result = ResponseAssessment.evaluate(in, input.toString());
        spec.commandLine().getOut().println(format == OutputFormat.json ? RecistReport.toJson(result)
                : RecistReport.toText(result));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
