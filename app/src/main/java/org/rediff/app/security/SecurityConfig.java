package org.rediff.app.security;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Two filter chains. {@code /api/**}: HTTP Basic, no session, no CSRF (no cookies to ride on), 401 and 403 as RFC
 * 9457 problems. Everything else: form login at {@code /login}, the session in the database (Spring Session JDBC),
 * CSRF tokens. Role rules: evidence edits and imports need admin, clinician or physicist; everything else any
 * signed-in user (the registry pages, when they come, add their own rules here).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {
    static final String[] EDITORS = {"ADMIN", "CLINICIAN", "PHYSICIST"};
    /** Roles that see the site's own records (researchers see the pseudonymised view). */
    static final String[] CLINICAL = EDITORS;
    /** Roles that create, change and delete patients. */
    static final String[] PATIENT_EDITORS = {"ADMIN", "CLINICIAN"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        // The OpenAPI document and its UI are read in the browser, so they follow the pages' sign-in.
        http.securityMatcher(request -> {
                    final String path = request.getRequestURI().substring(request.getContextPath().length());
                    return path.startsWith("/api/") && !path.startsWith("/api/docs");
                })
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/evidence/import").hasAnyRole(EDITORS)
                        .requestMatchers("/api/v1/audit", "/api/v1/audit/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/v1/patients/*/history",
                                "/api/v1/patients/*/eligibility", "/api/v1/patients/*/enrolments",
                                "/api/v1/patients/*/voxel-dosimetry")
                        .hasAnyRole(CLINICAL)
                        .requestMatchers("/api/v1/enrolments/**").hasAnyRole(CLINICAL)
                        .requestMatchers(HttpMethod.POST, "/api/v1/protocols").hasAnyRole(EDITORS)
                        .requestMatchers(HttpMethod.GET, "/api/v1/patients", "/api/v1/patients/**").authenticated()
                        .requestMatchers("/api/v1/patients", "/api/v1/patients/**").hasAnyRole(PATIENT_EDITORS)
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized()))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/actuator/health", "/error",
                                "/favicon.ico").permitAll()
                        .requestMatchers("/evidence/new", "/evidence/*/edit").hasAnyRole(EDITORS)
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers("/patients/new", "/patients/*/edit", "/patients/*/delete",
                                "/patients/*/sections/**", "/patients/*/enrolments").hasAnyRole(PATIENT_EDITORS)
                        .requestMatchers("/enrolments/**").hasAnyRole(CLINICAL)
                        .requestMatchers("/dosimetry/voxel/*/attach").hasAnyRole(CLINICAL)
                        .requestMatchers("/protocols/new").hasAnyRole(EDITORS)
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; img-src 'self' "
                        + "data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
        return http.build();
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"rediff\"");
            problem(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Unauthorized",
                    "sign in: HTTP Basic with a rediff user name and password", request.getRequestURI());
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, e) -> problem(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
                "Forbidden", "your roles (" + roles() + ") may not " + request.getMethod() + " "
                        + request.getRequestURI() + "; the README's role table says who may", request.getRequestURI());
    }

    private static String roles() {
        final var a = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return a == null ? "none" : String.join(", ", a.getAuthorities().stream()
                .map(g -> g.getAuthority().replaceFirst("^ROLE_", "").toLowerCase(java.util.Locale.ROOT)).toList());
    }

    private static void problem(HttpServletResponse response, int status, String type, String title, String detail,
                                String path) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"urn:rediff:problem:" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"instance\":\""
                + path.replace("\"", "%22") + "\"}");
    }
}
