package org.rediff.service.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rediff.io.evidence.StudyRecordCsv;
import org.rediff.service.store.Database;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of {@link EvidenceStore}: rows of {@code study} as CSV cells (column names quoted, since {@code year} is
 * a keyword in H2) with their row version, and the {@code meta} facts. Every method runs on the connection of the
 * caller's transaction ({@link Database#inTransaction}).
 */
final class EvidenceSql {
    private static final Set<String> INTEGER_COLUMNS = Set.of("year", "itog_ref", "days_on_drug_before_uptake",
            "days_on_drug_total", "n_enrolled", "n_evaluable", "n_restored", "n_treated_131i", "response_denominator",
            "n_cr", "n_pr", "n_sd", "n_pd", "n_grade3plus_ae", "ae_denominator");
    private static final Set<String> DECIMAL_COLUMNS = Set.of("i131_activity_mean_mbq");
    /** The bounded columns of the schema (V1): a longer value is a field error before it can be a database error. */
    static final Map<String, Integer> MAX_LENGTH = Map.of("id", 64, "parent_id", 64, "record_type", 40,
            "genotype", 40, "tsh_stimulation", 40, "uptake_method", 40, "i131_activity_rule", 40, "pmid", 20,
            "uptake_criterion", 40);
    private static final String COLUMN_LIST = StudyRecordCsv.COLUMNS.stream().map(EvidenceSql::quote)
            .collect(Collectors.joining(", "));

    /** A stored row: its cells and version. */
    record Row(Map<String, String> cells, long version) {
    }

    private final JdbcClient sql;

    EvidenceSql(Database db) {
        this.sql = db.sql();
    }

    List<String> ids() {
        return sql.sql("select id from study").query(String.class).list();
    }

    /** Ids of the records whose latest content came from the given origin (shipped, import, web). */
    List<String> idsWithOrigin(String origin) {
        return sql.sql("select id from study where origin = ?").param(origin).query(String.class).list();
    }

    List<Row> rows() {
        return sql.sql("select " + COLUMN_LIST + ", row_version from study order by position, id")
                .query((rs, n) -> row(rs)).list();
    }

    Optional<Row> row(String id) {
        return sql.sql("select " + COLUMN_LIST + ", row_version from study where id = ?").param(id)
                .query((rs, n) -> row(rs)).optional();
    }

    private static Row row(ResultSet rs) throws SQLException {
        final Map<String, String> cells = new LinkedHashMap<>();
        for (String column : StudyRecordCsv.COLUMNS) {
            cells.put(column, cell(rs, column));
        }
        return new Row(cells, rs.getLong("row_version"));
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

    void insert(Map<String, String> row, String origin, OffsetDateTime now) {
        final String marks = StudyRecordCsv.COLUMNS.stream().map(c -> "?").collect(Collectors.joining(", "));
        final List<Object> params = values(row);
        params.add(origin);
        params.add(now);
        sql.sql("insert into study (" + COLUMN_LIST + ", origin, updated_at, row_version, position) values ("
                + marks + ", ?, ?, 1, (select coalesce(max(position), 0) + 1 from study))").params(params).update();
    }

    /**
     * Updates the row if it still has {@code expectedVersion}, incrementing the version.
     *
     * @return whether it did (false: someone changed it since)
     */
    boolean update(Map<String, String> row, String origin, OffsetDateTime now, long expectedVersion) {
        final String sets = StudyRecordCsv.COLUMNS.stream().map(col -> quote(col) + " = ?")
                .collect(Collectors.joining(", "));
        final List<Object> params = values(row);
        params.add(origin);
        params.add(now);
        params.add(row.get("id"));
        params.add(expectedVersion);
        return sql.sql("update study set " + sets + ", origin = ?, updated_at = ?, row_version = row_version + 1 "
                + "where id = ? and row_version = ?").params(params).update() == 1;
    }

    /** The CSV cells as typed SQL values, in column order. */
    private static List<Object> values(Map<String, String> row) {
        final List<Object> out = new ArrayList<>();
        for (String column : StudyRecordCsv.COLUMNS) {
            final String v = row.get(column);
            if (v == null || v.isBlank()) {
                out.add(new SqlParameterValue(INTEGER_COLUMNS.contains(column) ? Types.INTEGER
                        : DECIMAL_COLUMNS.contains(column) ? Types.DOUBLE : Types.VARCHAR, null));
            } else if (INTEGER_COLUMNS.contains(column)) {
                out.add(Integer.parseInt(v.strip()));
            } else if (DECIMAL_COLUMNS.contains(column)) {
                out.add(Double.parseDouble(v.strip()));
            } else {
                out.add(v);
            }
        }
        return out;
    }

    Optional<String> metaValue(String name) {
        return sql.sql("select value_text from meta where name = ?").param(name).query(String.class).optional();
    }

    void setMeta(String name, String value) {
        if (sql.sql("update meta set value_text = ? where name = ?").params(value, name).update() == 0) {
            sql.sql("insert into meta (name, value_text) values (?, ?)").params(name, value).update();
        }
    }

    private static String quote(String column) {
        return "\"" + column + "\"";
    }
}
