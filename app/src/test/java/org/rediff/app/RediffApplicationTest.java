package org.rediff.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.attribute.PosixFilePermissions;
import org.rediff.service.store.DataDirectory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** {@link RediffApplication#start}, as {@code rediff serve} calls it: loopback, a data directory, a free port. */
class RediffApplicationTest {
    @TempDir
    Path dir;

    @Test
    void startsOnTheGivenAddressWithItsDatabaseInTheDataDirectory() throws Exception {
        final Path data = dir.resolve("nested/data");
        final java.util.Set<Integer> portsBefore = listeningPortsOfThisProcess();
        System.setProperty("rediff.admin-password", "start-test-password");
        final long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = RediffApplication.start("127.0.0.1", 0, data)) {
            final double seconds = (System.nanoTime() - t0) / 1e9;
            final int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            final HttpClient http = HttpClient.newHttpClient();
            // anonymous: the pages send to the sign-in page, health is open, the API needs a user
            final HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/evidence")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            final HttpResponse<String> api = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/evidence")).header("Authorization", "Basic "
                    + java.util.Base64.getEncoder().encodeToString("admin:start-test-password".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(200);
            assertThat(api.body()).contains("\"record_type\"");
            assertThat(Files.exists(data.resolve("rediff.mv.db"))).isTrue();
            // The server owns the data directory: the lock is taken and names the server for CLI commands; the H2
            // file is not shared through a database port (no AUTO_SERVER), and the directory is owner-only.
            assertThat(DataDirectory.tryLock(data)).isEmpty();
            assertThat(DataDirectory.serverUrl(data)).contains(URI.create("http://127.0.0.1:" + port + "/"));
            assertThat(Files.exists(data.resolve("rediff.lock.db"))).as("H2 AUTO_SERVER lock file").isFalse();
            final java.util.Set<Integer> opened = new java.util.TreeSet<>(listeningPortsOfThisProcess());
            opened.removeAll(portsBefore);
            assertThat(opened).as("TCP ports the start opened").containsExactly(port);
            assertThat(Files.getPosixFilePermissions(data)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            System.out.printf("RediffApplication.start took %.1f s%n", seconds);
        }
        // stopped: the lock is free again
        try (DataDirectory.Lock lock = DataDirectory.tryLock(data).orElseThrow()) {
            assertThat(lock.directory()).isEqualTo(data.toAbsolutePath().normalize());
        }
    }

    /**
     * The TCP ports this JVM listens on: its socket inodes (/proc/self/fd) matched against the LISTEN rows (state
     * 0A) of /proc/net/tcp and tcp6. Linux only, as CI is.
     */
    static java.util.Set<Integer> listeningPortsOfThisProcess() throws java.io.IOException {
        final java.util.Set<String> inodes = new java.util.HashSet<>();
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    final String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (java.io.IOException e) {
                    // closed meanwhile
                }
            }
        }
        final java.util.Set<Integer> ports = new java.util.TreeSet<>();
        for (String table : java.util.List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            final Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                final String[] f = line.trim().split("\\s+");
                if (f.length > 9 && "0A".equals(f[3]) && inodes.contains(f[9])) {
                    ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }
}
