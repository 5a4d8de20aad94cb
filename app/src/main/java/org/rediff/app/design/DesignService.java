package org.rediff.app.design;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rediff.service.evidence.EvidenceStore;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.design.DesignRequirements;
import org.rediff.core.design.SimonTwoStage;
import org.rediff.core.design.SingleStageExact;
import org.rediff.core.design.SurvivalSampleSize;
import org.rediff.core.design.TwoProportions;
import org.rediff.core.evidence.EvidenceSelection;
import org.rediff.core.evidence.PoolingModel;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.io.chart.OperatingCharacteristicsSvg;
import org.rediff.io.chart.SurvivalPowerSvg;
import org.rediff.io.design.DesignReport;
import org.rediff.service.design.EvidencePlanning;
import org.rediff.service.design.SingleArmPlanning;
import org.springframework.stereotype.Service;

/**
 * Computes the designs of the design page and {@code /api/design/*} as {@code rediff design} does, planning the
 * single-arm values from the stored evidence base (the store's current records and data version) when asked.
 */
@Service
public class DesignService {
    /** Default search limit of the Simon design (as {@code rediff design simon}). */
    static final int SIMON_NMAX = 150;
    /** The largest Simon search a web or API request may ask for. */
    static final int SIMON_NMAX_LIMIT = 250;
    /** Default search limit of the single-stage design (as {@code rediff design single}). */
    static final int SINGLE_NMAX = 500;
    /** The exact two-arm search runs only when the normal approximation's total is at most this (it enumerates). */
    static final int EXACT_LIMIT = 1000;
    public static final List<String> OUTCOMES = List.of("uptake", "response");
    public static final List<String> MEASURES = Arrays.stream(PoolingModel.values()).map(Enum::name).toList();
    public static final List<String> FROM = List.of("lower", "estimate", "upper");

    private final EvidenceStore store;

    public DesignService(EvidenceStore store) {
        this.store = store;
    }

    /** The genotype codes that occur in the evidence base, in the vocabulary's order. */
    public List<String> genotypes() {
        final Set<StudyRecord.Genotype> present = new LinkedHashSet<>();
        store.list().forEach(r -> present.add(r.regimen().genotype()));
        return Arrays.stream(StudyRecord.Genotype.values()).filter(present::contains).map(StudyRecord.Genotype::code)
                .toList();
    }

    /** @throws InvalidInputException in the page's words, naming the parameter */
    public DesignResult run(DesignParams params) {
        final DesignType type = DesignType.parse(params.type());
        try {
            return switch (type) {
                case SIMON, SINGLE -> singleArm(type, params);
                case TWO_ARM -> twoArm(params);
                case SURVIVAL -> survival(params);
            };
        } catch (InvalidInputException e) {
            throw e.renamed(Inputs.names(type));
        }
    }

