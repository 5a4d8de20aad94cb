package org.rediff.service.outcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rediff.core.survival.ConfidenceType;
import org.rediff.core.survival.CoxModel;
import org.rediff.core.survival.KaplanMeierCurve;
import org.rediff.core.survival.KaplanMeierEstimator;
import org.rediff.core.survival.LogRankTest;
import org.rediff.core.survival.SurvivalObservation;
import org.rediff.io.outcomes.SurvivalAnalysis;
import org.rediff.io.outcomes.SurvivalInput;

/**
 * The survival analysis of a cohort, the one use case behind {@code rediff survival} and the outcomes page: it runs
 * the core estimators on the parsed input and returns the result that io renders.
 */
public final class CohortSurvival {
    private CohortSurvival() {
    }

    /**
     * Kaplan-Meier overall and per group at the landmark times (every event time when none are given), the
     * log-rank test with two or more groups, and a Cox model on the covariates (or on the group).
     *
     * @param times landmark times, in the data's time unit
     * @param level confidence level in (0.5, 1)
     */
    public static SurvivalAnalysis run(SurvivalInput in, List<Double> times, ConfidenceType type, CoxModel.Ties ties,
                                       double level) {
        final KaplanMeierCurve overall = KaplanMeierEstimator.fit(in.observations(), type, level);
        final List<Double> at = new ArrayList<>(times);
        if (at.isEmpty()) {
            overall.steps().stream().filter(s -> s.events() > 0).forEach(s -> at.add(s.time()));
        }
        final List<KaplanMeierCurve.Landmark> landmarks = new ArrayList<>();
        at.forEach(t -> landmarks.add(overall.at(t, in.observations())));
        final Map<String, KaplanMeierCurve> groups = new LinkedHashMap<>();
        final Map<String, List<KaplanMeierCurve.Landmark>> groupLandmarks = new LinkedHashMap<>();
        LogRankTest.Result logRank = null;
        if (in.groups() != null) {
            for (String g : new TreeSet<>(in.groups())) {
                final List<SurvivalObservation> subjects = in.observationsOf(g);
                final KaplanMeierCurve curve = KaplanMeierEstimator.fit(subjects, type, level);
                groups.put(g, curve);
                groupLandmarks.put(g, at.stream().map(t -> curve.at(t, subjects)).toList());
            }
            if (groups.size() >= 2) {
                logRank = LogRankTest.test(in.observations(), in.groups());
            }
        }
        CoxModel.Result cox = null;
        if (!in.covariates().isEmpty()) {
            cox = CoxModel.fit(in.observations(), in.covariates(), ties, level);
        } else if (logRank != null) {
            cox = CoxModel.fit(in.observations(), List.of(new CoxModel.Covariate("group", in.groups())), ties, level);
        }
        return new SurvivalAnalysis(overall, landmarks, groups, groupLandmarks, logRank, cox, in);
    }
}
