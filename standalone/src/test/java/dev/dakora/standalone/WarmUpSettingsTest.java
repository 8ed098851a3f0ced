package dev.dakora.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class WarmUpSettingsTest {

    @Test
    void readsTheComparesAndTheTimeoutFromArguments() {
        // when
        WarmUpSettings settings = WarmUpSettings.from("--dakora.standalone.warm-up.compares=250",
                "--dakora.standalone.warm-up.timeout=45s");

        // then
        assertThat(settings.compares()).isEqualTo(250);
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void zeroTurnsTheWarmUpOffAndTheTimeoutDefaultsToTwoMinutes() {
        // when
        WarmUpSettings settings = WarmUpSettings.from("--dakora.standalone.warm-up.compares=0");

        // then
        assertThat(settings.compares()).isZero();
        assertThat(settings.timeout()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void rejectsANegativeCountNamingTheProperty() {
        assertThatThrownBy(() -> WarmUpSettings.from("--dakora.standalone.warm-up.compares=-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dakora.standalone.warm-up.compares must be between 0 and 100000, got -1");
    }

    @Test
    void rejectsACountThatIsNotANumberNamingTheProperty() {
        assertThatThrownBy(() -> WarmUpSettings.from("--dakora.standalone.warm-up.compares=many"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dakora.standalone.warm-up")
                .hasMessageContaining("many");
    }

    @Test
    void rejectsAZeroTimeout() {
        assertThatThrownBy(() -> WarmUpSettings.from("--dakora.standalone.warm-up.timeout=0s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dakora.standalone.warm-up.timeout must be positive");
    }
}
