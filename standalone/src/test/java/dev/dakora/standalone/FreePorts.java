package dev.dakora.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports nobody listens on right now. */
final class FreePorts {

    private FreePorts() {
    }

    static int next() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StandaloneSettings settings(java.nio.file.Path dataDir, java.nio.file.Path promptsDir) {
        return new StandaloneSettings(dataDir, promptsDir, StandaloneSettings.LOOPBACK, next(), next(), next());
    }
}
