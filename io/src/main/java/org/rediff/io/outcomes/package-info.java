/** Outcomes in and out: RECIST input and report, survival data and analysis report, Kaplan-Meier plots. */
package org.rediff.io.outcomes;
