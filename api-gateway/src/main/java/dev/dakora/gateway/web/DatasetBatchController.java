package dev.dakora.gateway.web;

import dev.dakora.common.template.TemplateSpec;
import dev.dakora.gateway.config.DatasetProperties;
import dev.dakora.gateway.persistence.DatasetBatchReads;
import dev.dakora.gateway.persistence.DatasetVersion;
import dev.dakora.gateway.persistence.DatasetWrites;
import dev.dakora.gateway.persistence.StoredDatasetRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stores a new dataset version from the rows of a completed batch. */
@RestController
@Tag(name = "Datasets")
class DatasetBatchController {

    private final DatasetBatchReads batches;
    private final DatasetWrites writes;
    private final DatasetUploads uploads;

    DatasetBatchController(DatasetBatchReads batches, DatasetWrites writes, DatasetProperties properties) {
        this.batches = batches;
        this.writes = writes;
        this.uploads = new DatasetUploads(properties);
    }

    @PostMapping(path = "/api/datasets/{name}/versions/from-batch", consumes = "application/json")
    @Operation(summary = "Make a dataset version from a batch", description = "{\"batch_id\",\"expected_model\"?}. One row "
            + "per input row of the batch that has results, in row_index order: inputs as the batch logged them, metadata "
            + "{\"batch_id\",\"row_index\"}, and expected empty, or with expected_model the output of that model's "
            + "succeeded call for the row (empty where it failed). 201 as an upload; 404 unknown batch; 409 a batch not "
            + "completed; 400 expected_model not among the batch's models, or a batch without results; 413 over the bounds.")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = DatasetVersion.class)))
    Mono<ResponseEntity<DatasetVersion>> fromBatch(@PathVariable String name,
                                                         @Valid @RequestBody DatasetSchemas.FromBatch body) {
        TemplateSpec.idProblem(name).ifPresent(problem -> {
            throw InvalidRequestException.of("name", problem);
        });
        String batchId = body.batchId();
        String model = body.expectedModel();
        return batches.state(batchId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("no batch '" + batchId + "' exists")))
                .flatMap(state -> {
                    if (!"completed".equals(state.status())) {
                        return Mono.error(new ConflictException("batch " + batchId + " is " + state.status()
                                + "; a dataset is made from a completed batch"));
                    }
                    if (model != null && !state.models().contains(model)) {
                        return Mono.error(InvalidRequestException.of("expected_model", "'" + model
                                + "' is not a model of batch " + batchId + " " + state.models()));
                    }
                    uploads.checkRowCount(state.totalJobs());
                    return batches.rows(batchId, model).collectList();
                })
                .flatMap(found -> {
                    if (found.isEmpty()) {
                        return Mono.error(InvalidRequestException.of("batch_id", "batch " + batchId + " has no results to make rows of"));
                    }
                    List<StoredDatasetRow> rows = new ArrayList<>(found.size());
                    for (DatasetBatchReads.BatchRow result : found) {
                        Map<String, Object> metadata = new LinkedHashMap<>();
                        metadata.put("batch_id", batchId);
                        metadata.put("row_index", result.rowIndex());
                        rows.add(new StoredDatasetRow(rows.size() + 1, result.inputs(), result.expected(), metadata));
                    }
                    return writes.create(name, "batch:" + batchId, null, rows.size(), uploads.rowsJson(rows));
                })
                .map(DatasetController::created);
    }
}
