/**
 * The one door to the database: a {@link org.rediff.service.store.Database} over any JDBC DataSource (the embedded
 * H2 file by default, PostgreSQL for shared sites) with the Flyway migrations and transactions, and the
 * {@link org.rediff.service.store.DataDirectory} that decides, by a file lock, whether a running server or this
 * process owns the data directory. H2 runs with {@code WRITE_DELAY=0} so that an acknowledged commit survives a
 * kill of the process, and never with {@code AUTO_SERVER}, which would open a database port.
 */
package org.rediff.service.store;
