package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.rediff.service.users.Role;
import org.rediff.service.users.UserStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** The administrators' pages: users created with a checked password and roles, changes in the audit trail. */
class AdminPagesTest extends WebTestBase {
    @Autowired
    MockMvc mvc;

    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void usersAreCreatedChangedAndAudited() throws Exception {
        mvc.perform(post("/admin/users").param("username", "casey").param("password", "short")
                        .param("roles", "clinician"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("password must be at least 12"),
                        containsString("value=\"casey\""))));
        assertThat(users.find("casey")).isEmpty();
        mvc.perform(post("/admin/users").param("username", "casey").param("password", "a long passphrase here")
                .param("roles", "clinician")).andExpect(status().isFound());
        final var casey = users.find("casey").orElseThrow();
        assertThat(casey.roles()).containsExactly(Role.CLINICIAN);
        assertThat(casey.passwordHash()).startsWith("{bcrypt}");
        assertThat(encoder.matches("a long passphrase here", casey.passwordHash())).isTrue();
        mvc.perform(post("/admin/users/casey").param("roles", "clinician").param("roles", "physicist")
                .param("enabled", "on")).andExpect(status().isFound());
        assertThat(users.find("casey").orElseThrow().roles()).containsExactlyInAnyOrder(Role.CLINICIAN,
                Role.PHYSICIST);
        mvc.perform(post("/admin/users/casey").param("enabled", "on")).andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("roles must name at least one")));
        mvc.perform(get("/admin")).andExpect(status().isOk()).andExpect(content().string(containsString("casey")));
        mvc.perform(get("/admin/audit").param("entity", "user").param("entity_id", "casey"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("tester"), containsString("create"),
                        containsString("update"), not(containsString("{bcrypt}")))));
        mvc.perform(get("/admin/audit").param("before", "x")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("before")));
    }
}
