package dev.dakora.registry.azure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A running Azurite blob service (the npm package pinned in {@code src/test/azurite}) on a free loopback
 * port, in memory, with one storage account whose name and key are generated for this run.
 */
final class Azurite implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Process process;
    private final int port;
    private final String accountName;
    private final String accountKey;

    private Azurite(Process process, int port, String accountName, String accountKey) {
        this.process = process;
        this.port = port;
        this.accountName = accountName;
        this.accountKey = accountKey;
    }

    static Azurite start(Path azuriteDir, Path logDir) throws IOException, InterruptedException {
        Path mainScript = azuriteDir.resolve("node_modules/azurite/dist/src/blob/main.js");
        if (!Files.isRegularFile(mainScript)) {
            throw new IllegalStateException("Azurite, the Azure Blob emulator these tests run against, is not installed"
                    + " in " + azuriteDir.resolve("node_modules") + ". Install it with `./mvnw verify` (which runs"
                    + " `npm ci` there when node_modules is missing) or `cd registry/src/test/azurite && npm ci`;"
                    + " Node.js 20+ and npm must be on the PATH.");
        }
        Files.createDirectories(logDir);
        String accountName = "dakora" + randomLowercase(10);
        String accountKey = randomKey();
        IOException lastFailure = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            int port = freeLoopbackPort();
            Path log = logDir.resolve("azurite-blob-" + port + ".log");
            Process process = launch(mainScript, port, accountName + ":" + accountKey, log);
            try {
                awaitListening(process, port, log);
                return new Azurite(process, port, accountName, accountKey);
            } catch (IOException e) {
                stop(process);
                lastFailure = e;
            }
        }
        throw lastFailure;
    }

    String accountName() {
        return accountName;
    }

    String accountKey() {
        return accountKey;
    }

    String blobEndpoint() {
        return "http://127.0.0.1:" + port + "/" + accountName;
    }

    String connectionString() {
        return connectionString(accountKey);
    }

    /** The connection string of this account, signed with {@code key} (which may be a wrong one). */
    String connectionString(String key) {
        return "DefaultEndpointsProtocol=http;AccountName=" + accountName + ";AccountKey=" + key
                + ";BlobEndpoint=" + blobEndpoint() + ";";
    }

    /** A random base64 key of the size Azure uses (64 bytes). */
    static String randomKey() {
        byte[] key = new byte[64];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    static String randomLowercase(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return out.toString();
    }

    @Override
    public void close() {
        stop(process);
    }

    private static Process launch(Path mainScript, int port, String account, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of("node", mainScript.toString(),
                "--blobHost", "127.0.0.1", "--blobPort", String.valueOf(port), "--inMemoryPersistence",
                "--extentMemoryLimit", "512", "--skipApiVersionCheck", "--loose", "--disableTelemetry"));
        builder.environment().put("AZURITE_ACCOUNTS", account);
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        try {
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
            return process;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run `node` to start Azurite: " + e.getMessage()
                    + ". Install Node.js 20+ and make sure `node` is on the PATH.", e);
        }
    }

    private static void awaitListening(Process process, int port, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Azurite exited with status " + process.exitValue() + " before listening on port "
                        + port + ". Its output:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IOException("Azurite did not listen on port " + port + " within " + STARTUP_TIMEOUT.toSeconds()
                + " s. Its output is in " + log);
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void stop(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
