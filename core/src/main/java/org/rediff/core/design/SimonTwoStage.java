package org.rediff.core.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rediff.core.common.InvalidInputException;

/**
 * Simon's two-stage designs (Simon R. Optimal two-stage designs for phase II clinical trials. Control Clin Trials
 * 1989;10:1-10, doi:10.1016/0197-2456(89)90015-9) by exhaustive search up to nmax with exact binomial operating
 * characteristics: for every n ≤ nmax, n1 &lt; n and r1, the smallest r whose type I error is ≤ α (so the largest
 * power) is kept if its power is ≥ 1 − β; per n the design with the smallest EN(p0) is a candidate. Optimal = the
 * candidate with the smallest EN(p0); minimax = the smallest n (then the smallest EN(p0)); admissible designs
 * (Jung SH, et al. Stat Med 2004;23:561-569) minimise q·n + (1 − q)·EN(p0) for some weight q in [0, 1], reported with
 * that weight range.
 */
public final class SimonTwoStage {
    private SimonTwoStage() {
    }

    /**
     * The designs found.
     *
     * @param optimal    minimum EN(p0)
     * @param minimax    minimum n, then minimum EN(p0)
     * @param admissible admissible designs from minimax (q = 1) to optimal (q = 0), with weight ranges
     * @param nmax       search limit
     * @param warnings   e.g. a design at the search limit
     */
    public record Result(TwoStageDesign optimal, TwoStageDesign minimax, List<Admissible> admissible, int nmax,
                         List<String> warnings) {
        public Result {
            admissible = List.copyOf(admissible);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * An admissible design with the weights q for which it minimises q·n + (1 − q)·EN(p0).
     *
     * @param design  the design
     * @param qLower  smallest weight on n for which it is best
     * @param qUpper  largest weight
     */
    public record Admissible(TwoStageDesign design, double qLower, double qUpper) {
    }

    /**
     * Searches every two-stage design with total size up to {@code nmax}.
     *
     * @param req  p0, p1, α and β
     * @param nmax the largest total sample size searched, in [2, 500]
     * @return the optimal, minimax and admissible designs, and warnings (a design near {@code nmax})
     * @throws InvalidInputException if {@code nmax} is not in [2, 500] or no design up to it meets α and power
     */
    public static Result search(DesignRequirements req, int nmax) {
        if (nmax < 2 || nmax > 500) {
            throw InvalidInputException.of("nmax", nmax, "must be in [2, 500]");
        }
        final double[][] pmf0 = new double[nmax + 1][];
        final double[][] up0 = new double[nmax + 1][];
        final double[][] pmf1 = new double[nmax + 1][];
        final double[][] up1 = new double[nmax + 1][];
        for (int m = 0; m <= nmax; m++) {
            pmf0[m] = Binomial.pmf(m, req.p0());
            up0[m] = Binomial.upperTail(pmf0[m]);
            pmf1[m] = Binomial.pmf(m, req.p1());
            up1[m] = Binomial.upperTail(pmf1[m]);
        }
        final List<TwoStageDesign> candidates = new ArrayList<>();
        for (int n = 2; n <= nmax; n++) {
            TwoStageDesign bestForN = null;
            for (int n1 = 1; n1 < n; n1++) {
                final int n2 = n - n1;
                for (int r1 = 0; r1 < n1; r1++) {
                    final double pet0 = 1 - up0[n1][r1 + 1];
                    final double en0 = n1 + (1 - pet0) * n2;
                    if (bestForN != null && en0 >= bestForN.en0()) {
                        continue;
                    }
                    final int r = smallestR(pmf0[n1], up0[n2], r1, n, req.alpha());
                    if (r < 0) {
                        continue;
                    }
                    final double power = reject(pmf1[n1], up1[n2], r1, r);
                    if (power < 1 - req.beta()) {
                        continue;
                    }
                    final double pet1 = 1 - up1[n1][r1 + 1];
                    bestForN = new TwoStageDesign(r1, n1, r, n, en0, pet0, n1 + (1 - pet1) * n2, pet1,
                            reject(pmf0[n1], up0[n2], r1, r), power);
                }
            }
            if (bestForN != null) {
                candidates.add(bestForN);
            }
        }
        if (candidates.isEmpty()) {
            throw new InvalidInputException(String.format(Locale.ROOT, "no two-stage design with n <= %d meets "
                    + "alpha %.3f and power %.3f for p0 = %.3f, p1 = %.3f; raise nmax or relax the error rates",
                    nmax, req.alpha(), 1 - req.beta(), req.p0(), req.p1()));
        }
        TwoStageDesign minimax = candidates.get(0);
        TwoStageDesign optimal = candidates.get(0);
        for (TwoStageDesign d : candidates) {
            if (d.en0() < optimal.en0()) {
                optimal = d;
            }
        }
        final List<Admissible> admissible = admissible(candidates, minimax);
        final List<String> warnings = new ArrayList<>();
        if (optimal.n() >= nmax - 5 || minimax.n() >= nmax - 5) {
            warnings.add(String.format(Locale.ROOT, "the %s design (n = %d) is at or near nmax = %d: a better design "
                    + "may lie beyond it; raise nmax", optimal.n() >= nmax - 5 ? "optimal" : "minimax",
                    optimal.n() >= nmax - 5 ? optimal.n() : minimax.n(), nmax));
        }
        return new Result(optimal, minimax, admissible, nmax, warnings);
    }

    /** Smallest r in [r1, n) with P(reject | p0) ≤ α, or −1 when none. */
    private static int smallestR(double[] pmfStage1, double[] upperStage2, int r1, int n, double alpha) {
        int lo = r1;
        int hi = n - 1;
        if (reject(pmfStage1, upperStage2, r1, hi) > alpha) {
            return -1;
        }
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if (reject(pmfStage1, upperStage2, r1, mid) <= alpha) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** P(X1 > r1 and X1 + X2 > r) = Σ_{x1 > r1} P(X1 = x1) · P(X2 ≥ r + 1 − x1). */
    static double reject(double[] pmfStage1, double[] upperStage2, int r1, int r) {
        final int n2 = upperStage2.length - 2;
        double total = 0;
        for (int x1 = r1 + 1; x1 < pmfStage1.length; x1++) {
            final int need = r + 1 - x1;
            total += pmfStage1[x1] * (need <= 0 ? 1.0 : need > n2 ? 0.0 : upperStage2[need]);
        }
        return total;
    }

    /** Lower convex hull of (n, EN) from the minimax design (weight q = 1) to the optimal one (q = 0). */
    private static List<Admissible> admissible(List<TwoStageDesign> candidates, TwoStageDesign minimax) {
        final List<Admissible> out = new ArrayList<>();
        TwoStageDesign current = minimax;
        double q = 1;
        while (true) {
            TwoStageDesign next = null;
            double tie = -1;
            for (TwoStageDesign d : candidates) {
                if (d.n() > current.n() && d.en0() < current.en0()) {
                    final double dEn = current.en0() - d.en0();
                    final double t = dEn / (dEn + (d.n() - current.n()));
                    if (t > tie + 1e-15 || (Math.abs(t - tie) <= 1e-15 && next != null && d.en0() < next.en0())) {
                        tie = t;
                        next = d;
                    }
                }
            }
            if (next == null || tie <= 0) {
                out.add(new Admissible(current, 0, q));
                return out;
            }
            out.add(new Admissible(current, tie, q));
            q = tie;
            current = next;
        }
    }
}
