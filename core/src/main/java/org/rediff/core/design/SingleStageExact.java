package org.rediff.core.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rediff.core.common.InvalidInputException;

/**
 * Single-stage exact binomial design (A'Hern 2001, Stat Med 20:859; the search of clinfun::ph2single): the
 * smallest n with a critical value r such that P(X &gt; r | p0) ≤ α and P(X ≤ r | p1) ≤ β; declare the treatment
 * promising with more than r responses. Power is not monotone in n (a larger n can fail where a smaller one
 * worked), so the result also gives the smallest n from which every n up to the search limit works, and the
 * failing sizes in between.
 */
public final class SingleStageExact {
    private SingleStageExact() {
    }

    /**
     * A single-stage design with its exact operating characteristics.
     *
     * @param n          sample size
     * @param r          critical value (promising if more than r responses)
     * @param alpha      attained type I error
     * @param power      attained power
     */
    public record Design(int n, int r, double alpha, double power) {
    }

    /**
     * The designs found.
     *
     * @param smallest          the smallest n that works
     * @param stable            the smallest n from which every larger n (up to nmax) works
     * @param failingAbove      sizes between smallest and stable that fail
     * @param warnings          notes
     */
    public record Result(Design smallest, Design stable, List<Integer> failingAbove, List<String> warnings) {
        public Result {
            failingAbove = List.copyOf(failingAbove);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Searches n = 1 … {@code nmax}, with for each n the smallest r whose type I error is at most α.
     *
     * @param req  p0, p1, α and β
     * @param nmax the largest sample size searched, in [1, 2000]
     * @return the smallest working n, the n from which every n works, the failing sizes between, and warnings
     * @throws InvalidInputException if {@code nmax} is not in [1, 2000] or no n up to it meets α and power
     */
    public static Result search(DesignRequirements req, int nmax) {
        if (nmax < 1 || nmax > 2000) {
            throw InvalidInputException.of("nmax", nmax, "must be in [1, 2000]");
        }
        final List<Design> works = new ArrayList<>();
        for (int n = 1; n <= nmax; n++) {
            works.add(design(n, req));
        }
        int first = -1;
        for (int i = 0; i < works.size(); i++) {
            if (works.get(i) != null) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            throw new InvalidInputException(String.format(Locale.ROOT, "no single-stage design with n <= %d meets "
                    + "alpha %.3f and power %.3f for p0 = %.3f, p1 = %.3f", nmax, req.alpha(), 1 - req.beta(),
                    req.p0(), req.p1()));
        }
        int stable = works.size() - 1;
        while (stable > first && works.get(stable - 1) != null) {
            stable--;
        }
        final List<Integer> failing = new ArrayList<>();
        for (int i = first; i < stable; i++) {
            if (works.get(i) == null) {
                failing.add(i + 1);
            }
        }
        final List<String> warnings = new ArrayList<>();
        if (!failing.isEmpty()) {
            warnings.add("power is not monotone in n: n = " + failing + " fail although n = " + (first + 1)
                    + " works; from n = " + (stable + 1) + " every n works");
        }
        if (works.get(works.size() - 1) == null) {
            warnings.add("n = nmax fails: raise nmax");
        }
        return new Result(works.get(first), works.get(stable), failing, warnings);
    }

    /** The design at n with the smallest r meeting α, if its power is enough; null otherwise. */
    static Design design(int n, DesignRequirements req) {
        final double[] up0 = Binomial.upperTail(Binomial.pmf(n, req.p0()));
        final double[] up1 = Binomial.upperTail(Binomial.pmf(n, req.p1()));
        for (int r = 0; r < n; r++) {
            if (up0[r + 1] <= req.alpha()) {
                return up1[r + 1] >= 1 - req.beta() ? new Design(n, r, up0[r + 1], up1[r + 1]) : null;
            }
        }
        return null;
    }
}
