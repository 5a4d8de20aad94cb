package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rediff.io.patient.PatientJson;
import org.rediff.service.audit.Principal;
import org.rediff.service.patients.PatientStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The protocol engine's main flow in Chromium as a clinician walks it: a new patient enrolled on Ho 2013
 * (selumetinib, 124I dosimetry, 131I if a lesion can reach 20 Gy; Ho 2013, NEJM 368:623), the dated timeline and
 * its calendar link, the 124I measurements typed into the grid (a mistyped cell named by its place in the plan and
 * kept for correction), the decision with its rule and numbers, the dosimetric prescription with its binding
 * constraint, follow-up lesions, assessments and an adverse event, and the RECIST engine's best response (a 32 %
 * fall of the target sum is PR, Eisenhauer 2009: at least 30 %); and a protocol definition with an error rejected
 * with the error's path.
 */
class ProtocolBrowserTest extends BrowserTestBase {
    @Autowired
    PatientStore patients;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static final String[] HOURS = {"2", "24", "48", "72", "96", "144"};
    private static final String[] WB = {"95.1", "52.0", "27.5", "15.8", "9.6", "4.1"};
    private static final String[] BLOOD = {"0.0029", "0.0011", "0.00052", "0.00028", "0.00016", "0.00006"};
    private static final String[] L1 = {"0.11", "0.17", "0.155", "0.128", "0.102", "0.061"};

    @Test
    void aPatientFromEnrolmentToBestResponse() throws Exception {
        final Page page = signedInPage();
        // the synthetic example patient: BRAF V600E papillary cancer assessed radioiodine-refractory
        patients.create(PatientJson.read(PatientApiTest.example("BR-PROT-1"), "example"), Principal.system());
        page.navigate(url("/patients/BR-PROT-1"));
        page.selectOption("#enrol-protocol", "ho2013-selumetinib");
        page.fill("#enrol-day1", "2027-01-04");
        page.click("#enrol");
        PlaywrightAssertions.assertThat(page.locator("#regimen")).containsText("selumetinib");
        PlaywrightAssertions.assertThat(page.locator("#schedule")).containsText("2027-01-04");
        PlaywrightAssertions.assertThat(page.locator("#schedule")).containsText("124I");
        assertThat(page.getAttribute("#ics-link", "href")).endsWith("/schedule.ics");

        page.fill("#decision-date", "2027-02-01");
        page.fill("#dm-weight-kg", "70");
        page.fill("#dm-tracer-MBq", "74");
        page.fill("#dm-lesion-id-0", "L1");
        page.fill("#dm-volume-ml-0", "2.0");
        page.fill("#dm-rc-0", "0.85");
        for (int r = 0; r < HOURS.length; r++) {
            page.fill("#dm-hours-" + r, HOURS[r]);
            page.fill("#dm-wb-" + r, WB[r]);
            page.fill("#dm-blood-" + r, BLOOD[r]);
            page.fill("#dm-l0-" + r, L1[r]);
        }
        page.fill("#dm-wb-3", "15,8");
        page.click("#decide");
        PlaywrightAssertions.assertThat(page.locator("#errors")).containsText("dosimetry.whole_body[3]");
        assertThat(page.inputValue("#dm-wb-3")).isEqualTo("15,8");
        assertThat(page.inputValue("#dm-l0-5")).isEqualTo("0.061");
        page.fill("#dm-wb-3", "15.8");
        page.click("#decide");
        PlaywrightAssertions.assertThat(page.locator("#decision-0")).containsText("131I follows");
        PlaywrightAssertions.assertThat(page.locator("#decision-0")).containsText("20.0 Gy");
        PlaywrightAssertions.assertThat(page.locator("#decision-0")).containsText("124I dosimetry");

        page.fill("#rx-date", "2027-02-08");
        page.click("#prescribe");
        PlaywrightAssertions.assertThat(page.locator("#rx-activity")).containsText("MBq");
        assertThat(page.textContent("#rx-limited-by")).isNotBlank();

        for (String id : new String[] {"T1", "T2"}) {
            page.fill("#fu-lesion-id", id);
            page.fill("#fu-lesion-organ", "lung");
            page.click("#add-lesion");
            PlaywrightAssertions.assertThat(page.locator("#fu-lesions")).containsText(id);
        }
        page.fill("#fu-assessment-date", "2027-01-03");
        page.fill("#fu-measurements", "T1=30, T2=20");
        page.click("#add-assessment");
        page.fill("#fu-assessment-date", "2027-05-03");
        page.fill("#fu-measurements", "T1=20, T2=14");
        page.click("#add-assessment");
        page.fill("#fu-assessment-date", "2027-06-07");
        page.fill("#fu-measurements", "T1=20, T2=14");
        page.click("#add-assessment");
        page.fill("#fu-ae-term", "Rash maculo-papular");
        page.fill("#fu-ae-onset", "2027-01-12");
        page.click("#add-ae");
        PlaywrightAssertions.assertThat(page.locator("#best-response")).hasText("PR");
        PlaywrightAssertions.assertThat(page.locator("#best-change")).containsText("-32.0 %");
        PlaywrightAssertions.assertThat(page.locator("#fu-ae")).containsText("Rash maculo-papular");
    }

    @Test
    void aProtocolDefinitionWithAnErrorIsRejectedWithItsPath() throws Exception {
        final Page page = signedInPage();
        page.navigate(url("/protocols/check"));
        final String shipped = Files.readString(Path.of("../io/src/main/resources/protocols/ho2013-selumetinib.json"));
        page.fill("#definition", shipped.replace("\"window_days\":3", "\"window_days\":-3")
                .replace("\"window_days\": 3", "\"window_days\": -3"));
        page.click("#check");
        PlaywrightAssertions.assertThat(page.locator("#errors")).containsText("uptake_checks[0].window_days");
        PlaywrightAssertions.assertThat(page.locator("#valid")).hasCount(0);
    }
}
