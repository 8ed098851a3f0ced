package dev.dakora.gateway.datasets;

import dev.dakora.gateway.support.GatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import java.util.List;
import java.util.Map;

import static dev.dakora.gateway.support.Bodies.MAP;
import static dev.dakora.gateway.support.Bodies.greeting;
import static dev.dakora.gateway.support.Bodies.map;
import static dev.dakora.gateway.support.Bodies.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class DatasetUploadTest extends GatewayTest {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final MediaType JSONL = MediaType.parseMediaType("application/x-ndjson");

    @Test
    void should_store_a_csv_upload_as_version_1_and_the_next_upload_as_version_2_leaving_version_1_as_it_was() {
        // given
        String name = uniqueId("qa");

        // when
        Map<String, Object> first = upload(name, CSV, "question,__expected,__meta.source\n\"Capital of France, please?\",Paris,atlas\n")
                .expectStatus().isCreated().expectHeader().location("/api/datasets/" + name + "/versions/1")
                .expectBody(MAP).returnResult().getResponseBody();
        Map<String, Object> second = upload(name, JSONL, "{\"inputs\":{\"question\":\"2+2?\"},\"expected\":\"4\"}\n{\"inputs\":{\"question\":\"3+3?\"}}\n")
                .expectStatus().isCreated().expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat(first).containsEntry("name", name).containsEntry("version", "1").containsEntry("row_count", 1)
                .containsEntry("source", "upload:csv").containsEntry("template_id", null).containsKey("created_at");
        assertThat(second).containsEntry("version", "2").containsEntry("row_count", 2).containsEntry("source", "upload:jsonl");
        List<?> v1 = rows(name, "1").get("items") instanceof List<?> items ? items : List.of();
        assertThat(v1).singleElement().satisfies(row -> assertThat(map(row))
                .containsEntry("row", 1).containsEntry("inputs", Map.of("question", "Capital of France, please?"))
                .containsEntry("expected", "Paris").containsEntry("metadata", Map.of("source", "atlas")));
        Map<String, Object> latest = rows(name, "latest");
        assertThat(latest).containsEntry("version", "2").containsEntry("row_count", 2);
        assertThat(map(((List<?>) latest.get("items")).get(1))).containsEntry("expected", null)
                .containsEntry("inputs", Map.of("question", "3+3?"));
    }

    @Test
    void should_read_a_multipart_json_file_and_check_its_rows_against_the_template() {
        // given
        String template = uniqueId("greet");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(template))
                .exchange().expectStatus().isCreated();
        String name = uniqueId("people");
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("template_id", template);
        parts.part("file", "[{\"inputs\":{\"name\":\"Ada\"}},{\"inputs\":{\"name\":\"Bo\"},\"metadata\":{\"k\":1}}]".getBytes())
                .filename("people.json").contentType(MediaType.APPLICATION_OCTET_STREAM);
        MultipartBodyBuilder noFile = new MultipartBodyBuilder();
        noFile.part("template_id", template);

        // when / then
        client.post().uri("/api/datasets/{name}/versions", name).body(BodyInserters.fromMultipartData(parts.build()))
                .exchange().expectStatus().isCreated().expectBody()
                .jsonPath("$.row_count").isEqualTo(2).jsonPath("$.template_id").isEqualTo(template)
                .jsonPath("$.source").isEqualTo("upload:json");
        client.post().uri("/api/datasets/{name}/versions", name).body(BodyInserters.fromMultipartData(noFile.build()))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
    }

    @Test
    void should_answer_400_naming_every_unreadable_row_and_its_line_and_store_nothing() {
        // given
        String name = uniqueId("broken");

        // when
        Map<String, Object> problem = upload(name, CSV, "a,b\n1,2\n3\n4,5\n6,7,8\n").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(MAP).returnResult().getResponseBody();

        // then
        assertThat((String) problem.get("detail")).contains("row 2 (line 3)").contains("row 4 (line 5)");
        assertThat((List<?>) problem.get("errors")).hasSize(2);
        assertThat(map(((List<?>) problem.get("errors")).getFirst())).containsEntry("row", 2).containsEntry("line", 3);
        client.get().uri("/api/datasets/{name}", name).exchange().expectStatus().isNotFound();
    }

    @Test
    void should_answer_422_for_rows_that_fail_the_templates_input_spec_and_404_for_an_unknown_template() {
        // given
        String template = uniqueId("needs-name");
        client.post().uri("/api/templates").contentType(MediaType.APPLICATION_JSON).bodyValue(greeting(template))
                .exchange().expectStatus().isCreated();
        String name = uniqueId("misfit");

        // when / then
        upload(name + "?template_id=" + template, CSV, "name,age\nAda,3\n,4\n").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].row").isEqualTo(2).jsonPath("$.errors[0].line").isEqualTo(3)
                .jsonPath("$.errors[0].field").isEqualTo("inputs.name");
        upload(name + "?template_id=" + uniqueId("absent"), CSV, "name\nAda\n").expectStatus().isNotFound();
        upload(name + "?template_id=" + template, CSV, "name\nAda\n").expectStatus().isCreated();
    }

    @Test
    void should_answer_4xx_for_a_bad_name_an_empty_or_rowless_body_an_unknown_format_and_too_many_rows() {
        // given
        String name = uniqueId("bad");
        StringBuilder tooMany = new StringBuilder("n\n");
        for (int i = 0; i <= 10_000; i++) {
            tooMany.append(i).append('\n');
        }

        // when / then
        upload("has%20space", CSV, "a\n1\n").expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        client.post().uri("/api/datasets/{name}/versions", name).contentType(CSV).exchange().expectStatus().isBadRequest();
        upload(name, CSV, "a\n").expectStatus().isBadRequest().expectBody().jsonPath("$.detail").value(detail ->
                assertThat((String) detail).contains("no rows"));
        upload(name, MediaType.APPLICATION_JSON, "[{\"question\":\"flat\"}]").expectStatus().isBadRequest();
        upload(name, MediaType.APPLICATION_JSON, "{not json").expectStatus().isBadRequest();
        upload(name, MediaType.APPLICATION_XML, "<rows/>").expectStatus().isEqualTo(415);
        upload(name, CSV, tooMany.toString()).expectStatus().isEqualTo(413).expectBody().jsonPath("$.detail").value(detail ->
                assertThat((String) detail).contains("10000"));
        client.get().uri("/api/datasets/{name}", name).exchange().expectStatus().isNotFound();
    }

    @Test
    void should_store_an_upload_of_the_most_rows_allowed_even_when_its_rows_as_json_outgrow_the_byte_bound() {
        // given: 10,000 rows, about 540 KB of CSV and more than 1 MB as stored JSON
        StringBuilder csv = new StringBuilder("question,context,__expected\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("What is item ").append(i).append("?,some context text ").append(i).append(",answer ").append(i).append('\n');
        }
        String name = uniqueId("largest");

        // when / then
        upload(name, CSV, csv.toString()).expectStatus().isCreated().expectBody().jsonPath("$.row_count").isEqualTo(10_000);
        assertThat(client.get().uri("/api/datasets/{name}/versions/1/rows?limit=1&cursor=" + java.util.Base64.getUrlEncoder()
                        .withoutPadding().encodeToString("o:9999".getBytes()), name).exchange().expectStatus().isOk()
                .expectBody(MAP).returnResult().getResponseBody()).satisfies(page -> {
                    assertThat(map(((List<?>) page.get("items")).getFirst())).containsEntry("row", 10_000)
                            .containsEntry("expected", "answer 9999");
                    assertThat(page).containsEntry("next_cursor", null);
                });
    }

    @Test
    void should_refuse_to_update_a_stored_version_in_the_database() {
        // given
        String name = uniqueId("frozen");
        upload(name, CSV, "a\n1\n").expectStatus().isCreated();

        // when
        Throwable failure = catchThrowable(() -> db.sql("UPDATE dataset_rows SET expected = 'changed' WHERE name = :name")
                .bind("name", name).fetch().rowsUpdated().block());

        // then
        assertThat(failure).hasMessageContaining("immutable");
        assertThat(map(((List<?>) rows(name, "1").get("items")).getFirst())).containsEntry("expected", null);
    }

    WebTestClient.ResponseSpec upload(String nameAndQuery, MediaType type, String body) {
        return client.post().uri("/api/datasets/" + nameAndQuery.replaceFirst("\\?|$", "/versions$0")).contentType(type)
                .bodyValue(body).exchange();
    }

    Map<String, Object> rows(String name, String version) {
        return client.get().uri("/api/datasets/{name}/versions/{version}/rows", name, version).exchange()
                .expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
    }
}
