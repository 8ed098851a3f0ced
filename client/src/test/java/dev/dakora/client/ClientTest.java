package dev.dakora.client;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

/**
 * A test class talking to a shared server through {@link #dakora}: a client with a fresh ordinary key, made
 * before the class's tests and closed after them. The server is the JVM's {@link TestGateway}, or its
 * {@link TestStandalone} for a {@link StandaloneClientTest}.
 */
abstract class ClientTest {

    static Dakora dakora;

    @BeforeAll
    static void connect(TestInfo test) {
        boolean standalone = StandaloneClientTest.class.isAssignableFrom(test.getTestClass().orElseThrow());
        dakora = standalone ? TestStandalone.shared().client() : TestGateway.shared().client();
    }

    @AfterAll
    static void disconnect() {
        dakora.close();
    }
}
