package org.rediff.app.dosimetry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.rediff.app.web.UploadLimit;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.DosimetryPlanner;
import org.rediff.core.dosimetry.PlanInput;
import org.rediff.core.dosimetry.PlanResult;
import org.rediff.io.chart.TimeActivityCurveSvg;
import org.rediff.io.dosimetry.PlanInputJson;
import org.rediff.io.dosimetry.PlanPlots;
import org.springframework.stereotype.Service;

/** Runs a plan JSON through the core, as {@code rediff dosimetry plan} does; holds the shipped example. */
@Service
public class DosimetryService {
    /**
     * Longest plan JSON accepted, in characters: the upload limit, so that whatever the page or the API accepts is
     * planned (the 10-lesion benchmark plan is about 5 000; plan files with many time points run to several MB).
     */
    public static final int MAX_CHARS = UploadLimit.BYTES;
    private static final String EXAMPLE = "dosimetry/example-plan.json";
    private static final String STYLESHEET = "static/css/rediff.css";

    private final String example = resource(EXAMPLE);
    private final String stylesheet = resource(STYLESHEET);

    /** The worked example (a copy of examples/dosimetry-plan.json): I-124 PET/CT, three lesions. */
    public String example() {
        return example;
    }

    /** The site's stylesheet, inlined into the printable report so that a saved report stands alone. */
    public String stylesheet() {
        return stylesheet;
    }

    /**
     * @param json   the plan JSON
     * @param source what it is called in messages ("plan", a file name, "request body")
     * @throws InvalidInputException with a message naming the source, the JSON path, the value and what is allowed
     */
    public DosimetryRun run(String json, String source) {
        if (json == null || json.isBlank()) {
            throw new InvalidInputException(source + ": no plan JSON; paste it, upload a .json file or load the "
                    + "example");
        }
        if (json.length() > MAX_CHARS) {
            throw new InvalidInputException(source + ": the plan JSON has " + json.length() + " characters; at most "
                    + MAX_CHARS + " (" + UploadLimit.describe() + ") are accepted");
        }
        final String text = json.charAt(0) == '\uFEFF' ? json.substring(1) : json;
        final PlanInputJson.Document document = PlanInputJson.readDocument(text, source);
        final PlanInput in = document.input();
        final PlanResult result;
        try {
            result = DosimetryPlanner.plan(in);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(source + ": " + e.getMessage());
        }
        return new DosimetryRun(text, in, result, PlanPlots.render(in, result, TimeActivityCurveSvg.Scale.LINEAR),
                PlanPlots.render(in, result, TimeActivityCurveSvg.Scale.LOG), document.record());
    }

    private static String resource(String name) {
        try (InputStream in = DosimetryService.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
