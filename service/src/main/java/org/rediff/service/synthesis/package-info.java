/**
 * Evidence synthesis as one use case: pool a CSV of proportions or the evidence base, with subgroups,
 * meta-regression and leave-one-out ({@link org.rediff.service.synthesis.MetaAnalysisRunner}), the path shared by
 * {@code rediff meta}, {@code rediff evidence pool} and the synthesis page.
 */
package org.rediff.service.synthesis;
