package dev.dakora.gateway.web;

import dev.dakora.common.template.TemplateSpec;
import dev.dakora.gateway.persistence.DatasetReads;
import dev.dakora.gateway.persistence.DatasetWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists datasets, their versions and a version's rows; deletes a dataset. */
@RestController
@Tag(name = "Datasets")
class DatasetReadController {

    private final DatasetReads reads;
    private final DatasetWrites writes;

    DatasetReadController(DatasetReads reads, DatasetWrites writes) {
        this.reads = reads;
        this.writes = writes;
    }

    @GetMapping("/api/datasets")
    @Operation(summary = "List datasets", description = "Newest first (by their latest version's time): {\"items\":[{\"name\","
            + "\"latest_version\",\"row_count\",\"created_at\",\"updated_at\"}],\"next_cursor\"}; row_count is the latest "
            + "version's. limit (default 50, at most 1000) and cursor page through them.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = DatasetSchemas.SummaryPage.class)))
    Mono<Map<String, Object>> list(@RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
        return Mono.fromCallable(() -> ListParams.limit(limit))
                .flatMap(max -> reads.list(max, ListParams.cursor(cursor))).map(page -> page.toMap());
    }

    @GetMapping("/api/datasets/{name}")
    @Operation(summary = "A dataset", description = "{\"name\",\"latest_version\",\"row_count\",\"created_at\",\"updated_at\"}; 404 unknown.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = DatasetSchemas.Summary.class)))
    Mono<Map<String, Object>> get(@PathVariable String name) {
        return find(name);
    }

    @GetMapping("/api/datasets/{name}/versions")
    @Operation(summary = "A dataset's versions", description = "Newest first: {\"items\":[{\"name\",\"version\",\"row_count\","
            + "\"source\",\"template_id\",\"created_at\"}],\"next_cursor\"}. source is upload:csv|jsonl|json or batch:<batch_id>; "
            + "template_id the template the rows were checked against, if any.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = DatasetSchemas.VersionPage.class)))
    Mono<Map<String, Object>> versions(@PathVariable String name, @RequestParam(required = false) String limit,
                                       @RequestParam(required = false) String cursor) {
        Paging paging = Paging.of(limit, cursor);
        return find(name).then(reads.versions(name, paging.limit(), paging.offset()).collectList())
                .map(found -> page(found.subList(0, Math.min(found.size(), paging.limit())),
                        found.size() > paging.limit() ? paging.offset() + paging.limit() : null));
    }

    @GetMapping("/api/datasets/{name}/versions/{version}/rows")
    @Operation(summary = "A dataset version's rows", description = "version is a number or 'latest'. {\"name\",\"version\","
            + "\"row_count\",\"items\":[{\"row\",\"inputs\",\"expected\",\"metadata\"}],\"next_cursor\"}, rows in order "
            + "(row from 1); limit (default 50, at most 1000) and cursor page through them. 404 unknown dataset or version.")
    @ApiResponse(responseCode = "200", description = "OK", content = @Content(schema = @Schema(implementation = DatasetSchemas.Rows.class)))
    Mono<Map<String, Object>> rows(@PathVariable String name, @PathVariable String version,
                                   @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
        Paging paging = Paging.of(limit, cursor);
        Integer number = versionNumber(name, version);
        return reads.version(name, number)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("dataset '" + name + "' has no version '" + version + "'")))
                .flatMap(found -> {
                    int chosen = Integer.parseInt((String) found.get("version"));
                    int rowCount = (Integer) found.get("row_count");
                    return reads.rows(name, chosen, paging.offset(), paging.limit()).collectList().map(items -> {
                        int next = paging.offset() + paging.limit();
                        Map<String, Object> answer = new LinkedHashMap<>();
                        answer.put("name", name);
                        answer.put("version", found.get("version"));
                        answer.put("row_count", rowCount);
                        answer.putAll(page(items, next < rowCount ? next : null));
                        return answer;
                    });
                });
    }

    @DeleteMapping("/api/datasets/{name}")
    @Operation(summary = "Delete a dataset", description = "204; every version and row is deleted. A dataset created again "
            + "under the name numbers its versions after the deleted ones, so name@version never names other rows. 404 unknown.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    Mono<ResponseEntity<Void>> delete(@PathVariable String name) {
        return find(name).then(writes.delete(name)).map(deleted -> ResponseEntity.noContent().<Void>build());
    }

    private Mono<Map<String, Object>> find(String name) {
        Mono<Map<String, Object>> found = TemplateSpec.idProblem(name).isPresent() ? Mono.empty() : reads.find(name);
        return found.switchIfEmpty(Mono.error(() -> new NotFoundException("no dataset '" + name + "' exists")));
    }

    /** A version number, or null for {@code latest}; anything else names no version (404). */
    private static Integer versionNumber(String name, String version) {
        if (!"latest".equals(version)) {
            try {
                int number = Integer.parseInt(version);
                if (number >= 1 && version.chars().allMatch(Character::isDigit)) {
                    return number;
                }
            } catch (NumberFormatException ignored) {
                // answered below
            }
            throw new NotFoundException("dataset '" + name + "' has no version '" + version + "'; versions are 1, 2, ... or latest");
        }
        return null;
    }

    private static Map<String, Object> page(List<Map<String, Object>> items, Integer nextOffset) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("next_cursor", nextOffset == null ? null
                : Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + nextOffset).getBytes(StandardCharsets.UTF_8)));
        return page;
    }
}
