package org.rediff.app.outcomes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.survival.ConfidenceType;
import org.rediff.core.survival.CoxModel;

/**
 * The survival settings of the cohort page and of {@code POST /api/outcomes/survival}, as entered (the page shows
 * them again); {@link #settings()} checks them. Blank values take the defaults.
 *
 * @param time       time column (default {@code time})
 * @param event      event column, 1 event and 0 censored (default {@code event})
 * @param group      group column, or blank for none
 * @param times      landmark times separated by commas or spaces (blank: every event time)
 * @param confType   log (default), log-log or plain
 * @param ties       efron (default) or breslow
 * @param covariates Cox covariates separated by commas; {@code factor(COL)} makes a numeric column categorical
 * @param unit       time unit for the axis labels (default months)
 */
public record CohortForm(String time, String event, String group, String times, String confType, String ties,
                         String covariates, String unit) {
    /** Most landmark times and covariates accepted. */
    static final int MAX_ITEMS = 20;

    public CohortForm {
        time = blankTo(time, "time");
        event = blankTo(event, "event");
        group = group == null ? "" : group.trim();
        times = times == null ? "" : times.trim();
        confType = blankTo(confType, "log");
        ties = blankTo(ties, "efron");
        covariates = covariates == null ? "" : covariates.trim();
        unit = blankTo(unit, "months");
    }

    /** The defaults: columns time and event, no group, log CI, Efron ties, months. */
    public static CohortForm defaults() {
        return new CohortForm(null, null, null, null, null, null, null, null);
    }

    /** The settings for the bundled example: the defaults grouped by {@code group}, landmarks at 6, 12 and 24. */
    public static CohortForm example() {
        return new CohortForm(null, null, "group", "6, 12, 24", null, null, null, null);
    }

    /**
     * The checked settings.
     *
     * @param groupColumn group column or null
     * @param landmarks   landmark times (empty: every event time)
     * @param confType    CI transformation
     * @param ties        tie handling
     * @param covariates  Cox covariate specifications
     */
    public record Settings(String groupColumn, List<Double> landmarks, ConfidenceType confType, CoxModel.Ties ties,
                           List<String> covariates) {
    }

    /** @throws InvalidInputException naming the setting, the value and what is allowed */
    public Settings settings() {
        if (unit.length() > 40) {
            throw new InvalidInputException("unit: at most 40 characters, got " + unit.length());
        }
        final List<Double> landmarks = new ArrayList<>();
        if (!times.isEmpty()) {
            for (String t : times.split("[,;\\s]+")) {
                if (t.isEmpty()) {
                    continue;
                }
                final double v;
                try {
                    v = Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException("times: '" + t + "' is not a number; give landmark times >= 0 "
                            + "separated by commas, e.g. 6, 12, 24");
                }
                if (!Double.isFinite(v) || v < 0) {
                    throw new InvalidInputException("times: landmark times must be numbers >= 0, got " + t);
                }
                landmarks.add(v);
            }
            if (landmarks.size() > MAX_ITEMS) {
                throw new InvalidInputException("times: at most " + MAX_ITEMS + " landmark times, got "
                        + landmarks.size());
            }
        }
        final ConfidenceType type = switch (confType.toLowerCase(Locale.ROOT)) {
            case "log" -> ConfidenceType.LOG;
            case "log-log", "loglog", "log_log" -> ConfidenceType.LOG_LOG;
            case "plain" -> ConfidenceType.PLAIN;
            default -> throw new InvalidInputException("conf_type must be log, log-log or plain, got '" + confType
                    + "'");
        };
        final CoxModel.Ties tieMethod = switch (ties.toLowerCase(Locale.ROOT)) {
            case "efron" -> CoxModel.Ties.EFRON;
            case "breslow" -> CoxModel.Ties.BRESLOW;
            default -> throw new InvalidInputException("ties must be efron or breslow, got '" + ties + "'");
        };
        final List<String> covs = new ArrayList<>();
        for (String c : covariates.split(",")) {
            if (!c.isBlank()) {
                covs.add(c.trim());
            }
        }
        if (covs.size() > MAX_ITEMS) {
            throw new InvalidInputException("covariates: at most " + MAX_ITEMS + ", got " + covs.size());
        }
        return new Settings(group.isEmpty() ? null : group, landmarks, type, tieMethod, covs);
    }

    /** The time axis label: the time column and the unit. */
    public String timeLabel() {
        return time + " (" + unit + ")";
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
