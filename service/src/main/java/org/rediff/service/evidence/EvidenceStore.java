package org.rediff.service.evidence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.ShippedEvidence;
import org.rediff.io.evidence.StudyRecordCsv;
import org.rediff.service.audit.AuditRecord;
import org.rediff.service.audit.AuditTrail;
import org.rediff.service.audit.Principal;
import org.rediff.service.store.Database;
import org.rediff.service.store.StaleEditException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evidence base in the database (table {@code study}, each record as its CSV cells and a row version), every
 * change audited in the generic trail ({@link AuditTrail}, entity {@value #ENTITY}) in the same transaction.
 *
 * <p>Records are validated on the way in exactly as an imported file is (written as CSV and read back with
 * {@link StudyRecordCsv}, plus the schema's length limits), and parsed on the way out once per change of the
 * database: {@link #list()} keeps the parsed records until the audit trail moves on, so pages read records, not
 * CSV. An import is one transaction: all records or none. An edit names the row version it started from and is
 * refused with {@link StaleEditException} if someone saved in between.
 */
public final class EvidenceStore {
    /** The audit trail's entity name for studies. */
    public static final String ENTITY = "study";
    /** The source name of edits made through the web form. */
    public static final String WEB_FORM = "web form";

    private static final String SEEDED_VERSION = "seeded_data_version";
    private static final String ROW_SOURCE = "database table study";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> CELLS = new TypeReference<>() {
    };

    private final Database db;
    private final EvidenceSql rows;
    private final AuditTrail audit;
    private volatile Snapshot snapshot = new Snapshot(-1, List.of(), Map.of());

    /** The parsed records as of audit id {@code revision}. */
    private record Snapshot(long revision, List<StudyRecord> records, Map<String, Long> versions) {
    }

    public EvidenceStore(Database db, Clock clock) {
        this.db = db;
        this.rows = new EvidenceSql(db);
        this.audit = new AuditTrail(db, clock);
    }

    /**
     * Opens (creating if needed) the H2 file database under {@code dataDir} and brings its schema up to date. Only
     * for a process that holds the data directory's lock ({@code DataDirectory.lock}).
     */
    public static EvidenceStore openFile(Path dataDir) {
        return new EvidenceStore(new Database(Database.h2File(dataDir)).migrate(), Clock.systemUTC());
    }

    /**
     * Brings the database up to the shipped base once per shipped data version: inserts the records whose ids are
     * not yet in the database ('seed' audit rows) and applies the shipped base's corrections to records that still
     * hold shipped content ('update' audit rows by {@link Principal#system()}, with before and after). Records added
     * or edited by a user (origin import or web) are never overwritten. Does nothing if this version was applied
     * before.
     *
     * @return the number of records inserted or corrected
     */
    public int seedIfEmpty() {
        return seed(ShippedEvidence.load(), ShippedEvidence.dataVersion());
    }

    /** {@link #seedIfEmpty()} with the records and version given (tests play an older shipped base this way). */
    int seed(List<StudyRecord> shipped, String version) {
        return db.exclusively("seed evidence", () -> {
            if (version.equals(rows.metaValue(SEEDED_VERSION).orElse(null))) {
                return 0;
            }
            final Set<String> present = new HashSet<>(rows.ids());
            final Set<String> shippedOrigin = new HashSet<>(rows.idsWithOrigin("shipped"));
            final OffsetDateTime now = audit.now();
            final String source = "shipped base " + version;
            int written = 0;
            for (StudyRecord r : shipped) {
                final Map<String, String> after = StudyColumns.of(r);
                if (!present.contains(r.id())) {
                    rows.insert(after, "shipped", now);
                    audit.append(ENTITY, r.id(), "seed", Principal.system(), now, source, null, null, json(after));
                    written++;
                } else if (shippedOrigin.contains(r.id())) {
                    final EvidenceSql.Row stored = rows.row(r.id()).orElseThrow();
                    final Map<String, String> before = StudyColumns.of(StudyColumns.toRecord(stored.cells(),
                            ROW_SOURCE));
                    if (!StudyColumns.changedFields(before, after).isEmpty()) {
                        update(after, "shipped", now, stored.version());
                        audit.append(ENTITY, r.id(), "update", Principal.system(), now, source,
                                "correction in the shipped evidence base", json(before), json(after));
                        written++;
                    }
                }
            }
            rows.setMeta(SEEDED_VERSION, version);
            return written;
        });
    }

    /** The shipped data version this database was last seeded from, if any. */
    public Optional<String> seededVersion() {
        return db.inTransaction(() -> rows.metaValue(SEEDED_VERSION));
    }

    /** All records in their stored order, parsed and validated like an imported CSV file (once per change). */
    public List<StudyRecord> list() {
        return current().records();
    }

    public Optional<StudyRecord> find(String id) {
        return findStored(id).map(StoredStudy::record);
    }

    /** The record with the row version an edit must name. */
    public Optional<StoredStudy> findStored(String id) {
        final Snapshot s = current();
        final Long version = s.versions().get(id);
        if (version == null) {
            return Optional.empty();
        }
        return s.records().stream().filter(r -> r.id().equals(id)).findFirst()
                .map(r -> new StoredStudy(r, version));
    }

    private Snapshot current() {
        final long revision = audit.lastId();
        final Snapshot cached = snapshot;
        if (cached.revision() == revision) {
            return cached;
        }
        // Read the revision first and the rows after it: the rows are at least as new as the revision, so a change
        // committed in between only costs one more read.
        final List<EvidenceSql.Row> stored = db.inTransaction(rows::rows);
        final List<StudyRecord> records = StudyColumns.toRecords(stored.stream().map(EvidenceSql.Row::cells)
                .toList(), ROW_SOURCE);
        final Map<String, Long> versions = new LinkedHashMap<>();
        stored.forEach(r -> versions.put(r.cells().get("id"), r.version()));
        final Snapshot fresh = new Snapshot(revision, List.copyOf(records), Map.copyOf(versions));
        snapshot = fresh;
        return fresh;
    }

    /** "db-" + the first 12 hex digits of the SHA-256 of the whole base as CSV: changes with every edit. */
    public String dataVersion() {
        return dataVersionOf(list());
    }

    /** The {@link #dataVersion()} of a list of records. */
    public static String dataVersionOf(List<StudyRecord> records) {
        final List<Map<String, String>> cells = records.stream().map(StudyColumns::of).toList();
        try {
            final byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(StudyColumns.csv(cells).getBytes(StandardCharsets.UTF_8));
            return "db-" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public ImportResult importRecords(List<StudyRecord> records, Principal principal, String source) {
        return importRecords(records, principal, source, null);
    }

    /**
     * Inserts new ids and updates existing ones whose content differs, each with an audit row (before, after), in
     * one transaction: if any record fails, nothing is written. Origin is 'web' for the {@link #WEB_FORM} source
     * and 'import' otherwise, and follows the latest change. A record changed by someone else while this runs
     * fails the whole import with {@link StaleEditException}.
     *
     * @param reason optional reason stored with each audit row
     */
    public ImportResult importRecords(List<StudyRecord> records, Principal principal, String source, String reason) {
        return write(records, null, principal, source, reason);
    }

    /**
     * Saves one edited record if it still has the row version the editor started from ({@code expectedVersion}),
     * else refuses with {@link StaleEditException} naming who changed it and when. A new id needs no version.
     */
    public ImportResult save(StudyRecord record, Long expectedVersion, Principal principal, String source,
                             String reason) {
        return write(List.of(record), expectedVersion, principal, source, reason);
    }

    private ImportResult write(List<StudyRecord> records, Long expectedVersion, Principal principal, String source,
                               String reason) {
        if (principal == null) {
            throw new IllegalArgumentException("principal is required");
        }
        if (source == null || source.isBlank()) {
            throw new InvalidInputException("source: the file or form the records come from is required");
        }
        final List<Map<String, String>> checked = checkedRows(records, source);
        final String origin = WEB_FORM.equals(source) ? "web" : "import";
        final String why = reason == null || reason.isBlank() ? null : reason.strip();
        return db.inTransaction(() -> {
            final OffsetDateTime now = audit.now();
            int inserted = 0;
            int updated = 0;
            int unchanged = 0;
            for (Map<String, String> after : checked) {
                final String id = after.get("id");
                final Optional<EvidenceSql.Row> existing = rows.row(id);
                if (existing.isEmpty()) {
                    rows.insert(after, origin, now);
                    audit.append(ENTITY, id, "insert", principal, now, source, why, null, json(after));
                    inserted++;
                    continue;
                }
                final long version = existing.get().version();
                if (expectedVersion != null && expectedVersion != version) {
                    throw stale(id, expectedVersion, version);
                }
                final Map<String, String> before =
                        StudyColumns.of(StudyColumns.toRecord(existing.get().cells(), ROW_SOURCE));
                if (StudyColumns.changedFields(before, after).isEmpty()) {
                    unchanged++;
                    continue;
                }
                update(after, origin, now, version);
                audit.append(ENTITY, id, "update", principal, now, source, why, json(before), json(after));
                updated++;
            }
            return new ImportResult(inserted, updated, unchanged);
        });
    }

    /** The conditional update; a concurrent change between our read and this write is refused, never overwritten. */
    private void update(Map<String, String> after, String origin, OffsetDateTime now, long version) {
        if (!rows.update(after, origin, now, version)) {
            final long actual = rows.row(after.get("id")).map(EvidenceSql.Row::version).orElse(-1L);
            throw stale(after.get("id"), version, actual);
        }
    }

    private StaleEditException stale(String id, long expected, long actual) {
        final Optional<AuditRecord> last = audit.latest(ENTITY, id);
        return new StaleEditException(ENTITY, id, expected, actual, last.map(AuditRecord::principal).orElse(null),
                last.map(AuditRecord::occurredAt).orElse(null));
    }

    /** The changes of one study, newest first. */
    public List<AuditEntry> history(String id) {
        return db.inTransaction(() -> audit.history(ENTITY, id)).stream().map(EvidenceStore::entry).toList();
    }

    /** The latest changes of the whole base, newest first. */
    public List<AuditEntry> recentChanges(int limit) {
        return db.inTransaction(() -> audit.recent(ENTITY, limit)).stream().map(EvidenceStore::entry).toList();
    }

    private static AuditEntry entry(AuditRecord r) {
        final Map<String, String> before = r.beforeJson() == null ? null : JSON.readValue(r.beforeJson(), CELLS);
        final Map<String, String> after = r.afterJson() == null ? Map.of() : JSON.readValue(r.afterJson(), CELLS);
        return new AuditEntry(r.auditId(), r.entityId(), r.action(), r.principal(), r.source(), r.reason(),
                r.occurredAt(), before, after, StudyColumns.changedFields(before, after));
    }

    private static String json(Map<String, String> cells) {
        return JSON.writeValueAsString(cells);
    }

    /**
     * Writes the records as CSV and reads them back (the validation of an imported file, duplicate ids included),
     * refuses a record whose cells would not read back the same, and one with a value longer than its column.
     */
    private static List<Map<String, String>> checkedRows(List<StudyRecord> records, String source) {
        final List<Map<String, String>> cells = records.stream().map(StudyColumns::of).toList();
        final List<StudyRecord> parsed = StudyColumns.toRecords(cells, source);
        final List<String> problems = new ArrayList<>();
        final List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            final Map<String, String> again = StudyColumns.of(parsed.get(i));
            final String where = source + " row " + (i + 1) + " (id " + parsed.get(i).id() + "): ";
            final List<String> differ = StudyColumns.changedFields(cells.get(i), again);
            if (!differ.isEmpty()) {
                problems.add(where + "field(s) " + differ + " would not read back the same from CSV (a separator "
                        + "such as | ; or [ ] inside a value?)");
            }
            EvidenceSql.MAX_LENGTH.forEach((column, max) -> {
                final String v = again.get(column);
                if (v != null && v.length() > max) {
                    problems.add(where + column + ": at most " + max + " characters, got " + v.length());
                }
            });
            out.add(again);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("\n", problems));
        }
        return out;
    }
}
