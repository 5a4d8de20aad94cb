package org.rediff.io.dosimetry;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What identifies a plan as a clinical record, from its optional fields: the patient identifier, when the tracer was
 * given and when each measurement was taken. None of it enters the computation; the printable report shows it
 * ("not given" when absent).
 *
 * @param patientId      {@code patient.id}, or null
 * @param administeredAt {@code tracer.administered_at} as given (ISO-8601 date-time), or null
 * @param measurements   every measurement's time after administration and its {@code at}, in input order
 */
public record PlanRecord(String patientId, String administeredAt, List<Measurement> measurements) {
    /** What the report shows for a field that is absent. */
    public static final String NOT_GIVEN = "not given";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** Copies the list. */
    public PlanRecord {
        measurements = List.copyOf(measurements);
    }

    /**
     * One measurement's timing.
     *
     * @param region "whole body", "blood" or "lesion ID"
     * @param hours  time after administration, h
     * @param at     its date-time as given (ISO-8601), or null
     */
    public record Measurement(String region, double hours, String at) {
    }

    /**
     * One scan time of the report: a time after administration, the regions measured then, and its date-time.
     *
     * @param hours    time after administration, h
     * @param regions  the regions measured at that time
     * @param dateTime the date-time given with the measurements, else the administration time plus the hours
     *                 (marked "from administration"), else "not given"
     */
    public record Scan(double hours, List<String> regions, String dateTime) {
        /** Copies the regions. */
        public Scan {
            regions = List.copyOf(regions);
        }

        /** @return the hours without a trailing ".0" (24, 2.5) */
        public String hoursText() {
            return PlanRecord.hoursText(hours);
        }
    }

    /** @return the patient identifier, or "not given" */
    public String patientIdText() {
        return patientId == null ? NOT_GIVEN : patientId;
    }

    /** @return the tracer administration date-time as shown (yyyy-MM-dd HH:mm and its offset), or "not given" */
    public String administeredAtText() {
        return administeredAt == null ? NOT_GIVEN : show(administeredAt);
    }

    /**
     * The scans by time after administration, each with its regions and date-time.
     *
     * @return the scans in time order
     */
    public List<Scan> scans() {
        final Map<Double, List<Measurement>> byHours = new TreeMap<>();
        for (Measurement m : measurements) {
            byHours.computeIfAbsent(m.hours(), h -> new ArrayList<>()).add(m);
        }
        final List<Scan> out = new ArrayList<>();
        byHours.forEach((hours, list) -> {
            final List<String> regions = list.stream().map(Measurement::region).distinct().toList();
            final List<String> given = list.stream().map(Measurement::at).filter(a -> a != null).map(PlanRecord::show)
                    .distinct().toList();
            final String when;
            if (!given.isEmpty()) {
                when = String.join("; ", given);
            } else if (administeredAt != null) {
                when = show(plusHours(administeredAt, hours)) + " (from administration + " + hoursText(hours) + " h)";
            } else {
                when = NOT_GIVEN;
            }
            out.add(new Scan(hours, regions, when));
        });
        return out;
    }

    private static String hoursText(double h) {
        return h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
    }

    /** A date-time as given, shown as yyyy-MM-dd HH:mm with its offset when it has one. */
    static String show(String iso) {
        try {
            final OffsetDateTime o = OffsetDateTime.parse(iso);
            return SHOWN.format(o) + " " + (o.getOffset().getId().equals("Z") ? "UTC" : "UTC" + o.getOffset().getId());
        } catch (java.time.format.DateTimeParseException e) {
            return SHOWN.format(LocalDateTime.parse(iso));
        }
    }

    private static String plusHours(String iso, double hours) {
        final long seconds = Math.round(hours * 3600);
        try {
            return OffsetDateTime.parse(iso).plusSeconds(seconds).toString();
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDateTime.parse(iso).plusSeconds(seconds).toString();
        }
    }
}
