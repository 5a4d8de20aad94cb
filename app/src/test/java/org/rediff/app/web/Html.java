package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading rendered pages in MockMvc tests. */
final class Html {
    private Html() {
    }

    /** The text directly inside the element with {@code id} (up to its first child tag), stripped. */
    static String text(String html, String id) {
        final Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("element #" + id).isTrue();
        return m.group(1).strip();
    }
}
