package org.rediff.core.dosimetry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exponential curve models, parameterised so that the constraints hold by construction: amplitudes
 * a = e^θ > 0 and every clearance rate λ = λ_phys + e^θ > λ_phys (biological clearance can only add to physical
 * decay); for the bi-exponential λ₁ > λ₂, for uptake-washout λu > λw.
 */
enum ExponentialShape {
    MONO(FitModel.MONO) {
        @Override
        double value(double[] th, double t, double lp) {
            return Math.exp(th[0]) * Math.exp(-(lp + Math.exp(th[1])) * t);
        }

        @Override
        double integralFrom(double[] th, double t0, double lp) {
            final double lambda = lp + Math.exp(th[1]);
            return Math.exp(th[0]) * Math.exp(-lambda * t0) / lambda;
        }

        @Override
        Map<String, Double> natural(double[] th, double lp) {
            final Map<String, Double> m = new LinkedHashMap<>();
            m.put("a", Math.exp(th[0]));
            m.put("lambda_per_h", lp + Math.exp(th[1]));
            return m;
        }

        @Override
        double integralNatural(double[] p, double lp) {
            return Math.max(0, p[0]) / Math.max(lp, p[1]);
        }

        @Override
        List<double[]> starts(double[] t, double[] y, double lp) {
            final double[] line = logLinear(t, y, 0);
            final double lambda = Math.max(-line[1], lp * 1.05);
            return List.of(new double[] {line[0], Math.log(lambda - lp)},
                    new double[] {Math.log(max(y)), Math.log(lp * 0.5)});
        }
    },
    BI(FitModel.BI) {
        @Override
        double value(double[] th, double t, double lp) {
            final double l2 = lp + Math.exp(th[3]);
            final double l1 = l2 + Math.exp(th[1]);
            return Math.exp(th[0]) * Math.exp(-l1 * t) + Math.exp(th[2]) * Math.exp(-l2 * t);
        }

        @Override
        double integralFrom(double[] th, double t0, double lp) {
            final double l2 = lp + Math.exp(th[3]);
            final double l1 = l2 + Math.exp(th[1]);
            return Math.exp(th[0]) * Math.exp(-l1 * t0) / l1 + Math.exp(th[2]) * Math.exp(-l2 * t0) / l2;
        }

        @Override
        Map<String, Double> natural(double[] th, double lp) {
            final double l2 = lp + Math.exp(th[3]);
            final Map<String, Double> m = new LinkedHashMap<>();
            m.put("a1", Math.exp(th[0]));
            m.put("lambda1_per_h", l2 + Math.exp(th[1]));
            m.put("a2", Math.exp(th[2]));
            m.put("lambda2_per_h", l2);
            return m;
        }

        @Override
        double integralNatural(double[] p, double lp) {
            final double l2 = Math.max(lp, p[3]);
            final double l1 = Math.max(l2, p[1]);
            return Math.max(0, p[0]) / l1 + Math.max(0, p[2]) / l2;
        }

        @Override
        List<double[]> starts(double[] t, double[] y, double lp) {
            final int n = t.length;
            final double[] tail = logLinear(t, y, Math.max(0, n - 2));
            final double l2 = Math.max(-tail[1], lp * 1.05);
            final double a2 = Math.exp(tail[0]);
            final double a1 = Math.max(y[0] - a2 * Math.exp(-l2 * t[0]), 0.1 * a2) * Math.exp(0.5);
            final List<double[]> starts = new ArrayList<>();
            for (double factor : new double[] {3, 10, 30}) {
                starts.add(new double[] {Math.log(a1), Math.log(l2 * (factor - 1)), Math.log(a2), Math.log(l2 - lp)});
            }
            return starts;
        }
    },
    UPTAKE_WASHOUT(FitModel.UPTAKE_WASHOUT) {
        @Override
        double value(double[] th, double t, double lp) {
            final double lw = lp + Math.exp(th[1]);
            final double lu = lw + Math.exp(th[2]);
            return Math.exp(th[0]) * (Math.exp(-lw * t) - Math.exp(-lu * t));
        }

        @Override
        double integralFrom(double[] th, double t0, double lp) {
            final double lw = lp + Math.exp(th[1]);
            final double lu = lw + Math.exp(th[2]);
            return Math.exp(th[0]) * (Math.exp(-lw * t0) / lw - Math.exp(-lu * t0) / lu);
        }

        @Override
        Map<String, Double> natural(double[] th, double lp) {
            final double lw = lp + Math.exp(th[1]);
            final Map<String, Double> m = new LinkedHashMap<>();
            m.put("a", Math.exp(th[0]));
            m.put("lambda_washout_per_h", lw);
            m.put("lambda_uptake_per_h", lw + Math.exp(th[2]));
            return m;
        }

        @Override
        double integralNatural(double[] p, double lp) {
            final double lw = Math.max(lp, p[1]);
            final double lu = Math.max(lw, p[2]);
            return Math.max(0, p[0]) * (1 / lw - 1 / lu);
        }

        @Override
        List<double[]> starts(double[] t, double[] y, double lp) {
            final int n = t.length;
            final double[] tail = logLinear(t, y, Math.max(0, n - 2));
            final double lw = Math.max(-tail[1], lp * 1.05);
            final double a = Math.max(Math.exp(tail[0]), max(y));
            final List<double[]> starts = new ArrayList<>();
            for (double uptakeRate : new double[] {0.05, 0.3, 2.0}) {
                starts.add(new double[] {Math.log(a), Math.log(lw - lp), Math.log(Math.max(uptakeRate, lw) )});
            }
            return starts;
        }
    };

    final FitModel model;

    ExponentialShape(FitModel model) {
        this.model = model;
    }

    abstract double value(double[] th, double t, double lp);

    /** ∫ from t0 to ∞. */
    abstract double integralFrom(double[] th, double t0, double lp);

    abstract Map<String, Double> natural(double[] th, double lp);

    /**
     * ∫₀^∞ from natural parameters (in {@link #natural} order), with amplitudes clamped at 0 and rates at their
     * lower bounds (λ ≥ λ_phys; λ₁ ≥ λ₂; λu ≥ λw) — used for Monte Carlo draws, where clamping at the bound is the
     * conservative (longest-retention) choice.
     */
    abstract double integralNatural(double[] p, double lp);

    abstract List<double[]> starts(double[] t, double[] y, double lp);

    static ExponentialShape of(FitModel model) {
        return switch (model) {
            case MONO -> MONO;
            case BI -> BI;
            case UPTAKE_WASHOUT -> UPTAKE_WASHOUT;
            default -> throw new IllegalArgumentException("not an exponential model: " + model);
        };
    }

    /** Intercept (log) and slope of ln y on t over the positive points from index {@code from}. */
    static double[] logLinear(double[] t, double[] y, int from) {
        double st = 0;
        double sy = 0;
        double stt = 0;
        double sty = 0;
        int m = 0;
        for (int i = from; i < t.length; i++) {
            if (y[i] > 0) {
                final double ly = Math.log(y[i]);
                st += t[i];
                sy += ly;
                stt += t[i] * t[i];
                sty += t[i] * ly;
                m++;
            }
        }
        if (m == 0) {
            return new double[] {0, 0};
        }
        if (m == 1) {
            return new double[] {sy, 0};
        }
        final double slope = (m * sty - st * sy) / (m * stt - st * st);
        return new double[] {(sy - slope * st) / m, slope};
    }

    static double max(double[] y) {
        double m = 0;
        for (double v : y) {
            m = Math.max(m, v);
        }
        return m;
    }
}
