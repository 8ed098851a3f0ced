package dev.dakora.client;

/** A {@link ClientTest} whose client talks to the JVM's {@link TestStandalone}: the whole pipeline, with the echo model. */
abstract class StandaloneClientTest extends ClientTest {
}
