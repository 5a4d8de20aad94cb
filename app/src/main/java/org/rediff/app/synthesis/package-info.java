/**
 * Evidence synthesis in the web app: pools restored uptake or objective response over the stored evidence base
 * with {@code EvidenceInputs} and {@code MetaAnalysisRunner} (the path {@code rediff evidence pool} takes), and
 * shows the forest plot, pooled numbers, subgroups and meta-regression with their provenance.
 */
package org.rediff.app.synthesis;
