package org.rediff.core.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the metafor oracle ({@code evidence/metafor-oracle.csv}, written by
 * {@code core/src/test/oracle/metafor_oracle.R}) and its input datasets ({@code evidence/datasets/*.csv}).
 * The files have no quoted commas except in study labels, which are read with a minimal quote-aware splitter.
 */
final class OracleData {
    static final Map<String, Map<String, String>> CASES = load();

    private OracleData() {
    }

    private static Map<String, Map<String, String>> load() {
        final Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        for (String line : lines("/evidence/metafor-oracle.csv").subList(1, lines("/evidence/metafor-oracle.csv").size())) {
            final List<String> f = split(line);
            cases.computeIfAbsent(f.get(0), c -> new LinkedHashMap<>()).put(f.get(1), f.get(2));
        }
        return cases;
    }

    /** A dataset as a list of rows (column name → text). */
    static List<Map<String, String>> dataset(String name) {
        final List<String> lines = lines("/evidence/datasets/" + name + ".csv");
        final List<String> header = split(lines.get(0));
        final List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            final List<String> f = split(line);
            final Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), f.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    static List<ProportionStudy> studies(String name) {
        return dataset(name).stream().map(r -> new ProportionStudy(r.get("study"), Integer.parseInt(r.get("events")),
                Integer.parseInt(r.get("total")))).toList();
    }

    static List<String> column(String dataset, String column) {
        return dataset(dataset).stream().map(r -> r.get(column)).toList();
    }

    static double value(Map<String, String> c, String quantity) {
        final String v = c.get(quantity);
        if (v == null) {
            throw new AssertionError("oracle has no quantity " + quantity);
        }
        return "NA".equals(v) ? Double.NaN : Double.parseDouble(v);
    }

    private static List<String> lines(String resource) {
        try (var in = OracleData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        final List<String> out = new ArrayList<>();
        final StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            final char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
