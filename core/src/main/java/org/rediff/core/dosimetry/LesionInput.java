package org.rediff.core.dosimetry;

import java.util.List;
import org.rediff.core.common.InvalidInputException;
import org.rediff.core.common.Require;

/**
 * A lesion's volume, density, partial-volume correction and measurements.
 *
 * @param id                  lesion id (unique in the plan)
 * @param volumeMl            volume, ml, in (0, 5000]
 * @param densityGPerMl       density, g/ml, in [0.5, 3]
 * @param recoveryCoefficient measured/true activity ratio in (0, 1.5], or null to take it from the plan's RC(volume)
 *                            curve (or 1 when there is none)
 * @param measurements        tracer measurements, fraction of administered tracer activity in the lesion
 */
public record LesionInput(String id, double volumeMl, double densityGPerMl, Double recoveryCoefficient,
                          List<TimeActivityPoint> measurements) {
    /**
     * Checks the lesion and copies its measurements.
     *
     * @throws InvalidInputException if {@code id} is blank, a value is outside its range, or there are no
     *                               measurements
     */
    public LesionInput {
        Require.notBlank(id, "lesion id");
        if (!(volumeMl > 0 && volumeMl <= 5000)) {
            throw new InvalidInputException("lesion '" + id + "': volume_ml must be in (0, 5000] ml, got " + volumeMl);
        }
        if (!(densityGPerMl >= 0.5 && densityGPerMl <= 3)) {
            throw new InvalidInputException("lesion '" + id + "': density_g_per_ml must be in [0.5, 3] g/ml, got "
                    + densityGPerMl);
        }
        if (recoveryCoefficient != null && !(recoveryCoefficient > 0 && recoveryCoefficient <= 1.5)) {
            throw new InvalidInputException("lesion '" + id + "': recovery_coefficient must be in (0, 1.5], got "
                    + recoveryCoefficient);
        }
        measurements = List.copyOf(measurements);
        if (measurements.isEmpty()) {
            throw new InvalidInputException("lesion '" + id + "': needs at least one measurement");
        }
    }
}
