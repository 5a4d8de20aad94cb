package org.rediff.io.meta;

import java.util.List;
import java.util.Map;
import org.rediff.core.evidence.ProportionStudy;

/**
 * A meta-analysis input table: the studies and any further columns (for subgroups and moderators), by name.
 *
 * @param studies studies in file order
 * @param columns every column's text values, in study order
 */
public record MetaInput(List<ProportionStudy> studies, Map<String, List<String>> columns) {
    public MetaInput {
        studies = List.copyOf(studies);
        columns = Map.copyOf(columns);
    }
}
