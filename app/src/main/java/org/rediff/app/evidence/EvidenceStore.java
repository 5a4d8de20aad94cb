package org.rediff.app.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.ShippedEvidence;
import org.rediff.io.evidence.StudyRecordCsv;

/**
 * The evidence base in a relational database (H2 file or PostgreSQL; schema by the Flyway migrations in
 * {@code db/migration}): table {@code study} holds each record as its CSV cells, {@code study_audit} every change
 * with the cells before and after. Plain JDBC and no Spring, so that the CLI can use it without starting the web
 * app; with {@code AUTO_SERVER=TRUE} both can have the H2 file open at once.
 *
 * <p>Records are validated on the way in (each import is first written as CSV and read back with
 * {@link StudyRecordCsv}) and on the way out ({@link #list()} parses the stored cells the same way), so nothing
 * reaches or leaves the table that an imported file could not hold. An import is one transaction: all records or
 * none.
 */
public final class EvidenceStore {
    /** The H2 options shared by the web app (application.properties) and {@link #openFile}. */
    public static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    /** The source name of edits made through the web form. */
    public static final String WEB_FORM = "web form";
    /** The actor of the records seeded from the shipped base. */
    public static final String SEED_ACTOR = "rediff";

    private static final String SEEDED_VERSION = "seeded_data_version";

    private final DataSource dataSource;