    private DesignResult singleArm(DesignType type, DesignParams p) {
        final double alpha = Inputs.number("alpha", p.alpha(), 0.05);
        final int nmax = Inputs.integer("nmax", p.nmax(), type == DesignType.SIMON ? SIMON_NMAX : SINGLE_NMAX);
        if (type == DesignType.SIMON && nmax > SIMON_NMAX_LIMIT) {
            // The search visits every (n1, n) pair up to nmax with exact binomial sums, so its cost grows with about
            // nmax³: nmax 500 took 34 s of CPU per request. The CLI (rediff design simon --nmax) allows 500.
            throw InvalidInputException.of("nmax", nmax, "must be at most " + SIMON_NMAX_LIMIT + " on the web page "
                    + "and the API (the search cost grows with about nmax³); use 'rediff design simon' for larger "
                    + "searches");
        }
        final Double p0 = Inputs.optional("p0", p.p0());
        final Double p1 = Inputs.optional("p1", p.p1());
        final Double beta = Inputs.optional("beta", p.beta());
        final Double power = Inputs.optional("power", p.power());
        DesignResult.Planning planning = null;
        SingleArmPlanning.FromEvidence fromEvidence = null;
        List<StudyRecord> records = List.of();
        String version = null;
        if (p.fromEvidence()) {
            fromEvidence = fromEvidence(p);
            records = store.list();
            version = EvidenceStore.dataVersionOf(records);
        }
        final SingleArmPlanning.Planned planned = SingleArmPlanning.plan(new SingleArmPlanning.Request(p0, p1, alpha,
                beta, power, fromEvidence, "entered on the web page"), records, version);
        if (fromEvidence != null) {
            planning = new DesignResult.Planning(planned.planned(), fromEvidence.outcome().code(),
                    fromEvidence.genotype() == null ? "all" : fromEvidence.genotype().code(),
                    fromEvidence.measure().name(), fromEvidence.p0From().name().toLowerCase(Locale.ROOT),
                    fromEvidence.p1From().name().toLowerCase(Locale.ROOT), p0 != null, p1 != null, version);
        }
        final Map<String, Object> assumptions = planned.assumptions();
        final List<String> warnings = new ArrayList<>(planned.warnings());
        final DesignRequirements req = planned.requirements();
        final double p0v = req.p0();
        final double p1v = req.p1();
        final String values = "p0 = " + Fmt.upTo(p0v, 4) + ", p1 = " + Fmt.upTo(p1v, 4) + ", α = "
                + Fmt.upTo(alpha, 4) + ", β = " + Fmt.upTo(req.beta(), 4);
        if (type == DesignType.SIMON) {
            final SimonTwoStage.Result r = SimonTwoStage.search(req, nmax);
            warnings.addAll(0, r.warnings());
            final List<OperatingCharacteristicsSvg.Series> series = new ArrayList<>();
            if (r.optimal().equals(r.minimax())) {
                series.add(OperatingCharacteristicsSvg.Series.twoStage("optimal", "Optimal = minimax", r.optimal()));
            } else {
                series.add(OperatingCharacteristicsSvg.Series.twoStage("optimal", "Optimal", r.optimal()));
                series.add(OperatingCharacteristicsSvg.Series.twoStage("minimax", "Minimax", r.minimax()));
            }
            final String title = "Simon two-stage designs: " + values;
            return new DesignResult(type, p, planning, req, r, null, null, null, DesignReport.simon(r, assumptions),
                    OperatingCharacteristicsSvg.render(title, series, p0v, p1v), title, warnings);
        }
        final SingleStageExact.Result r = SingleStageExact.search(req, nmax);
        warnings.addAll(0, r.warnings());
        final List<OperatingCharacteristicsSvg.Series> series = new ArrayList<>();
        series.add(OperatingCharacteristicsSvg.Series.singleStage("smallest", "Smallest n:", r.smallest().r(),
                r.smallest().n()));
        if (!r.stable().equals(r.smallest())) {
            series.add(OperatingCharacteristicsSvg.Series.singleStage("stable", "Every n from:", r.stable().r(),
                    r.stable().n()));
        }
        final String title = "Single-stage exact design: " + values;
        return new DesignResult(type, p, planning, req, null, r, null, null, DesignReport.single(r, assumptions),
                OperatingCharacteristicsSvg.render(title, series, p0v, p1v), title, warnings);
    }

    /** What the page asks to plan from the evidence, parsed in the page's names. */
    private SingleArmPlanning.FromEvidence fromEvidence(DesignParams p) {
        final String outcome = Inputs.choice("outcome", p.outcome(), OUTCOMES, null);
        if (outcome == null) {
            throw new InvalidInputException("outcome: choose uptake or response to plan from the evidence");
        }
        final String measure = Inputs.choice("measure", p.measure(), MEASURES, "GLMM");
        final String p0From = Inputs.choice("p0_from", p.p0From(), FROM, "lower");
        final String p1From = Inputs.choice("p1_from", p.p1From(), FROM, "estimate");
        return new SingleArmPlanning.FromEvidence(EvidenceSelection.Outcome.parse(outcome), genotype(p.genotype()),
                PoolingModel.valueOf(measure), EvidencePlanning.From.parse(p0From, "p0_from"),
                EvidencePlanning.From.parse(p1From, "p1_from"));
    }

