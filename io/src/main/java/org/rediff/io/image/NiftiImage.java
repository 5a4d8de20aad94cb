package org.rediff.io.image;

import org.rediff.core.dosimetry.voxel.VoxelGrid;

/**
 * A NIfTI-1 volume as read: the grid, the voxel values after the header's scaling (x fastest), and the header's
 * orientation block (qform and sform, bytes 252–327) so that a map written on the same grid keeps the same place in
 * the scanner.
 *
 * @param grid        voxel counts and spacing, mm
 * @param values      scaled voxel values (value · scl_slope + scl_inter when a slope is set)
 * @param orientation the 76 bytes of qform/sform fields, little-endian, or null for none
 * @param description the header's {@code descrip} text
 */
public record NiftiImage(VoxelGrid grid, float[] values, byte[] orientation, String description) {
    /**
     * The volume as a label map: each value rounded to the nearest whole label (0 = background).
     *
     * @return label per voxel
     */
    public int[] labels() {
        final int[] l = new int[values.length];
        for (int v = 0; v < l.length; v++) {
            l[v] = Math.round(values[v]);
        }
        return l;
    }
}
