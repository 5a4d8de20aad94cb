/**
 * Wiring of the service layer's persistence into the web app: the data directory's lock, the DataSource (the H2
 * file under the data directory, or the database named by {@code rediff.db.url}), the stores and the clock, and
 * the server URL published for CLI commands.
 */
package org.rediff.app.data;
