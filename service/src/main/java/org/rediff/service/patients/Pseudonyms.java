package org.rediff.service.patients;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.rediff.core.patient.AvidityObservation;
import org.rediff.core.patient.Diagnosis;
import org.rediff.core.patient.GenomicFinding;
import org.rediff.core.patient.LabResult;
import org.rediff.core.patient.Lesion;
import org.rediff.core.patient.PatientRecord;
import org.rediff.core.patient.PriorTherapy;
import org.rediff.core.patient.RairAssessment;
import org.rediff.service.store.Database;

/**
 * The researchers' view of the registry: a second pseudonym per patient and shifted dates, so that a researcher's
 * extract cannot be joined back to the site's own pseudonyms or to clinic calendars. The research id is
 * {@code R-} and the first 10 hex digits of HMAC-SHA256(installation key, site id); every date of one patient moves
 * by the same number of days (derived from the same HMAC, −182..+182, never 0), which keeps the intervals that
 * analyses use (time to progression, days between scans) and the year of birth. Free text (assessor names, notes,
 * therapy descriptions, links to source documents) is dropped: it is where identifiers hide. Date shifting with a
 * per-patient offset is the HIPAA "expert determination" technique most registries use; Safe Harbor would keep
 * years only.
 */
public final class Pseudonyms {
    private static final String KEY_SETTING = "pseudonym_key";
    private static final int MAX_SHIFT_DAYS = 182;
    private final byte[] key;

    private Pseudonyms(byte[] key) {
        this.key = key.clone();
    }

    /** The installation's pseudonyms; creates its key on first use (shared by every instance on the database). */
    public static Pseudonyms of(Database db) {
        final Optional<String> existing = stored(db);
        if (existing.isPresent()) {
            return new Pseudonyms(HexFormat.of().parseHex(existing.get()));
        }
        final byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            // one statement, outside any transaction: on PostgreSQL a failed insert would poison a transaction
            db.sql().sql("insert into registry_setting (name, setting_value) values (?, ?)")
                    .params(KEY_SETTING, HexFormat.of().formatHex(fresh)).update();
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // another instance created it at the same moment: use theirs (read below)
        }
        return new Pseudonyms(HexFormat.of().parseHex(stored(db).orElseThrow()));
    }

    /** A fixed key, for tests. */
    static Pseudonyms withKey(byte[] key) {
        return new Pseudonyms(key);
    }

    private static Optional<String> stored(Database db) {
        return db.sql().sql("select setting_value from registry_setting where name = ?").param(KEY_SETTING)
                .query(String.class).optional();
    }

    /** The research id of a site id. */
    public String researchId(String siteId) {
        return "R-" + HexFormat.of().formatHex(mac(siteId), 0, 5);
    }

    /** How many days this patient's dates move (never 0). */
    public int shiftDays(String siteId) {
        final int raw = Math.floorMod(ByteBuffer.wrap(mac(siteId), 8, 4).getInt(), 2 * MAX_SHIFT_DAYS);
        return raw < MAX_SHIFT_DAYS ? raw - MAX_SHIFT_DAYS : raw - MAX_SHIFT_DAYS + 1;
    }

    /** The record as a researcher sees it. */
    public PatientRecord pseudonymise(PatientRecord r) {
        final int days = shiftDays(r.id());
        final Shift s = d -> d == null ? null : d.plusDays(days);
        final Diagnosis dx = r.diagnosis() == null ? null : new Diagnosis(r.diagnosis().histology(),
                s.apply(r.diagnosis().date()));
        final List<GenomicFinding> genomics = r.genomics().stream().map(g -> new GenomicFinding(g.gene(), g.hgvsC(),
                g.hgvsP(), g.fusionPartner(), g.test(), s.apply(g.date()))).toList();
        final List<Lesion> lesions = r.lesions().stream().map(l -> new Lesion(l.id(), l.organ(), l.site(), l.sizeMm(),
                l.avidity().stream().map(o -> new AvidityObservation(s.apply(o.date()), o.scan(), o.avidity()))
                        .toList())).toList();
        final List<LabResult> labs = r.labs().stream().map(l -> new LabResult(s.apply(l.date()), l.test(), l.value(),
                l.tshState())).toList();
        final List<PriorTherapy> therapies = r.therapies().stream().map(t -> new PriorTherapy(t.kind(),
                s.apply(t.date()), t.activityMBq(), null)).toList();
        final List<RairAssessment> assessments = r.assessments().stream().map(a -> new RairAssessment(
                s.apply(a.date()), a.criteria(), a.refractory(), null, List.of(), null)).toList();
        return new PatientRecord(researchId(r.id()), r.birthYear(), r.sex(), dx, r.ecog(), genomics, lesions, labs,
                therapies, assessments, r.synthetic());
    }

    private byte[] mac(String siteId) {
        try {
            final Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(siteId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    @FunctionalInterface
    private interface Shift {
        LocalDate apply(LocalDate date);
    }
}
