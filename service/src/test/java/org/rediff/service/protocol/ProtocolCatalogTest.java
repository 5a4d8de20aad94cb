package org.rediff.service.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rediff.core.patient.PatientRecord;
import org.rediff.core.protocol.GenotypeClass;
import org.rediff.service.patients.DemoPatients;

/** Registry patients read as protocol candidates, and their eligibility for the shipped protocols. */
class ProtocolCatalogTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final Map<String, PatientRecord> demo = DemoPatients.records().stream()
            .collect(Collectors.toMap(PatientRecord::id, r -> r));

    @Test
    void genotypeClassesFollowTheDrivers() {
        assertThat(ProtocolCandidates.genotype(demo.get("DEMO-001"))).isEqualTo(GenotypeClass.BRAF_V600E);
        assertThat(ProtocolCandidates.genotype(demo.get("DEMO-002"))).isEqualTo(GenotypeClass.RAS);
        assertThat(ProtocolCandidates.genotype(demo.get("DEMO-003"))).isEqualTo(GenotypeClass.RAS);
        assertThat(ProtocolCandidates.genotype(demo.get("DEMO-004"))).isEqualTo(GenotypeClass.RET_FUSION);
        assertThat(ProtocolCandidates.genotype(demo.get("DEMO-005"))).isEqualTo(GenotypeClass.NTRK_FUSION);
        assertThat(ProtocolCandidates.genotype(demo.get("DEMO-006"))).isEqualTo(GenotypeClass.OTHER);
        final var c = ProtocolCandidates.of(demo.get("DEMO-001"), TODAY);
        assertThat(c.ageYears()).isEqualTo(65);
        assertThat(c.largestLesionMm()).isEqualTo(16.0);
        assertThat(c.refractory()).isTrue();
    }

    @Test
    void eligibilityPerProtocol() {
        final ProtocolCatalog catalog = new ProtocolCatalog();
        final Map<String, Boolean> braf = catalog.eligibility(demo.get("DEMO-001"), TODAY).stream()
                .collect(Collectors.toMap(e -> e.protocol().id(), e -> e.check().eligible()));
        assertThat(braf).containsEntry("rothenberg2015-dabrafenib", true).containsEntry("meraiode-treat-regardless",
                true).containsEntry("nct04554680-adaptive", true).containsEntry("weber2022-genotype-guided", true);
        // FTC with NRAS: not Rothenberg (BRAF V600E papillary only); bone lesion 24 mm fits MERAIODE's 3 cm
        final Map<String, Boolean> ras = catalog.eligibility(demo.get("DEMO-002"), TODAY).stream()
                .collect(Collectors.toMap(e -> e.protocol().id(), e -> e.check().eligible()));
        assertThat(ras).containsEntry("rothenberg2015-dabrafenib", false).containsEntry("meraiode-treat-regardless",
                true).containsEntry("ho2013-selumetinib", true);
        // a 38 mm bone lesion and no driver: outside MERAIODE (no lesion above 3 cm, and no regimen)
        assertThat(catalog.eligibility(demo.get("DEMO-006"), TODAY)).filteredOn(e -> e.protocol().id()
                .equals("meraiode-treat-regardless")).singleElement().satisfies(e -> {
                    assertThat(e.check().eligible()).isFalse();
                    assertThat(e.check().findings()).anySatisfy(f -> assertThat(f.criterion())
                            .isEqualTo("largest lesion"));
                });
        assertThatThrownBy(() -> catalog.require("nope")).hasMessageContaining("protocol")
                .hasMessageContaining("ho2013-selumetinib");
    }

    /**
     * The BRAF V600E evidence for Rothenberg's dabrafenib: every published BRAF V600E cohort with its counts, the
     * dabrafenib ones marked, and the pooled rate equal to the synthesis page's BRAF V600E subgroup.
     */
    @org.junit.jupiter.api.Test
    void regimenEvidenceIsTheGenotypesCohortsPooled() {
        final var records = org.rediff.io.evidence.ShippedEvidence.load();
        final var rothenberg = new ProtocolCatalog().require("rothenberg2015-dabrafenib");
        final var ev = RegimenEvidence.of(records, GenotypeClass.BRAF_V600E,
                rothenberg.regimenFor(GenotypeClass.BRAF_V600E).orElseThrow());
        assertThat(ev.cohorts()).isNotEmpty().allSatisfy(c -> assertThat(org.rediff.core.evidence.EvidenceSelection
                .attribute(records.stream().filter(r -> r.id().equals(c.id())).findFirst().orElseThrow(), "genotype"))
                .isEqualTo("BRAF_V600E"));
        assertThat(ev.cohorts()).anySatisfy(c -> assertThat(c.sameDrugs()).isTrue());
        // the synthesis page's BRAF_V600E subgroup of the same selection
        final var synthesis = org.rediff.service.synthesis.EvidenceSynthesis.pool(records,
                org.rediff.core.evidence.EvidenceSelection.Outcome.UPTAKE,
                org.rediff.core.evidence.EvidenceSelection.DEFAULT_TYPES,
                org.rediff.core.evidence.PoolingOptions.defaults(), "genotype", java.util.List.of(), false, Map.of());
        final var braf = synthesis.report().subgroups().subgroups().stream().filter(g -> g.group()
                .equals("BRAF_V600E")).findFirst().orElseThrow().pooled();
        assertThat(ev.uptake().estimate()).isCloseTo(braf.estimate(), org.assertj.core.api.Assertions.within(1e-12));
        final var studies = ev.cohorts().stream().filter(c -> c.uptake() != null).toList();
        assertThat(ev.uptake().k()).isEqualTo(studies.size());
    }
}
