package org.rediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.ShippedEvidence;
import org.rediff.io.evidence.StudyRecordCsv;
import org.rediff.service.evidence.AuditEntry;
import org.rediff.service.evidence.EvidenceStore;
import org.rediff.service.evidence.StudyColumns;
import org.rediff.service.store.DataDirectory;

/**
 * Acknowledged means durable: a server saving records for four concurrent clients is killed with SIGKILL at a
 * random moment, three times; after each kill every save the API acknowledged is in the database with exactly
 * its content, no unacknowledged save is half-present, and the audit trail holds one insert per stored record.
 */
class KillDurabilityTest {
    private static final int CLIENTS = 4;
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSaveSurvivesSigkill() throws Exception {
        final Path data = dir.resolve("data");
        final StudyRecord template = ShippedEvidence.load().stream().filter(r -> r.id().equals("P02")).findFirst()
                .orElseThrow();
        final Map<String, String> acknowledged = new ConcurrentHashMap<>(); // id -> notes
        final Map<String, String> attempted = new ConcurrentHashMap<>();
        final Random random = new Random(20261207L);
        final HttpClient http = HttpClient.newHttpClient();
        int total = 0;
        for (int round = 0; round < ROUNDS; round++) {
            final int r = round;
            try (ServerProcess server = ServerProcess.start(data)) {
                final AtomicBoolean stop = new AtomicBoolean();
                final ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
                for (int c = 0; c < CLIENTS; c++) {
                    final int client = c;
                    pool.submit(() -> {
                        for (int n = 0; !stop.get(); n++) {
                            final String id = "K" + r + "-" + client + "-" + n;
                            final String notes = "kill test round " + r + " client " + client + " save " + n;
                            attempted.put(id, notes);
                            try {
                                if (post(http, server.url(), csv(template, id, notes)) == 200) {
                                    acknowledged.put(id, notes);
                                }
                            } catch (Exception e) {
                                return; // the server is gone
                            }
                        }
                    });
                }
                // the kill comes at a random moment once saves flow: a first request on a cold, busy machine can
                // take seconds, and a kill before any save would prove nothing
                final int before = acknowledged.size();
                for (int waited = 0; acknowledged.size() == before && waited < 600; waited++) {
                    Thread.sleep(100);
                }
                Thread.sleep(400 + random.nextInt(1200));
                server.kill();
                stop.set(true);
                pool.shutdown();
                assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }
            total = acknowledged.size();
            verify(data, acknowledged, attempted);
        }
        System.out.printf("KillDurabilityTest: %d acknowledged saves over %d SIGKILLs, all found%n", total, ROUNDS);
        assertThat(total).as("saves acknowledged before the kills").isGreaterThan(ROUNDS);
    }

    /** With a server holding the data directory, the CLI changes and reads the data through its API. */
    @Test
    void cliCommandsGoThroughTheRunningServer() throws Exception {
        final Path data = dir.resolve("shared");
        final StudyRecord template = ShippedEvidence.load().stream().filter(r -> r.id().equals("P02")).findFirst()
                .orElseThrow();
        final Path file = dir.resolve("new.csv");
        java.nio.file.Files.writeString(file, csv(template, "CLI-1", "through the server"));
        try (ServerProcess server = ServerProcess.start(data)) {
            // without a sign-in the CLI is refused by name, and nothing is written
            System.clearProperty("rediff.user");
            final MetaCommandTest.Run anonymous = MetaCommandTest.run("evidence", "import", file.toString(), "--data",
                    data.toString());
            assertThat(anonymous.code()).isNotZero();
            assertThat(anonymous.err()).contains("set REDIFF_USER and REDIFF_PASSWORD");
            System.setProperty("rediff.user", "admin");
            System.setProperty("rediff.password", "wrong-password");
            final MetaCommandTest.Run wrong = MetaCommandTest.run("evidence", "import", file.toString(), "--data",
                    data.toString());
            assertThat(wrong.code()).isNotZero();
            assertThat(wrong.err()).contains("HTTP 401");
            System.setProperty("rediff.password", ServerProcess.ADMIN_PASSWORD);
            final MetaCommandTest.Run imported = MetaCommandTest.run("evidence", "import", file.toString(), "--data",
                    data.toString(), "--reason", "door test");
            assertThat(imported.code()).as(imported.err()).isZero();
            assertThat(imported.out()).contains("1 inserted").contains("server " + server.url());
            final MetaCommandTest.Run list = MetaCommandTest.run("evidence", "list", "--source", "database",
                    "--data", data.toString(), "--format", "json");
            assertThat(list.code()).as(list.err()).isZero();
            assertThat(list.out()).contains("through the server");
            server.kill();
        } finally {
            System.clearProperty("rediff.user");
            System.clearProperty("rediff.password");
        }
        // the server is gone: the CLI takes the lock itself and finds the change and its audit row
        try (DataDirectory.Lock lock = DataDirectory.lock(data)) {
            final AuditEntry insert = EvidenceStore.openFile(lock.directory()).history("CLI-1").get(0);
            assertThat(insert.reason()).isEqualTo("door test");
            assertThat(insert.principal().name()).isEqualTo("admin");
            assertThat(insert.principal().kind()).isEqualTo(org.rediff.service.audit.Principal.Kind.USER);
        }
    }

    private static void verify(Path data, Map<String, String> acknowledged, Map<String, String> attempted) {
        try (DataDirectory.Lock lock = DataDirectory.lock(data)) {
            final EvidenceStore store = EvidenceStore.openFile(lock.directory());
            final Map<String, StudyRecord> stored = store.list().stream()
                    .collect(Collectors.toMap(StudyRecord::id, s -> s));
            final List<String> lost = new ArrayList<>();
            acknowledged.forEach((id, notes) -> {
                if (!stored.containsKey(id) || !notes.equals(stored.get(id).notes())) {
                    lost.add(id);
                }
            });
            assertThat(lost).as("acknowledged saves missing after SIGKILL").isEmpty();
            // an unacknowledged save is all there or not at all, and every stored record has its one insert row
            final Set<String> inserted = store.recentChanges(1_000_000).stream()
                    .filter(a -> a.action().equals("insert")).map(AuditEntry::studyId).collect(Collectors.toSet());
            stored.values().stream().filter(s -> s.id().startsWith("K")).forEach(s -> {
                assertThat(s.notes()).isEqualTo(attempted.get(s.id()));
                assertThat(inserted).contains(s.id());
            });
            assertThat(inserted.stream().filter(id -> id.startsWith("K"))).allMatch(stored::containsKey);
        }
    }

    private static String csv(StudyRecord template, String id, String notes) {
        final Map<String, String> cells = new java.util.LinkedHashMap<>(StudyColumns.of(template));
        cells.put("id", id);
        cells.put("label", "Kill test " + id);
        cells.put("notes", notes);
        final StringWriter w = new StringWriter();
        StudyRecordCsv.write(List.of(StudyColumns.toRecord(cells, "kill test")), w);
        return w.toString();
    }

    private static int post(HttpClient http, URI base, String csv) throws Exception {
        final URI uri = base.resolve("api/evidence/import?source=kill.csv");
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "text/csv")
                .header("Authorization", ServerProcess.BASIC)
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
