package org.rediff.service.protocol;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.rediff.core.patient.GenomicFinding;
import org.rediff.core.patient.Lesion;
import org.rediff.core.patient.PatientRecord;
import org.rediff.core.patient.RairAssessment;
import org.rediff.core.protocol.Candidate;
import org.rediff.core.protocol.GenotypeClass;

/**
 * A registry patient as a protocol candidate. The genotype class follows the regimen choice of
 * docs/background/protocols.md §1: BRAF p.Val600Glu (V600E) → BRAF V600E; a variant of NRAS, HRAS or KRAS → RAS; a
 * RET fusion → RET fusion; an NTRK1/2/3 fusion → NTRK fusion; tested with none of these → wild type; not tested →
 * other. The first driver found wins in that order (BRAF V600E and RAS together are rare and mutually exclusive in
 * practice). Age is from the birth year only, so it may be one year high.
 */
public final class ProtocolCandidates {
    private static final Set<String> RAS = Set.of("NRAS", "HRAS", "KRAS");
    private static final Set<String> NTRK = Set.of("NTRK1", "NTRK2", "NTRK3");

    private ProtocolCandidates() {
    }

    public static Candidate of(PatientRecord r, LocalDate today) {
        final RairAssessment latest = r.latestAssessment();
        final Double largest = r.lesions().stream().map(Lesion::sizeMm).filter(Objects::nonNull)
                .max(Double::compare).orElse(null);
        return new Candidate(r.diagnosis().histology().code(), genotype(r), latest != null && latest.refractory(),
                r.ecog(), today.getYear() - r.birthYear(), largest);
    }

    /** The genotype class of a record's findings. */
    public static GenotypeClass genotype(PatientRecord r) {
        if (r.genomics().isEmpty()) {
            return GenotypeClass.OTHER;
        }
        for (GenomicFinding g : r.genomics()) {
            final String gene = g.gene().toUpperCase(Locale.ROOT);
            final String p = g.hgvsP() == null ? "" : g.hgvsP().replace("p.", "").replace("(", "").replace(")", "");
            if (gene.equals("BRAF") && !g.fusion() && (p.equals("Val600Glu") || p.equals("V600E"))) {
                return GenotypeClass.BRAF_V600E;
            }
        }
        for (GenomicFinding g : r.genomics()) {
            final String gene = g.gene().toUpperCase(Locale.ROOT);
            final String partner = g.fusionPartner() == null ? "" : g.fusionPartner().toUpperCase(Locale.ROOT);
            if (RAS.contains(gene) && !g.fusion()) {
                return GenotypeClass.RAS;
            }
            if (g.fusion() && (gene.equals("RET") || partner.equals("RET"))) {
                return GenotypeClass.RET_FUSION;
            }
            if (g.fusion() && (NTRK.contains(gene) || NTRK.contains(partner))) {
                return GenotypeClass.NTRK_FUSION;
            }
        }
        final boolean otherDriver = r.genomics().stream().anyMatch(g -> g.gene().equalsIgnoreCase("BRAF")
                || g.fusion());
        return otherDriver ? GenotypeClass.OTHER : GenotypeClass.WILD_TYPE;
    }
}
