package org.rediff.core.protocol;

import java.util.List;
import java.util.Set;

/**
 * One arm of a protocol: the genotypes it treats and its drugs.
 *
 * @param id        the arm's id within the protocol
 * @param genotypes the genotype classes it is for
 * @param drugs     the drugs with their doses as published (a dose the source does not give says so)
 * @param evidence  ids of the evidence records (the evidence base) that report this regimen
 */
public record Regimen(String id, Set<GenotypeClass> genotypes, List<Drug> drugs, List<String> evidence) {
    public Regimen {
        genotypes = genotypes == null ? Set.of() : Set.copyOf(genotypes);
        drugs = drugs == null ? List.of() : List.copyOf(drugs);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A drug and its dose as written in the source (e.g. "75 mg twice daily"). */
    public record Drug(String name, String dose) {
    }

    /** The drugs in one line: "dabrafenib 150 mg twice daily + trametinib 2 mg once daily". */
    public String describe() {
        return String.join(" + ", drugs.stream().map(d -> d.name() + (d.dose() == null || d.dose().isBlank() ? ""
                : " " + d.dose())).toList());
    }
}
