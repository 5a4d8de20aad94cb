package org.rediff.core.evidence;

import java.util.ArrayList;
import java.util.List;
import org.rediff.core.common.InvalidInputException;

/**
 * Leave-one-out sensitivity analysis: the pooled analysis repeated k times, each time without one study
 * (Viechtbauer and Cheung 2010, Res Synth Methods 1:112; metafor's leave1out).
 */
public final class LeaveOneOut {
    private LeaveOneOut() {
    }

    /**
     * The analysis without one study.
     *
     * @param omitted label of the study left out
     * @param pooled  the pooled result of the remaining studies
     */
    public record Omission(String omitted, PooledProportion pooled) {
    }

    /**
     * Pools the studies k times, each time leaving one out, with the same options.
     *
     * @param studies the studies, at least 3
     * @param options the pooling settings
     * @return one omission per study, in input order
     * @throws InvalidInputException if there are fewer than 3 studies, or a pooled analysis rejects its input
     */
    public static List<Omission> run(List<ProportionStudy> studies, PoolingOptions options) {
        if (studies.size() < 3) {
            throw new InvalidInputException("leave-one-out needs at least 3 studies, got " + studies.size());
        }
        final List<Omission> out = new ArrayList<>(studies.size());
        for (int i = 0; i < studies.size(); i++) {
            final List<ProportionStudy> rest = new ArrayList<>(studies);
            final ProportionStudy omitted = rest.remove(i);
            out.add(new Omission(omitted.label(), ProportionMetaAnalysis.pool(rest, options)));
        }
        return out;
    }
}
