package org.rediff.app.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The web tests act as a signed-in editor by default (user "tester", role ADMIN, a valid CSRF token), so that each
 * test exercises its page, not the login; the security rules themselves are tested in {@code RoleMatrixTest}, which
 * overrides the user per request.
 */
@TestConfiguration(proxyBeanMethods = false)
class WebTestSecurity {
    /** The first administrator's password in the test database (see WebTestBase). */
    static final String ADMIN_PASSWORD = "test-admin-password-123";

    @Bean
    MockMvcBuilderCustomizer signedInByDefault() {
        return builder -> builder.defaultRequest(get("/").with(user("tester").roles("ADMIN")).with(csrf().asHeader()));
    }
}
