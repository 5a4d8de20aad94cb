package org.rediff.app.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every kind of REST error is an RFC 9457 problem naming the field or the position; no Spring default bodies. */
class ApiProblemsTest extends WebTestBase {
    /** HTTP Basic for the test administrator: the real server needs a signed-in user before anything else. */
    static final String BASIC = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:"
            + WebTestSecurity.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void anUnknownParameterIsRefusedNamingIt() throws Exception {
        mvc.perform(get("/api/design/simon").param("p0", "0.1").param("p1", "0.3").param("pO", "0.2"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.type").value("urn:rediff:problem:invalid-input"))
                .andExpect(jsonPath("$.instance").value("/api/design/simon"))
                .andExpect(jsonPath("$.errors[0].name").value("pO"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("is not a parameter of this endpoint")))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("median_control")));
        mvc.perform(get("/api/evidence").param("genotpye", "RAS")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].name").value("genotpye"));
    }

    @Test
    void anExpensiveSimonSearchIsRefusedWithTheLimit() throws Exception {
        mvc.perform(get("/api/design/simon").param("p0", "0.1").param("p1", "0.3").param("nmax", "500"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].name").value("nmax"))
                .andExpect(jsonPath("$.errors[0].value").value("500"))
                .andExpect(jsonPath("$.errors[0].reason").value(containsString("must be at most 250")));
    }

    @Test
    void malformedJsonGivesLineAndColumn() throws Exception {
        mvc.perform(post("/api/dosimetry/plan").contentType(MediaType.APPLICATION_JSON).content("{\n  \"patient\": {\n    \"weight_kg\": 70,,\n"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value(containsString("not valid JSON at line 3, column")));
    }

    @Test
    void aBodyOverTheLimitIs413WithTheLimit() throws Exception {
        final byte[] big = new byte[(int) RequestSizeLimit.LIMIT_BYTES + 10];
        java.util.Arrays.fill(big, (byte) ' ');
        final HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/outcomes/recist"))
                .header("Content-Type", "application/json").header("Authorization", BASIC).POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(r.statusCode()).isEqualTo(413);
        org.assertj.core.api.Assertions.assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> org.assertj.core.api.Assertions.assertThat(v).startsWith("application/problem+json"));
        final JsonNode body = JsonMapper.builder().build().readTree(r.body());
        org.assertj.core.api.Assertions.assertThat(body.get("detail").asString()).contains("over the limit of 10 MB");
    }

    @Test
    void unknownPathsWrongMethodsAndMissingParametersAreProblemsToo() throws Exception {
        mvc.perform(get("/api/nothing-here")).andExpect(status().isNotFound());
        // MockMvc does not forward to /error; the real server does
        final HttpClient http = HttpClient.newHttpClient();
        final HttpResponse<String> missing = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/nothing-here")).header("Authorization", BASIC).build(), HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(missing.statusCode()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThat(missing.body()).contains("\"type\":\"urn:rediff:problem:not-found\"")
                .contains("/api/nothing-here");
        final HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/evidence")).header("Authorization", BASIC).DELETE()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        org.assertj.core.api.Assertions.assertThat(wrong.statusCode()).isEqualTo(405);
        org.assertj.core.api.Assertions.assertThat(wrong.body()).contains("urn:rediff:problem:method-not-allowed")
                .doesNotContain("trace", "whitelabel");
        mvc.perform(post("/api/evidence/import").contentType("text/csv").content("id\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].name").value("source"));
        mvc.perform(delete("/api/evidence/P01a")).andExpect(status().isMethodNotAllowed());
    }
}
