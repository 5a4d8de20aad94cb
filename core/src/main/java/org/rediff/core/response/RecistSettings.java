package org.rediff.core.response;

import org.rediff.core.common.InvalidInputException;

/**
 * Best-overall-response settings.
 *
 * @param confirmation        whether CR and PR need confirmation (RECIST 1.1 for non-randomised trials)
 * @param confirmationMinDays minimum days between a response and its confirmation (default 28)
 * @param sdMinDays           minimum days from baseline for SD to count (default 42)
 */
public record RecistSettings(boolean confirmation, int confirmationMinDays, int sdMinDays) {
    /**
     * Checks the day limits.
     *
     * @throws InvalidInputException if {@code confirmationMinDays} is not in [1, 365] or {@code sdMinDays} not
     *                               in [0, 365]
     */
    public RecistSettings {
        if (confirmationMinDays < 1 || confirmationMinDays > 365) {
            throw new InvalidInputException("confirmation_min_days must be in [1, 365], got " + confirmationMinDays);
        }
        if (sdMinDays < 0 || sdMinDays > 365) {
            throw new InvalidInputException("sd_min_days must be in [0, 365], got " + sdMinDays);
        }
    }

    /**
     * The defaults.
     *
     * @return confirmation required, 28 days to confirm, SD at 42 days or later
     */
    public static RecistSettings defaults() {
        return new RecistSettings(true, 28, 42);
    }
}
