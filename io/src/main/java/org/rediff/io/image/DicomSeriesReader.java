package org.rediff.io.image;

import ij.plugin.DICOM;
import ij.process.ImageProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.dosimetry.voxel.VoxelGrid;

/**
 * Reads a PET time point from a folder of single-slice DICOM files with ImageJ's DICOM decoder, and applies what
 * the PET image module says (DICOM PS3.3 C.8.9.4): Units (0054,1001) must be BQML; Rescale Slope/Intercept
 * (0028,1053/1052) are applied per slice (vendors vary them slice by slice); Decay Correction (0054,1102) START or
 * ADMIN is undone — by the slice's Decay Factor (0054,1321) where given, else from the Radionuclide Half Life
 * (0018,1075) and the reference time (Series Date/Time for START, the radiopharmaceutical start for ADMIN) — so that
 * values are as measured at acquisition. Slices are sorted along the normal of Image Orientation (0020,0037) by
 * Image Position (0020,0032); orientation, size and spacing must agree, and the spacing must be even.
 */
public final class DicomSeriesReader {
    private static final Object IMAGEJ = new Object(); // ImageJ's decoder keeps static preferences

    private DicomSeriesReader() {
    }

    /** One slice as read. */
    private record Slice(Path file, Map<String, String> tags, float[] raw, int rows, int columns, double[] position,
                         double along) {
    }

