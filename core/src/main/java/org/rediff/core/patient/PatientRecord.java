package org.rediff.core.patient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Problem;

/**
 * One registry patient: pseudonymous, with the sections the redifferentiation work-up needs. {@link #validate}
 * checks every section and reports all problems at once, each with its JSON path ({@code lesions[1].size_mm}).
 *
 * @param id           pseudonymous id ({@value #ID_RULE}); never a name, MRN or date of birth
 * @param birthYear    year of birth (not the date: pseudonymous)
 * @param sex          administrative sex
 * @param diagnosis    histology and date of diagnosis
 * @param ecog         ECOG performance status 0–5, or null
 * @param genomics     genomic findings
 * @param lesions      known lesions with their avidity history
 * @param labs         Tg, TgAb and TSH results
 * @param therapies    prior therapies, 131I with its activity
 * @param assessments  RAIR assessments, in date order
 * @param synthetic    whether the record is made-up demonstration data (shown as such everywhere)
 */
public record PatientRecord(String id, int birthYear, Sex sex, Diagnosis diagnosis, Integer ecog,
                            List<GenomicFinding> genomics, List<Lesion> lesions, List<LabResult> labs,
                            List<PriorTherapy> therapies, List<RairAssessment> assessments, boolean synthetic) {
    /** Pseudonymous ids: letters, digits, '_', '.', '-'; 1 to 64 characters; no leading dot. */
    public static final String ID_RULE = "[A-Za-z0-9_-][A-Za-z0-9_.-]{0,63}";
    private static final Pattern ID = Pattern.compile(ID_RULE);
    private static final Pattern GENE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");
    /** Largest plausible single lesion diameter, mm (a guard against cm or µm typed as mm). */
    private static final double MAX_LESION_MM = 500;
    /** Largest single 131I administration accepted, MBq (37 GBq = 1000 mCi; guards against GBq/MBq mix-ups). */
    private static final double MAX_I131_MBQ = 37_000;

    public PatientRecord {
        genomics = genomics == null ? List.of() : List.copyOf(genomics);
        lesions = lesions == null ? List.of() : List.copyOf(lesions);
        labs = labs == null ? List.of() : List.copyOf(labs);
        therapies = therapies == null ? List.of() : List.copyOf(therapies);
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
    }

    /** The same record with another ECOG status. */
    public PatientRecord withEcog(Integer status) {
        return new PatientRecord(id, birthYear, sex, diagnosis, status, genomics, lesions, labs, therapies,
                assessments, synthetic);
    }

    /** The same record with other genomic findings (the REST API's genomics section). */
    public PatientRecord withGenomics(List<GenomicFinding> findings) {
        return new PatientRecord(id, birthYear, sex, diagnosis, ecog, findings, lesions, labs, therapies,
                assessments, synthetic);
    }

    /** The same record with other lesions. */
    public PatientRecord withLesions(List<Lesion> known) {
        return new PatientRecord(id, birthYear, sex, diagnosis, ecog, genomics, known, labs, therapies, assessments,
                synthetic);
    }

    /** The same record with other laboratory results. */
    public PatientRecord withLabs(List<LabResult> results) {
        return new PatientRecord(id, birthYear, sex, diagnosis, ecog, genomics, lesions, results, therapies,
                assessments, synthetic);
    }

    /** The same record with other prior therapies. */
    public PatientRecord withTherapies(List<PriorTherapy> given) {
        return new PatientRecord(id, birthYear, sex, diagnosis, ecog, genomics, lesions, labs, given, assessments,
                synthetic);
    }

    /** The same record with other RAIR assessments. */
    public PatientRecord withAssessments(List<RairAssessment> made) {
        return new PatientRecord(id, birthYear, sex, diagnosis, ecog, genomics, lesions, labs, therapies, made,
                synthetic);
    }

    /** The cumulative 131I ledger of all prior therapies. */
    public IodineLedger ledger() {
        return IodineLedger.of(therapies, null);
    }

    /** The latest RAIR assessment, or null. */
    public RairAssessment latestAssessment() {
        return assessments.stream().max(java.util.Comparator.comparing(RairAssessment::date)).orElse(null);
    }

    /**
     * Checks every section against the rules and returns the record; reports every problem at once.
     *
     * @param today the date against which "not in the future" is judged
     * @throws InvalidInputException listing each problem with its path
     */
    public PatientRecord validate(LocalDate today) {
        final List<Problem> p = new ArrayList<>();
        if (id == null || !ID.matcher(id).matches()) {
            p.add(new Problem("id", id == null ? null : "'" + id + "'", "must be 1 to 64 letters, digits, '_', '.' or "
                    + "'-', not starting with '.' (a pseudonym, never a name or record number)"));
        }
        if (birthYear < 1900 || birthYear > today.getYear()) {
            p.add(new Problem("birth_year", String.valueOf(birthYear), "must be in [1900, " + today.getYear() + "]"));
        }
        if (sex == null) {
            p.add(new Problem("sex", null, "is required"));
        }
        if (diagnosis == null || diagnosis.histology() == null) {
            p.add(new Problem("diagnosis.histology", null, "is required"));
        }
        if (diagnosis != null) {
            date(p, "diagnosis.date", diagnosis.date(), today, true);
            if (diagnosis.date() != null && diagnosis.date().getYear() < birthYear) {
                p.add(new Problem("diagnosis.date", diagnosis.date().toString(), "must not be before the birth year "
                        + birthYear));
            }
        }
        if (ecog != null && (ecog < 0 || ecog > 5)) {
            p.add(new Problem("ecog", String.valueOf(ecog), "must be an ECOG grade in [0, 5]"));
        }
        for (int i = 0; i < genomics.size(); i++) {
            genomic(p, "genomics[" + i + "]", genomics.get(i), today);
        }
        final Set<String> lesionIds = new HashSet<>();
        for (int i = 0; i < lesions.size(); i++) {
            final Lesion l = lesions.get(i);
            final String at = "lesions[" + i + "]";
            if (l.id() == null || !ID.matcher(l.id()).matches()) {
                p.add(new Problem(at + ".id", l.id() == null ? null : "'" + l.id() + "'", "must be a short id "
                        + "(letters, digits, '_', '.', '-')"));
            } else if (!lesionIds.add(l.id())) {
                p.add(new Problem(at + ".id", "'" + l.id() + "'", "must be unique within the record"));
            }
            text(p, at + ".organ", l.organ(), true);
            if (l.sizeMm() != null && !(l.sizeMm() > 0 && l.sizeMm() <= MAX_LESION_MM)) {
                p.add(new Problem(at + ".size_mm", String.valueOf(l.sizeMm()), "must be in (0, " + (int) MAX_LESION_MM
                        + "] mm"));
            }
            for (int j = 0; j < l.avidity().size(); j++) {
                final AvidityObservation o = l.avidity().get(j);
                date(p, at + ".avidity[" + j + "].date", o.date(), today, true);
                if (o.avidity() == null) {
                    p.add(new Problem(at + ".avidity[" + j + "].avidity", null, "is required"));
                }
            }
        }
        for (int i = 0; i < labs.size(); i++) {
            final LabResult r = labs.get(i);
            final String at = "labs[" + i + "]";
            date(p, at + ".date", r.date(), today, true);
            if (r.test() == null) {
                p.add(new Problem(at + ".test", null, "is required"));
            }
            if (!(r.value() >= 0) || !Double.isFinite(r.value())) {
                p.add(new Problem(at + ".value", String.valueOf(r.value()), "must be a finite number >= 0"));
            }
        }
        for (int i = 0; i < therapies.size(); i++) {
            therapy(p, "therapies[" + i + "]", therapies.get(i), today);
        }
        for (int i = 0; i < assessments.size(); i++) {
            assessment(p, "rair[" + i + "]", assessments.get(i), today);
        }
        if (!p.isEmpty()) {
            throw new InvalidInputException(p);
        }
        return this;
    }

    private void genomic(List<Problem> p, String at, GenomicFinding g, LocalDate today) {
        if (g.gene() == null || !GENE.matcher(g.gene()).matches()) {
            p.add(new Problem(at + ".gene", g.gene() == null ? null : "'" + g.gene() + "'", "must be an HGNC gene "
                    + "symbol in capitals (e.g. BRAF, NRAS, RET)"));
        }
        if (g.fusionPartner() != null && !GENE.matcher(g.fusionPartner()).matches()) {
            p.add(new Problem(at + ".fusion_partner", "'" + g.fusionPartner() + "'", "must be an HGNC gene symbol "
                    + "in capitals (e.g. CCDC6, NCOA4, ETV6)"));
        }
        if (g.fusionPartner() == null && g.hgvsC() == null && g.hgvsP() == null) {
            p.add(new Problem(at, null, "needs hgvs_c or hgvs_p for a variant, or fusion_partner for a fusion"));
        }
        if (g.fusionPartner() != null && (g.hgvsC() != null || g.hgvsP() != null)) {
            p.add(new Problem(at, null, "is a fusion (fusion_partner) or a variant (hgvs_c, hgvs_p), not both"));
        }
        if (g.hgvsC() != null && !g.hgvsC().contains("c.")) {
            p.add(new Problem(at + ".hgvs_c", "'" + g.hgvsC() + "'", "must be coding HGVS with c. (e.g. "
                    + "NM_004333.4:c.1799T>A)"));
        }
        if (g.hgvsP() != null && !g.hgvsP().startsWith("p.")) {
            p.add(new Problem(at + ".hgvs_p", "'" + g.hgvsP() + "'", "must be protein HGVS starting with p. (e.g. "
                    + "p.Val600Glu)"));
        }
        date(p, at + ".date", g.date(), today, false);
    }

    private void therapy(List<Problem> p, String at, PriorTherapy t, LocalDate today) {
        if (t.kind() == null) {
            p.add(new Problem(at + ".kind", null, "is required"));
            return;
        }
        date(p, at + ".date", t.date(), today, true);
        if (t.kind() == TherapyKind.I131) {
            if (t.activityMBq() == null) {
                p.add(new Problem(at + ".activity_MBq", null, "is required for 131I"));
            } else if (!(t.activityMBq() > 0 && t.activityMBq() <= MAX_I131_MBQ)) {
                p.add(new Problem(at + ".activity_MBq", String.valueOf(t.activityMBq()), "must be in (0, "
                        + (int) MAX_I131_MBQ + "] MBq (1 GBq = 1000 MBq, 1 mCi = 37 MBq)"));
            }
        } else if (t.activityMBq() != null) {
            p.add(new Problem(at + ".activity_MBq", String.valueOf(t.activityMBq()), "is only for 131I therapies"));
        }
    }

    private void assessment(List<Problem> p, String at, RairAssessment a, LocalDate today) {
        date(p, at + ".date", a.date(), today, true);
        text(p, at + ".assessor", a.assessor(), true);
        if (a.date() == null) {
            return;
        }
        final IodineLedger before = IodineLedger.of(therapies, a.date());
        if (a.refractory()) {
            // ATA 2025 Rec 59A: RAIR cannot be diagnosed without a prior ablative or treatment dose of RAI.
            if (before.administrations() == 0) {
                p.add(new Problem(at + ".refractory", "true", "needs a prior therapeutic or ablative 131I "
                        + "administration on or before " + a.date() + " in therapies (ATA 2025, Rec 59A)"));
            }
            if (a.criteria().isEmpty()) {
                p.add(new Problem(at + ".criteria", "[]", "must name at least one Tuttle 2019 scenario when the "
                        + "disease is asserted refractory"));
            }
        }
        if (a.criteria().contains(RairCriterion.PROGRESSION_AFTER_600_MCI) && before.warning() == null) {
            p.add(new Problem(at + ".criteria", RairCriterion.PROGRESSION_AFTER_600_MCI.code(), String.format(
                    java.util.Locale.ROOT, "needs a cumulative 131I activity above 22.2 GBq (600 mCi) in therapies "
                            + "by %s; the ledger has %.2f GBq", a.date(), before.total().gigabecquerel())));
        }
    }

    private static void date(List<Problem> p, String at, LocalDate d, LocalDate today, boolean required) {
        if (d == null) {
            if (required) {
                p.add(new Problem(at, null, "is required (YYYY-MM-DD)"));
            }
        } else if (d.isAfter(today)) {
            p.add(new Problem(at, d.toString(), "must not be in the future (today is " + today + ")"));
        } else if (d.getYear() < 1900) {
            p.add(new Problem(at, d.toString(), "must be in 1900 or later"));
        }
    }

    private static void text(List<Problem> p, String at, String v, boolean required) {
        if (v == null || v.isBlank()) {
            if (required) {
                p.add(new Problem(at, null, "is required"));
            }
        } else if (v.length() > 200) {
            p.add(new Problem(at, v.length() + " characters", "must be at most 200 characters"));
        }
    }
}
