package org.rediff.core.dosimetry.voxel;

import java.util.List;
import org.rediff.core.common.InvalidInputException;

/**
 * A label map of spheres given by centre and radius in mm, measured from the centre of voxel (0, 0, 0) along the
 * image axes: sphere n (from 1) labels every voxel whose centre lies within it; a later sphere wins an overlap.
 */
public final class SphereLabels {
    /**
     * One sphere.
     *
     * @param xMm      centre along x, mm
     * @param yMm      centre along y, mm
     * @param zMm      centre along z, mm
     * @param radiusMm radius, mm, above 0
     */
    public record Sphere(double xMm, double yMm, double zMm, double radiusMm) {
    }

    private SphereLabels() {
    }

    /**
     * The label map.
     *
     * @param grid    the image grid
     * @param spheres the spheres, labelled 1, 2, … in order
     * @return label per voxel
     * @throws InvalidInputException when a sphere holds no voxel centre or has no positive radius
     */
    public static int[] of(VoxelGrid grid, List<Sphere> spheres) {
        final int[] labels = new int[grid.voxels()];
        for (int n = 0; n < spheres.size(); n++) {
            final Sphere s = spheres.get(n);
            if (!(s.radiusMm() > 0)) {
                throw InvalidInputException.of("spheres[" + n + "].radius_mm", s.radiusMm(), "a radius above 0 mm");
            }
            int count = 0;
            for (int z = 0; z < grid.nz(); z++) {
                final double dz = z * grid.dzMm() - s.zMm();
                for (int y = 0; y < grid.ny(); y++) {
                    final double dy = y * grid.dyMm() - s.yMm();
                    for (int x = 0; x < grid.nx(); x++) {
                        final double dx = x * grid.dxMm() - s.xMm();
                        if (dx * dx + dy * dy + dz * dz <= s.radiusMm() * s.radiusMm()) {
                            labels[x + grid.nx() * (y + grid.ny() * z)] = n + 1;
                            count++;
                        }
                    }
                }
            }
            if (count == 0) {
                throw InvalidInputException.of("spheres[" + n + "]", s, "a sphere that holds at least one voxel "
                        + "centre of the image (" + grid.describe() + ")");
            }
        }
        return labels;
    }
}
