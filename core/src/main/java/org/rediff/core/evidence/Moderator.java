package org.rediff.core.evidence;

import java.util.List;
import org.rediff.core.common.CovariateCoding;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Require;

/**
 * A study-level covariate of a meta-regression. It is continuous when every value parses as a number, otherwise
 * categorical, coded as treatment contrasts against the first level in sorted order (R's default).
 *
 * @param name   covariate name (column header)
 * @param values one value per study, as text
 */
public record Moderator(String name, List<String> values) {
    /**
     * Checks the name and values (the record keeps a copy of the values).
     *
     * @throws InvalidInputException if {@code name} is blank or a value is null or blank
     */
    public Moderator {
        Require.notBlank(name, "moderator name");
        values = List.copyOf(values);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || values.get(i).isBlank()) {
                throw new InvalidInputException("moderator '" + name + "' is missing for study " + (i + 1));
            }
        }
    }

    /**
     * Whether the moderator is numeric.
     *
     * @return true when every value parses as a finite number
     */
    public boolean isContinuous() {
        return CovariateCoding.isNumeric(values);
    }

    /** Distinct levels in sorted (code-point) order, as R sorts factor levels in the C locale. */
    public List<String> levels() {
        return CovariateCoding.levels(values);
    }
}