    /**
     * Reads the folder.
     *
     * @param dir a folder holding the slices of one acquisition (other files are ignored only if they are not
     *            DICOM at all)
     * @return the time point
     * @throws InvalidInputException naming the folder, the file and the problem
     */
    public static DicomSeries read(Path dir) {
        final List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(dir + ": cannot list the DICOM folder (" + e.getMessage() + ")");
        }
        final List<Slice> slices = new ArrayList<>();
        for (Path f : files) {
            final Slice s = slice(f);
            if (s != null) {
                slices.add(s);
            }
        }
        if (slices.isEmpty()) {
            throw new InvalidInputException(dir + ": no DICOM slice found (files need the 'DICM' marker at byte 128)");
        }
        final Slice first = slices.get(0);
        final String units = first.tags().getOrDefault("0054,1001", "").strip();
        for (Slice s : slices) {
            final String u = s.tags().getOrDefault("0054,1001", "").strip();
            if (!u.equals("BQML")) {
                throw new InvalidInputException(s.file() + ": Units (0054,1001) " + (u.isEmpty() ? "missing" : "'" + u
                        + "'") + "; allowed: BQML (activity concentration; counts or SUV images cannot be dosed)");
            }
        }
        final double[] orientation = numbers(first, "0020,0037", 6);
        final double[] row = {orientation[0], orientation[1], orientation[2]};
        final double[] col = {orientation[3], orientation[4], orientation[5]};
        final double[] normal = {row[1] * col[2] - row[2] * col[1], row[2] * col[0] - row[0] * col[2],
            row[0] * col[1] - row[1] * col[0]};
        final double[] spacing = numbers(first, "0028,0030", 2); // row spacing (between rows), column spacing
        final List<Slice> sorted = new ArrayList<>();
        for (Slice s : slices) {
            final double[] o = numbers(s, "0020,0037", 6);
            for (int i = 0; i < 6; i++) {
                if (Math.abs(o[i] - orientation[i]) > 1e-4) {
                    throw new InvalidInputException(s.file() + ": Image Orientation differs from " + first.file()
                            .getFileName() + "; one acquisition must have one orientation");
                }
            }
            if (s.rows() != first.rows() || s.columns() != first.columns()) {
                throw new InvalidInputException(s.file() + ": " + s.columns() + "×" + s.rows() + " pixels, "
                        + first.file().getFileName() + " has " + first.columns() + "×" + first.rows());
            }
            final double[] p = numbers(s, "0020,0032", 3);
            sorted.add(new Slice(s.file(), s.tags(), s.raw(), s.rows(), s.columns(), p,
                    p[0] * normal[0] + p[1] * normal[1] + p[2] * normal[2]));
        }
        sorted.sort(Comparator.comparingDouble(Slice::along));
        double dz = first.tags().containsKey("0018,0050") ? numbers(first, "0018,0050", 1)[0] : spacing[0];
        if (sorted.size() > 1) {
            // the smallest gap is the spacing (a missing slice leaves a wider one); two slices at one position are
            // a duplicate
            dz = Double.MAX_VALUE;
            for (int i = 1; i < sorted.size(); i++) {
                final double gap = sorted.get(i).along() - sorted.get(i - 1).along();
                if (gap < 1e-3) {
                    throw new InvalidInputException(sorted.get(i).file() + ": at the same position as "
                            + sorted.get(i - 1).file().getFileName() + "; a duplicate slice?");
                }
                dz = Math.min(dz, gap);
            }
            for (int i = 1; i < sorted.size(); i++) {
                final double gap = sorted.get(i).along() - sorted.get(i - 1).along();
                if (Math.abs(gap - dz) > 0.01 * dz + 1e-3) {
                    throw new InvalidInputException(sorted.get(i).file() + ": slice gap " + String.format(Locale.ROOT,
                            "%.3f", gap) + " mm from the slice before, the series' spacing is " + String.format(Locale.ROOT, "%.3f", dz)
                            + " mm; a missing or duplicate slice? (even spacing is needed)");
                }
            }
        }
        final VoxelGrid grid;
        try {
            grid = new VoxelGrid(first.columns(), first.rows(), sorted.size(), spacing[1], spacing[0], dz);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(dir + ": " + e.getMessage());
        }
        final List<String> warnings = new ArrayList<>();
        final String correction = first.tags().getOrDefault("0054,1102", "NONE").strip();
        final Double halfLife = optionalNumber(first, "0018,1075");
        final LocalDateTime administered = administration(first);
        final LocalDateTime seriesStart = dateTime(first, "0008,0021", "0008,0031");
        final float[] values = new float[grid.voxels()];
        final int plane = grid.nx() * grid.ny();
        LocalDateTime earliest = null;
        LocalDateTime latest = null;
        for (int z = 0; z < sorted.size(); z++) {
            final Slice s = sorted.get(z);
            final Double givenSlope = optionalNumber(s, "0028,1053");
            final Double givenIntercept = optionalNumber(s, "0028,1052");
            final double slope = givenSlope == null ? 1 : givenSlope;
            final double intercept = givenIntercept == null ? 0 : givenIntercept;
            final double undo = 1 / decayFactor(s, correction, halfLife, seriesStart, administered);
            for (int v = 0; v < plane; v++) {
                values[z * plane + v] = (float) ((s.raw()[v] * slope + intercept) * undo);
            }
            final LocalDateTime acquired = dateTime(s, "0008,0022", "0008,0032");
            if (acquired != null) {
                earliest = earliest == null || acquired.isBefore(earliest) ? acquired : earliest;
                latest = latest == null || acquired.isAfter(latest) ? acquired : latest;
            }
        }
        Double hours = null;
        final LocalDateTime start = seriesStart != null ? seriesStart : earliest;
        if (start != null && administered != null) {
            hours = Duration.between(administered, start).toMillis() / 3.6e6;
        }
        if (earliest != null && Duration.between(earliest, latest).toMinutes() > 10) {
            warnings.add(dir.getFileName() + ": slices were acquired over " + Duration.between(earliest, latest)
                    .toMinutes() + " minutes (several bed positions); the series start is taken as the scan time");
        }
        final Double weight = optionalNumber(first, "0010,1030");
        return new DicomSeries(grid, values, hours, halfLife, weight, correction, sorted.size(),
                List.copyOf(warnings));
    }

    /** The factor the scanner multiplied the slice by (1 for NONE). */
    private static double decayFactor(Slice s, String correction, Double halfLife, LocalDateTime seriesStart,
                                      LocalDateTime administered) {
        switch (correction) {
            case "NONE":
                return 1;
            case "START":
            case "ADMIN":
                final Double given = optionalNumber(s, "0054,1321");
                if (given != null && given > 0) {
                    return given;
                }
                final LocalDateTime reference = correction.equals("START") ? seriesStart : administered;
                final LocalDateTime acquired = dateTime(s, "0008,0022", "0008,0032");
                if (halfLife == null || reference == null || acquired == null) {
                    throw new InvalidInputException(s.file() + ": Decay Correction " + correction + " without a "
                            + "Decay Factor (0054,1321), and the half-life or the reference and acquisition times to "
                            + "undo it are missing");
                }
                final double seconds = Duration.between(reference, acquired).toMillis() / 1000.0;
                return Math.exp(Math.log(2) * seconds / halfLife);
            default:
                throw new InvalidInputException(s.file() + ": Decay Correction (0054,1102) '" + correction
                        + "'; allowed: NONE, START, ADMIN");
        }
    }

    private static LocalDateTime administration(Slice s) {
        final String dt = s.tags().getOrDefault("0018,1078", "").strip();
        if (!dt.isEmpty()) {
            return parseDateTime(s, "0018,1078", dt);
        }
        final String time = s.tags().getOrDefault("0018,1072", "").strip();
        final String date = s.tags().getOrDefault("0008,0021", s.tags().getOrDefault("0008,0022", "")).strip();
        return time.isEmpty() || date.isEmpty() ? null : parseDateTime(s, "0018,1072", date + time);
    }

    private static LocalDateTime dateTime(Slice s, String dateTag, String timeTag) {
        final String d = s.tags().getOrDefault(dateTag, "").strip();
        final String t = s.tags().getOrDefault(timeTag, "").strip();
        return d.isEmpty() || t.isEmpty() ? null : parseDateTime(s, timeTag, d + t);
    }

    /** DICOM DA + TM or DT: YYYYMMDDHHMMSS[.FFFFFF], a time zone offset ignored. */
    private static LocalDateTime parseDateTime(Slice s, String tag, String text) {
        final String t = text.replaceAll("[+-]\\d{4}$", "");
        try {
            final LocalDate date = LocalDate.parse(t.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
            String time = t.substring(8);
            while (time.length() < 6 && !time.contains(".")) {
                time = time + "0";
            }
            final int hh = Integer.parseInt(time.substring(0, 2));
            final int mm = Integer.parseInt(time.substring(2, 4));
            final double ss = Double.parseDouble(time.substring(4));
            return LocalDateTime.of(date, LocalTime.of(hh, mm)).plusNanos(Math.round(ss * 1e9));
        } catch (RuntimeException e) {
            throw new InvalidInputException(s.file() + ": (" + tag + ") '" + text + "' is not a DICOM date and time "
                    + "(YYYYMMDDHHMMSS)");
        }
    }

    private static double[] numbers(Slice s, String tag, int count) {
        final String v = s.tags().get(tag);
        if (v == null) {
            throw new InvalidInputException(s.file() + ": (" + tag + ") is missing; it is needed for the geometry");
        }
        final String[] parts = v.strip().split("\\\\");
        if (parts.length < count) {
            throw new InvalidInputException(s.file() + ": (" + tag + ") '" + v.strip() + "' has " + parts.length
                    + " values, " + count + " needed");
        }
        final double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(s.file() + ": (" + tag + ") '" + v.strip() + "' is not numeric");
            }
        }
        return out;
    }

    private static Double optionalNumber(Slice s, String tag) {
        final String v = s.tags().get(tag);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(v.strip().split("\\\\")[0].strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(s.file() + ": (" + tag + ") '" + v.strip() + "' is not a number");
        }
    }

    /** One file, or null when it is not DICOM at all. */
    private static Slice slice(Path f) {
        try {
            final byte[] head = new byte[132];
            try (var in = Files.newInputStream(f)) {
                if (in.readNBytes(head, 0, 132) < 132 || head[128] != 'D' || head[129] != 'I' || head[130] != 'C'
                        || head[131] != 'M') {
                    return null;
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(f + ": cannot be read (" + e.getMessage() + ")");
        }
        final DICOM d;
        final String info;
        synchronized (IMAGEJ) {
            // ImageJ would otherwise convert fractional slopes through its GUI command layer; the slope and
            // intercept are applied here, per slice, from the tags
            ij.Prefs.ignoreRescaleSlope = true;
            d = new DICOM();
            d.open(f.toString());
            info = d.getInfoProperty();
        }
        if (d.getWidth() == 0 || info == null || d.getProcessor() == null) {
            throw new InvalidInputException(f + ": ImageJ could not decode this DICOM file (compressed transfer "
                    + "syntaxes and multi-frame files are not read)");
        }
        if (d.getStackSize() != 1) {
            throw new InvalidInputException(f + ": " + d.getStackSize() + " frames in one file; one slice per file "
                    + "is read");
        }
        final Map<String, String> tags = new HashMap<>();
        for (String line : info.split("\n")) {
            if (line.length() > 11 && line.charAt(4) == ',' && line.substring(0, 9).matches("[0-9A-Fa-f]{4},[0-9A-Fa-f]{4}")) {
                final int colon = line.indexOf(':', 10);
                if (colon > 0) {
                    tags.putIfAbsent(line.substring(0, 9).toUpperCase(Locale.ROOT), line.substring(colon + 1).strip());
                }
            }
        }
        final ImageProcessor ip = d.getProcessor();
        final float[] raw = new float[d.getWidth() * d.getHeight()];
        for (int y = 0; y < d.getHeight(); y++) {
            for (int x = 0; x < d.getWidth(); x++) {
                raw[x + d.getWidth() * y] = ip.getPixelValue(x, y); // stored value (ImageJ's signed offset removed)
            }
        }
        return new Slice(f, tags, raw, d.getHeight(), d.getWidth(), null, 0);
    }
}
