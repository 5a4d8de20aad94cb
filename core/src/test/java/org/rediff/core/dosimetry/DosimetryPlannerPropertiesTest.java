package org.rediff.core.dosimetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rediff.core.dosimetry.PlanFixture.LN2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Properties of the prescription that hold for any input (docs/background/domain.md §3; Ho 2013 proceed rule; EANM SOP MTA;
 * Benua-Leeper retention limit). Seeds are fixed so that the run is deterministic; jqwik reports the
 * seed of a failing try.
 */
class DosimetryPlannerPropertiesTest {
    private static final double REL = 1e-9;

    /** One random lesion: 131I amplitude, effective half-life (h), volume (ml), density. */
    record LesionSpec(double amplitude, double teffHours, double volumeMl, double density) {
    }

    /** A random patient and prescription request. */
    record Scenario(List<LesionSpec> lesions, double wbTeff, double bloodAmplitude, double bloodTeff, double weight,
                    double target, int ruleKind, int indexLesion, Double cap, double retentionLimit, FitModel fit) {
        PlanFixture fixture() {
            final PlanFixture f = new PlanFixture();
            f.fit = fit;
            f.weightKg = weight;
            f.wholeBody = PlanFixture.tracerCurve(t -> Math.exp(-LN2 / wbTeff * t));
            f.blood = PlanFixture.tracerCurve(t -> bloodAmplitude * Math.exp(-LN2 / bloodTeff * t));
            final List<LesionInput> ls = new ArrayList<>();
            for (int i = 0; i < lesions.size(); i++) {
                final LesionSpec s = lesions.get(i);
                ls.add(new LesionInput("L" + (i + 1), s.volumeMl(), s.density(), 1.0,
                        PlanFixture.tracerCurve(t -> s.amplitude() * Math.exp(-LN2 / s.teffHours() * t))));
            }
            f.lesions = ls;
            f.targetGy = target;
            f.rule = PrescriptionRule.parse(switch (ruleKind) {
                case 0 -> "all_lesions";
                case 1 -> "any_lesion";
                default -> "index_lesion:L" + (indexLesion % lesions.size() + 1);
            });
            f.capGBq = cap;
            f.retentionLimitGBq = retentionLimit;
            return f;
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        final Arbitrary<LesionSpec> lesion = Combinators.combine(
                Arbitraries.doubles().between(1e-4, 5e-3).ofScale(7),
                Arbitraries.doubles().between(15, 180).ofScale(3),
                Arbitraries.doubles().between(0.2, 60).ofScale(3),
                Arbitraries.doubles().between(0.9, 1.9)).as(LesionSpec::new);
        return Builders.withBuilder(ScenarioBuilder::new)
                .use(lesion.list().ofMinSize(1).ofMaxSize(4)).inSetter((b, v) -> b.lesions = v)
                .use(Arbitraries.doubles().between(8, 150)).inSetter((b, v) -> b.wbTeff = v)
                .use(Arbitraries.doubles().between(1e-5, 1e-4).ofScale(8)).inSetter((b, v) -> b.bloodAmplitude = v)
                .use(Arbitraries.doubles().between(6, 60)).inSetter((b, v) -> b.bloodTeff = v)
                .use(Arbitraries.doubles().between(40, 130)).inSetter((b, v) -> b.weight = v)
                .use(Arbitraries.doubles().between(10, 400)).inSetter((b, v) -> b.target = v)
                .use(Arbitraries.integers().between(0, 2)).inSetter((b, v) -> b.ruleKind = v)
                .use(Arbitraries.integers().between(0, 3)).inSetter((b, v) -> b.indexLesion = v)
                .use(Arbitraries.doubles().between(1, 25).injectNull(0.5)).inSetter((b, v) -> b.cap = v)
                .use(Arbitraries.doubles().between(2, 6)).inSetter((b, v) -> b.retentionLimit = v)
                .use(Arbitraries.of(FitModel.MONO, FitModel.TRAPEZOID)).inSetter((b, v) -> b.fit = v)
                .build(ScenarioBuilder::build);
    }

    static final class ScenarioBuilder {
        List<LesionSpec> lesions;
        double wbTeff;
        double bloodAmplitude;
        double bloodTeff;
        double weight;
        double target;
        int ruleKind;
        int indexLesion;
        Double cap;
        double retentionLimit;
        FitModel fit;

        Scenario build() {
            return new Scenario(lesions, wbTeff, bloodAmplitude, bloodTeff, weight, target, ruleKind, indexLesion,
                    cap, retentionLimit, fit);
        }
    }

    static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(REL * Math.abs(expected) + 1e-12));
    }

    @Property(tries = 40, seed = "1983")
    @Label("Prescription: min of target/MTA/retention/cap, limitedBy the smallest, doses linear, proceed iff a lesion reaches the target")
    void prescriptionInvariants(@ForAll("scenarios") Scenario s) {
        final PlanInput in = s.fixture().input();
        final PlanResult r = DosimetryPlanner.plan(in);
        final PlanResult.Prescription p = r.prescription();
        final double activity = p.activityGBq();

        // activity for the target per lesion = target / (D/A)
        for (PlanResult.Lesion l : r.lesions()) {
            assertClose(l.activityForTargetGBq(), s.target() / l.dosePerGBqGy());
        }
        // the rule's required activity: all → max, any → min, index → that lesion's
        final double required = switch (s.ruleKind()) {
            case 0 -> r.lesions().stream().mapToDouble(PlanResult.Lesion::activityForTargetGBq).max().orElseThrow();
            case 1 -> r.lesions().stream().mapToDouble(PlanResult.Lesion::activityForTargetGBq).min().orElseThrow();
            default -> PlanFixture.lesion(r, "L" + (s.indexLesion() % s.lesions().size() + 1)).activityForTargetGBq();
        };
        // limits: MTA, retention limit = input limit / R48, optional cap
        assertClose(r.retentionLimitGBq(), s.retentionLimit() / (r.wholeBody().retention48hPercent() / 100));
        final Map<String, Double> candidates = new LinkedHashMap<>();
        candidates.put("target", required);
        candidates.put("blood", r.blood().mtaGBq());
        candidates.put("retention", r.retentionLimitGBq());
        if (s.cap() != null) {
            candidates.put("cap", s.cap());
        }
        final Map.Entry<String, Double> smallest = candidates.entrySet().stream()
                .min(Comparator.comparingDouble(Map.Entry::getValue)).orElseThrow();
        assertClose(activity, smallest.getValue());
        assertThat(p.limitedBy().code()).isEqualTo(smallest.getKey());
        assertThat(activity).isLessThanOrEqualTo(r.blood().mtaGBq() * (1 + REL));
        assertThat(activity).isLessThanOrEqualTo(r.retentionLimitGBq() * (1 + REL));
        if (s.cap() != null) {
            assertThat(activity).isLessThanOrEqualTo(s.cap() * (1 + REL));
        }
        assertClose(p.activityMCi(), activity * 1000 / 37);

        // doses at the prescribed activity are linear in activity
        assertThat(p.lesionDosesGy()).hasSize(r.lesions().size());
        for (PlanResult.Lesion l : r.lesions()) {
            assertClose(PlanFixture.doseAt(r, l.id()), l.dosePerGBqGy() * activity);
        }
        // Ho 2013: proceed iff at least one lesion reaches the target (exactly reached when the target binds)
        final boolean reached = r.lesions().stream()
                .anyMatch(l -> l.dosePerGBqGy() * activity >= s.target() * (1 - REL));
        assertThat(p.proceed()).isEqualTo(reached);
        if (p.limitedBy().code().equals("target")) {
            assertThat(p.proceed()).isTrue();
        }
    }

    @Property(tries = 25, seed = "2013")
    @Label("Scaling a lesion's measurements up never lowers its dose per GBq (MONO, TRAPEZOID, AUTO)")
    void moreUptakeNeverLowersDose(@ForAll @DoubleRange(min = 1.0, max = 20.0) double factor,
                                   @ForAll("models") FitModel model) {
        final PlanFixture f = new PlanFixture();
        f.fit = model;
        final List<TimeActivityPoint> base = noisyLesion();
        f.lesions = List.of(new LesionInput("L1", 3.0, 1.0, 1.0, base));
        final PlanResult.Lesion before = f.plan().lesions().get(0);
        final List<TimeActivityPoint> scaled = new ArrayList<>();
        for (TimeActivityPoint pt : base) {
            scaled.add(new TimeActivityPoint(pt.hours(), pt.fraction() * factor));
        }
        f.lesions = List.of(new LesionInput("L1", 3.0, 1.0, 1.0, scaled));
        final PlanResult.Lesion after = f.plan().lesions().get(0);
        assertThat(after.dosePerGBqGy()).isGreaterThanOrEqualTo(before.dosePerGBqGy() * (1 - REL));
        assertThat(after.dosePerGBqGyLed()).isGreaterThanOrEqualTo(before.dosePerGBqGyLed() * (1 - REL));
        // the integral is linear in the data, so the dose scales by the factor (to fit precision)
        assertThat(after.dosePerGBqGy()).isCloseTo(before.dosePerGBqGy() * factor,
                within(1e-6 * before.dosePerGBqGy() * factor));
    }

    @Provide
    Arbitrary<FitModel> models() {
        return Arbitraries.of(FitModel.MONO, FitModel.TRAPEZOID, FitModel.AUTO);
    }

    /** 124I lesion measurements: 131I kinetics 0.003·e^{−t·ln2/50} with fixed ±4 % errors. */
    static List<TimeActivityPoint> noisyLesion() {
        final double[] err = {1.04, 0.96, 1.03, 0.97, 1.02, 0.98, 1.01};
        final List<TimeActivityPoint> clean = PlanFixture.tracerCurve(t -> 0.003 * Math.exp(-LN2 / 50 * t));
        final List<TimeActivityPoint> out = new ArrayList<>();
        for (int i = 0; i < clean.size(); i++) {
            out.add(new TimeActivityPoint(clean.get(i).hours(), clean.get(i).fraction() * err[i]));
        }
        return out;
    }

    @Test
    @DisplayName("Deterministic for a fixed seed: identical prescription, doses and Monte Carlo intervals")
    void deterministic() {
        final PlanFixture f = new PlanFixture();
        f.lesions = List.of(new LesionInput("L1", 3.0, 1.0, 1.0, noisyLesion()));
        final PlanResult a = f.plan();
        final PlanResult b = f.plan();
        assertThat(a.prescription().activityGBq()).isEqualTo(b.prescription().activityGBq());
        assertThat(a.prescription().limitedBy()).isEqualTo(b.prescription().limitedBy());
        assertThat(a.lesions().get(0).dosePerGBqGy()).isEqualTo(b.lesions().get(0).dosePerGBqGy());
        assertThat(a.lesions().get(0).dosePerGBqCi()).isNotNull().containsExactly(b.lesions().get(0).dosePerGBqCi());
        assertThat(a.warnings()).isEqualTo(b.warnings());
    }

    @Test
    @DisplayName("Monte Carlo 95% interval of the dose per GBq contains the point estimate for a well-determined fit")
    void intervalContainsPointEstimate() {
        for (FitModel model : List.of(FitModel.MONO, FitModel.AUTO)) {
            for (long seed : new long[] {1, 2, 3}) {
                final PlanFixture f = new PlanFixture();
                f.fit = model;
                f.seed = seed;
                f.lesions = List.of(new LesionInput("L1", 3.0, 1.0, 1.0, noisyLesion()));
                final PlanResult.Lesion l = f.plan().lesions().get(0);
                assertThat(l.dosePerGBqCi()).as("%s seed %d", model, seed).isNotNull().hasSize(2);
                assertThat(l.dosePerGBqGy()).as("%s seed %d", model, seed)
                        .isBetween(l.dosePerGBqCi()[0], l.dosePerGBqCi()[1]);
                assertThat(l.dosePerGBqCi()[1]).isGreaterThan(l.dosePerGBqCi()[0]);
            }
        }
    }
}
