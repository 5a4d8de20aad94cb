package org.rediff.service.users;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A user account.
 *
 * @param username     login name
 * @param passwordHash the encoder's hash (with its {id} prefix)
 * @param roles        what the user may do
 * @param enabled      whether the account may log in
 * @param failedLogins failed logins since the last success
 * @param lockedUntil  no login before this time, or null
 */
public record UserAccount(String username, String passwordHash, Set<Role> roles, boolean enabled, int failedLogins,
                          OffsetDateTime lockedUntil) {
    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
