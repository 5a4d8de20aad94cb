package org.rediff.app;

import java.nio.file.Path;
import java.util.Locale;
import org.rediff.core.common.InvalidInputException;

/**
 * How {@code rediff serve} starts the workbench.
 *
 * @param host    address to bind
 * @param port    TCP port, 0 for any free one
 * @param dataDir data directory (the H2 file when {@code dbUrl} is blank)
 * @param dbUrl   a PostgreSQL JDBC URL for a shared site, or blank for the embedded H2 file
 * @param dbUser  the database user for {@code dbUrl}
 * @param demo    whether to add the synthetic demonstration patients
 */
public record ServeOptions(String host, int port, Path dataDir, String dbUrl, String dbUser, boolean demo) {
    public ServeOptions {
        dbUrl = dbUrl == null ? "" : dbUrl.strip();
        dbUser = dbUser == null ? "" : dbUser.strip();
        if (port < 0 || port > 65535) {
            throw InvalidInputException.of("port", String.valueOf(port), "must be in [0, 65535]");
        }
        final String lower = dbUrl.toLowerCase(Locale.ROOT);
        if (!dbUrl.isEmpty() && !lower.startsWith("jdbc:postgresql:") && !lower.startsWith("jdbc:h2:")) {
            throw InvalidInputException.of("db_url", "'" + dbUrl + "'", "must be a PostgreSQL JDBC URL, e.g. "
                    + "jdbc:postgresql://dbhost:5432/rediff (leave it out for the embedded H2 database)");
        }
    }
}
