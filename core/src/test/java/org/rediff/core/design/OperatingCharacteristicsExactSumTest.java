package org.rediff.core.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link OperatingCharacteristics} of Simon's designs against values computed independently of {@link Binomial}:
 * exact binomial sums in {@link BigDecimal} (integer binomial coefficients, decimal p, no logarithms), and the
 * values printed by Simon R. (1989), "Optimal two-stage designs for phase II clinical trials", Controlled Clinical
 * Trials 10:1-10, Table 1 (p. 4), for p0 = 0.10, p1 = 0.30, α = 0.05, β = 0.20: optimal 1/10, 5/29 (EN(p0) 15.0,
 * PET(p0) 0.74) and minimax 1/15, 5/25 (EN(p0) 19.5, PET(p0) 0.55); the 4-decimal PETs and 2-decimal ENs are the
 * rows SIM-K1 and SIM-M10 of {@code Simon1989DesignTableTest}.
 */
class OperatingCharacteristicsExactSumTest {
    private static final MathContext MC = new MathContext(40);

    @ParameterizedTest(name = "{0}/{1}, {2}/{3} at p = {4}")
    @CsvSource({
        "1, 10, 5, 29, 0.10",
        "1, 10, 5, 29, 0.30",
        "1, 10, 5, 29, 0.20",
        "1, 15, 5, 25, 0.10",
        "1, 15, 5, 25, 0.30",
        "1, 15, 5, 25, 0.55",
        "5, 29, 5, 29, 0.10",       // single stage: promising if more than 5 responses in 29
        "5, 29, 5, 29, 0.30"})
    void agreesWithExactDecimalSums(int r1, int n1, int r, int n, String p) {
        final BigDecimal bp = new BigDecimal(p);
        final BigDecimal pet = lowerTail(r1, n1, bp);
        BigDecimal promising = BigDecimal.ZERO;
        for (int x1 = r1 + 1; x1 <= n1; x1++) {
            final BigDecimal second = x1 > r ? BigDecimal.ONE : BigDecimal.ONE.subtract(lowerTail(r - x1, n - n1, bp));
            promising = promising.add(pmf(x1, n1, bp).multiply(second, MC), MC);
        }
        final boolean twoStage = n1 < n;
        final BigDecimal stop = twoStage ? pet : BigDecimal.ZERO;
        final BigDecimal en = BigDecimal.valueOf(n1).add(BigDecimal.ONE.subtract(stop).multiply(
                BigDecimal.valueOf(n - n1)), MC);

        final OperatingCharacteristics.Point at = OperatingCharacteristics.at(
                new OperatingCharacteristics.Boundaries(r1, n1, r, n), Double.parseDouble(p));
        assertThat(at.promising()).isCloseTo(promising.doubleValue(), offset(1e-13));
        assertThat(at.earlyStop()).isCloseTo(stop.doubleValue(), offset(1e-13));
        assertThat(at.expectedN()).isCloseTo(en.doubleValue(), offset(1e-12));
    }

    @Test
    void simon1989Table1AtP0AndP1() {
        final var optimal = new OperatingCharacteristics.Boundaries(1, 10, 5, 29);
        final var minimax = new OperatingCharacteristics.Boundaries(1, 15, 5, 25);
        for (var d : new OperatingCharacteristics.Boundaries[] {optimal, minimax}) {
            assertThat(OperatingCharacteristics.promising(d, 0.10)).isLessThanOrEqualTo(0.05);
            assertThat(OperatingCharacteristics.promising(d, 0.30)).isGreaterThanOrEqualTo(0.80);
        }
        assertThat(OperatingCharacteristics.at(optimal, 0.10).earlyStop()).isCloseTo(0.7361, offset(5e-5));
        assertThat(OperatingCharacteristics.expectedN(optimal, 0.10)).isCloseTo(15.01, offset(5e-3));
        assertThat(OperatingCharacteristics.at(minimax, 0.10).earlyStop()).isCloseTo(0.5490, offset(5e-5));
        assertThat(OperatingCharacteristics.expectedN(minimax, 0.10)).isCloseTo(19.51, offset(5e-3));
    }

    /** At p = 0 and p = 1 the binomial is a point mass: the exact values, not the NaN of 0·log 0. */
    @Test
    void theEndpointsAreExact() {
        assertThat(Binomial.pmf(5, 0.0)).containsExactly(1, 0, 0, 0, 0, 0);
        assertThat(Binomial.pmf(5, 1.0)).containsExactly(0, 0, 0, 0, 0, 1);
        final var d = new OperatingCharacteristics.Boundaries(1, 10, 5, 29);
        final OperatingCharacteristics.Point at0 = OperatingCharacteristics.at(d, 0.0);
        assertThat(at0.promising()).isZero();
        assertThat(at0.earlyStop()).isEqualTo(1.0);
        assertThat(at0.expectedN()).isEqualTo(10.0);
        final OperatingCharacteristics.Point at1 = OperatingCharacteristics.at(d, 1.0);
        assertThat(at1.promising()).isEqualTo(1.0);
        assertThat(at1.earlyStop()).isZero();
        assertThat(at1.expectedN()).isEqualTo(29.0);
    }

    /** P(X ≤ k), X ~ Bin(m, p), summed exactly; 0 for k &lt; 0. */
    private static BigDecimal lowerTail(int k, int m, BigDecimal p) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int x = 0; x <= Math.min(k, m); x++) {
            sum = sum.add(pmf(x, m, p), MC);
        }
        return sum;
    }

    /** C(m, x)·p^x·(1 − p)^(m − x), exactly. */
    private static BigDecimal pmf(int x, int m, BigDecimal p) {
        BigInteger c = BigInteger.ONE;
        for (int i = 0; i < x; i++) {
            c = c.multiply(BigInteger.valueOf(m - i)).divide(BigInteger.valueOf(i + 1));
        }
        return new BigDecimal(c).multiply(p.pow(x)).multiply(BigDecimal.ONE.subtract(p).pow(m - x));
    }
}
