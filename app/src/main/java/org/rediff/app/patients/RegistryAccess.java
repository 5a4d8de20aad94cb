package org.rediff.app.patients;

import java.util.List;
import java.util.Optional;
import org.rediff.service.patients.PatientFilter;
import org.rediff.service.patients.PatientStore;
import org.rediff.service.patients.PatientSummary;
import org.rediff.service.patients.Pseudonyms;
import org.rediff.service.patients.StoredPatient;
import org.rediff.service.store.Database;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may see of the registry: the site's records for clinical roles, the pseudonymised view
 * (research ids, shifted dates, no free text) for a researcher who holds no clinical role. A researcher addresses
 * patients by research id only; a site id finds nothing for them.
 */
@Component
class RegistryAccess {
    private final PatientStore store;
    private final Database database;
    private volatile Pseudonyms pseudonyms;

    RegistryAccess(PatientStore store, Database database) {
        this.store = store;
        this.database = database;
    }

    /** Whether the signed-in user gets the pseudonymised view. */
    static boolean researchView() {
        return org.rediff.app.security.CurrentUser.researchView();
    }

    List<PatientSummary> list(PatientFilter filter) {
        final List<PatientSummary> rows = store.list(filter);
        if (!researchView()) {
            return rows;
        }
        final Pseudonyms p = pseudonyms();
        return rows.stream().map(s -> new PatientSummary(p.researchId(s.id()), s.birthYear(), s.histology(),
                        s.genotype(), s.rairStatus(), s.synthetic(), s.version()))
                .sorted(java.util.Comparator.comparing(PatientSummary::id)).toList();
    }

    /** The patient as the user may see it, by the id the user knows it under. */
    Optional<StoredPatient> find(String id) {
        if (!researchView()) {
            return store.find(id);
        }
        final Pseudonyms p = pseudonyms();
        return store.list(PatientFilter.all()).stream().filter(s -> p.researchId(s.id()).equals(id)).findFirst()
                .flatMap(s -> store.find(s.id()))
                .map(s -> new StoredPatient(p.pseudonymise(s.record()), s.version(), s.updatedAt()));
    }

    private Pseudonyms pseudonyms() {
        Pseudonyms p = pseudonyms;
        if (p == null) {
            p = Pseudonyms.of(database);
            pseudonyms = p;
        }
        return p;
    }
}
