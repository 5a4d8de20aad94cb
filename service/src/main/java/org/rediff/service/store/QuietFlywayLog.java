package org.rediff.service.store;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway logging for {@link Database#migrate}, which runs outside Spring (the CLI): Flyway's routine
 * messages would otherwise reach the CLI's console through an unconfigured logging backend. Errors still go to
 * standard error; failures also surface as exceptions.
 */
public final class QuietFlywayLog implements LogCreator, Log {
    @Override
    public Log createLogger(Class<?> type) {
        return this;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public void debug(String message) {
        // routine
    }

    @Override
    public void info(String message) {
        // routine
    }

    @Override
    public void warn(String message) {
        // the only warning seen in practice is "H2 newer than verified", which is harmless
    }

    @Override
    public void error(String message) {
        System.err.println("flyway: " + message);
    }

    @Override
    public void error(String message, Exception e) {
        System.err.println("flyway: " + message + ": " + e);
    }

    @Override
    public void notice(String message) {
        // routine
    }
}
