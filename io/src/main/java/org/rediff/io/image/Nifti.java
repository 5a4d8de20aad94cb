package org.rediff.io.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.voxel.VoxelGrid;

/**
 * NIfTI-1 single-file volumes ({@code .nii}, and {@code .nii.gz}), read and written as the NIfTI-1 header layout
 * defines (nifti1.h, NIfTI Data Format Working Group 2004): 348-byte header, either byte order, data types
 * uint8/int8/int16/uint16/int32/uint32/float32/float64, {@code scl_slope}/{@code scl_inter} applied, spatial units
 * m, mm or µm converted to mm. Only three-dimensional volumes are read (a fourth dimension of 1 is accepted).
 */
public final class Nifti {
    static final int HEADER_BYTES = 348;
    private static final int ORIENTATION_FROM = 252;
    private static final int ORIENTATION_TO = 328; // qform/sform codes, quaternion, offsets, srow_x/y/z

    private Nifti() {
    }

    /**
     * Reads a volume.
     *
     * @param file a {@code .nii} or {@code .nii.gz} file
     * @return the volume
     * @throws InvalidInputException naming the file and what is wrong with it
     */
    public static NiftiImage read(Path file) {
        try {
            if (file.getFileName().toString().endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
                    return parse(ByteBuffer.wrap(in.readAllBytes()), file.toString());
                }
            }
            // mapped, not read: the page cache is copied once, straight into the voxel array
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                return parse(channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()), file.toString());
            }
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot be read as NIfTI (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads a volume from bytes (an upload), gzip-compressed when {@code name} ends in {@code .gz}.
     *
     * @param bytes the file's bytes
     * @param name  the file name, for messages and the compression
     * @return the volume
     * @throws InvalidInputException naming the file and what is wrong with it
     */
    public static NiftiImage read(byte[] bytes, String name) {
        if (name.endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes), 1 << 16)) {
                return parse(ByteBuffer.wrap(in.readAllBytes()), name);
            } catch (IOException e) {
                throw new InvalidInputException(name + ": cannot be read as gzip-compressed NIfTI (" + e.getMessage()
                        + ")");
            }
        }
        return parse(ByteBuffer.wrap(bytes), name);
    }

    static NiftiImage parse(ByteBuffer bytes, String source) {
        if (bytes.limit() < HEADER_BYTES) {
            throw new InvalidInputException(source + ": " + bytes.limit() + " bytes is shorter than a NIfTI-1 header ("
                    + HEADER_BYTES + " bytes)");
        }
        final ByteBuffer h = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        if (h.getInt(0) != HEADER_BYTES) {
            h.order(ByteOrder.BIG_ENDIAN);
            if (h.getInt(0) != HEADER_BYTES) {
                throw new InvalidInputException(source + ": not a NIfTI-1 file (sizeof_hdr is not 348 in either byte "
                        + "order)");
            }
        }
        final String magic = ascii(h, 344, 3);
        if (!magic.equals("n+1")) {
            throw new InvalidInputException(source + ": magic '" + magic.replaceAll("\\p{Cntrl}", "?") + "' is not "
                    + "'n+1' (a single-file NIfTI-1 image; a .hdr/.img pair is not read)");
        }
        final int dims = h.getShort(40);
        if (dims < 3 || dims > 4 || (dims == 4 && h.getShort(48) > 1)) {
            throw new InvalidInputException(source + ": " + dims + " dimensions" + (dims == 4 ? " with "
                    + h.getShort(48) + " volumes" : "") + "; a three-dimensional volume is needed (one file per "
                    + "time point)");
        }
        final int nx = h.getShort(42);
        final int ny = h.getShort(44);
        final int nz = h.getShort(46);
        final double unitToMm = switch (h.get(123) & 0x07) {
            case 1 -> 1000;      // metre
            case 3 -> 0.001;     // micron
            default -> 1;        // mm, or unknown (mm is the convention)
        };
        final VoxelGrid grid;
        try {
            grid = new VoxelGrid(nx, ny, nz, Math.abs(h.getFloat(80)) * unitToMm, Math.abs(h.getFloat(84)) * unitToMm,
                    Math.abs(h.getFloat(88)) * unitToMm);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(source + ": " + e.getMessage());
        }
        final int datatype = h.getShort(70);
        final int bytesPerValue = switch (datatype) {
            case 2, 256 -> 1;
            case 4, 512 -> 2;
            case 8, 768, 16 -> 4;
            case 64 -> 8;
            default -> throw new InvalidInputException(source + ": NIfTI datatype " + datatype + " is not read; "
                    + "allowed: uint8, int8, int16, uint16, int32, uint32, float32, float64");
        };
        final long offset = (long) h.getFloat(108);
        final long needed = offset + (long) grid.voxels() * bytesPerValue;
        if (offset < HEADER_BYTES || needed > bytes.limit()) {
            throw new InvalidInputException(source + ": the header promises " + grid.describe() + " of " + bytesPerValue
                    + "-byte values from byte " + offset + " (" + needed + " bytes), the file has " + bytes.limit());
        }
        final float slope = h.getFloat(112);
        final float intercept = h.getFloat(116);
        final boolean scaled = slope != 0 && Float.isFinite(slope) && !(slope == 1 && intercept == 0);
        final float[] values = new float[grid.voxels()];
        final ByteBuffer d = bytes.duplicate().order(h.order());
        if (datatype == 16 && !scaled) {
            // the common case (float32 PET, dose maps): one bulk copy instead of a read per voxel
            d.position((int) offset);
            d.slice().order(h.order()).asFloatBuffer().get(values);
            return new NiftiImage(grid, values, orientation(h), description(h));
        }
        for (int v = 0; v < values.length; v++) {
            final int at = (int) (offset + (long) v * bytesPerValue);
            final double x = switch (datatype) {
                case 2 -> d.get(at) & 0xff;
                case 256 -> d.get(at);
                case 4 -> d.getShort(at);
                case 512 -> d.getShort(at) & 0xffff;
                case 8 -> d.getInt(at);
                case 768 -> d.getInt(at) & 0xffffffffL;
                case 16 -> d.getFloat(at);
                default -> d.getDouble(at);
            };
            values[v] = (float) (scaled ? x * slope + intercept : x);
        }
        return new NiftiImage(grid, values, orientation(h), description(h));
    }

    /** The qform/sform block re-encoded little-endian (2 shorts, then 18 floats), or null when neither is set. */
    private static byte[] orientation(ByteBuffer h) {
        if (h.getShort(252) <= 0 && h.getShort(254) <= 0) {
            return null;
        }
        final byte[] orientation = new byte[ORIENTATION_TO - ORIENTATION_FROM];
        final ByteBuffer o = ByteBuffer.wrap(orientation).order(ByteOrder.LITTLE_ENDIAN);
        o.putShort(h.getShort(252)).putShort(h.getShort(254));
        for (int at = 256; at < ORIENTATION_TO; at += 4) {
            o.putFloat(h.getFloat(at));
        }
        return orientation;
    }

    private static String description(ByteBuffer h) {
        return ascii(h, 148, 80).replace("\0", "").strip();
    }

    private static String ascii(ByteBuffer h, int at, int length) {
        final byte[] b = new byte[length];
        h.get(at, b);
        return new String(b, StandardCharsets.US_ASCII);
    }

    /**
     * Writes a float32 volume ({@code .nii}, or gzip-compressed when the name ends in {@code .gz}), atomically: a
     * file that exists is complete.
     *
     * @param file        target
     * @param grid        the grid
     * @param values      voxel values, x fastest
     * @param orientation the orientation block of the image it derives from, or null
     * @param description up to 79 characters for {@code descrip} (e.g. the unit)
     * @throws IOException if the file cannot be written
     */
    public static void write(Path file, VoxelGrid grid, float[] values, byte[] orientation, String description)
            throws IOException {
        final byte[] bytes = bytes(grid, values, orientation, description);
        final Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (OutputStream raw = Files.newOutputStream(tmp);
             OutputStream out = file.getFileName().toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16)
                     : raw) {
            out.write(bytes);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * A float32 volume as the bytes of a {@code .nii} file (a download).
     *
     * @param grid        the grid
     * @param values      voxel values, x fastest
     * @param orientation the orientation block of the image it derives from, or null
     * @param description up to 79 characters for {@code descrip}
     * @return header and data
     */
    public static byte[] bytes(VoxelGrid grid, float[] values, byte[] orientation, String description) {
        if (values.length != grid.voxels()) {
            throw new IllegalArgumentException(values.length + " values for " + grid.describe());
        }
        final ByteBuffer h = ByteBuffer.allocate(352).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(0, HEADER_BYTES);
        h.putShort(40, (short) 3).putShort(42, (short) grid.nx()).putShort(44, (short) grid.ny())
                .putShort(46, (short) grid.nz()).putShort(48, (short) 1).putShort(50, (short) 1)
                .putShort(52, (short) 1).putShort(54, (short) 1);
        h.putShort(70, (short) 16).putShort(72, (short) 32);
        h.putFloat(76, 1f).putFloat(80, (float) grid.dxMm()).putFloat(84, (float) grid.dyMm())
                .putFloat(88, (float) grid.dzMm());
        h.putFloat(108, 352f).putFloat(112, 1f).putFloat(116, 0f);
        h.put(123, (byte) 2); // mm
        final byte[] text = (description.length() > 79 ? description.substring(0, 79) : description)
                .getBytes(StandardCharsets.US_ASCII);
        h.put(148, text);
        if (orientation != null) {
            h.put(ORIENTATION_FROM, orientation);
        }
        h.put(344, (byte) 'n').put(345, (byte) '+').put(346, (byte) '1');
        final ByteBuffer all = ByteBuffer.allocate(352 + values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        all.put(h.array());
        all.asFloatBuffer().put(values);
        return all.array();
    }
}
