package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rediff.service.audit.Principal;
import org.rediff.service.users.Role;
import org.rediff.service.users.UserStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The role matrix over every endpoint the application maps. The expected access of each endpoint is declared here,
 * independently of the security configuration; a mapped endpoint missing from the table fails the test, so a new
 * endpoint cannot slip in unprotected. Checked: anonymous requests get 401 (API) or a redirect to the login page
 * (pages); a signed-in user whose role may not use an endpoint gets 403; one whose role may is let through.
 */
class RoleMatrixTest extends WebTestBase {
    /** Who may use an endpoint. */
    enum Access {
        PUBLIC(EnumSet.allOf(Role.class)),
        SIGNED_IN(EnumSet.allOf(Role.class)),
        EVIDENCE_EDITORS(EnumSet.of(Role.ADMIN, Role.CLINICIAN, Role.PHYSICIST)),
        /** The roles that see the site's own records and their history. */
        CLINICAL(EnumSet.of(Role.ADMIN, Role.CLINICIAN, Role.PHYSICIST)),
        PATIENT_EDITORS(EnumSet.of(Role.ADMIN, Role.CLINICIAN)),
        ADMIN_ONLY(EnumSet.of(Role.ADMIN));

        final Set<Role> roles;

        Access(Set<Role> roles) {
            this.roles = roles;
        }
    }

    /** Method and pattern as Spring maps them → who may use it. */
    private static final Map<String, Access> POLICY = new LinkedHashMap<>();