    public EvidenceStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The H2 URL of the database file {@code rediff} in {@code dataDir} (absolute). */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("rediff") + H2_OPTIONS;
    }

    /**
     * Opens (creating if needed) the H2 file database under {@code dataDir} and brings its schema up to date with
     * the same migrations the web app runs, whichever process comes first.
     */
    public static EvidenceStore openFile(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
        }
        final JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(h2Url(dataDir));
        ds.setUser("sa");
        ds.setPassword("");
        migrate(ds);
        return new EvidenceStore(ds);
    }

    /** Runs the Flyway migrations standalone (quietly). */
    public static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .loggers(QuietFlywayLog.class.getName()).load().migrate();
    }

    /**
     * Brings the database up to the shipped base once per shipped data version: inserts the records whose ids are
     * not yet in the database ('seed' audit rows) and applies the shipped base's corrections to records that still
     * hold shipped content ('update' audit rows by {@link #SEED_ACTOR}, with before and after). Records added or
     * edited by a user (origin import or web) are never overwritten. Does nothing if this version was applied before.
     *
     * @return the number of records inserted or corrected
     */
    public int seedIfEmpty() {
        return seed(ShippedEvidence.load(), ShippedEvidence.dataVersion());
    }

    /** {@link #seedIfEmpty()} with the records and version given (tests play an older shipped base this way). */
    int seed(List<StudyRecord> shipped, String version) {
        return inTransaction(c -> {
            if (version.equals(EvidenceSql.metaValue(c, SEEDED_VERSION).orElse(null))) {
                return 0;
            }
            final Set<String> present = new HashSet<>(EvidenceSql.ids(c));
            final Set<String> shippedOrigin = new HashSet<>(EvidenceSql.idsWithOrigin(c, "shipped"));
            final OffsetDateTime now = now();
            final String source = "shipped base " + version;
            int written = 0;
            for (StudyRecord r : shipped) {
                final Map<String, String> after = StudyColumns.of(r);
                if (!present.contains(r.id())) {
                    EvidenceSql.insert(c, after, "shipped", now);
                    EvidenceSql.audit(c, r.id(), "seed", SEED_ACTOR, source, null, now, null, after,
                            StudyColumns.changedFields(null, after));
                    written++;
                } else if (shippedOrigin.contains(r.id())) {
                    final Map<String, String> before = StudyColumns.of(StudyColumns.toRecord(
                            EvidenceSql.rows(c, r.id()).get(0), "database table study"));
                    final List<String> changed = StudyColumns.changedFields(before, after);
                    if (!changed.isEmpty()) {
                        EvidenceSql.update(c, after, "shipped", now);
                        EvidenceSql.audit(c, r.id(), "update", SEED_ACTOR, source,
                                "correction in the shipped evidence base", now, before, after, changed);
                        written++;
                    }
                }
            }
            EvidenceSql.setMeta(c, SEEDED_VERSION, version);
            return written;
        });
    }

    /** The shipped data version this database was last seeded from, if any. */
    public Optional<String> seededVersion() {
        return inTransaction(c -> EvidenceSql.metaValue(c, SEEDED_VERSION));
    }

    /** All records in their stored order, parsed and validated like an imported CSV file. */
    public List<StudyRecord> list() {
        return StudyColumns.toRecords(inTransaction(c -> EvidenceSql.rows(c, null)), "database table study");
    }

    public Optional<StudyRecord> find(String id) {
        final List<Map<String, String>> rows = inTransaction(c -> EvidenceSql.rows(c, id));
        return rows.isEmpty() ? Optional.empty()
                : Optional.of(StudyColumns.toRecord(rows.get(0), "database table study"));
    }

    /** "db-" + the first 12 hex digits of the SHA-256 of the whole base as CSV: changes with every edit. */
    public String dataVersion() {
        return dataVersionOf(list());
    }

    /** The {@link #dataVersion()} of a list of records. */
    public static String dataVersionOf(List<StudyRecord> records) {
        final List<Map<String, String>> rows = records.stream().map(StudyColumns::of).toList();
        try {
            final byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(StudyColumns.csv(rows).getBytes(StandardCharsets.UTF_8));
            return "db-" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ImportResult importRecords(List<StudyRecord> records, String actor, String source) {
        return importRecords(records, actor, source, null);
    }

    /**
     * Inserts new ids and updates existing ones whose content differs, each with an audit row (before, after,
     * changed fields), in one transaction: if any record fails, nothing is written. Origin is 'web' for the
     * {@link #WEB_FORM} source and 'import' otherwise, and follows the latest change.
     *
     * @param reason optional reason stored with each audit row
     */
    public ImportResult importRecords(List<StudyRecord> records, String actor, String source, String reason) {
        if (actor == null || actor.isBlank()) {
            throw new InvalidInputException("actor: the name of whoever makes the change is required");
        }
        if (source == null || source.isBlank()) {
            throw new InvalidInputException("source: the file or form the records come from is required");
        }
        final List<Map<String, String>> rows = checkedRows(records, source);
        final String origin = WEB_FORM.equals(source) ? "web" : "import";
        final String why = reason == null || reason.isBlank() ? null : reason.strip();
        return inTransaction(c -> {
            final OffsetDateTime now = now();
            int inserted = 0;
            int updated = 0;
            int unchanged = 0;
            for (Map<String, String> after : rows) {
                final String id = after.get("id");
                final List<Map<String, String>> existing = EvidenceSql.rows(c, id);
                if (existing.isEmpty()) {
                    EvidenceSql.insert(c, after, origin, now);
                    EvidenceSql.audit(c, id, "insert", actor.strip(), source, why, now, null, after,
                            StudyColumns.changedFields(null, after));
                    inserted++;
                    continue;
                }
                final Map<String, String> before =
                        StudyColumns.of(StudyColumns.toRecord(existing.get(0), "database table study"));
                final List<String> changed = StudyColumns.changedFields(before, after);
                if (changed.isEmpty()) {
                    unchanged++;
                    continue;
                }
                EvidenceSql.update(c, after, origin, now);
                EvidenceSql.audit(c, id, "update", actor.strip(), source, why, now, before, after, changed);
                updated++;
            }
            return new ImportResult(inserted, updated, unchanged);
        });
    }

    /** The changes of one study, newest first. */
    public List<AuditEntry> history(String id) {
        return inTransaction(c -> EvidenceSql.audits(c, "where study_id = ? order by audit_id desc", id, Integer.MAX_VALUE));
    }

    /** The latest changes of the whole base, newest first. */
    public List<AuditEntry> recentChanges(int limit) {
        return inTransaction(c -> EvidenceSql.audits(c, "order by audit_id desc", null, Math.max(0, limit)));
    }

    /**
     * Writes the records as CSV and reads them back (the validation of an imported file, duplicate ids included),
     * and refuses a record whose cells would not read back the same.
     */
    private static List<Map<String, String>> checkedRows(List<StudyRecord> records, String source) {
        final List<Map<String, String>> rows = records.stream().map(StudyColumns::of).toList();
        final List<StudyRecord> parsed = StudyColumns.toRecords(rows, source);
        final List<String> problems = new ArrayList<>();
        final List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            final Map<String, String> again = StudyColumns.of(parsed.get(i));
            final List<String> differ = StudyColumns.changedFields(rows.get(i), again);
            if (!differ.isEmpty()) {
                problems.add(source + " row " + (i + 1) + " (id " + parsed.get(i).id() + "): field(s) " + differ
                        + " would not read back the same from CSV (a separator such as | ; or [ ] inside a value?)");
            }
            out.add(again);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("\n", problems));
        }
        return out;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** Work inside one transaction. */
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            final boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                final T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("evidence database: " + e.getMessage(), e);
        }
    }
}
