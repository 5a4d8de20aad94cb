package org.rediff.core.patient;

import java.util.List;

/**
 * A known lesion.
 *
 * @param id       the lesion's id within the record (e.g. L1)
 * @param organ    organ (e.g. lung, lymph node, bone)
 * @param site     site within the organ (free text, e.g. "right lower lobe")
 * @param sizeMm   longest diameter (short axis for nodes) in mm, or null
 * @param avidity  avidity history, in date order
 */
public record Lesion(String id, String organ, String site, Double sizeMm, List<AvidityObservation> avidity) {
    public Lesion {
        avidity = avidity == null ? List.of() : List.copyOf(avidity);
    }
}