    static {
        policy(Access.PUBLIC, "GET /login", "* /error");
        policy(Access.SIGNED_IN, "GET /", "GET /design", "GET /design/report.json", "GET /design/oc.svg",
                "GET /api/design/{type:simon|single|two-arm|survival}",
                "GET /dosimetry", "POST /dosimetry", "POST /dosimetry/report", "POST /dosimetry/result.json",
                "GET /dosimetry/example.json", "POST /api/dosimetry/plan", "GET /dosimetry/voxel",
                "POST /dosimetry/voxel", "GET /dosimetry/voxel/{id}/slice.png", "GET /dosimetry/voxel/{id}/dose.nii",
                "GET /synthesis", "GET /synthesis/forest.svg", "GET /synthesis/studies.csv",
                "GET /synthesis/report.json", "GET /api/synthesis",
                "GET /outcomes/adverse-events", "POST /outcomes/adverse-events",
                "POST /outcomes/adverse-events/result.json", "GET /outcomes/adverse-events/example.csv",
                "GET /outcomes", "POST /outcomes", "POST /outcomes/survival.json",
                "POST /outcomes/{chart:waterfall|swimmer|km}.svg", "GET /outcomes/example.csv", "GET /outcomes/recist",
                "POST /outcomes/recist", "POST /outcomes/recist/result.json", "GET /outcomes/recist/example.json",
                "POST /api/outcomes/recist", "POST /api/outcomes/survival", "POST /api/outcomes/adverse-events",
                "GET /evidence", "GET /evidence/export.csv", "GET /evidence/export.json", "GET /evidence/{id}",
                "GET /api/evidence", "GET /api/evidence/export.csv", "GET /api/evidence/{id}");
        policy(Access.EVIDENCE_EDITORS, "POST /api/v1/protocols", "POST /protocols/new");
        policy(Access.EVIDENCE_EDITORS, "GET /evidence/new", "GET /evidence/{id}/edit", "POST /evidence/new",
                "POST /evidence/{id}/edit", "POST /api/evidence/import");
        final String section = "/api/v1/patients/{id}/{section:genomics|lesions|labs|therapies|rair-assessments}";
        policy(Access.SIGNED_IN, "GET /api/v1/patients", "GET /api/v1/patients/{id}", "GET " + section);
        policy(Access.PATIENT_EDITORS, "POST /api/v1/patients", "PUT /api/v1/patients/{id}",
                "DELETE /api/v1/patients/{id}", "PUT " + section, "POST " + section);
        policy(Access.CLINICAL, "GET /api/v1/patients/{id}/history", "GET /api/v1/patients/{id}/eligibility",
                "GET /api/v1/patients/{id}/enrolments", "GET /api/v1/enrolments/{eid}",
                "GET /api/v1/enrolments/{eid}/schedule", "GET /api/v1/enrolments/{eid}/schedule.ics",
                "POST /api/v1/enrolments/{eid}/decisions", "POST /api/v1/enrolments/{eid}/prescription",
                "GET /api/v1/enrolments/{eid}/follow-up", "PUT /api/v1/enrolments/{eid}/follow-up");
        policy(Access.PATIENT_EDITORS, "POST /api/v1/patients/{id}/enrolments", "POST /patients/{id}/enrolments");
        policy(Access.SIGNED_IN, "GET /cohort", "GET /cohort/waterfall.svg", "GET /cohort/pfs.svg",
                "GET /cohort/forest.svg", "GET /cohort/cohort.csv", "GET /api/v1/cohort");
        policy(Access.CLINICAL, "POST /dosimetry/voxel/{id}/attach", "GET /api/v1/patients/{id}/voxel-dosimetry");
        policy(Access.CLINICAL, "GET /enrolments/{eid}", "GET /enrolments/{eid}/schedule.ics",
                "POST /enrolments/{eid}/decisions", "POST /enrolments/{eid}/prescription",
                "POST /enrolments/{eid}/follow-up/{section}", "POST /enrolments/{eid}/follow-up/{section}/{index}/remove");
        policy(Access.SIGNED_IN, "GET /api/v1/protocols", "GET /api/v1/protocols/{id}",
                "POST /api/v1/protocols/validate", "GET /api/v1/protocols/{id}/schedule",
                "GET /api/v1/protocols/{id}/schedule.ics", "GET /protocols", "GET /protocols/{id}",
                "GET /protocols/check", "POST /protocols/check");
        policy(Access.ADMIN_ONLY, "GET /api/v1/audit", "GET /admin", "POST /admin/users", "POST /admin/users/{username}",
                "POST /admin/users/{username}/password", "GET /admin/audit");
        final String page = "/patients/{id}/sections/{section:genomics|lesions|labs|therapies|rair-assessments}";
        policy(Access.SIGNED_IN, "GET /patients", "GET /patients/{id}");
        policy(Access.PATIENT_EDITORS, "GET /patients/new", "GET /patients/{id}/edit", "POST /patients/new",
                "POST /patients/{id}/edit", "POST /patients/{id}/delete", "POST " + page,
                "POST " + page + "/{index}/remove", "POST /patients/{id}/sections/lesions/{index}/avidity");
        policy(Access.SIGNED_IN, "GET /api/docs", "GET /api/docs.yaml", "GET /api/docs/swagger-config",
                "GET /api/docs/ui");
    }

