package dev.dakora.gateway.web;

import dev.dakora.common.template.TemplateSpec;
import dev.dakora.gateway.persistence.DatasetPage;
import dev.dakora.gateway.persistence.DatasetReads;
import dev.dakora.gateway.persistence.DatasetSummary;
import dev.dakora.gateway.persistence.DatasetWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;


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
    Mono<DatasetPage> list(@RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
        return Mono.fromCallable(() -> ListParams.limit(limit)).flatMap(max -> reads.list(max, ListParams.cursor(cursor)));
    }

    @GetMapping("/api/datasets/{name}")
    @Operation(summary = "A dataset", description = "{\"name\",\"latest_version\",\"row_count\",\"created_at\",\"updated_at\"}; 404 unknown.")
    Mono<DatasetSummary> get(@PathVariable String name) {
        return find(name);
    }

    @GetMapping("/api/datasets/{name}/versions")
    @Operation(summary = "A dataset's versions", description = "Newest first: {\"items\":[{\"name\",\"version\",\"row_count\","
            + "\"source\",\"template_id\",\"created_at\"}],\"next_cursor\"}. source is upload:csv|jsonl|json or batch:<batch_id>; "
            + "template_id the template the rows were checked against, if any.")
    Mono<DatasetSchemas.VersionPage> versions(@PathVariable String name, @RequestParam(required = false) String limit,
                                       @RequestParam(required = false) String cursor) {
        Paging paging = Paging.of(limit, cursor);
        return find(name).then(reads.versions(name, paging.limit(), paging.offset()).collectList())
                .map(found -> new DatasetSchemas.VersionPage(found.subList(0, Math.min(found.size(), paging.limit())),
                        found.size() > paging.limit() ? Paging.encode(paging.offset() + paging.limit()) : null));
    }

    @GetMapping("/api/datasets/{name}/versions/{version}/rows")
    @Operation(summary = "A dataset version's rows", description = "version is a number or 'latest'. {\"name\",\"version\","
            + "\"row_count\",\"items\":[{\"row\",\"inputs\",\"expected\",\"metadata\"}],\"next_cursor\"}, rows in order "
            + "(row from 1); limit (default 50, at most 1000) and cursor page through them. 404 unknown dataset or version.")
    Mono<DatasetSchemas.Rows> rows(@PathVariable String name, @PathVariable String version,
                                   @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
        Paging paging = Paging.of(limit, cursor);
        Integer number = versionNumber(name, version);
        return reads.version(name, number)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("dataset '" + name + "' has no version '" + version + "'")))
                .flatMap(found -> reads.rows(name, found.number(), paging.offset(), paging.limit()).collectList().map(items -> {
                    int next = paging.offset() + paging.limit();
                    return new DatasetSchemas.Rows(name, found.version(), found.rowCount(), items,
                            next < found.rowCount() ? Paging.encode(next) : null);
                }));
    }

    @DeleteMapping("/api/datasets/{name}")
    @Operation(summary = "Delete a dataset", description = "204; every version and row is deleted. A dataset created again "
            + "under the name numbers its versions after the deleted ones, so name@version never names other rows. 404 unknown.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    Mono<ResponseEntity<Void>> delete(@PathVariable String name) {
        return find(name).then(writes.delete(name)).map(deleted -> ResponseEntity.noContent().<Void>build());
    }

    private Mono<DatasetSummary> find(String name) {
        Mono<DatasetSummary> found = TemplateSpec.idProblem(name).isPresent() ? Mono.empty() : reads.find(name);
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
}
