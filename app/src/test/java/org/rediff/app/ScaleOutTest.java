package org.rediff.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.service.store.Database;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two app instances on one PostgreSQL, as behind a load balancer without sticky sessions: started at the same
 * moment on an empty database (one migration, one seeding, one first administrator); a session signed in on one
 * instance is valid on the other, down to a CSRF-protected sign-out; a change through the API of one is read
 * through the other.
 */
class ScaleOutTest {
    private static final String PASSWORD = "scale-out-admin-pass";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void twoInstancesShareSessionsAndData() throws Exception {
        System.setProperty("rediff.admin-password", PASSWORD);
        // Two Spring Boot starts in one JVM at the same moment would both reconfigure Logback and can collide
        // ("no conversion class registered for [clr]"); logging keeps the configuration it has instead.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        try (EmbeddedPostgres pg = EmbeddedPostgres.start()) {
            final String url = pg.getJdbcUrl("postgres", "postgres");
            final CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() ->
                    RediffApplication.start(new ServeOptions("127.0.0.1", 0, dir.resolve("a"), url, "postgres",
                            false)));
            final CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() ->
                    RediffApplication.start(new ServeOptions("127.0.0.1", 0, dir.resolve("b"), url, "postgres",
                            false)));
            try (ConfigurableApplicationContext a = first.get(); ConfigurableApplicationContext b = second.get()) {
                final String one = "http://127.0.0.1:" + port(a);
                final String two = "http://127.0.0.1:" + port(b);
                final Database db = new Database(pg.getPostgresDatabase());
                assertThat(count(db, "select count(*) from app_user")).isEqualTo(1);
                assertThat(count(db, "select count(*) from study")).isEqualTo(33);
                assertThat(count(db, "select count(*) from audit_event where action = 'seed'")).isEqualTo(33);

                // sign in on instance one through the form
                final HttpResponse<String> loginPage = get(one + "/login", null);
                final String anonymous = cookie(loginPage);
                final HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(one + "/login"))
                        .header("Cookie", anonymous).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD + "&_csrf="
                                + URLEncoder.encode(token(loginPage.body()), StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(signIn.statusCode()).isEqualTo(302);
                assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
                final String session = cookie(signIn);

                // the same session on instance two: pages open, and its CSRF token signs out
                final HttpResponse<String> evidence = get(two + "/evidence", session);
                assertThat(evidence.statusCode()).isEqualTo(200);
                assertThat(evidence.body()).contains("id=\"signed-in-user\">admin<");
                final HttpResponse<String> signOut = http.send(HttpRequest.newBuilder(URI.create(two + "/logout"))
                        .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(
                                token(evidence.body()), StandardCharsets.UTF_8))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(signOut.statusCode()).isEqualTo(302);
                assertThat(signOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
                // signed out on two means signed out on one
                assertThat(get(one + "/evidence", session).statusCode()).isEqualTo(302);

                // an API change on one is read on two
                final String csv = get(one + "/api/evidence/export.csv", null, basic()).body();
                final List<String> lines = csv.lines().toList();
                final String row = lines.stream().filter(l -> l.startsWith("P02,")).findFirst().orElseThrow();
                final String added = lines.get(0) + "\n" + row.replaceFirst("^P02,", "SCALE-1,") + "\n";
                final HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(one
                                + "/api/evidence/import?source=scale.csv")).header("Authorization", basic())
                        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(added)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
                final HttpResponse<String> read = get(two + "/api/evidence/SCALE-1", null, basic());
                assertThat(read.statusCode()).isEqualTo(200);
                assertThat(read.body()).contains("\"id\":\"SCALE-1\"");
            }
        } finally {
            System.clearProperty("rediff.admin-password");
            System.clearProperty("org.springframework.boot.logging.LoggingSystem");
        }
    }

    private static int port(ConfigurableApplicationContext ctx) {
        return ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }

    private static long count(Database db, String sql) {
        return db.sql().sql(sql).query(Long.class).single();
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String url, String cookie) throws Exception {
        return get(url, cookie, null);
    }

    private HttpResponse<String> get(String url, String cookie, String authorization) throws Exception {
        final HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no SESSION cookie")).split(";")[0];
    }

    private static String token(String html) {
        final Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }
}