    private static void policy(Access access, String... endpoints) {
        for (String e : endpoints) {
            POLICY.put(e, access);
        }
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    org.springframework.web.context.WebApplicationContext context;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyMappedEndpointHasADeclaredAccess() {
        final Set<String> mapped = new TreeSet<>(endpoints());
        assertThat(mapped).as("endpoints without a declared access in RoleMatrixTest.POLICY")
                .isSubsetOf(POLICY.keySet());
        assertThat(POLICY.keySet()).as("declared endpoints no longer mapped").isSubsetOf(mapped);
    }

    @Test
    void anonymousRequestsAreSentToSignIn() throws Exception {
        // An anonymous browser session with its CSRF token (from the login page), so that page posts reach the
        // authorisation rules instead of stopping at the CSRF filter.
        final HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        final java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(login.body());
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        final String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        final List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Access> e : POLICY.entrySet()) {
            if (e.getValue() == Access.PUBLIC) {
                continue;
            }
            final String method = e.getKey().substring(0, e.getKey().indexOf(' '));
            final String path = concrete(e.getKey().substring(e.getKey().indexOf(' ') + 1));
            final HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                            + port + path)).header("Cookie", cookie).header("X-CSRF-TOKEN", token.group(1))
                            .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            // the OpenAPI document and UI are read in a browser and follow the pages' sign-in
            final boolean ok = path.startsWith("/api/") && !path.startsWith("/api/docs")
                    ? response.statusCode() == 401 && response.body().contains("urn:rediff:problem:unauthorized")
                    : response.statusCode() == 302 && response.headers().firstValue("Location").orElse("")
                    .endsWith("/login");
            if (!ok) {
                wrong.add(e.getKey() + " → " + response.statusCode());
            }
        }
        assertThat(wrong).as("anonymous requests not refused").isEmpty();
        final HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        final HttpResponse<String> css = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/css/rediff.css")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(css.statusCode()).isEqualTo(200);
    }

    @Test
    void eachRoleGetsExactlyItsEndpoints() throws Exception {
        final List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            for (Map.Entry<String, Access> e : POLICY.entrySet()) {
                if (e.getValue() == Access.PUBLIC) {
                    continue;
                }
                final String method = e.getKey().substring(0, e.getKey().indexOf(' '));
                final String path = concrete(e.getKey().substring(e.getKey().indexOf(' ') + 1));
                final int status = mvc.perform(request(HttpMethod.valueOf(method), path)
                                .with(user("matrix-" + role.code()).roles(role.name())))
                        .andReturn().getResponse().getStatus();
                final boolean allowed = e.getValue().roles.contains(role);
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(role + " " + e.getKey() + " → " + status + (allowed ? " (allowed)" : " (refused)"));
                }
            }
        }
        assertThat(wrong).as("role matrix violations").isEmpty();
    }

    /** Over real HTTP: a researcher's Basic sign-in reads but may not import; a bad password is a 401. */
    @Test
    void aResearcherReadsButMayNotEditOverHttp() throws Exception {
        if (users.find("reader").isEmpty()) {
            users.create("reader", encoder.encode("reader-password-1"), EnumSet.of(Role.RESEARCHER),
                    Principal.system());
        }
        assertThat(send("GET", "/api/evidence", "reader:reader-password-1").statusCode()).isEqualTo(200);
        final HttpResponse<String> refused = send("POST", "/api/evidence/import?source=x.csv",
                "reader:reader-password-1");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("urn:rediff:problem:forbidden");
        assertThat(send("GET", "/api/evidence", "reader:not-the-password").statusCode()).isEqualTo(401);
    }

    /** A form post without the session's CSRF token is refused, even for a signed-in editor. */
    @Test
    void pagePostsNeedTheCsrfToken() throws Exception {
        final MockMvc plain = org.springframework.test.web.servlet.setup.MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
        final int without = plain.perform(request(HttpMethod.POST, "/evidence/new")
                .with(user("no-token").roles("ADMIN"))).andReturn().getResponse().getStatus();
        assertThat(without).isEqualTo(403);
        final int invalid = plain.perform(request(HttpMethod.POST, "/evidence/new")
                        .with(user("bad-token").roles("ADMIN"))
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf().useInvalidToken()))
                .andReturn().getResponse().getStatus();
        assertThat(invalid).isEqualTo(403);
    }

    private HttpResponse<String> send(String method, String path, String credentials) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                credentials.getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "text/csv")
                        .method(method, HttpRequest.BodyPublishers.ofString("id\n")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A request path for a pattern: path variables become values that exist in the test database. */
    private static String concrete(String pattern) {
        return pattern.replace("{type:simon|single|two-arm|survival}", "simon")
                .replace("{chart:waterfall|swimmer|km}", "km")
                .replace("{section:genomics|lesions|labs|therapies|rair-assessments}", "labs")
                .replace("{section:genomics|lesions|labs|therapies|rair-assessments}", "labs")
                .replace("{section}", "lesions")
                .replace("{eid}", "1")
                .replace("{index}", "0")
                .replace("{username}", "nobody")
                .replace("{id}", "P01a");
    }

    private List<String> endpoints() {
        final List<String> out = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            final Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    out.add("* " + pattern);
                }
                for (RequestMethod m : methods) {
                    out.add(m.name() + " " + pattern);
                }
            }
        }
        return out;
    }
}
