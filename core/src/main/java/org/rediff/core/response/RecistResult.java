package org.rediff.core.response;

import java.util.List;

/**
 * A patient's RECIST 1.1 course.
 *
 * @param timePoints           baseline and every follow-up, in date order
 * @param bestOverallResponse  best overall response (with or without confirmation, per the settings)
 * @param bestChangePct        most negative percent change of the sum from baseline over evaluable follow-ups
 *                             (NaN when none), for waterfall plots
 * @param settings             settings used
 * @param notes                how the best response was reached (e.g. an unconfirmed PR counted as SD)
 */
public record RecistResult(List<TimePoint> timePoints, Response bestOverallResponse, double bestChangePct,
                           RecistSettings settings, List<String> notes) {
    public RecistResult {
        timePoints = List.copyOf(timePoints);
        notes = List.copyOf(notes);
    }
}
