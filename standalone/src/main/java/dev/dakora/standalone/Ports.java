package dev.dakora.standalone;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Checks that a loopback port is free before a server is started on it. */
final class Ports {

    private Ports() {
    }

    /** Throws with the property to change when something already listens on the port. */
    static void requireFree(String host, int port, String property) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " on " + host + " is in use (another Dakora still "
                    + "running?): stop it or choose another port with --" + property + "=...", e);
        }
    }
}
