package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rediff.service.audit.Principal;
import org.rediff.service.evidence.EvidenceStore;
import org.rediff.service.evidence.StudyColumns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No stored record can break a page: records whose text is markup, template syntax, separators and very long
 * strings are stored through the store's validation, then every page and export is rendered. Its own database, so
 * that the other web tests never see these records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(WebTestSecurity.class)
class HostileRecordsTest {
    static final Path DATA_DIR = tempDir();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("rediff.data", DATA_DIR::toString);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    EvidenceStore store;

    @Test
    void everyPageRendersWithHostileRecordsStored() throws Exception {
        final Map<String, String> cells = new LinkedHashMap<>(StudyColumns.of(store.find("P02").orElseThrow()));
        cells.put("id", "H-1.x_");
        cells.put("label", "<script>alert('x')</script> ${7*7919} [[${7*7919}]] *{x} #{x} ~{x} \"' & ");
        cells.put("design", "=HYPERLINK(\"http://evil\") ".repeat(50));
        cells.put("notes", "\u202e RTL \u0000? ".replace("\u0000", "") + "x".repeat(20_000));
        cells.put("drug_regimen", "</td></tr></table><img src=x onerror=alert(1)>");
        store.importRecords(List.of(StudyColumns.toRecord(cells, "hostile")), Principal.localAccount("tester"),
                "hostile.csv");

        for (String page : List.of("/", "/evidence", "/evidence/H-1.x_", "/evidence/H-1.x_/edit", "/synthesis",
                "/design", "/evidence/export.csv", "/evidence/export.json", "/api/evidence", "/api/evidence/H-1.x_")) {
            final var response = mvc.perform(get(page)).andReturn().getResponse();
            assertThat(response.getStatus()).as(page).isEqualTo(200);
            final String body = response.getContentAsString();
            if (response.getContentType() != null && response.getContentType().startsWith("text/html")) {
                assertThat(body).as(page).doesNotContain("<script>alert", "<img src=x").doesNotContain("55433")
                        .contains("</html>");
            }
        }
        // the export a spreadsheet opens: the formula is text there (quote in front, cell quoted), and reads back
        final String csv = mvc.perform(get("/evidence/export.csv")).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil\"\") =HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(org.rediff.io.evidence.StudyRecordCsv.read(new java.io.StringReader(csv), "export").stream()
                .filter(r -> r.id().equals("H-1.x_")).findFirst().orElseThrow().design())
                .isEqualTo(cells.get("design").strip());
    }

    private static Path tempDir() {
        try {
            final Path target = Path.of("target").toAbsolutePath();
            Files.createDirectories(target);
            return Files.createTempDirectory(target, "hostile-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
