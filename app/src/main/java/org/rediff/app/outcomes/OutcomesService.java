package org.rediff.app.outcomes;

import org.rediff.service.outcomes.ResponseAssessment;
import org.rediff.service.outcomes.CohortSurvival;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rediff.app.web.UploadLimit;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.response.AdverseEvent;
import org.rediff.core.response.AdverseEventSummary;
import org.rediff.io.chart.SwimmerSvg;
import org.rediff.io.chart.WaterfallSvg;
import org.rediff.io.outcomes.AdverseEventCsv;
import org.rediff.io.outcomes.CohortCsv;
import org.rediff.io.outcomes.PatientResponse;
import org.rediff.io.outcomes.RecistInputJson;
import org.rediff.io.outcomes.SurvivalAnalysis;
import org.rediff.io.outcomes.SurvivalInput;
import org.springframework.stereotype.Service;

/**
 * Runs a cohort CSV through the survival analysis of {@code rediff survival} and draws its charts, a RECIST JSON
 * through {@code rediff recist}'s evaluation, and an event listing through {@code rediff adverse-events}; holds the
 * bundled examples.
 */
@Service
public class OutcomesService {
    /**
     * Longest cohort CSV or RECIST JSON accepted, in characters: the upload limit, so that whatever the page or the
     * API accepts is analysed (a 2 000-patient cohort is about 100 000; registry exports run to several MB).
     */
    public static final int MAX_CHARS = UploadLimit.BYTES;
    /** Confidence level of every interval. */
    static final double LEVEL = 0.95;

    private final String exampleCohort = resource("outcomes/example-cohort.csv");
    private final String exampleRecist = resource("outcomes/recist-patient.json");
    private final String aml = resource("outcomes/aml.csv");
    private final String exampleAdverseEvents = resource("outcomes/adverse-events.csv");
    /** Patients treated in the example cohort, the denominator of the example event listing. */
    static final int EXAMPLE_TREATED = 20;
    /** Largest number of treated patients accepted. */
    static final int MAX_TREATED = 1_000_000;

    /** The invented demonstration cohort: 20 redifferentiation-like patients (BRAF and RAS). */
    public String exampleCohort() {
        return exampleCohort;
    }

    /**
     * Whether a submitted cohort is the bundled invented example, so that the page marks its results as invented
     * and nothing else. Browsers send a text area's lines with CRLF, hence the comparison ignores line endings and
     * surrounding blank space.
     */
    public boolean isExampleCohort(String csv) {
        return csv != null && normalised(csv).equals(normalised(exampleCohort));
    }

    private static String normalised(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The RECIST example (a copy of examples/recist-patient.json). */
    public String exampleRecist() {
        return exampleRecist;
    }

    /** The invented event listing of the example cohort (a copy of examples/adverse-events.csv). */
    public String exampleAdverseEvents() {
        return exampleAdverseEvents;
    }

    /** R's survival::aml data (a copy of examples/aml.csv: time, status, x). */
    public String aml() {
        return aml;
    }

    /**
     * The cohort page: patients, survival analysis and the three charts.
     *
     * @param csv    the cohort CSV
     * @param source what it is called in messages ("cohort CSV", a file name)
     * @param form   the settings
     * @throws InvalidInputException naming the source, row, patient and field, or the setting
     */
    public CohortRun cohort(String csv, String source, CohortForm form) {
        final String text = text(csv, source, "no cohort CSV; paste it, upload a .csv file or load the example");
        final CohortForm.Settings s = form.settings();
        final CohortCsv cohort = CohortCsv.read(new StringReader(text), source, form.time(), form.event(),
                s.groupColumn());
        final SurvivalAnalysis a = analyse(text, source, form, s);

        final List<WaterfallSvg.Bar> bars = new ArrayList<>();
        final List<SwimmerSvg.Lane> lanes = new ArrayList<>();
        for (CohortCsv.Patient p : cohort.patients()) {
            bars.add(new WaterfallSvg.Bar(p.id(), p.bestChangePct(), p.bestResponse()));
            lanes.add(new SwimmerSvg.Lane(p.id(), p.group(), p.time(), p.event(), p.ongoing(), p.bestResponse()));
        }
        final String waterfall = WaterfallSvg.render("Best change in the sum of target-lesion diameters", bars);
        final String swimmer = SwimmerSvg.render("Time on study", form.timeLabel(), lanes);
        final String km = kaplanMeier(a, form);
        return new CohortRun(text, form, cohort, a, waterfall, swimmer, km);
    }

    /**
     * The survival analysis alone ({@code POST /api/outcomes/survival}): any CSV with the time and event columns.
     *
     * @throws InvalidInputException naming the source, row and field, or the setting
     */
    public SurvivalAnalysis survival(String csv, String source, CohortForm form) {
        final String text = text(csv, source, "no CSV data; send the CSV as the body (text/csv) or as the multipart "
                + "part 'file'");
        return analyse(text, source, form, form.settings());
    }

    /**
     * @param json   the input of {@code rediff recist}
     * @param source what it is called in messages
     * @throws InvalidInputException naming the source, the JSON path or lesion, and what is allowed
     */
    public RecistRun recist(String json, String source) {
        final String text = text(json, source, "no RECIST JSON; paste it, upload a .json file or load the example");
        return new RecistRun(text, ResponseAssessment.evaluate(RecistInputJson.read(text, source), source));
    }

    /**
     * @param csv         the event listing of {@code rediff adverse-events}
     * @param source      what it is called in messages
     * @param treated     patients treated, as entered
     * @param relatedOnly count only drug-related events
     * @throws InvalidInputException naming the source, row, patient and field, or the treated count
     */
    public AdverseEventRun adverseEvents(String csv, String source, String treated, boolean relatedOnly) {
        final int n = treated(treated);
        final String text = text(csv, source, "no adverse-event CSV; paste it, upload a .csv file or load the example");
        final List<AdverseEvent> events = AdverseEventCsv.read(new StringReader(text), source);
        try {
            return new AdverseEventRun(text, AdverseEventSummary.summarise(events, n, relatedOnly));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(source + " with " + n + " treated: " + e.getMessage());
        }
    }

    private static int treated(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("treated: give the number of patients treated (the denominator, "
                    + "including patients without events)");
        }
        try {
            final int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= MAX_TREATED) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("treated must be a whole number from 1 to " + MAX_TREATED + ", got '" + text
                + "'");
    }

    private static SurvivalAnalysis analyse(String text, String source, CohortForm form, CohortForm.Settings s) {
        final SurvivalInput in = SurvivalInput.read(new StringReader(text), source, form.time(), form.event(),
                s.groupColumn(), s.covariates());
        try {
            return CohortSurvival.run(in, s.landmarks(), s.confType(), s.ties(), LEVEL);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(source + ": " + e.getMessage());
        }
    }

    /** The curves as {@code rediff survival --plot} draws them: one per group, or "All". */
    private static String kaplanMeier(SurvivalAnalysis a, CohortForm form) {
        return a.kaplanMeierSvg(a.groups().isEmpty() ? "Kaplan-Meier" : "Kaplan-Meier by " + form.group(),
                form.timeLabel());
    }

    private static String text(String body, String source, String missing) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(source + ": " + missing);
        }
        if (body.length() > MAX_CHARS) {
            throw new InvalidInputException(source + ": " + body.length() + " characters; at most " + MAX_CHARS
                    + " (" + UploadLimit.describe() + ") are accepted");
        }
        return body.charAt(0) == '\uFEFF' ? body.substring(1) : body;
    }

    private static String resource(String name) {
        try (InputStream in = OutcomesService.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
