package org.rediff.io.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.rediff.core.dosimetry.voxel.VoxelGrid;

/**
 * One axial slice as a PNG: the PET in grey (0 to its 99.5th percentile in the volume), the dose map over it in a
 * perceptual colour scale (transparent below 5 % of the maximum dose), label contours in white. Each voxel is
 * drawn as a square of {@code scale} pixels, scaled by the voxel spacing so that the image has the right aspect.
 */
public final class DoseSlicePng {
    /** Colour-scale stops (viridis-like, dark to bright), shared with the page's colour bar. */
    public static final int[][] STOPS = {{68, 1, 84}, {59, 82, 139}, {33, 145, 140}, {94, 201, 98}, {253, 231, 37}};

    private DoseSlicePng() {
    }

    /**
     * Renders slice {@code z}.
     *
     * @param grid       the grid
     * @param pet        the PET (any frame), Bq/ml
     * @param dose       the dose map, any unit
     * @param labels     label map or null
     * @param z          slice index
     * @param doseMax    the dose at the top of the colour scale
     * @param petMax     the PET value shown white
     * @param pixels     pixels per mm
     * @return PNG bytes
     */
    public static byte[] render(VoxelGrid grid, float[] pet, double[] dose, int[] labels, int z, double doseMax,
                                double petMax, double pixels) {
        final int sx = Math.max(1, (int) Math.round(grid.dxMm() * pixels));
        final int sy = Math.max(1, (int) Math.round(grid.dyMm() * pixels));
        final BufferedImage img = new BufferedImage(grid.nx() * sx, grid.ny() * sy, BufferedImage.TYPE_INT_RGB);
        final int plane = grid.nx() * grid.ny();
        for (int y = 0; y < grid.ny(); y++) {
            for (int x = 0; x < grid.nx(); x++) {
                final int v = z * plane + x + grid.nx() * y;
                final double g = Math.max(0, Math.min(1, pet[v] / petMax));
                int r = (int) (255 * g);
                int gr = r;
                int b = r;
                final double d = doseMax > 0 ? dose[v] / doseMax : 0;
                if (d > 0.05) {
                    final int[] c = colour(Math.min(1, d));
                    final double alpha = 0.65;
                    r = (int) (alpha * c[0] + (1 - alpha) * r);
                    gr = (int) (alpha * c[1] + (1 - alpha) * gr);
                    b = (int) (alpha * c[2] + (1 - alpha) * b);
                }
                if (labels != null && labels[v] != 0 && edge(grid, labels, x, y, z)) {
                    r = 255;
                    gr = 255;
                    b = 255;
                }
                final int rgb = (r << 16) | (gr << 8) | b;
                for (int i = 0; i < sx; i++) {
                    for (int j = 0; j < sy; j++) {
                        img.setRGB(x * sx + i, y * sy + j, rgb);
                    }
                }
            }
        }
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean edge(VoxelGrid g, int[] labels, int x, int y, int z) {
        final int l = labels[z * g.nx() * g.ny() + x + g.nx() * y];
        final int[][] n = {{x - 1, y}, {x + 1, y}, {x, y - 1}, {x, y + 1}};
        for (int[] p : n) {
            if (p[0] < 0 || p[1] < 0 || p[0] >= g.nx() || p[1] >= g.ny()
                    || labels[z * g.nx() * g.ny() + p[0] + g.nx() * p[1]] != l) {
                return true;
            }
        }
        return false;
    }

    /** The colour scale at t in [0, 1], linear between the stops. */
    static int[] colour(double t) {
        final double s = t * (STOPS.length - 1);
        final int i = Math.min((int) s, STOPS.length - 2);
        final double f = s - i;
        final int[] c = new int[3];
        for (int k = 0; k < 3; k++) {
            c[k] = (int) Math.round(STOPS[i][k] + f * (STOPS[i + 1][k] - STOPS[i][k]));
        }
        return c;
    }
}
