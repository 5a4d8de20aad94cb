package org.rediff.core.design;

/**
 * A Simon two-stage design with its exact operating characteristics: stop after stage 1 if ≤ r1 responses in n1;
 * declare the treatment promising if > r responses in n.
 *
 * @param r1     stage-1 futility boundary
 * @param n1     stage-1 sample size
 * @param r      final boundary
 * @param n      total sample size
 * @param en0    expected sample size under p0
 * @param pet0   probability of early termination under p0
 * @param en1    expected sample size under p1
 * @param pet1   probability of early termination under p1
 * @param alpha  attained type I error
 * @param power  attained power
 */
public record TwoStageDesign(int r1, int n1, int r, int n, double en0, double pet0, double en1, double pet1,
                             double alpha, double power) {
}
