package dev.dakora.sink.stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** A test of the aggregation topology: a fresh {@link TopologyHarness} for each test, on a state directory of its own. */
abstract class TopologyTest {

    @TempDir
    Path stateDir;

    TopologyHarness harness;

    /** The harness each test gets; by default the topology's own retention and the real wall clock. */
    TopologyHarness harness(Path stateDirectory) {
        return new TopologyHarness(stateDirectory);
    }

    @BeforeEach
    void startHarness() {
        harness = harness(stateDir);
    }

    @AfterEach
    void stopHarness() {
        harness.close();
    }
}
