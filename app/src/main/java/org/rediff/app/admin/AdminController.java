package org.rediff.app.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rediff.app.security.CurrentUser;
import org.rediff.core.common.InvalidInputException;
import org.rediff.service.audit.AuditQuery;
import org.rediff.service.audit.AuditTrail;
import org.rediff.service.users.Role;
import org.rediff.service.users.UserStore;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users and the audit trail, for administrators. New passwords need {@value #MIN_PASSWORD} characters or more
 * (NIST SP 800-63B §3.1.1.2 asks for at least 8 and favours length over composition rules); every change is in
 * the audit trail under the administrator, never with the password or its hash.
 */
@Controller
class AdminController {
    static final int MIN_PASSWORD = 12;
    private final UserStore users;
    private final AuditTrail trail;
    private final PasswordEncoder encoder;

    AdminController(UserStore users, AuditTrail trail, PasswordEncoder encoder) {
        this.users = users;
        this.trail = trail;
        this.encoder = encoder;
    }

    @GetMapping("/admin")
    String users(Model model) {
        return page(model, List.of(), "", Set.of());
    }

    @PostMapping("/admin/users")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                  @RequestParam(required = false) List<String> roles, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            users.create(username.strip(), encoder.encode(checked(password)), roles(roles), CurrentUser.principal());
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return page(model, e.messages(), username, roles == null ? Set.of() : Set.copyOf(roles));
        }
        redirect.addFlashAttribute("saved", "User " + username.strip() + " created.");
        return "redirect:/admin";
    }

    @PostMapping("/admin/users/{username}")
    String update(@PathVariable String username, @RequestParam(required = false) List<String> roles,
                  @RequestParam(defaultValue = "") String enabled, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            users.update(username, roles(roles), "on".equals(enabled) || "true".equals(enabled),
                    CurrentUser.principal());
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return page(model, e.messages(), "", Set.of());
        }
        redirect.addFlashAttribute("saved", "User " + username + " saved.");
        return "redirect:/admin";
    }

    @PostMapping("/admin/users/{username}/password")
    String password(@PathVariable String username, @RequestParam(defaultValue = "") String password, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        try {
            users.setPassword(username, encoder.encode(checked(password)), CurrentUser.principal());
        } catch (InvalidInputException e) {
            response.setStatus(422);
            return page(model, e.messages(), "", Set.of());
        }
        redirect.addFlashAttribute("saved", "Password of " + username + " set; tell them on a separate channel.");
        return "redirect:/admin";
    }

    /** The audit trail, newest first, 100 rows a page; {@code before} pages backwards. */
    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String entity,
                 @RequestParam(name = "entity_id", required = false) String entityId,
                 @RequestParam(required = false) String user, @RequestParam(required = false) String before,
                 Model model, HttpServletResponse response) {
        model.addAttribute("entity", entity == null ? "" : entity);
        model.addAttribute("entityId", entityId == null ? "" : entityId);
        model.addAttribute("user", user == null ? "" : user);
        try {
            final Long beforeId = before == null || before.isBlank() ? null : parseId(before);
            final var rows = trail.search(new AuditQuery(entity, entityId, user, beforeId, 100));
            model.addAttribute("rows", rows);
            model.addAttribute("next", rows.size() == 100 ? rows.get(rows.size() - 1).auditId() : null);
            model.addAttribute("errors", List.of());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("rows", List.of());
            model.addAttribute("next", null);
            model.addAttribute("errors", e.messages());
        }
        return "admin/audit";
    }

    private String page(Model model, List<String> errors, String username, Set<String> roles) {
        model.addAttribute("users", users.list());
        model.addAttribute("allRoles", List.of(Role.values()));
        model.addAttribute("errors", errors);
        model.addAttribute("newUsername", username);
        model.addAttribute("newRoles", roles);
        model.addAttribute("minPassword", MIN_PASSWORD);
        model.addAttribute("now", users.now());
        return "admin/users";
    }

    private static String checked(String password) {
        if (password.length() < MIN_PASSWORD) {
            throw InvalidInputException.of("password", null, "must be at least " + MIN_PASSWORD + " characters "
                    + "(a passphrase of several words is easiest)");
        }
        return password;
    }

    private static Set<Role> roles(List<String> codes) {
        final Set<Role> out = EnumSet.noneOf(Role.class);
        if (codes != null) {
            for (String c : codes) {
                out.add(Role.parse(c));
            }
        }
        return out;
    }

    private static long parseId(String text) {
        if (!text.strip().matches("[0-9]{1,18}")) {
            throw InvalidInputException.of("before", "'" + text + "'", "must be an audit id (a whole number)");
        }
        return Long.parseLong(text.strip());
    }

}
