package org.rediff.app.web;

import org.rediff.service.evidence.EvidenceStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what rediff is, and the pages there are. */
@Controller
class HomeController {
    private final EvidenceStore store;

    HomeController(EvidenceStore store) {
        this.store = store;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("studies", store.list().size());
        model.addAttribute("changes", store.recentChanges(5));
        return "home";
    }
}
