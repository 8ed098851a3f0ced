package dev.dakora.registry.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AzureBlobStoreConfigTest {

    private static final String CONNECTION = "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey="
            + Azurite.randomKey();

    @Test
    void should_end_the_prefix_with_a_slash_when_given_without_one() {
        // when
        var config = new AzureBlobStoreConfig(CONNECTION, null, "templates", "teams/a");

        // then
        assertThat(config.prefix()).isEqualTo("teams/a/");
        assertThat(config.withPrefix("teams/b/").prefix()).isEqualTo("teams/b/");
        assertThat(config.withPrefix(null).prefix()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/teams", "../teams", "teams/../x", "teams//a", "teams\\a", "teams\u0000"})
    void should_refuse_the_prefix_when_it_would_leave_the_container_root(String prefix) {
        // when / then
        assertThatThrownBy(() -> new AzureBlobStoreConfig(CONNECTION, null, "templates", prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prefix is invalid");
    }

    @Test
    void should_refuse_when_neither_or_both_of_connection_string_and_endpoint_are_given() {
        // when / then
        assertThatThrownBy(() -> new AzureBlobStoreConfig(null, " ", "templates", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one");
        String endpoint = "https://acct.blob.core.windows.net";
        assertThatThrownBy(() -> new AzureBlobStoreConfig(CONNECTION, endpoint, "templates", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Templates", "-templates", "templates-", "tem--plates", "tem_plates"})
    void should_refuse_the_container_when_its_name_is_not_a_valid_azure_name(String container) {
        // when / then
        assertThatThrownBy(() -> AzureBlobStoreConfig.ofConnectionString(CONNECTION, container))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("container name");
    }

    @Test
    void should_accept_an_endpoint_with_a_valid_container() {
        // when
        var config = AzureBlobStoreConfig.ofEndpoint("https://acct.blob.core.windows.net", "dakora-templates");

        // then
        assertThat(config.usesConnectionString()).isFalse();
        assertThat(config.endpoint()).isEqualTo("https://acct.blob.core.windows.net");
    }

    @Test
    void should_hide_the_connection_string_when_printed() {
        // when
        String printed = AzureBlobStoreConfig.ofConnectionString(CONNECTION, "templates").toString();

        // then
        assertThat(printed).contains("templates").doesNotContain(CONNECTION).doesNotContain("AccountKey");
    }
}
