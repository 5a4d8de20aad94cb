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
import org.rediff.app.evidence.EvidenceStore;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** {@link RediffApplication#start}, as {@code rediff serve} calls it: loopback, a data directory, a free port. */
class RediffApplicationTest {
    @TempDir
    Path dir;

    @Test
    void startsOnTheGivenAddressWithItsDatabaseInTheDataDirectory() throws Exception {
        final Path data = dir.resolve("nested/data");
        final long t0 = System.nanoTime();
        try (ConfigurableApplicationContext ctx = RediffApplication.start("127.0.0.1", 0, data)) {
            final double seconds = (System.nanoTime() - t0) / 1e9;
            final int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            final HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/evidence")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("id=\"evidence-table\"");
            assertThat(Files.exists(data.resolve("rediff.mv.db"))).isTrue();
            assertThat(seconds).isLessThan(15);
            // the CLI's view of the same file while the server runs (AUTO_SERVER)
            assertThat(EvidenceStore.openFile(data).list()).isNotEmpty();
            System.out.printf("RediffApplication.start took %.1f s%n", seconds);
        }
    }
}
