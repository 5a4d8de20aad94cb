package org.rediff.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rediff.service.store.DataDirectory;

/**
 * {@code rediff serve} refuses, in one line and before the web application starts, a port another program listens
 * on and a data directory another rediff process holds.
 */
class ServeCommandTest {
    @TempDir
    Path dir;

    @Test
    void aPortInUseIsOneClearLine() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            final int port = taken.getLocalPort();
            final MetaCommandTest.Run r = MetaCommandTest.run("serve", "--port", String.valueOf(port), "--data",
                    dir.resolve("data").toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--port " + port + " on 127.0.0.1 cannot be used")
                    .contains("choose another --port").doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(r.err().strip().lines()).hasSize(1);
        }
    }

    @Test
    void aDataDirectoryInUseIsRefusedWithWhoHoldsIt() throws Exception {
        final Path data = dir.resolve("data");
        try (DataDirectory.Lock held = DataDirectory.lock(data)) {
            held.publish(java.net.URI.create("http://127.0.0.1:8080/"));
            final MetaCommandTest.Run r = MetaCommandTest.run("serve", "--port", "0", "--data", data.toString());
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("is in use by another rediff process (a server at http://127.0.0.1:8080/)")
                    .doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(r.err().strip().lines()).hasSize(1);
        }
    }
}
