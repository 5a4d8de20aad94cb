package org.rediff.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code rediff serve} in a child JVM on a free port, as a user starts it, so that tests can kill it with SIGKILL
 * ({@link Process#destroyForcibly}) and run CLI commands beside it.
 */
final class ServerProcess implements AutoCloseable {
    /** The first administrator's password the child server is started with (user {@code admin}). */
    static final String ADMIN_PASSWORD = "kill-test-admin-password";
    static final String BASIC = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD)
            .getBytes(StandardCharsets.UTF_8));
    private static final Pattern READY = Pattern.compile("rediff is ready at (http://\\S+/)");
    private final Process process;
    private final URI url;
    private final StringBuffer output = new StringBuffer();

    private ServerProcess(Process process, URI url) {
        this.process = process;
        this.url = url;
    }

    static ServerProcess start(Path data) throws Exception {
        final String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        final ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-cp", classpath, Main.class.getName(), "serve", "--port", "0", "--data",
                data.toString())).redirectErrorStream(true);
        builder.environment().put("REDIFF_ADMIN_PASSWORD", ADMIN_PASSWORD);
        final Process p = builder.start();
        final CompletableFuture<URI> ready = new CompletableFuture<>();
        final StringBuffer out = new StringBuffer();
        final Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    out.append(line).append('\n');
                    final Matcher m = READY.matcher(line);
                    if (m.find()) {
                        ready.complete(URI.create(m.group(1)));
                    }
                }
            } catch (IOException e) {
                // the process died
            }
            ready.completeExceptionally(new IllegalStateException("server exited before it was ready:\n" + out));
        }, "server-output");
        drain.setDaemon(true);
        drain.start();
        final URI url = ready.get(90, TimeUnit.SECONDS);
        final ServerProcess server = new ServerProcess(p, url);
        server.output.append(out);
        return server;
    }

    URI url() {
        return url;
    }

    /** SIGKILL: no shutdown hook, no flush, no close. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
