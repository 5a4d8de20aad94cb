package org.rediff.app.security;

import java.security.SecureRandom;
import org.rediff.service.users.UserAccount;
import org.rediff.service.users.UserStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The accounts behind sign-in: users from the database with their roles, locked after repeated failures (login
 * throttling), and on the first start with no users the account {@code admin} with the password from
 * {@code REDIFF_ADMIN_PASSWORD}, or a random one printed once to the console.
 */
@Component
@Order(0)
class Accounts implements UserDetailsService, ApplicationRunner {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final String adminPassword;

    Accounts(UserStore users, PasswordEncoder encoder, @Value("${rediff.admin-password:}") String adminPassword) {
        this.users = users;
        this.encoder = encoder;
        this.adminPassword = adminPassword;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        final UserAccount a = users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(a.username()).password(a.passwordHash())
                .roles(a.roles().stream().map(Enum::name).toArray(String[]::new))
                .disabled(!a.enabled()).accountLocked(a.lockedAt(users.now())).build();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        final boolean given = !adminPassword.isBlank();
        final String password = given ? adminPassword : random(20);
        final boolean created = users.createFirstAdmin(encoder.encode(password)).isPresent();
        if (created && !given) {
            // Printed once, to the console only (never logged): there is no other way to learn it.
            System.out.println("rediff: created user 'admin' with password " + password + " (shown once; set "
                    + "REDIFF_ADMIN_PASSWORD to choose it)");
        }
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        users.recordFailure(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        users.recordSuccess(event.getAuthentication().getName());
    }

    private static String random(int length) {
        final SecureRandom r = new SecureRandom();
        final StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
