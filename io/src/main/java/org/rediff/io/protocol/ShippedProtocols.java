package org.rediff.io.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.rediff.core.protocol.ProtocolDefinition;

/**
 * The trial protocols rediff ships ({@code protocols/index.txt} lists the files), each read and checked like a
 * user's file. Sources and what each definition assumes: docs/background/protocols.md.
 */
public final class ShippedProtocols {
    private ShippedProtocols() {
    }

    public static List<ProtocolDefinition> load() {
        final List<ProtocolDefinition> out = new ArrayList<>();
        for (String file : resource("index.txt").lines().filter(l -> !l.isBlank()).toList()) {
            out.add(ProtocolJson.read(resource(file.strip()), "shipped protocol " + file.strip()));
        }
        return List.copyOf(out);
    }

    private static String resource(String name) {
        try (InputStream in = ShippedProtocols.class.getResourceAsStream("/protocols/" + name)) {
            if (in == null) {
                throw new IllegalStateException("resource protocols/" + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
