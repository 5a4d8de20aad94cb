package org.rediff.cli.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rediff.app.RediffApplication;
import org.rediff.core.common.InvalidInputException;
import org.rediff.service.store.DataDirectory;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the web workbench on an embedded database. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the rediff workbench (web pages and REST API) on an embedded H2 database, or on a "
                + "shared PostgreSQL with --db-url.",
                "Listens on 127.0.0.1 unless --host says otherwise; prints the URL when ready."})
public final class ServeCommand implements Callable<Integer> {
    private static volatile boolean serving;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default ${DEFAULT-VALUE}; 0.0.0.0 exposes it to the network).")
    String host;

    @Option(names = "--data", defaultValue = "${env:REDIFF_DATA:-./data}",
            description = "Data directory for the database (default ${DEFAULT-VALUE}, or REDIFF_DATA).")
    Path data;

    @Option(names = "--db-url", defaultValue = "${env:REDIFF_DB_URL:-}", description = {"PostgreSQL JDBC URL of a "
            + "shared database (also REDIFF_DB_URL), e.g. jdbc:postgresql://dbhost:5432/rediff; the password is "
            + "read from REDIFF_DB_PASSWORD only. Without it: the embedded H2 file in the data directory."})
    String dbUrl;

    @Option(names = "--db-user", defaultValue = "${env:REDIFF_DB_USER:-}",
            description = "Database user for --db-url (also REDIFF_DB_USER).")
    String dbUser;

    @Option(names = "--demo", description = "Add a handful of made-up demonstration patients (ids DEMO-…, marked "
            + "synthetic on every page) if they are not there yet.")
    boolean demo;

    public static boolean isServing() {
        return serving;
    }

    /** Binds and releases {@code host:port}; another listener there is refused with the option to change. */
    static void checkPortFree(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw portInUse(host, port, e.getMessage());
        }
    }

    private InvalidInputException portInUse(String reason) {
        return portInUse(host, port, reason);
    }

    private static InvalidInputException portInUse(String host, int port, String reason) {
        return new InvalidInputException("--port " + port + " on " + host + " cannot be used (" + reason
                + "): another server listens there; stop it or choose another --port");
    }

    /** The start failure as one clear message when its cause is one (a race lost to another server). */
    private RuntimeException clear(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PortInUseException) {
                return portInUse("in use");
            }
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return e;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new InvalidInputException("--port must be in [0, 65535], got " + port);
        }
        final org.rediff.app.ServeOptions options;
        try {
            options = new org.rediff.app.ServeOptions(host, port, data.toAbsolutePath().normalize(), dbUrl, dbUser,
                    demo);
        } catch (InvalidInputException e) {
            throw e.renamed(name -> "--" + name.replace('_', '-'));
        }
        // Checked before Spring starts so that a second server gets one line, not Spring's failure report.
        if (options.dbUrl().isEmpty()) {
            DataDirectory.lock(options.dataDir()).close();
        }
        checkPortFree(host, port);
        final long start = System.nanoTime();
        final ConfigurableApplicationContext context;
        try {
            context = RediffApplication.start(options);
        } catch (RuntimeException e) {
            throw clear(e);
        }
        serving = true;
        final String actualPort = context.getEnvironment().getProperty("local.server.port", String.valueOf(port));
        final String shownHost = host.contains(":") ? "[" + host + "]" : host;
        // the database without its credentials (a JDBC URL may carry a password parameter)
        final String database = options.dbUrl().isEmpty() ? "data in " + data.toAbsolutePath().normalize()
                : "database " + options.dbUrl().replaceAll("[?;].*$", "");
        System.out.printf("rediff is ready at http://%s:%s/ (%s; started in %.1f s). Ctrl-C stops it.%n",
                shownHost, actualPort, database, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
