package org.rediff.app.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context all web tests share (same configuration, so Spring's test context cache reuses it): a real
 * server on a random port, MockMvc, and a fresh H2 database in a new directory under target/ for this run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(WebTestSecurity.class)
abstract class WebTestBase {
    static final Path DATA_DIR = tempDir();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("rediff.data", DATA_DIR::toString);
        registry.add("rediff.admin-password", () -> WebTestSecurity.ADMIN_PASSWORD);
    }

    private static Path tempDir() {
        try {
            final Path target = Path.of("target").toAbsolutePath();
            Files.createDirectories(target);
            return Files.createTempDirectory(target, "web-test-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
