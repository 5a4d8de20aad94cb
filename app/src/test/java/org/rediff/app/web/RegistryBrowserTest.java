package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Paths;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.rediff.service.audit.Principal;
import org.rediff.service.users.Role;
import org.rediff.service.users.UserStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The registry as a clinician and a researcher use it in Chromium: sign in, create a patient, add genotype, a
 * lesion, labs and a prior 131I, assess RAIR, see the change in the history and the audit trail; a stale form
 * refused; a wrong password refused; a researcher who sees no site id and no edit form.
 */
class RegistryBrowserTest extends BrowserTestBase {
    @Autowired
    UserStore users;

    @Autowired
    PasswordEncoder encoder;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page signIn(String username, String password) {
        final Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900)).newPage();
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", password);
        page.click("#sign-in");
        return page;
    }

    @Test
    void aClinicianRecordsAPatientAndItsRairAssessment() {
        final Page page = signedInPage();
        page.click("header.site nav a[href='/patients']");
        page.click("#new-patient");
        page.fill("#f-id", "BR-001");
        page.fill("#f-birth_year", "1958");
        page.selectOption("#f-sex", "male");
        page.selectOption("#f-histology", "ftc");
        page.fill("#f-diagnosis_date", "2013-09-12");
        page.click("#save");
        PlaywrightAssertions.assertThat(page.locator("#patient-id")).hasText("BR-001");

        page.fill("#add-genomics input[name=gene]", "NRAS");
        page.fill("#add-genomics input[name=hgvs_p]", "p.Gln61Arg");
        page.fill("#add-genomics input[name=test]", "NGS panel");
        page.click("#add-genomics button[type=submit]");
        PlaywrightAssertions.assertThat(page.locator("#genomics")).containsText("p.Gln61Arg");

        page.fill("#add-lesions input[name=id]", "L1");
        page.fill("#add-lesions input[name=organ]", "bone");
        page.fill("#add-lesions input[name=size_mm]", "abc");
        page.click("#add-lesions button[type=submit]");
        // the bad size is named beside the lesion form and kept for correction
        PlaywrightAssertions.assertThat(page.locator("#lesions-errors")).containsText("lesions[0].size_mm");
        assertThat(page.inputValue("#add-lesions input[name=size_mm]")).isEqualTo("abc");
        page.fill("#add-lesions input[name=size_mm]", "31");
        page.fill("#add-lesions input[name=avidity_date]", "2024-10-01");
        page.fill("#add-lesions input[name=avidity_scan]", "diagnostic 131I WBS");
        page.selectOption("#add-lesions select[name=avidity]", "non_avid");
        page.click("#add-lesions button[type=submit]");
        PlaywrightAssertions.assertThat(page.locator("#lesions")).containsText("non-avid");

        page.fill("#add-labs input[name=date]", "2024-10-01");
        page.selectOption("#add-labs select[name=test]", "tg");
        page.fill("#add-labs input[name=value]", "310");
        page.selectOption("#add-labs select[name=tsh_state]", "suppressed");
        page.click("#add-labs button[type=submit]");
        PlaywrightAssertions.assertThat(page.locator("#labs")).containsText("3013-0");

        page.selectOption("#add-therapies select[name=kind]", "i131");
        page.fill("#add-therapies input[name=date]", "2014-01-15");
        page.fill("#add-therapies input[name=activity_MBq]", "7400");
        page.click("#add-therapies button[type=submit]");
        PlaywrightAssertions.assertThat(page.locator("#ledger")).containsText("7.40 GBq");

        page.fill("#rair-date", "2024-10-20");
        page.check("#add-rair-assessments input[value=no_uptake_diagnostic_scan]");
        page.check("#rair-refractory");
        page.fill("#rair-evidence", "WBS 2024-10-01: L1 non-avid");
        page.click("#add-assessment");
        PlaywrightAssertions.assertThat(page.locator("#rair-assessments")).containsText("no 131I uptake on a "
                + "diagnostic scan");
        PlaywrightAssertions.assertThat(page.locator("#history-list li")).hasCount(6);
        PlaywrightAssertions.assertThat(page.locator("#history-list li").first()).containsText("by admin");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/patient.png")).setFullPage(true));

        // a second tab still shows the old version: its save is refused, naming who changed the record
        final Page stale = page.context().newPage();
        stale.navigate(url("/patients/BR-001/edit"));
        page.fill("#add-labs input[name=date]", "2024-11-01");
        page.fill("#add-labs input[name=value]", "420");
        page.click("#add-labs button[type=submit]");
        stale.fill("#f-ecog", "1");
        stale.click("#save");
        PlaywrightAssertions.assertThat(stale.locator("#errors")).containsText("changed by admin (user) at");

        page.navigate(url("/admin/audit?entity=patient&entity_id=BR-001"));
        assertThat(page.locator("#audit-table tbody tr").count()).isEqualTo(7);
        page.close();
    }

    @Test
    void aWrongPasswordIsRefusedAndAResearcherSeesNoIdentifiers() {
        final Page wrong = signIn("admin", "not-the-password");
        PlaywrightAssertions.assertThat(wrong.locator("#login-error")).isVisible();
        wrong.close();

        final Page clinician = signedInPage();
        clinician.navigate(url("/patients/new"));
        clinician.fill("#f-id", "BR-SITE-77");
        clinician.fill("#f-birth_year", "1949");
        clinician.selectOption("#f-sex", "female");
        clinician.selectOption("#f-histology", "pdtc");
        clinician.fill("#f-diagnosis_date", "2011-04-04");
        clinician.click("#save");
        PlaywrightAssertions.assertThat(clinician.locator("#patient-id")).hasText("BR-SITE-77");
        clinician.close();

        if (users.find("rita").isEmpty()) {
            users.create("rita", encoder.encode("research-only-pass"), EnumSet.of(Role.RESEARCHER), Principal.system());
        }
        final Page researcher = signIn("rita", "research-only-pass");
        researcher.waitForURL(url("/"));
        researcher.navigate(url("/patients"));
        PlaywrightAssertions.assertThat(researcher.locator("#research-note")).isVisible();
        PlaywrightAssertions.assertThat(researcher.locator("#new-patient")).hasCount(0);
        assertThat(researcher.content()).doesNotContain("BR-SITE-77");
        researcher.locator("#patient-table tbody a").first().click();
        PlaywrightAssertions.assertThat(researcher.locator("#patient-id")).hasText(
                java.util.regex.Pattern.compile("R-[0-9a-f]{10}"));
        PlaywrightAssertions.assertThat(researcher.locator("form.add-form")).hasCount(0);
        PlaywrightAssertions.assertThat(researcher.locator("#history")).hasCount(0);
        assertThat(researcher.content()).doesNotContain("BR-SITE-77", "2011-04-04");
        researcher.navigate(url("/patients/new"));
        assertThat(researcher.content()).doesNotContain("patient-form");
        researcher.close();
    }
}
