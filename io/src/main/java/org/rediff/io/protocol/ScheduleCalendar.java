package org.rediff.io.protocol;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.rediff.core.protocol.ScheduledEvent;

/**
 * A schedule as an iCalendar file (RFC 5545): one all-day VEVENT per step (the window, when there is one, in the
 * description), CRLF line ends, text escaped (§3.3.11) and lines folded at 75 octets (§3.1), so that any calendar
 * program imports it. Conditional steps say their condition in the summary.
 */
public final class ScheduleCalendar {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ScheduleCalendar() {
    }

    /**
     * The calendar.
     *
     * @param name     the calendar's name (protocol and pseudonymous patient id)
     * @param uidStem  a stem for the events' unique ids (stable for one enrolment, so a re-import updates)
     * @param events   the schedule
     * @param stamp    when the file is made
     */
    public static String write(String name, String uidStem, List<ScheduledEvent> events, Instant stamp) {
        final StringBuilder s = new StringBuilder();
        line(s, "BEGIN:VCALENDAR");
        line(s, "VERSION:2.0");
        line(s, "PRODID:-//rediff//protocol schedule//EN");
        line(s, "CALSCALE:GREGORIAN");
        line(s, "X-WR-CALNAME:" + text(name));
        for (int i = 0; i < events.size(); i++) {
            final ScheduledEvent e = events.get(i);
            line(s, "BEGIN:VEVENT");
            line(s, "UID:" + uidStem + "-" + i + "-" + e.kind().code() + "@rediff");
            line(s, "DTSTAMP:" + STAMP.format(stamp));
            line(s, "DTSTART;VALUE=DATE:" + DATE.format(e.date()));
            line(s, "DTEND;VALUE=DATE:" + DATE.format(e.date().plusDays(1)));
            line(s, "SUMMARY:" + text("Day " + e.studyDay() + ": " + e.label()
                    + (e.branch().isEmpty() ? "" : " (" + e.branch() + ")")));
            line(s, "DESCRIPTION:" + text(name + ". " + (e.windowDays() > 0 ? "Window ± " + e.windowDays()
                    + " days. " : "") + (e.branch().isEmpty() ? "" : "Only " + e.branch() + ".")));
            line(s, "CATEGORIES:" + text(e.kind().code()));
            line(s, "TRANSP:TRANSPARENT");
            line(s, "END:VEVENT");
        }
        line(s, "END:VCALENDAR");
        return s.toString();
    }

    /** RFC 5545 §3.3.11: backslash, semicolon and comma escaped, newlines as \n. */
    static String text(String t) {
        return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Appends a content line folded to at most 75 octets per physical line (RFC 5545 §3.1). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        final int[] cps = content.codePoints().toArray();
        for (int cp : cps) {
            final int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
        }
        out.append("\r\n");
    }
}
