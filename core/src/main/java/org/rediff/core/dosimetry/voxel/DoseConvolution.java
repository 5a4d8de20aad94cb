package org.rediff.core.dosimetry.voxel;

import java.util.stream.IntStream;
import org.jtransforms.fft.DoubleFFT_3D;
import org.rediff.core.dosimetry.VoxelSValueKernel;

/**
 * Absorbed dose as the convolution of the time-integrated activity with the voxel S-value kernel (MIRD pamphlet
 * 17, Bolch 1999: D(t) = Σ_s Ã(s)·S(t ← s)), computed by FFT on a zero-padded grid.
 *
 * <p>Both signals are real, so one complex transform carries both: Z = Ã + i·S, and the spectra are recovered as
 * Ã^ = (Z[k] + conj Z[−k]) / 2 and S^ = (Z[k] − conj Z[−k]) / 2i. The product's inverse transform is the dose. The
 * grid is padded by the kernel's reach on every axis, so the circular convolution of the FFT equals the linear one
 * inside the image.
 */
public final class DoseConvolution {
    private DoseConvolution() {
    }

    /**
     * The dose map.
     *
     * @param tia    time-integrated activity, MBq·s per GBq administered
     * @param kernel the S-value kernel for the grid's voxels
     * @return dose per voxel, Gy per GBq administered, on the same grid
     */
    public static double[] dosePerGBq(TimeIntegratedActivity tia, VoxelKernel kernel) {
        final VoxelGrid g = tia.grid();
        final int r = VoxelSValueKernel.REACH;
        final int px = paddedSize(g.nx() + r);
        final int py = paddedSize(g.ny() + r);
        final int pz = paddedSize(g.nz() + r);
        final double[] z = new double[2 * px * py * pz];
        final double[] a = tia.mbqSecondsPerGBq();
        IntStream.range(0, g.nz()).parallel().forEach(k -> {
            for (int j = 0; j < g.ny(); j++) {
                final int from = g.nx() * (j + g.ny() * k);
                final int to = 2 * px * (j + py * k);
                for (int i = 0; i < g.nx(); i++) {
                    z[to + 2 * i] = a[from + i];
                }
            }
        });
        for (int k = -r; k <= r; k++) {
            for (int j = -r; j <= r; j++) {
                for (int i = -r; i <= r; i++) {
                    final int at = 2 * (Math.floorMod(i, px) + px * (Math.floorMod(j, py) + py * Math.floorMod(k, pz)));
                    z[at + 1] = kernel.at(i, j, k);
                }
            }
        }
        final DoubleFFT_3D fft = new DoubleFFT_3D(pz, py, px);
        fft.complexForward(z);
        multiplySpectra(z, px, py, pz);
        fft.complexInverse(z, true);
        final double[] dose = new double[g.voxels()];
        IntStream.range(0, g.nz()).parallel().forEach(k -> {
            for (int j = 0; j < g.ny(); j++) {
                final int to = g.nx() * (j + g.ny() * k);
                final int from = 2 * px * (j + py * k);
                for (int i = 0; i < g.nx(); i++) {
                    dose[to + i] = z[from + 2 * i] / 1000; // mGy → Gy
                }
            }
        });
        return dose;
    }

    /** Replaces Z by Ã^·S^ in place, each pair (k, −k) once (the product of two real signals' spectra). */
    private static void multiplySpectra(double[] z, int px, int py, int pz) {
        IntStream.range(0, pz).parallel().forEach(k -> {
            final int mk = (pz - k) % pz;
            for (int j = 0; j < py; j++) {
                final int mj = (py - j) % py;
                for (int i = 0; i < px; i++) {
                    final int mi = (px - i) % px;
                    final int p = i + px * (j + py * k);
                    final int m = mi + px * (mj + py * mk);
                    if (p > m) {
                        continue; // done with its mirror
                    }
                    final double ar = z[2 * p];
                    final double ai = z[2 * p + 1];
                    final double cr = z[2 * m];
                    final double ci = z[2 * m + 1];
                    final double xr = (ar + cr) / 2;
                    final double xi = (ai - ci) / 2;
                    final double kr = (ai + ci) / 2;
                    final double ki = (cr - ar) / 2;
                    final double pr = xr * kr - xi * ki;
                    final double pi = xr * ki + xi * kr;
                    z[2 * p] = pr;
                    z[2 * p + 1] = pi;
                    z[2 * m] = pr;
                    z[2 * m + 1] = -pi;
                }
            }
        });
    }

    /** The smallest size ≥ n whose only prime factors are 2, 3 and 5 (fast for the mixed-radix FFT). */
    static int paddedSize(int n) {
        for (int s = Math.max(n, 1); ; s++) {
            int t = s;
            for (int f : new int[] {2, 3, 5}) {
                while (t % f == 0) {
                    t /= f;
                }
            }
            if (t == 1) {
                return s;
            }
        }
    }
}
