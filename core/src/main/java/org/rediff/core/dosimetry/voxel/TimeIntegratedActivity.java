package org.rediff.core.dosimetry.voxel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.Nuclide;

/**
 * Per-voxel time-integrated activity of I-131, MBq·s per GBq of I-131 administered, from the tracer series.
 *
 * <p>Each voxel's measured tracer activity becomes a fraction of the administered tracer (concentration × voxel
 * volume / administered activity); removing the tracer's physical decay and applying I-131's turns it into the
 * fraction an I-131 administration would have there at that time (the biological kinetics are the tracer's,
 * Sgouros 2004 for 124I → 131I), then {@link VoxelFit} integrates it.
 *
 * @param grid                the grid of the map
 * @param mbqSecondsPerGBq    time-integrated I-131 activity per voxel, MBq·s per GBq administered
 * @param singlePointVoxels   voxels with one positive value under the mono fit, integrated with physical decay
 *                            from that point
 * @param emptyVoxels         voxels with no positive value (time-integrated activity 0)
 */
public record TimeIntegratedActivity(VoxelGrid grid, double[] mbqSecondsPerGBq, long singlePointVoxels,
                                     long emptyVoxels) {
    private static final double SECONDS_PER_HOUR = 3600;

    /**
     * Integrates the series.
     *
     * @param grid                  the series' grid
     * @param frames                time points, each an image on {@code grid}; at least 2 for {@link VoxelFit#MONO},
     *                              1 for {@link VoxelFit#TRAPEZOID}; distinct times above 0 h
     * @param tracer                the imaged nuclide (I-124, or I-131 itself)
     * @param tracerAdministeredMBq activity of the tracer administered, MBq, above 0
     * @param fit                   how each voxel is integrated
     * @return the map
     * @throws InvalidInputException naming the frame or the value that is wrong
     */
    public static TimeIntegratedActivity of(VoxelGrid grid, List<ActivityFrame> frames, Nuclide tracer,
                                            double tracerAdministeredMBq, VoxelFit fit) {
        if (!(tracerAdministeredMBq > 0) || !Double.isFinite(tracerAdministeredMBq)) {
            throw InvalidInputException.of("administered_MBq", tracerAdministeredMBq, "a positive activity in MBq");
        }
        final int minimum = fit == VoxelFit.MONO ? 2 : 1;
        if (frames.size() < minimum) {
            throw InvalidInputException.of("images", frames.size() + " time points", "at least " + minimum
                    + " for the " + fit.code() + " fit");
        }
        final List<ActivityFrame> sorted = new ArrayList<>(frames);
        sorted.sort(Comparator.comparingDouble(ActivityFrame::hoursAfterAdministration));
        for (int i = 0; i < sorted.size(); i++) {
            final ActivityFrame f = sorted.get(i);
            if (!(f.hoursAfterAdministration() > 0) || !Double.isFinite(f.hoursAfterAdministration())) {
                throw InvalidInputException.of("hours", f.hoursAfterAdministration(), "a time after administration "
                        + "above 0 h");
            }
            if (i > 0 && f.hoursAfterAdministration() == sorted.get(i - 1).hoursAfterAdministration()) {
                throw InvalidInputException.of("hours", f.hoursAfterAdministration(), "distinct times: two images "
                        + "are at the same time");
            }
            if (f.bqPerMl().length != grid.voxels()) {
                throw InvalidInputException.of("images[" + i + "]", f.bqPerMl().length + " voxels", grid.voxels()
                        + " voxels (" + grid.describe() + ")");
            }
        }
        final int n = sorted.size();
        final double[] hours = new double[n];
        final double[] toI131 = new double[n]; // fraction of administered I-131 per (Bq/ml) measured, × 1000 MBq
        final double lambdaI131 = Nuclide.I131.decayConstantPerHour();
        for (int i = 0; i < n; i++) {
            hours[i] = sorted.get(i).hoursAfterAdministration();
            toI131[i] = grid.voxelVolumeMl() * 1e-6 / tracerAdministeredMBq
                    * Math.exp((tracer.decayConstantPerHour() - lambdaI131) * hours[i]) * 1000;
        }
        final float[][] images = sorted.stream().map(ActivityFrame::bqPerMl).toArray(float[][]::new);
        final double[] tia = new double[grid.voxels()];
        final LongAdder single = new LongAdder();
        final LongAdder empty = new LongAdder();
        final int slice = grid.nx() * grid.ny();
        IntStream.range(0, grid.nz()).parallel().forEach(z -> {
            final double[] a = new double[n];
            for (int v = z * slice, end = v + slice; v < end; v++) {
                for (int i = 0; i < n; i++) {
                    a[i] = images[i][v] * toI131[i];
                }
                if (fit == VoxelFit.MONO) {
                    tia[v] = mono(hours, a, lambdaI131, single, empty);
                } else {
                    tia[v] = trapezoid(hours, a, lambdaI131, empty);
                }
            }
        });
        return new TimeIntegratedActivity(grid, tia, single.sum(), empty.sum());
    }

    /** ∫₀^∞ of the log-linear least-squares exponential through the positive values, MBq·s. */
    static double mono(double[] hours, double[] mbq, double lambdaMin, LongAdder single, LongAdder empty) {
        int m = 0;
        double st = 0;
        double sy = 0;
        double stt = 0;
        double sty = 0;
        for (int i = 0; i < hours.length; i++) {
            if (mbq[i] > 0) {
                final double y = Math.log(mbq[i]);
                m++;
                st += hours[i];
                sy += y;
                stt += hours[i] * hours[i];
                sty += hours[i] * y;
            }
        }
        if (m == 0) {
            empty.increment();
            return 0;
        }
        double lambda = lambdaMin;
        if (m >= 2) {
            final double slope = (m * sty - st * sy) / (m * stt - st * st);
            lambda = Math.max(-slope, lambdaMin);
        } else {
            single.increment();
        }
        // with λ fixed (fitted or at its bound) the least-squares intercept is the mean of ln A + λt
        final double intercept = (sy + lambda * st) / m;
        return Math.exp(intercept) / lambda * SECONDS_PER_HOUR;
    }

    /** Trapezoids from (0, 0) through the points, then the physical tail A_last/λ, MBq·s; negatives count as 0. */
    static double trapezoid(double[] hours, double[] mbq, double lambdaTail, LongAdder empty) {
        double area = 0;
        double previousT = 0;
        double previousA = 0;
        boolean any = false;
        for (int i = 0; i < hours.length; i++) {
            final double a = Math.max(mbq[i], 0);
            any |= a > 0;
            area += (hours[i] - previousT) * (a + previousA) / 2;
            previousT = hours[i];
            previousA = a;
        }
        if (!any) {
            empty.increment();
            return 0;
        }
        return (area + previousA / lambdaTail) * SECONDS_PER_HOUR;
    }
}
