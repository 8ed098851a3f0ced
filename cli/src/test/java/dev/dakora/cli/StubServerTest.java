package dev.dakora.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/** A fresh stub server and working directory per test; {@link #cli} runs the CLI pointed at the stub. */
abstract class StubServerTest {

    @TempDir
    Path dir;

    StubServer server;

    @BeforeEach
    void startStub() throws IOException {
        server = new StubServer();
    }

    @AfterEach
    void stopStub() {
        server.close();
    }

    CliRun cli(String... args) {
        return CliRun.in(dir).env("DAKORA_URL", server.url()).run(args);
    }
}
