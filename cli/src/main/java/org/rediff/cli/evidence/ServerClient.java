package org.rediff.cli.evidence;

import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.evidence.StudyRecordCsv;
import org.rediff.service.evidence.ImportResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running server's REST API, for CLI commands on a data directory a server holds: they must not open its
 * database (one door, and no database port to share it).
 */
final class ServerClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;

    /**
     * A client signed in as {@code REDIFF_USER} with {@code REDIFF_PASSWORD} (environment, else the system
     * properties {@code rediff.user} and {@code rediff.password}): the server records changes under that user and
     * checks its role, as for any other client of its API.
     */
    ServerClient(URI base) {
        this.base = base;
        final String user = setting("REDIFF_USER", "rediff.user");
        final String password = setting("REDIFF_PASSWORD", "rediff.password");
        if (user == null || password == null) {
            throw new InvalidInputException("the rediff server at " + base + " holds the data directory and needs a "
                    + "sign-in: set REDIFF_USER and REDIFF_PASSWORD to a rediff user (one that may edit evidence for "
                    + "an import), or stop the server to work on the directory directly");
        }
        this.authorization = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String setting(String env, String property) {
        final String value = System.getenv(env);
        if (value != null && !value.isBlank()) {
            return value;
        }
        final String fallback = System.getProperty(property);
        return fallback == null || fallback.isBlank() ? null : fallback;
    }

    ImportResult importCsv(String csv, String source, String reason) {
        final String query = "source=" + encode(source)
                + (reason == null || reason.isBlank() ? "" : "&reason=" + encode(reason));
        final HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("api/evidence/import?" + query))
                .header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build());
        final Map<?, ?> body = JSON.readValue(response.body(), Map.class);
        return new ImportResult(((Number) body.get("inserted")).intValue(), ((Number) body.get("updated")).intValue(),
                ((Number) body.get("unchanged")).intValue());
    }

    List<StudyRecord> list() {
        final HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("api/evidence/export.csv")).GET()
                .build());
        return StudyRecordCsv.read(new StringReader(response.body()), "server " + base);
    }

    private HttpResponse<String> send(HttpRequest request) {
        final HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(request, (name, value) -> true)
                            .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new InvalidInputException("the rediff server at " + base + " holds the data directory but does not "
                    + "answer; is it still starting?");
        } catch (IOException e) {
            throw new InvalidInputException("the rediff server at " + base + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidInputException("interrupted while talking to the rediff server at " + base);
        }
        if (response.statusCode() / 100 != 2) {
            throw new InvalidInputException("the rediff server at " + base + " refused the request (HTTP "
                    + response.statusCode() + "): " + errorText(response.body()));
        }
        return response;
    }

    /** The message of an error body (problem detail or {"error": …}), else the body itself. */
    private static String errorText(String body) {
        try {
            final Map<?, ?> map = JSON.readValue(body, Map.class);
            for (String key : List.of("detail", "error", "title")) {
                if (map.get(key) != null) {
                    return map.get(key).toString();
                }
            }
        } catch (RuntimeException e) {
            // not JSON
        }
        return body;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
