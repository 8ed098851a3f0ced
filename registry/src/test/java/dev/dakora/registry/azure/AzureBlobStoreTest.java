package dev.dakora.registry.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import dev.dakora.registry.BlobStore;
import dev.dakora.registry.BlobStoreContractTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The {@link BlobStore} contract and the Azure-only behaviour, against a real Azurite blob service. */
@ExtendWith(AzuriteExtension.class)
class AzureBlobStoreTest extends BlobStoreContractTest {

    private final Azurite azurite;
    private final BlobServiceClient service;

    AzureBlobStoreTest(Azurite azurite) {
        this.azurite = azurite;
        this.service = new BlobServiceClientBuilder().connectionString(azurite.connectionString()).buildClient();
    }

    @Override
    protected BlobStore newStore() {
        return AzureBlobStore.connect(config(newContainerName(), ""));
    }

    @Test
    void should_keep_names_apart_when_two_stores_share_a_container_with_different_prefixes() {
        // given
        String container = newContainerName();
        BlobStore teamA = AzureBlobStore.connect(config(container, "teams/a"));
        BlobStore teamAb = AzureBlobStore.connect(config(container, "teams/ab/"));
        BlobStore whole = AzureBlobStore.connect(config(container, ""));

        // when
        teamA.write("greeting.yaml", utf8("from a"));
        teamAb.write("greeting.yaml", utf8("from ab"));
        teamAb.write("only-ab.yaml", utf8("ab"));

        // then
        assertThat(teamA.read("greeting.yaml")).hasValueSatisfying(b -> assertThat(b).isEqualTo(utf8("from a")));
        assertThat(teamAb.read("greeting.yaml")).hasValueSatisfying(b -> assertThat(b).isEqualTo(utf8("from ab")));
        assertThat(teamA.list("")).containsExactly("greeting.yaml");
        assertThat(teamA.read("only-ab.yaml")).isEmpty();
        assertThat(teamA.delete("only-ab.yaml")).isFalse();
        assertThat(teamAb.list("")).containsExactly("greeting.yaml", "only-ab.yaml");
        assertThat(whole.list("")).containsExactly(
                "teams/a/greeting.yaml", "teams/ab/greeting.yaml", "teams/ab/only-ab.yaml");
    }

    @Test
    void should_create_the_container_when_connecting_to_one_that_does_not_exist() {
        // given
        String container = newContainerName();
        BlobContainerClient client = service.getBlobContainerClient(container);
        boolean existedBefore = client.exists();

        // when
        AzureBlobStore.connect(config(container, "")).write("x.yaml", utf8("x"));

        // then
        assertThat(existedBefore).isFalse();
        assertThat(client.exists()).isTrue();
        assertThat(client.getBlobClient("x.yaml").exists()).isTrue();
    }

    @Test
    void should_keep_existing_blobs_when_connecting_to_an_existing_container() {
        // given
        String container = newContainerName();
        AzureBlobStore.connect(config(container, "")).write("kept.yaml", utf8("kept"));

        // when
        BlobStore again = AzureBlobStore.connect(config(container, ""));

        // then
        assertThat(again.read("kept.yaml")).hasValueSatisfying(b -> assertThat(b).isEqualTo(utf8("kept")));
    }

    @Test
    void should_fail_with_a_clear_message_without_the_key_when_the_account_key_is_wrong() {
        // given
        String wrongKey = Azurite.randomKey();
        AzureBlobStoreConfig config = new AzureBlobStoreConfig(
                azurite.connectionString(wrongKey), null, newContainerName(), "");

        // when / then
        assertThatThrownBy(() -> AzureBlobStore.connect(config))
                .isInstanceOfSatisfying(AzureBlobStoreException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.getMessage()).contains("403", "account key", config.container());
                    assertThat(fullTrace(e)).doesNotContain(wrongKey, azurite.accountKey(),
                            config.connectionString());
                });
    }

    @Test
    void should_throw_rather_than_report_absence_when_reading_with_a_wrong_key() {
        // given
        String container = newContainerName();
        AzureBlobStore.connect(config(container, "")).write("x.yaml", utf8("x"));
        String wrongKey = Azurite.randomKey();
        AzureBlobStoreConfig wrong = new AzureBlobStoreConfig(azurite.connectionString(wrongKey), null, container, "");
        AzureBlobStore store = new AzureBlobStore(AzureClients.containerClient(wrong), "",
                AzureErrors.forConfig(wrong, container));

        // when / then
        assertThatThrownBy(() -> store.read("x.yaml"))
                .isInstanceOf(AzureBlobStoreException.class)
                .hasMessageContaining("read 'x.yaml'")
                .satisfies(e -> assertThat(fullTrace(e)).doesNotContain(wrongKey));
        assertThatThrownBy(() -> store.writeIfAbsent("y.yaml", utf8("y"))).isInstanceOf(AzureBlobStoreException.class);
        assertThatThrownBy(() -> store.list("")).isInstanceOf(AzureBlobStoreException.class);
    }

    @Test
    void should_throw_rather_than_report_absence_when_the_container_was_deleted() {
        // given
        String container = newContainerName();
        AzureBlobStore store = AzureBlobStore.connect(config(container, ""));
        store.write("x.yaml", utf8("x"));
        service.deleteBlobContainer(container);

        // when / then
        assertThatThrownBy(() -> store.read("x.yaml"))
                .isInstanceOfSatisfying(AzureBlobStoreException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.getMessage()).contains("ContainerNotFound");
                });
    }

    @Test
    void should_refuse_a_malformed_connection_string_without_echoing_it() {
        // given
        String secret = Azurite.randomKey();
        AzureBlobStoreConfig config = new AzureBlobStoreConfig(
                "AccountName=x;AccountKey=" + secret + ";NoSuchSetting", null, "templates", "");

        // when / then
        assertThatThrownBy(() -> AzureBlobStore.connect(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connection string is malformed")
                .satisfies(e -> assertThat(fullTrace(e)).doesNotContain(secret));
    }

    private AzureBlobStoreConfig config(String container, String prefix) {
        return new AzureBlobStoreConfig(azurite.connectionString(), null, container, prefix);
    }

    private static String newContainerName() {
        return "test-" + Azurite.randomLowercase(16);
    }

    private static String fullTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
