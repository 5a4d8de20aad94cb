package org.rediff.core.evidence;

import java.util.ArrayList;
import java.util.List;
import org.rediff.core.common.CovariateCoding;
import org.rediff.core.common.InvalidInputException;

/**
 * Mixed-effects meta-regression of study effects on one or more moderators (Thompson and Higgins 2002, Stat Med
 * 21:1559, doi:10.1002/sim.1187), fitted by {@link RandomEffectsModel} with an intercept. R² is the proportional
 * reduction of τ² against the intercept-only model with the same estimator, truncated at 0 (Raudenbush 2009;
 * metafor's pseudo-R²); undefined (NaN) when the intercept-only τ² is 0.
 */
public final class MetaRegression {
    private MetaRegression() {
    }

    /**
     * A fitted meta-regression.
     *
     * @param fit        the fitted model (coefficients intercept first, QM for the moderators)
     * @param r2Percent  pseudo-R² in percent, NaN when undefined
     */
    public record Result(ModelFit fit, double r2Percent) {
    }

    /**
     * Fits the model with an intercept and the moderators, and the intercept-only model for R².
     *
     * @param effects      the study effects and sampling variances, on the analysis scale
     * @param moderators   at least one moderator, each with one value per study
     * @param method       τ² estimator
     * @param knappHartung whether to use Knapp-Hartung t and F tests
     * @param level        confidence level in (0, 1)
     * @return the full model's fit and the pseudo-R² in percent
     * @throws InvalidInputException if there is no moderator, a moderator's values do not match the studies, a
     *                               categorical moderator has a single level, the design is collinear, there are
     *                               too few studies for the model, or {@code level} is not in (0, 1)
     */
    public static Result fit(List<StudyEffect> effects, List<Moderator> moderators, Tau2Method method,
                             boolean knappHartung, double level) {
        if (moderators.isEmpty()) {
            throw new InvalidInputException("meta-regression needs at least one moderator");
        }
        final DesignMatrix design = design(effects.size(), moderators);
        final ModelFit full = RandomEffectsModel.fit(effects, design, method, knappHartung, level);
        final ModelFit reduced = RandomEffectsModel.fit(effects, DesignMatrix.interceptOnly(effects.size()), method,
                knappHartung, level);
        final double r2 = reduced.tau2() > 0 ? Math.max(0, 100 * (reduced.tau2() - full.tau2()) / reduced.tau2())
                : Double.NaN;
        return new Result(full, r2);
    }

    /** Intercept, then each moderator: its value if continuous, else one 0/1 column per non-reference level. */
    static DesignMatrix design(int k, List<Moderator> moderators) {
        final List<String> names = new ArrayList<>(List.of(DesignMatrix.INTERCEPT));
        final List<double[]> columns = new ArrayList<>();
        for (Moderator m : moderators) {
            if (m.values().size() != k) {
                throw new InvalidInputException("moderator '" + m.name() + "' has " + m.values().size()
                        + " values for " + k + " studies");
            }
            for (CovariateCoding.Column c : CovariateCoding.code(m.name(), m.values())) {
                names.add(c.name());
                columns.add(c.values());
            }
        }
        final double[][] rows = new double[k][names.size()];
        for (int i = 0; i < k; i++) {
            rows[i][0] = 1;
            for (int j = 0; j < columns.size(); j++) {
                rows[i][j + 1] = columns.get(j)[i];
            }
        }
        return new DesignMatrix(names, rows);
    }
}
