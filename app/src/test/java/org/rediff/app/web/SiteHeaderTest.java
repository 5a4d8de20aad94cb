package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The site header on every page, and the outcomes sub-menu only on the outcomes pages (once). */
class SiteHeaderTest extends WebTestBase {
    private static final Pattern SUBNAV = Pattern.compile("<nav[^>]*class=\"subnav\"");

    @Autowired
    MockMvc mvc;

    private static int count(Pattern p, String html) {
        final Matcher m = p.matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theOutcomesSubMenuIsOnlyOnTheOutcomesPages() throws Exception {
        for (String path : new String[] {"/", "/evidence", "/dosimetry", "/synthesis", "/design", "/patients",
                "/protocols", "/cohort", "/admin"}) {
            final String html = page(path);
            assertThat(html).as(path).contains("<header class=\"site\">");
            assertThat(count(SUBNAV, html)).as(path).isZero();
        }
        for (String path : new String[] {"/outcomes", "/outcomes/recist", "/outcomes/adverse-events"}) {
            final String html = page(path);
            assertThat(count(SUBNAV, html)).as(path).isEqualTo(1);
            assertThat(count(Pattern.compile("<header class=\"site\">"), html)).as(path).isEqualTo(1);
        }
    }
}
