package org.rediff.app.patients;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Whether the pages offer their edit forms to the signed-in user (the security rules decide the requests). */
final class PatientPageAccess {
    private PatientPageAccess() {
    }

    static boolean canEdit() {
        final Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals("ROLE_ADMIN")
                || g.getAuthority().equals("ROLE_CLINICIAN"));
    }
}
