package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandaloneLifecycleTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path promptsDir;

    @Test
    void should_stop_the_servers_and_fail_the_start_when_closed_while_starting() throws Exception {
        // given
        StandaloneSettings settings = FreePorts.settings(dataDir, promptsDir);
        Standalone standalone = new Standalone(settings);
        CompletableFuture<Void> start = CompletableFuture.runAsync(() -> standalone.run(List.of()));
        while (!standalone.isStarting() && !start.isDone()) {
            Thread.sleep(5);
        }

        // when
        standalone.close();

        // then
        assertThatThrownBy(() -> start.get(60, TimeUnit.SECONDS)).hasRootCauseMessage("Stopped while starting");
        assertThat(standalone.infrastructure()).isNull();
        assertThatCode(() -> Ports.requireFree(settings.host(), settings.postgresPort(), "postgres"))
                .doesNotThrowAnyException();
        assertThatCode(() -> Ports.requireFree(settings.host(), settings.kafkaPort(), "kafka"))
                .doesNotThrowAnyException();
    }

    @Test
    void should_refuse_to_start_with_the_property_to_change_when_the_postgres_port_is_taken() throws Exception {
        // given
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StandaloneSettings settings = new StandaloneSettings(dataDir, promptsDir, StandaloneSettings.LOOPBACK,
                    taken.getLocalPort(), FreePorts.next(), FreePorts.next());

            // when / then
            assertThatThrownBy(() -> Standalone.start(settings, List.of()))
                    .hasMessageContaining("Port " + taken.getLocalPort() + " on 127.0.0.1 is in use")
                    .hasMessageContaining("--dakora.standalone.postgres.port=");
            assertThatCode(() -> Ports.requireFree(settings.host(), settings.kafkaPort(), "kafka"))
                    .doesNotThrowAnyException();
        }
    }
}
