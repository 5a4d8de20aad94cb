package org.rediff.core.survival;

/**
 * The Kaplan-Meier curve at one distinct observed time. Undefined values (the interval once S = 0, the standard
 * error after everyone at risk has failed) are NaN, as R reports NA/NaN.
 *
 * @param time     the time
 * @param atRisk   subjects at risk just before it
 * @param events   events at it
 * @param censored censorings at it
 * @param survival S(t)
 * @param stdErr   Greenwood standard error of S(t)
 * @param lower    lower confidence bound
 * @param upper    upper confidence bound
 */
public record KaplanMeierStep(double time, int atRisk, int events, int censored, double survival, double stdErr,
                              double lower, double upper) {
}
