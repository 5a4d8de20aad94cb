package org.rediff.app.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;

/** The page's view of a plan, without Spring: formats, the constraint table, and the edge cases of the input. */
class DosimetryViewTest {
    private final DosimetryService service = new DosimetryService();

    @Test
    void numbersReadAsThePhysicistWritesThem() {
        assertThat(DosimetryView.sig(0.0009134, 4)).isEqualTo("0.0009134");
        assertThat(DosimetryView.sig(45.6, 4)).isEqualTo("45.60");
        assertThat(DosimetryView.sig(0.46861, 4)).isEqualTo("0.4686");
        assertThat(DosimetryView.sig(2.097e-5, 4)).isEqualTo("2.097e-05");
        assertThat(DosimetryView.sig(Double.NaN, 4)).isEqualTo("–");
        assertThat(DosimetryView.fixed(Double.POSITIVE_INFINITY, 2)).isEqualTo("–");
        assertThat(DosimetryView.fixed(2.1677, 2)).isEqualTo("2.17");
        assertThat(DosimetryView.plain(70)).isEqualTo("70");
        assertThat(DosimetryView.plain(0.16)).isEqualTo("0.16");
        assertThat(DosimetryView.plain(11.1)).isEqualTo("11.1");
    }

    @Test
    void theExampleIsLimitedByOneConstraintWhoseActivityIsThePrescription() {
        final DosimetryRun run = service.run(service.example(), "example");
        final DosimetryView view = DosimetryView.of(run);
        assertThat(view.constraints()).extracting(DosimetryView.Constraint::code)
                .containsExactly("target", "blood", "retention", "cap");
        final List<DosimetryView.Constraint> binding = view.constraints().stream()
                .filter(DosimetryView.Constraint::binding).toList();
        assertThat(binding).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo(run.result().prescription().limitedBy().code());
            assertThat(c.activityGBq()).isEqualTo(view.rx().activityGBq());
        });
        assertThat(view.lesions()).hasSize(3);
        assertThat(view.plots()).extracting(DosimetryView.Plot::file)
                .containsExactly("whole_body.svg", "blood.svg", "lesion-L1.svg", "lesion-L2.svg", "lesion-L3.svg");
        assertThat(view.warnings()).extracting(DosimetryView.Warning::summary).isEqualTo(run.result()
                .warningGroups().stream().map(org.rediff.core.dosimetry.DosimetryWarning.Group::summary).toList());
        assertThat(view.warningCount()).isEqualTo(run.result().warnings().size());
        assertThat(view.method().references()).isNotEmpty();
    }

    @Test
    void noIntervalNoUptakeAndAFixedCapStillRender() {
        // the trapezoid has no parameter uncertainty: no interval, a warning says so
        final DosimetryView trapezoid = DosimetryView.of(service.run(service.example()
                .replace("\"fit\": \"auto\"", "\"fit\": \"trapezoid\""), "plan"));
        assertThat(trapezoid.lesions()).allSatisfy(l -> assertThat(l.ci()).isEqualTo("–"));
        assertThat(trapezoid.warnings()).anySatisfy(w -> assertThat(w.summary()).contains("no interval"));

        // no lesion uptake at all: no activity reaches the target, the cap binds, and the rule says do not proceed
        final String none = service.example()
                .replaceAll("\"percent_administered\": 0\\.[0-9]+", "\"percent_administered\": 0");
        final DosimetryView stop = DosimetryView.of(service.run(none, "plan"));
        assertThat(stop.rx().proceed()).isFalse();
        assertThat(stop.rx().proceedText()).isEqualTo("no");
        assertThat(stop.rx().limitedBy()).isEqualTo("cap");
        assertThat(stop.lesions()).allSatisfy(l -> assertThat(l.activityForTarget()).isEqualTo("–"));
        assertThat(stop.rx().limitedByText()).contains("11.1 GBq");

        // without a cap the constraint table says so
        final DosimetryView uncapped = DosimetryView.of(service.run(service.example()
                .replace("\"max_activity_GBq\": 11.1,", ""), "plan"));
        assertThat(uncapped.constraints().get(3).activityGBq()).isEqualTo("none");
    }

    @Test
    void emptyOrHugeInputIsRejectedWithAMessage() {
        assertThatThrownBy(() -> service.run(null, "plan")).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("plan: no plan JSON");
        assertThatThrownBy(() -> service.run(" \n", "plan")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> service.run("x".repeat(DosimetryService.MAX_CHARS + 1), "plan"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most");
        assertThatThrownBy(() -> service.run(service.example().replace("\"rule\": \"all_lesions\"",
                "\"rule\": \"index_lesion:L9\""), "plan")).isInstanceOf(InvalidInputException.class)
                .hasMessage("plan: rule: index lesion 'L9' is not among the lesions [L1, L2, L3]");
        // a byte-order mark from an editor is not an error
        assertThat(service.run("\uFEFF" + service.example(), "plan").result().lesions()).hasSize(3);
    }
}
