package dev.dakora.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BuilderTest {

    @Test
    void should_refuse_a_url_that_is_not_http() {
        // given / when / then
        assertThatThrownBy(() -> Dakora.builder().url("localhost:54321"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://");
    }

    @Test
    void should_refuse_a_zero_timeout() {
        // given / when / then
        assertThatThrownBy(() -> Dakora.builder().timeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
    }

    @Test
    void should_refuse_a_negative_connect_timeout() {
        // given / when / then
        assertThatThrownBy(() -> Dakora.builder().connectTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connect timeout must be positive");
    }

    @Test
    void should_build_with_a_connect_timeout_shorter_than_the_request_timeout() {
        // given
        try (Dakora dakora = Dakora.builder().connectTimeout(Duration.ofSeconds(2)).timeout(Duration.ofSeconds(60)).build()) {

            // when / then
            assertThat(dakora.keys()).isNotNull();
        }
    }

    @Test
    void should_build_with_a_trailing_slash_url_and_an_explicit_timeout() {
        // given
        try (Dakora dakora = Dakora.builder().url("http://localhost:54321/").timeout(Duration.ofSeconds(5)).build()) {

            // when / then
            assertThat(dakora.prompts()).isNotNull();
        }
    }

    @Test
    void should_refuse_a_selector_with_both_version_and_label() {
        // given / when / then
        assertThatThrownBy(() -> new Selector("1.0.0", "production"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
    }
}
