package org.rediff.service.protocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rediff.core.evidence.EvidenceSelection;
import org.rediff.core.evidence.PoolingOptions;
import org.rediff.core.evidence.PooledProportion;
import org.rediff.core.evidence.ProportionMetaAnalysis;
import org.rediff.core.evidence.ProportionStudy;
import org.rediff.core.evidence.StudyRecord;
import org.rediff.core.protocol.GenotypeClass;
import org.rediff.core.protocol.Regimen;

/**
 * The evidence behind a regimen for a genotype: the published cohorts of that genotype (trials and trial cohorts,
 * as the synthesis page selects them), which of them used the regimen's drugs, and the pooled restored-uptake and
 * response rates (random effects, the synthesis defaults) over the genotype's cohorts.
 *
 * @param genotype the genotype class
 * @param cohorts  the matching cohorts with their counts
 * @param uptake   pooled restored uptake, or null with no cohort reporting it
 * @param response pooled objective response, or null with no cohort reporting it
 */
public record RegimenEvidence(GenotypeClass genotype, List<Cohort> cohorts, PooledProportion uptake,
                              PooledProportion response) {
    /**
     * One published cohort.
     *
     * @param id         evidence record id
     * @param label      its label
     * @param drugs      the drugs it used
     * @param sameDrugs  whether it used every drug of the regimen
     * @param uptake     restored over evaluable, or null
     * @param response   responders over the denominator, or null
     */
    public record Cohort(String id, String label, List<String> drugs, boolean sameDrugs, ProportionStudy uptake,
                         ProportionStudy response) {
    }

    /**
     * The evidence for {@code regimen} (may be null: genotype only) among {@code records}.
     */
    public static RegimenEvidence of(List<StudyRecord> records, GenotypeClass genotype, Regimen regimen) {
        final List<Cohort> cohorts = new ArrayList<>();
        final List<ProportionStudy> uptake = new ArrayList<>();
        final List<ProportionStudy> response = new ArrayList<>();
        for (StudyRecord r : EvidenceSelection.eligible(records, EvidenceSelection.Outcome.UPTAKE,
                EvidenceSelection.DEFAULT_TYPES)) {
            if (!EvidenceSelection.attribute(r, "genotype").equalsIgnoreCase(genotype.code())) {
                continue;
            }
            final Optional<ProportionStudy> u = EvidenceSelection.counts(r, EvidenceSelection.Outcome.UPTAKE);
            final Optional<ProportionStudy> o = EvidenceSelection.counts(r, EvidenceSelection.Outcome.RESPONSE);
            final List<String> drugs = r.regimen() == null ? List.of() : r.regimen().drugs();
            final boolean same = regimen != null && regimen.drugs().stream().allMatch(d -> drugs.stream()
                    .anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(d.name().toLowerCase(Locale.ROOT))));
            cohorts.add(new Cohort(r.id(), r.label(), drugs, same, u.orElse(null), o.orElse(null)));
            u.ifPresent(x -> uptake.add(new ProportionStudy(r.label(), x.events(), x.total())));
            o.ifPresent(x -> response.add(new ProportionStudy(r.label(), x.events(), x.total())));
        }
        return new RegimenEvidence(genotype, cohorts, pool(uptake), pool(response));
    }

    private static PooledProportion pool(List<ProportionStudy> studies) {
        return studies.isEmpty() ? null : ProportionMetaAnalysis.pool(studies, PoolingOptions.defaults());
    }
}
