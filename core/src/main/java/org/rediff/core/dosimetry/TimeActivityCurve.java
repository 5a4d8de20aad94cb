package org.rediff.core.dosimetry;

import java.util.ArrayList;
import java.util.List;
import org.rediff.core.common.InvalidInputException;

/**
 * A region's measurements, strictly increasing in time, and their conversion from the tracer to the therapy
 * nuclide: measurements as taken (not decay-corrected) relative to the tracer's administered activity, so
 * A_ther(t)/A0_ther = A_tracer(t)/A0_tracer · e^(λ_tracer·t) · e^(−λ_ther·t) (remove the tracer's decay, apply the
 * therapy nuclide's; docs/background/domain.md §3).
 *
 * @param region label used in messages (e.g. "lesion L1", "whole_body")
 * @param points the measurements
 */
public record TimeActivityCurve(String region, List<TimeActivityPoint> points) {
    /**
     * Checks the measurements and copies them.
     *
     * @throws InvalidInputException if there is no measurement or the times do not increase strictly
     */
    public TimeActivityCurve {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new InvalidInputException(region + ": needs at least one measurement");
        }
        for (int i = 1; i < points.size(); i++) {
            if (!(points.get(i).hours() > points.get(i - 1).hours())) {
                throw new InvalidInputException(region + ": measurement times must increase strictly, got "
                        + points.get(i - 1).hours() + " h then " + points.get(i).hours() + " h (measurement "
                        + (i + 1) + ")");
            }
        }
    }

    /**
     * The curve for the therapy nuclide: each value times e^((λ_tracer − λ_therapy)·t), t in h.
     *
     * @param tracer  the nuclide measured
     * @param therapy the therapy nuclide
     * @return the converted curve; this curve when the nuclides are the same
     */
    public TimeActivityCurve convert(Nuclide tracer, Nuclide therapy) {
        if (tracer == therapy) {
            return this;
        }
        final double rate = tracer.decayConstantPerHour() - therapy.decayConstantPerHour();
        final List<TimeActivityPoint> out = new ArrayList<>(points.size());
        for (TimeActivityPoint p : points) {
            out.add(new TimeActivityPoint(p.hours(), p.fraction() * Math.exp(rate * p.hours())));
        }
        return new TimeActivityCurve(region, out);
    }

    /**
     * The curve with every value divided by a recovery coefficient (partial-volume correction).
     *
     * @param recoveryCoefficient measured/true activity ratio, above 0
     * @return the corrected curve
     */
    public TimeActivityCurve dividedBy(double recoveryCoefficient) {
        final List<TimeActivityPoint> out = new ArrayList<>(points.size());
        for (TimeActivityPoint p : points) {
            out.add(new TimeActivityPoint(p.hours(), p.fraction() / recoveryCoefficient));
        }
        return new TimeActivityCurve(region, out);
    }

    /**
     * The measurement times.
     *
     * @return times after administration, h, in order
     */
    public double[] hours() {
        return points.stream().mapToDouble(TimeActivityPoint::hours).toArray();
    }

    /**
     * The measured values.
     *
     * @return fractions of the administered activity, in time order
     */
    public double[] fractions() {
        return points.stream().mapToDouble(TimeActivityPoint::fraction).toArray();
    }

    /**
     * The time of the last measurement.
     *
     * @return time, h
     */
    public double lastHours() {
        return points.get(points.size() - 1).hours();
    }
}
