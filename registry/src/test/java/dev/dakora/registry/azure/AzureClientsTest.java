package dev.dakora.registry.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AzureClientsTest {

    @Test
    void should_address_the_container_under_the_endpoint_when_configured_with_an_endpoint() {
        // given
        var config = AzureBlobStoreConfig.ofEndpoint("https://acct.blob.core.windows.net", "dakora-templates");

        // when
        var client = AzureClients.containerClient(config);

        // then
        assertThat(client.getBlobContainerUrl()).isEqualTo("https://acct.blob.core.windows.net/dakora-templates");
        assertThat(client.getAccountName()).isEqualTo("acct");
    }

    @Test
    void should_refuse_an_endpoint_that_is_not_a_url() {
        // given
        var config = AzureBlobStoreConfig.ofEndpoint("not a url", "dakora-templates");

        // when / then
        assertThatThrownBy(() -> AzureClients.containerClient(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a valid URL");
    }
}
