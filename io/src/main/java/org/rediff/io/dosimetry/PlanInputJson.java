package org.rediff.io.dosimetry;

import static org.rediff.io.json.JsonFields.array;
import static org.rediff.io.json.JsonFields.number;
import static org.rediff.io.json.JsonFields.object;
import static org.rediff.io.json.JsonFields.onlyKeys;
import static org.rediff.io.json.JsonFields.text;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.FitModel;
import org.rediff.core.dosimetry.LesionInput;
import org.rediff.core.dosimetry.Nuclide;
import org.rediff.core.dosimetry.PlanInput;
import org.rediff.core.dosimetry.PrescriptionRule;
import org.rediff.core.dosimetry.TailPolicy;
import org.rediff.core.dosimetry.TimeActivityPoint;
import org.rediff.io.json.JsonFields;
import tools.jackson.databind.JsonNode;

/**
 * Reads the input of {@code rediff dosimetry plan} (issue 3's JSON contract). Percentages become fractions here;
 * every error names the JSON path, the value and what is allowed. Unknown keys are rejected, so that a misspelt
 * field cannot silently fall back to a default.
 */
public final class PlanInputJson {
    /** Default Monte Carlo seed (reported with every result). */
    public static final long DEFAULT_SEED = 20_250_101L;
    private static final Set<String> TOP = Set.of("patient", "tracer", "therapy", "fit", "tail", "whole_body",
            "blood", "lesions", "target_dose_Gy", "rule", "max_activity_GBq", "blood_limit_Gy", "recovery_curve",
            "min_volume_ml", "retention_limit_GBq", "seed");

    private PlanInputJson() {
    }

    /**
     * A plan and its record (patient id, administration and measurement date-times).
     *
     * @param input  what the planner computes from
     * @param record what identifies the plan as a clinical record; not used in the computation
     */
    public record Document(PlanInput input, PlanRecord record) {
    }

    /**
     * Reads a plan.
     *
     * @param text   the plan JSON
     * @param source what it is called in messages
     * @return the planner's input
     * @throws InvalidInputException naming the source, the JSON path, the value and what is allowed
     */
    public static PlanInput read(String text, String source) {
        return readDocument(text, source).input();
    }

    /**
     * Reads a plan with its record.
     *
     * @param text   the plan JSON
     * @param source what it is called in messages
     * @return the planner's input and the plan's record
     * @throws InvalidInputException naming the source, the JSON path, the value and what is allowed
     */
    public static Document readDocument(String text, String source) {
        final JsonNode root = JsonFields.parseObject(text, source);
        try {
            return parse(root);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(source + ": " + e.getMessage());
        }
    }

