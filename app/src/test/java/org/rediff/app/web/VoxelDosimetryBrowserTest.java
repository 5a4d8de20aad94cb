package org.rediff.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.core.dosimetry.Nuclide;
import org.rediff.core.dosimetry.SphereModel;
import org.rediff.core.dosimetry.voxel.VoxelGrid;
import org.rediff.io.image.Nifti;
import org.rediff.io.patient.PatientJson;
import org.rediff.service.audit.Principal;
import org.rediff.service.patients.PatientStore;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Voxel dosimetry in Chromium: three NIfTI time points of a uniform 124I sphere that only decays and its label map
 * are uploaded; the label's mean dose is the sphere model's (the voxel pipeline's own check, Ã = a·1000/λ₁₃₁ times
 * the voxelised sphere's mean S), the DVH is drawn, the slice image loads and the slider changes it; a missing
 * time is refused in place naming the row; the result attached to a registry patient shows on the patient's page
 * and in the API, an unknown patient refused.
 */
class VoxelDosimetryBrowserTest extends BrowserTestBase {
    @Autowired
    PatientStore patients;

    @TempDir
    Path dir;

    private static final VoxelGrid GRID = new VoxelGrid(20, 20, 20, 4, 4, 4);

    private Path frame(double hours, boolean labels) throws Exception {
        final float[] v = new float[GRID.voxels()];
        for (int z = 0; z < 20; z++) {
            for (int y = 0; y < 20; y++) {
                for (int x = 0; x < 20; x++) {
                    final int dx = x - 10;
                    final int dy = y - 10;
                    final int dz = z - 10;
                    if (dx * dx + dy * dy + dz * dz <= 25 + 1e-9) {
                        v[x + 20 * (y + 20 * z)] = labels ? 1 : (float) (40_000
                                * Math.exp(-Nuclide.I124.decayConstantPerHour() * hours));
                    }
                }
            }
        }
        final Path f = dir.resolve(labels ? "labels.nii" : "pet-" + (int) hours + "h.nii");
        Nifti.write(f, GRID, v, null, "");
        return f;
    }

    @Test
    void aSeriesUploadedGivesTheSphereDoseTheDvhAndTheSlices() throws Exception {
        final List<Path> files = List.of(frame(4, false), frame(24, false), frame(96, false));
        final Page page = signedInPage();
        page.navigate("http://localhost:" + port + "/dosimetry");
        page.click("#voxel-link");
        page.setInputFiles("#vx-image-0", files.get(0));
        page.fill("#vx-hours-0", "4");
        page.setInputFiles("#vx-image-1", files.get(1));
        page.setInputFiles("#vx-image-2", files.get(2));
        page.fill("#vx-hours-2", "96");
        page.setInputFiles("#vx-labels", frame(0, true));
        page.fill("#vx-administered", "74");
        page.click("#vx-run");
        PlaywrightAssertions.assertThat(page.locator("#errors")).containsText("hours[1]");
        page.setInputFiles("#vx-image-0", files.get(0));
        page.fill("#vx-hours-0", "4");
        page.setInputFiles("#vx-image-1", files.get(1));
        page.fill("#vx-hours-1", "24");
        page.setInputFiles("#vx-image-2", files.get(2));
        page.fill("#vx-hours-2", "96");
        page.setInputFiles("#vx-labels", dir.resolve("labels.nii"));
        page.fill("#vx-administered", "74");
        page.fill("#vx-activity", "3.7");
        page.click("#vx-run");
        PlaywrightAssertions.assertThat(page.locator("#vx-labels-table")).isVisible();
        final double fraction = 40_000 * GRID.voxelVolumeMl() / 1e6 / 74;
        final double expected = fraction * 1000 / Nuclide.I131.decayConstantPerHour() * 3600
                * SphereModel.meanDosePerVoxelActivity(40, 4) / 1000;
        final double shown = Double.parseDouble(page.textContent("#vx-labels-table tr[data-label='1'] .vx-mean"));
        // estimate tolerance: the page shows 3 decimals
        assertThat(shown).isCloseTo(expected, within(0.0005 + 1e-5 * expected));
        assertThat(page.locator("#vx-dvh polyline.dvh").count()).isEqualTo(1);
        page.waitForFunction("() => document.getElementById('vx-slice-image').naturalWidth > 0");
        assertThat(page.evaluate("() => document.getElementById('vx-slice-image').naturalWidth")).isEqualTo(160);
        final String before = page.getAttribute("#vx-slice-image", "src");
        page.fill("#vx-slice", "3");
        page.dispatchEvent("#vx-slice", "input");
        assertThat(page.getAttribute("#vx-slice-image", "src")).isNotEqualTo(before).endsWith("z=3");
        page.waitForFunction("() => document.getElementById('vx-slice-image').complete "
                + "&& document.getElementById('vx-slice-image').naturalWidth > 0");
        assertThat(Files.exists(dir.resolve("labels.nii"))).isTrue();

        // attached to a registry patient: refused for an unknown id, then kept with the patient, as the API lists it
        page.fill("#vx-attach-patient", "NOBODY-9");
        page.click("#vx-attach");
        PlaywrightAssertions.assertThat(page.locator("#vx-attach-errors")).containsText("NOBODY-9");
        patients.create(PatientJson.read(PatientApiTest.example("VX-1"), "example"), Principal.system());
        page.fill("#vx-attach-patient", "VX-1");
        page.click("#vx-attach");
        PlaywrightAssertions.assertThat(page.locator("#voxel-dosimetry")).containsText("admin");
        final double kept = Double.parseDouble(page.textContent("#voxel-dosimetry .voxel-mean"));
        assertThat(kept).isEqualTo(shown);
        final String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:"
                + WebTestSecurity.ADMIN_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.request().get("http://localhost:" + port + "/api/v1/patients/VX-1/voxel-dosimetry",
                com.microsoft.playwright.options.RequestOptions.create().setHeader("Authorization", basic)).text())
                .contains("mean_dose_per_GBq_Gy").contains("pet-4h.nii at 4 h");
    }
}
