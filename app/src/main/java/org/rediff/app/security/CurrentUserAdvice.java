package org.rediff.app.security;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in user's name for every page (the header shows it with a sign-out button), and whether an admin. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {
    @ModelAttribute("currentUser")
    String currentUser(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    @ModelAttribute("currentUserIsAdmin")
    boolean currentUserIsAdmin() {
        final var a = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals("ROLE_ADMIN"));
    }
}
