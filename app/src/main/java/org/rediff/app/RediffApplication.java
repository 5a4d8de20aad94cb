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
        final Path dir = DataDirectory.prepare(dataDir);
        // Command-line arguments outrank application.properties, so these always win.
        return SpringApplication.run(RediffApplication.class, "--server.address=" + host, "--server.port=" + port,
                "--rediff.data=" + dir);
    }

    public static void main(String[] args) {
        SpringApplication.run(RediffApplication.class, args);
    }
}