    private static Document parse(JsonNode root) {
        onlyKeys(root, TOP, "");
        final JsonNode patient = object(root, "patient", "patient");
        onlyKeys(patient, Set.of("id", "weight_kg", "lung_metastases"), "patient.");
        final String patientId = optionalText(patient, "id", "patient.id");
        if (patientId != null && (patientId.strip().isEmpty() || patientId.length() > 64
                || patientId.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidInputException("patient.id must be 1 to 64 characters without control characters, got '"
                    + patientId.replaceAll("\\p{Cntrl}", "?") + "' (" + patientId.length() + " characters)");
        }
        final double weight = number(patient, "weight_kg", "patient.weight_kg", null);
        if (!(weight >= 1 && weight <= 400)) {
            throw new InvalidInputException("patient.weight_kg must be in [1, 400] kg, got " + weight);
        }
        final String lungs = text(patient, "lung_metastases", "patient.lung_metastases", "none");
        if (!lungs.equals("none") && !lungs.equals("diffuse")) {
            throw new InvalidInputException("patient.lung_metastases must be none or diffuse, got '" + lungs + "'");
        }
        final boolean diffuse = lungs.equals("diffuse");
        final JsonNode tracer = object(root, "tracer", "tracer");
        onlyKeys(tracer, Set.of("nuclide", "administered_MBq", "administered_at"), "tracer.");
        final String administeredAt = optionalText(tracer, "administered_at", "tracer.administered_at");
        final Temporal administeredTime = administeredAt == null ? null
                : dateTime(administeredAt, "tracer.administered_at");
        final Timing timing = new Timing(administeredAt, administeredTime, new ArrayList<>());
        final Nuclide tracerNuclide = Nuclide.parse(text(tracer, "nuclide", "tracer.nuclide", null), "tracer.nuclide");
        final double administered = number(tracer, "administered_MBq", "tracer.administered_MBq", null);
        if (!(administered > 0 && administered <= 20000)) {
            throw new InvalidInputException("tracer.administered_MBq must be in (0, 20000] MBq, got " + administered);
        }
        Nuclide therapy = Nuclide.I131;
        if (root.has("therapy")) {
            final JsonNode t = object(root, "therapy", "therapy");
            onlyKeys(t, Set.of("nuclide"), "therapy.");
            therapy = Nuclide.parse(text(t, "nuclide", "therapy.nuclide", "I-131"), "therapy.nuclide");
        }
        final FitModel fit = FitModel.parse(text(root, "fit", "fit", "auto"), "fit");
        final TailPolicy tail = TailPolicy.parse(text(root, "tail", "tail", "fitted"), "tail");
        final List<TimeActivityPoint> wholeBody = series(root, "whole_body", "percent_administered", "whole body",
                timing);
        final List<TimeActivityPoint> blood = series(root, "blood", "percent_administered_per_ml", "blood", timing);
        final List<LesionInput> lesions = lesions(root, timing);
        final List<PlanInput.RecoveryPoint> rc = new ArrayList<>();
        if (root.has("recovery_curve")) {
            final JsonNode curve = array(root, "recovery_curve", "recovery_curve");
            for (int i = 0; i < curve.size(); i++) {
                final String p = "recovery_curve[" + i + "].";
                onlyKeys(curve.get(i), Set.of("volume_ml", "rc"), p);
                rc.add(new PlanInput.RecoveryPoint(number(curve.get(i), "volume_ml", p + "volume_ml", null),
                        number(curve.get(i), "rc", p + "rc", null)));
            }
        }
        final double target = number(root, "target_dose_Gy", "target_dose_Gy", 20.0);
        final PrescriptionRule rule = PrescriptionRule.parse(text(root, "rule", "rule", "all_lesions"));
        final Double cap = root.has("max_activity_GBq") ? number(root, "max_activity_GBq", "max_activity_GBq", null)
                : null;
        final double bloodLimit = number(root, "blood_limit_Gy", "blood_limit_Gy", 2.0);
        final boolean retentionGiven = root.has("retention_limit_GBq");
        final double retention = retentionGiven ? number(root, "retention_limit_GBq", "retention_limit_GBq", null)
                : diffuse ? PlanInput.RETENTION_LIMIT_DIFFUSE_LUNG_GBQ : PlanInput.RETENTION_LIMIT_GBQ;
        final String retentionSource = retentionGiven ? "retention_limit_GBq given in the input"
                : diffuse ? "Benua-Leeper, diffuse lung metastases: 2.96 GBq (80 mCi) as commonly cited; not verified "
                        + "in the primary source" : "Benua-Leeper: 4.44 GBq (120 mCi)";
        final double minVolume = number(root, "min_volume_ml", "min_volume_ml", 0.16);
        final long seed = root.has("seed") ? (long) number(root, "seed", "seed", null) : DEFAULT_SEED;
        return new Document(new PlanInput(weight, diffuse, tracerNuclide, administered, therapy, fit, tail, wholeBody,
                blood, lesions, rc, target, rule, cap, bloodLimit, retention, retentionSource, minVolume, seed),
                new PlanRecord(patientId, administeredAt, timing.measurements()));
    }

    /** The administration time and the measurements' timing as they are read. */
    private record Timing(String administeredAt, Temporal administered, List<PlanRecord.Measurement> measurements) {
    }

    private static String optionalText(JsonNode parent, String key, String path) {
        if (!parent.has(key) || parent.get(key).isNull()) {
            return null;
        }
        final JsonNode n = parent.get(key);
        if (!n.isString()) {
            throw new InvalidInputException(path + " must be a string, got " + n);
        }
        return n.asString();
    }

    /** An ISO-8601 date-time with a UTC offset (OffsetDateTime) or without one (LocalDateTime). */
    private static Temporal dateTime(String text, String path) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException e2) {
                throw new InvalidInputException(path + " must be an ISO-8601 date-time such as 2026-03-02T09:30 or "
                        + "2026-03-02T09:30+01:00, got '" + text + "'");
            }
        }
    }

    /**
     * A measurement's date-time: valid, and when the administration time is given, as many hours after it as the
     * measurement's {@code hours} (within half an hour), with or without a UTC offset as the administration time.
     */
    private static void checkTime(String at, double hours, String p, Timing timing) {
        final Temporal t = dateTime(at, p + ".at");
        if (timing.administered() == null) {
            return;
        }
        if (t.getClass() != timing.administered().getClass()) {
            throw new InvalidInputException(p + ".at must be given " + (timing.administered() instanceof OffsetDateTime
                    ? "with" : "without") + " a UTC offset, as tracer.administered_at ('" + timing.administeredAt()
                    + "') is, got '" + at + "'");
        }
        final double elapsed = Duration.between(timing.administered(), t).getSeconds() / 3600.0;
        if (Math.abs(elapsed - hours) > 0.5) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%s.at '%s' is %.2f h after "
                    + "tracer.administered_at '%s', but %s.hours is %s; they must agree within 0.5 h", p, at, elapsed,
                    timing.administeredAt(), p, hours));
        }
    }

    private static List<LesionInput> lesions(JsonNode root, Timing timing) {
        final JsonNode list = array(root, "lesions", "lesions");
        final List<LesionInput> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            final JsonNode l = list.get(i);
            final String p = "lesions[" + i + "]";
            if (!l.isObject()) {
                throw new InvalidInputException(p + " must be an object");
            }
            onlyKeys(l, Set.of("id", "volume_ml", "density_g_per_ml", "recovery_coefficient", "measurements"), p + ".");
            final String id = text(l, "id", p + ".id", null);
            final String q = "lesions[" + i + "] ('" + id + "')";
            final double volume = number(l, "volume_ml", q + ".volume_ml", null);
            final double density = number(l, "density_g_per_ml", q + ".density_g_per_ml", 1.0);
            final Double rc = l.has("recovery_coefficient")
                    ? number(l, "recovery_coefficient", q + ".recovery_coefficient", null) : null;
            final List<TimeActivityPoint> m = points(array(l, "measurements", q + ".measurements"),
                    q + ".measurements", "percent_administered", "lesion " + id, timing);
            out.add(new LesionInput(id, volume, density, rc, m));
        }
        return out;
    }

    private static List<TimeActivityPoint> series(JsonNode root, String name, String valueKey, String region,
                                                  Timing timing) {
        return points(array(root, name, name), name, valueKey, region, timing);
    }

    private static List<TimeActivityPoint> points(JsonNode list, String path, String valueKey, String region,
                                                  Timing timing) {
        final List<TimeActivityPoint> out = new ArrayList<>();
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < list.size(); i++) {
            final String p = path + "[" + i + "]";
            final JsonNode n = list.get(i);
            if (!n.isObject()) {
                throw new InvalidInputException(p + " must be an object {\"hours\": …, \"" + valueKey + "\": …}");
            }
            onlyKeys(n, Set.of("hours", valueKey, "at"), p + ".");
            final double hours = number(n, "hours", p + ".hours", null);
            final double percent = number(n, valueKey, p + "." + valueKey, null);
            if (hours < 0) {
                throw new InvalidInputException(p + ".hours must be >= 0 h, got " + hours);
            }
            if (!(hours > previous)) {
                throw new InvalidInputException(p + ".hours must be later than the measurement before it ("
                        + previous + " h), got " + hours + " h; list measurements in time order without repeats");
            }
            if (percent < 0 || (!valueKey.endsWith("per_ml") && percent > 100)) {
                throw new InvalidInputException(p + "." + valueKey + " must be in [0, 100] %, got " + percent);
            }
            final String at = optionalText(n, "at", p + ".at");
            if (at != null) {
                checkTime(at, hours, p, timing);
            }
            timing.measurements().add(new PlanRecord.Measurement(region, hours, at));
            previous = hours;
            out.add(new TimeActivityPoint(hours, percent / 100));
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(path + " needs at least one measurement");
        }
        return out;
    }
}
