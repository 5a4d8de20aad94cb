package org.rediff.core.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rediff.core.common.InvalidInputException;

class OperatingCharacteristicsTest {
    private static final double EXACT = 1e-12;

    /** Every design the search reports (optimal, minimax, admissible) for several requirements. */
    private static List<DesignRequirements> requirements() {
        return List.of(new DesignRequirements(0.1, 0.3, 0.05, 0.2),    // Simon 1989, table 1
                new DesignRequirements(0.05, 0.25, 0.1, 0.1),
                new DesignRequirements(0.3, 0.5, 0.05, 0.2),
                new DesignRequirements(0.6128, 0.8292, 0.05, 0.2),       // RAS uptake planning values
                new DesignRequirements(0.7, 0.9, 0.05, 0.1));
    }

    @Test
    void agreesWithTheAttainedAlphaPowerAndExpectedSizesOfTheSimonSearch() {
        int checked = 0;
        for (DesignRequirements req : requirements()) {
            final SimonTwoStage.Result r = SimonTwoStage.search(req, 100);
            final List<TwoStageDesign> designs = new ArrayList<>(List.of(r.optimal(), r.minimax()));
            r.admissible().forEach(a -> designs.add(a.design()));
            for (TwoStageDesign d : designs) {
                final var b = OperatingCharacteristics.Boundaries.of(d);
                final OperatingCharacteristics.Point at0 = OperatingCharacteristics.at(b, req.p0());
                final OperatingCharacteristics.Point at1 = OperatingCharacteristics.at(b, req.p1());
                assertThat(at0.promising()).as("alpha of %s", d).isCloseTo(d.alpha(), offset(EXACT));
                assertThat(at1.promising()).as("power of %s", d).isCloseTo(d.power(), offset(EXACT));
                assertThat(at0.earlyStop()).isCloseTo(d.pet0(), offset(EXACT));
                assertThat(at1.earlyStop()).isCloseTo(d.pet1(), offset(EXACT));
                assertThat(at0.expectedN()).isCloseTo(d.en0(), offset(1e-10));
                assertThat(at1.expectedN()).isCloseTo(d.en1(), offset(1e-10));
                assertThat(OperatingCharacteristics.promising(b, req.p1())).isEqualTo(at1.promising());
                assertThat(OperatingCharacteristics.expectedN(b, req.p0())).isEqualTo(at0.expectedN());
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    @Test
    void simon1989OptimalDesignAtP0AndP1() {
        final var b = new OperatingCharacteristics.Boundaries(1, 10, 5, 29);
        assertThat(OperatingCharacteristics.promising(b, 0.1)).isCloseTo(0.0471, offset(5e-5));
        assertThat(OperatingCharacteristics.promising(b, 0.3)).isCloseTo(0.8051, offset(5e-5));
        assertThat(OperatingCharacteristics.expectedN(b, 0.1)).isCloseTo(15.01, offset(5e-3));
        assertThat(OperatingCharacteristics.at(b, 0.1).earlyStop()).isCloseTo(0.7361, offset(5e-5));
    }

    @Test
    void agreesWithTheSingleStageSearch() {
        for (DesignRequirements req : requirements()) {
            final SingleStageExact.Result r = SingleStageExact.search(req, 500);
            for (SingleStageExact.Design d : List.of(r.smallest(), r.stable())) {
                final var b = OperatingCharacteristics.Boundaries.singleStage(d.r(), d.n());
                assertThat(b.twoStage()).isFalse();
                final OperatingCharacteristics.Point at0 = OperatingCharacteristics.at(b, req.p0());
                assertThat(at0.promising()).isCloseTo(d.alpha(), offset(EXACT));
                assertThat(OperatingCharacteristics.promising(b, req.p1())).isCloseTo(d.power(), offset(EXACT));
                assertThat(at0.earlyStop()).isZero();
                assertThat(at0.expectedN()).isEqualTo(d.n());
            }
        }
    }

    @Test
    void theCurveRunsFromNeverToAlwaysAndRisesWithP() {
        final var b = new OperatingCharacteristics.Boundaries(1, 15, 5, 25);
        final OperatingCharacteristics.Point[] c = OperatingCharacteristics.curve(b, 200);
        assertThat(c).hasSize(201);
        assertThat(c[0].p()).isZero();
        assertThat(c[200].p()).isEqualTo(1.0);
        assertThat(c[0].promising()).isZero();
        assertThat(c[0].earlyStop()).isEqualTo(1.0);
        assertThat(c[0].expectedN()).isEqualTo(15.0);
        assertThat(c[200].promising()).isEqualTo(1.0);
        assertThat(c[200].expectedN()).isEqualTo(25.0);
        for (int i = 1; i < c.length; i++) {
            assertThat(c[i].promising()).isGreaterThanOrEqualTo(c[i - 1].promising() - 1e-15);
            assertThat(c[i].expectedN()).isGreaterThanOrEqualTo(c[i - 1].expectedN() - 1e-12);
            // the probabilities add up: P(promising) ≤ 1 − PET
            assertThat(c[i].promising()).isLessThanOrEqualTo(1 - c[i].earlyStop() + 1e-15);
        }
    }

    @Test
    void rejectsImpossibleDesignsAndRates() {
        assertThatThrownBy(() -> new OperatingCharacteristics.Boundaries(3, 10, 2, 20))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("r1 <= r < n");
        assertThatThrownBy(() -> new OperatingCharacteristics.Boundaries(1, 30, 5, 20))
                .isInstanceOf(InvalidInputException.class);
        final var b = OperatingCharacteristics.Boundaries.singleStage(3, 20);
        assertThatThrownBy(() -> OperatingCharacteristics.at(b, 1.5)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("p must be in [0, 1]");
        assertThatThrownBy(() -> OperatingCharacteristics.at(b, Double.NaN)).isInstanceOf(InvalidInputException.class);
    }
}
