package org.rediff.core.dosimetry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Readers for the test copies of the dosimetry source data ({@code src/test/resources/dosimetry/}, provenance in its
 * README). Written independently of the main code: the tests compare the core against these copies.
 */
final class DosimetryReferenceData {
    /** Lanconelli et al. 2012 soft-tissue voxel sizes, mm ([SOURCE-code] row "Lanconelli database 131I voxel sizes"). */
    static final double[] LANCONELLI_VOXEL_SIZES_MM = {2.21, 2.33, 2.4, 3.0, 3.59, 3.9, 4.0, 4.42, 4.8, 5.0, 6.0, 6.8,
            9.28};

    private DosimetryReferenceData() {
    }

    /** One row of {@code reference_values.csv}. */
    record Row(String quantity, String value, String unit, String conditions, String source) {
        double number() {
            return Double.parseDouble(value);
        }

        String label() {
            return conditions.substring(0, conditions.indexOf(']') + 1);
        }
    }

    static InputStream open(String resource) {
        final InputStream in = DosimetryReferenceData.class.getResourceAsStream("/dosimetry/" + resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource dosimetry/" + resource);
        }
        return in;
    }

    /** All rows of the reference table except [UNVERIFIED] ones, which are never oracles. */
    static List<Row> referenceRows() {
        final List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open("reference_values.csv"),
                StandardCharsets.UTF_8))) {
            r.readLine(); // header: quantity,value,unit,conditions,source
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                final List<String> f = splitCsv(line);
                final Row row = new Row(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4));
                if (!row.conditions().startsWith("[UNVERIFIED]")) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The single non-[UNVERIFIED] row whose quantity is exactly {@code quantity}. */
    static Row row(String quantity) {
        final List<Row> hits = referenceRows().stream().filter(r -> r.quantity().equals(quantity)).toList();
        if (hits.size() != 1) {
            throw new IllegalStateException(hits.size() + " usable rows for '" + quantity + "'");
        }
        return hits.get(0);
    }

    /** RFC 4180 fields of one line (quotes, doubled quotes; no embedded newlines in this file). */
    static List<String> splitCsv(String line) {
        final List<String> out = new ArrayList<>();
        final StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            final char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    static String sizeLabel(double mm) {
        return mm == Math.rint(mm) ? Integer.toString((int) mm) : Double.toString(mm);
    }

    /** The tabulated octant [i][j][k], i, j, k = 0..5, of the soft-tissue kernel for a voxel size, mGy/(MBq·s). */
    static double[][][] kernelOctant(double voxelMm) {
        final double[][][] oct = new double[6][6][6];
        int values = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                open("voxel-s-values-I131/131I" + sizeLabel(voxelMm) + "mmsoft.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                final String[] p = line.trim().split("\\s+");
                if (p.length != 4 || !p[0].matches("\\d+")) {
                    continue; // title and header lines
                }
                oct[Integer.parseInt(p[0])][Integer.parseInt(p[1])][Integer.parseInt(p[2])] = Double.parseDouble(p[3]);
                values++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (values != 216) {
            throw new IllegalStateException(values + " values in the " + voxelMm + " mm kernel, expected 6^3");
        }
        return oct;
    }

    /** One emission table of an ICRP 107 JSON file: rows of [energy MeV, yield per decay]. */
    static List<double[]> emissions(String nuclide, String kind) {
        final JsonNode lines = icrp107(nuclide).get("emissions").get(kind);
        final List<double[]> out = new ArrayList<>();
        for (JsonNode l : lines) {
            out.add(new double[] {l.get(0).asDouble(), l.get(1).asDouble()});
        }
        return out;
    }

    /** Σ energy × yield of one emission table, keV per decay. */
    static double energyPerDecayKeV(String nuclide, String kind) {
        double sum = 0;
        for (double[] l : emissions(nuclide, kind)) {
            sum += l[0] * 1000 * l[1];
        }
        return sum;
    }

    /** Half-life in hours from the ICRP 107 JSON ({@code half_life} with its {@code time_unit}). */
    static double halfLifeHours(String nuclide) {
        final JsonNode n = icrp107(nuclide);
        final double value = n.get("half_life").asDouble();
        final Map<String, Double> hoursPer = new TreeMap<>(Map.of("h", 1.0, "d", 24.0, "m", 1 / 60.0, "s", 1 / 3600.0,
                "y", 365.25 * 24));
        final String unit = n.get("time_unit").asString().toLowerCase(Locale.ROOT);
        if (!hoursPer.containsKey(unit)) {
            throw new IllegalStateException("unknown time unit " + unit);
        }
        return value * hoursPer.get(unit);
    }

    static JsonNode icrp107(String nuclide) {
        try (InputStream in = open("icrp107/" + nuclide + ".json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