    /** A genotype code or name, or null for all; unknown codes list the genotypes in the base. */
    private StudyRecord.Genotype genotype(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("all")) {
            return null;
        }
        for (StudyRecord.Genotype g : StudyRecord.Genotype.values()) {
            if (g.code().equalsIgnoreCase(text.strip()) || g.name().equalsIgnoreCase(text.strip())) {
                return g;
            }
        }
        final List<String> allowed = new ArrayList<>(List.of("all"));
        allowed.addAll(genotypes());
        throw new InvalidInputException("genotype must be one of " + allowed + " (the genotypes in the evidence "
                + "base), got '" + text.strip() + "'");
    }

    /** Power, or 1 − β; not both. */
    private static double power(DesignParams p) {
        final Double beta = Inputs.optional("beta", p.beta());
        final Double power = Inputs.optional("power", p.power());
        if (beta != null && power != null) {
            throw new InvalidInputException("give power or beta, not both");
        }
        return power != null ? power : beta != null ? 1 - beta : 0.8;
    }

    private DesignResult twoArm(DesignParams p) {
        final double arm1 = Inputs.number("arm1", p.arm1(), null);
        final double arm2 = Inputs.number("arm2", p.arm2(), null);
        final double alpha = Inputs.number("alpha", p.alpha(), 0.05);
        final double power = power(p);
        final double ratio = Inputs.number("ratio", p.ratio(), 1.0);
        final List<DesignResult.TwoArm> rows = new ArrayList<>();
        final Map<String, Object> report = new LinkedHashMap<>();
        final List<String> warnings = new ArrayList<>();
        final TwoProportions.Result normal = TwoProportions.sampleSize(arm1, arm2, alpha, power, ratio,
                TwoProportions.Method.NORMAL);
        rows.add(new DesignResult.TwoArm("normal", normal, null));
        report.put("normal", DesignReport.twoArm(normal, ratio));
        final TwoProportions.Result cc = TwoProportions.sampleSize(arm1, arm2, alpha, power, ratio,
                TwoProportions.Method.CONTINUITY_CORRECTED);
        rows.add(new DesignResult.TwoArm("cc", cc, null));
        report.put("cc", DesignReport.twoArm(cc, ratio));
        if (normal.total() <= EXACT_LIMIT) {
            final TwoProportions.Result exact = TwoProportions.sampleSize(arm1, arm2, alpha, power, ratio,
                    TwoProportions.Method.EXACT);
            rows.add(new DesignResult.TwoArm("exact", exact, null));
            report.put("exact", DesignReport.twoArm(exact, ratio));
        } else {
            final String note = "not computed: the normal approximation needs " + normal.total() + " patients, and "
                    + "the exact search enumerates every outcome up to " + EXACT_LIMIT + " in all";
            rows.add(new DesignResult.TwoArm("exact", null, note));
            report.put("exact", null);
            warnings.add("Fisher exact test " + note);
        }
        report.put("assumptions", DesignReport.twoArmAssumptions(arm1, arm2, alpha, power, ratio));
        report.put("warnings", warnings);
        final String title = "Two-arm comparison of proportions: " + Fmt.upTo(arm1, 4) + " vs " + Fmt.upTo(arm2, 4)
                + ", two-sided α = " + Fmt.upTo(alpha, 4) + ", power " + Fmt.upTo(power, 4)
                + (ratio == 1 ? "" : ", n2/n1 = " + Fmt.upTo(ratio, 4));
        return new DesignResult(DesignType.TWO_ARM, p, null, null, null, null, rows, null, report, null, title,
                warnings);
    }

    private DesignResult survival(DesignParams p) {
        final double hr = Inputs.number("hr", p.hr(), null);
        final double alpha = Inputs.number("alpha", p.alpha(), 0.05);
        final double power = power(p);
        final double allocation = Inputs.number("allocation", p.allocation(), 0.5);
        final Double median = Inputs.optional("median_control", p.medianControl());
        final Double accrual = Inputs.optional("accrual", p.accrual());
        final Double followUp = Inputs.optional("follow_up", p.followUp());
        final SurvivalSampleSize.Result r = SurvivalSampleSize.compute(hr, alpha, power, allocation, median, accrual,
                followUp);
        final Map<String, Object> report = DesignReport.survival(r, hr, alpha, power, allocation);
        final Map<String, Object> assumptions = DesignReport.survivalAssumptions(hr, alpha, power, allocation, median,
                accrual, followUp);
        // the core takes the three times in any one unit; the page asks for them in months
        assumptions.put("time_unit", "months");
        report.put("assumptions", assumptions);
        final String title = "Time-to-event comparison: HR = " + Fmt.upTo(hr, 4) + ", two-sided α = "
                + Fmt.upTo(alpha, 4) + ", power " + Fmt.upTo(power, 4)
                + (allocation == 0.5 ? "" : ", " + Fmt.upTo(allocation * 100, 2) + "% experimental");
        return new DesignResult(DesignType.SURVIVAL, p, null, null, null, null, null, r, report,
                SurvivalPowerSvg.render(title, hr, alpha, r.events(), allocation, power), title, List.of());
    }
}
