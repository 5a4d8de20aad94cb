package org.rediff.service.store;

import java.nio.file.Path;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A database the stores work on: SQL through Spring's {@link JdbcClient}, every change inside
 * {@link #inTransaction} (all or nothing), the schema from the Flyway migrations in {@code db/migration}, valid on
 * H2 (PostgreSQL mode) and on PostgreSQL.
 */
public final class Database {
    /**
     * The H2 options: PostgreSQL compatibility, and {@code WRITE_DELAY=0} so that a commit is written to the file
     * before it returns (H2's default of 500 ms lost 14.6% of acknowledged saves to a SIGKILL under load). No
     * {@code AUTO_SERVER}: that mode listens on a TCP port on every interface.
     */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";WRITE_DELAY=0";

    private final DataSource dataSource;
    private final JdbcClient sql;
    private final TransactionTemplate transactions;

    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
        this.sql = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** The H2 URL of the database file {@code rediff} in {@code dataDir} (absolute). */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("rediff") + H2_OPTIONS;
    }

    /** A DataSource for the H2 file under {@code dataDir}, for a process that owns the directory (see {@link DataDirectory}). */
    public static DataSource h2File(Path dataDir) {
        final JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(h2Url(dataDir));
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    /** Brings the schema up to date with the migrations (quietly, for the CLI; the web app lets Spring run them). */
    public Database migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .loggers(QuietFlywayLog.class.getName()).load().migrate();
        return this;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** SQL on the connection of the current transaction, if one is open. */
    public JdbcClient sql() {
        return sql;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.execute(status -> work.get());
    }

    /**
     * Runs {@code work} in one transaction that no other process runs under the same {@code name} at the same
     * time: on PostgreSQL it first takes the transaction-scoped advisory lock of that name, so that app instances
     * starting together on one empty database seed it once (the second waits, then finds the work done). An H2 file
     * has one process by construction (the data directory's lock), so there the transaction alone suffices.
     */
    public <T> T exclusively(String name, Supplier<T> work) {
        return inTransaction(() -> {
            if (postgres()) {
                sql.sql("select pg_advisory_xact_lock(hashtext(?))").param("rediff:" + name).query(Object.class)
                        .single();
            }
            return work.get();
        });
    }

    private volatile Boolean postgres;

    private boolean postgres() {
        Boolean p = postgres;
        if (p == null) {
            try (java.sql.Connection c = dataSource.getConnection()) {
                p = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
            }
            postgres = p;
        }
        return p;
    }
}
