package org.rediff.app.security;

import org.rediff.service.audit.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user as the audit trail's principal. */
public final class CurrentUser {
    private CurrentUser() {
    }

    /** @throws IllegalStateException when nobody is signed in (the filter chains prevent that) */
    public static Principal principal() {
        final Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a.getName() == null) {
            throw new IllegalStateException("no signed-in user");
        }
        return Principal.user(a.getName());
    }

    /**
     * Whether the signed-in user gets the pseudonymised research view: no clinical role (administrator, clinician,
     * physicist) among their roles.
     */
    public static boolean researchView() {
        final Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null) {
            return true;
        }
        final java.util.List<String> roles = a.getAuthorities().stream()
                .map(org.springframework.security.core.GrantedAuthority::getAuthority).toList();
        return !(roles.contains("ROLE_ADMIN") || roles.contains("ROLE_CLINICIAN") || roles.contains("ROLE_PHYSICIST"));
    }
}
