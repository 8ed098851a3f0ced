package dev.dakora.gateway.datasets;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

class DatasetReadTest extends GatewayTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Test
    void should_list_datasets_newest_first_with_latest_version_and_row_count_one_page_at_a_time() {
        // given
        String older = uniqueId("older");
        String newer = uniqueId("newer");
        upload(older, "a\n1\n");
        upload(newer, "a\n1\n");
        upload(newer, "a\n1\n2\n3\n");

        // when
        Map<String, Object> first = get("/api/datasets?limit=1");
        Map<String, Object> second = get("/api/datasets?limit=1&cursor=" + first.get("next_cursor"));

        // then
        assertThat(map(((List<?>) first.get("items")).getFirst())).containsEntry("name", newer)
                .containsEntry("latest_version", "2").containsEntry("row_count", 3);
        assertThat(map(((List<?>) second.get("items")).getFirst())).containsEntry("name", older)
                .containsEntry("latest_version", "1").containsEntry("row_count", 1);
        client.get().uri("/api/datasets?limit=0").exchange().expectStatus().isBadRequest();
        client.get().uri("/api/datasets?cursor=nonsense").exchange().expectStatus().isBadRequest();
    }

    @Test
    void should_list_a_datasets_versions_newest_first_and_page_its_rows() {
        // given
        String name = uniqueId("paged");
        upload(name, "a\n1\n");
        upload(name, "a\nx\ny\nz\n");

        // when
        Map<String, Object> versions = get("/api/datasets/" + name + "/versions?limit=1");
        Map<String, Object> olderVersions = get("/api/datasets/" + name + "/versions?limit=1&cursor=" + versions.get("next_cursor"));
        Map<String, Object> page = get("/api/datasets/" + name + "/versions/2/rows?limit=2");
        Map<String, Object> rest = get("/api/datasets/" + name + "/versions/2/rows?limit=2&cursor=" + page.get("next_cursor"));

        // then
        assertThat(map(((List<?>) versions.get("items")).getFirst())).containsEntry("version", "2").containsEntry("row_count", 3);
        assertThat(map(((List<?>) olderVersions.get("items")).getFirst())).containsEntry("version", "1");
        assertThat(olderVersions).containsEntry("next_cursor", null);
        assertThat(((List<?>) page.get("items")).stream().map(row -> map(row).get("inputs")))
                .containsExactly(Map.of("a", "x"), Map.of("a", "y"));
        assertThat(((List<?>) rest.get("items")).stream().map(row -> map(row).get("row"))).containsExactly(3);
        assertThat(rest).containsEntry("next_cursor", null);
    }

    @Test
    void should_answer_404_for_an_unknown_dataset_or_version() {
        // given
        String name = uniqueId("known");
        upload(name, "a\n1\n");

        // when / then
        client.get().uri("/api/datasets/{name}", uniqueId("unknown")).exchange().expectStatus().isNotFound();
        client.get().uri("/api/datasets/{name}/versions", uniqueId("unknown")).exchange().expectStatus().isNotFound();
        client.get().uri("/api/datasets/{name}/versions/2/rows", name).exchange().expectStatus().isNotFound();
        client.get().uri("/api/datasets/{name}/versions/one/rows", name).exchange().expectStatus().isNotFound();
        client.get().uri("/api/datasets/{name}/versions/latest/rows", uniqueId("unknown")).exchange().expectStatus().isNotFound();
        client.get().uri("/api/datasets/{name}/versions/1/rows?limit=1001", name).exchange().expectStatus().isBadRequest();
        client.get().uri("/api/datasets/{name}/versions/1/rows", name).exchange().expectStatus().isOk();
    }

    @Test
    void should_delete_a_dataset_and_number_a_later_dataset_of_that_name_after_the_deleted_versions() {
        // given
        String name = uniqueId("gone");
        upload(name, "a\n1\n");
        upload(name, "a\n2\n");

        // when
        client.delete().uri("/api/datasets/{name}", name).exchange().expectStatus().isNoContent();

        // then
        client.get().uri("/api/datasets/{name}", name).exchange().expectStatus().isNotFound();
        client.get().uri("/api/datasets/{name}/versions/1/rows", name).exchange().expectStatus().isNotFound();
        client.delete().uri("/api/datasets/{name}", name).exchange().expectStatus().isNotFound();
        assertThat(upload(name, "a\n3\n")).containsEntry("version", "3");
        assertThat(get("/api/datasets/" + name + "/versions")).extractingByKey("items").asList().hasSize(1);
    }

    @Test
    void should_describe_the_dataset_routes_in_the_openapi_document() {
        // when
        String document = client.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        // then
        assertThat(document).contains("/api/datasets/{name}/versions/{version}/rows")
                .contains("/api/datasets/{name}/versions/from-batch").contains("dakora.datasets.max-rows");
    }

    private Map<String, Object> upload(String name, String csv) {
        return client.post().uri("/api/datasets/{name}/versions", name).contentType(CSV).bodyValue(csv).exchange()
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();
    }

    private Map<String, Object> get(String uri) {
        return client.get().uri(uri).exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
    }
}
