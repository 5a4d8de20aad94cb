/**
 * Evidence synthesis in the web app: pools restored uptake or objective response over the stored evidence base
 * with the service layer's {@code EvidenceSynthesis} (the use case {@code rediff evidence pool} runs too), and
 * shows the forest plot, pooled numbers, subgroups and meta-regression with their provenance.
 */
package org.rediff.app.synthesis;
