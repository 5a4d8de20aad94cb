package org.rediff.app;

import java.nio.file.Path;
import org.rediff.service.store.DataDirectory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The web workbench application. {@link #start} is what {@code rediff serve} calls. */
@SpringBootApplication
public class RediffApplication {

    /**
     * Starts the workbench bound to {@code host:port} with its H2 file database under {@code dataDir} (created
     * owner-only if missing). Prints nothing itself; the caller announces the URL.
     *
     * @return the running context (close it to stop the server)
     */
    public static ConfigurableApplicationContext start(String host, int port, Path dataDir) {
        return start(new ServeOptions(host, port, dataDir, "", "", false));
    }

    /**
     * Starts the workbench with {@code options}; the database password of a {@code dbUrl} comes from the
     * environment ({@code REDIFF_DB_PASSWORD}), never from the command line (where {@code ps} would show it).
     *
     * @return the running context (close it to stop the server)
     */
    public static ConfigurableApplicationContext start(ServeOptions options) {
        final Path dir = DataDirectory.prepare(options.dataDir());
        // Command-line arguments outrank application.properties, so these always win.
        final java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--server.address=" + options.host(), "--server.port=" + options.port(), "--rediff.data=" + dir,
                "--rediff.demo=" + options.demo()));
        if (!options.dbUrl().isBlank()) {
            args.add("--rediff.db.url=" + options.dbUrl());
            args.add("--rediff.db.user=" + options.dbUser());
        }
        return SpringApplication.run(RediffApplication.class, args.toArray(String[]::new));
    }

    public static void main(String[] args) {
        SpringApplication.run(RediffApplication.class, args);
    }
}
