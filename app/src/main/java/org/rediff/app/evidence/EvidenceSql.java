package org.rediff.app.evidence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rediff.io.evidence.StudyRecordCsv;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL of {@link EvidenceStore}: rows of {@code study} as CSV cells (column names quoted, since {@code year} is
 * a keyword in H2), the audit rows with their before/after cells as JSON objects, and the {@code meta} facts. Each
 * method works on the caller's connection, inside the caller's transaction.
 */
final class EvidenceSql {
    private static final Set<String> INTEGER_COLUMNS = Set.of("year", "itog_ref", "days_on_drug_before_uptake",
            "days_on_drug_total", "n_enrolled", "n_evaluable", "n_restored", "n_treated_131i", "response_denominator",
            "n_cr", "n_pr", "n_sd", "n_pd", "n_grade3plus_ae", "ae_denominator");
    private static final Set<String> DECIMAL_COLUMNS = Set.of("i131_activity_mean_mbq");
    private static final String COLUMN_LIST = StudyRecordCsv.COLUMNS.stream().map(EvidenceSql::quote)
            .collect(Collectors.joining(", "));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> ROW_TYPE = new TypeReference<>() {
    };

    private EvidenceSql() {
    }

    static List<String> ids(Connection c) throws SQLException {
        final List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id from study");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Ids of the records whose latest content came from the given origin (shipped, import, web). */
    static List<String> idsWithOrigin(Connection c, String origin) throws SQLException {
        final List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id from study where origin = ?")) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    static List<Map<String, String>> rows(Connection c, String id) throws SQLException {
        final String sql = "select " + COLUMN_LIST + " from study"
                + (id == null ? " order by position, id" : " where id = ?");
        final List<Map<String, String>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setString(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    final Map<String, String> row = new LinkedHashMap<>();
                    for (String column : StudyRecordCsv.COLUMNS) {
                        row.put(column, cell(rs, column));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }

    private static String cell(ResultSet rs, String column) throws SQLException {
        if (DECIMAL_COLUMNS.contains(column)) {
            final double d = rs.getDouble(column);
            if (rs.wasNull()) {
                return "";
            }
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
        }
        final String v = rs.getString(column);
        return v == null ? "" : v;
    }

    static void insert(Connection c, Map<String, String> row, String origin, OffsetDateTime now)
            throws SQLException {
        final String marks = String.join(", ", Collections.nCopies(StudyRecordCsv.COLUMNS.size() + 3, "?"));
        try (PreparedStatement ps = c.prepareStatement("insert into study (" + COLUMN_LIST
                + ", origin, updated_at, position) values (" + marks + ")")) {
            int i = bindColumns(ps, row);
            ps.setString(i++, origin);
            ps.setObject(i++, now);
            ps.setInt(i, nextPosition(c));
            ps.executeUpdate();
        }
    }

    static void update(Connection c, Map<String, String> row, String origin, OffsetDateTime now)
            throws SQLException {
        final String sets = StudyRecordCsv.COLUMNS.stream().map(col -> quote(col) + " = ?")
                .collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("update study set " + sets
                + ", origin = ?, updated_at = ? where id = ?")) {
            int i = bindColumns(ps, row);
            ps.setString(i++, origin);
            ps.setObject(i++, now);
            ps.setString(i, row.get("id"));
            ps.executeUpdate();
        }
    }

    /** Binds the CSV cells in column order; returns the next parameter index. */
    private static int bindColumns(PreparedStatement ps, Map<String, String> row) throws SQLException {
        int i = 1;
        for (String column : StudyRecordCsv.COLUMNS) {
            final String v = row.get(column);
            if (v == null || v.isBlank()) {
                ps.setNull(i, INTEGER_COLUMNS.contains(column) ? Types.INTEGER
                        : DECIMAL_COLUMNS.contains(column) ? Types.DOUBLE : Types.VARCHAR);
            } else if (INTEGER_COLUMNS.contains(column)) {
                ps.setInt(i, Integer.parseInt(v.strip()));
            } else if (DECIMAL_COLUMNS.contains(column)) {
                ps.setDouble(i, Double.parseDouble(v.strip()));
            } else {
                ps.setString(i, v);
            }
            i++;
        }
        return i;
    }

    private static int nextPosition(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select coalesce(max(position), 0) + 1 from study");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static void audit(Connection c, String id, String action, String actor, String source, String reason,
                              OffsetDateTime at, Map<String, String> before, Map<String, String> after,
                              List<String> changed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into study_audit (study_id, action, actor, source, "
                + "reason, changed_at, before_row, after_row, changed_fields) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, action);
            ps.setString(3, actor);
            ps.setString(4, source);
            ps.setString(5, reason);
            ps.setObject(6, at);
            ps.setString(7, before == null ? null : JSON.writeValueAsString(before));
            ps.setString(8, JSON.writeValueAsString(after));
            ps.setString(9, String.join(",", changed));
            ps.executeUpdate();
        }
    }

    static List<AuditEntry> audits(Connection c, String clause, String id, int limit) throws SQLException {
        final List<AuditEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select audit_id, study_id, action, actor, source, reason, "
                + "changed_at, before_row, after_row, changed_fields from study_audit " + clause)) {
            if (id != null) {
                ps.setString(1, id);
            }
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    final String before = rs.getString("before_row");
                    final String fields = rs.getString("changed_fields");
                    out.add(new AuditEntry(rs.getLong("audit_id"), rs.getString("study_id"), rs.getString("action"),
                            rs.getString("actor"), rs.getString("source"), rs.getString("reason"),
                            rs.getObject("changed_at", OffsetDateTime.class),
                            before == null ? null : JSON.readValue(before, ROW_TYPE),
                            JSON.readValue(rs.getString("after_row"), ROW_TYPE),
                            fields == null || fields.isBlank() ? List.of() : Arrays.asList(fields.split(","))));
                }
            }
        }
        return out;
    }

    static Optional<String> metaValue(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select value_text from meta where name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void setMeta(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update meta set value_text = ? where name = ?")) {
            ps.setString(1, value);
            ps.setString(2, name);
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into meta (name, value_text) values (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private static String quote(String column) {
        return "\"" + column + "\"";
    }
}
