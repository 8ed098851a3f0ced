package dev.dakora.registry;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PatchVersionsTest {

    @ParameterizedTest
    @CsvSource({
            "1.0.0, 1.0.1",
            "1.0.9, 1.0.10",
            "2.3, 2.4",
            "v2, v3",
            "1.0.0-beta, 1.0.1-beta",
            "draft, draft.1",
            "99999999999999999999, 100000000000000000000",
    })
    void should_raise_last_number_when_version_is_kept(String version, String expected) {
        assertThat(PatchVersions.next(version)).isEqualTo(expected);
    }
}
