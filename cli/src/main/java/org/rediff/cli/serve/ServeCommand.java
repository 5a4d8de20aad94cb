package org.rediff.cli.serve;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rediff.app.RediffApplication;
import org.rediff.core.common.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Starts the web workbench on an embedded database. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the rediff workbench (web pages and REST API) on an embedded H2 database.",
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

    public static boolean isServing() {
        return serving;
    }

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new InvalidInputException("--port must be in [0, 65535], got " + port);
        }
        final long start = System.nanoTime();
        final var context = RediffApplication.start(host, port, data.toAbsolutePath().normalize());
        serving = true;
        final String actualPort = context.getEnvironment().getProperty("local.server.port", String.valueOf(port));
        final String shownHost = host.contains(":") ? "[" + host + "]" : host;
        System.out.printf("rediff is ready at http://%s:%s/ (data in %s; started in %.1f s). Ctrl-C stops it.%n",
                shownHost, actualPort, data.toAbsolutePath().normalize(), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
