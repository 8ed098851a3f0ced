package dev.dakora.gateway.web;

import dev.dakora.common.template.TemplateSpec;
import dev.dakora.evaluation.dataset.Dataset;
import dev.dakora.evaluation.dataset.DatasetFormat;
import dev.dakora.evaluation.dataset.DatasetValidator;
import dev.dakora.evaluation.dataset.RowError;
import dev.dakora.gateway.config.DatasetProperties;
import dev.dakora.gateway.domain.TemplateCatalog;
import dev.dakora.gateway.persistence.DatasetVersion;
import dev.dakora.gateway.persistence.DatasetWrites;
import dev.dakora.gateway.persistence.StoredDatasetRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Stores a new dataset version from an upload (the first one creates the dataset). */
@RestController
@Tag(name = "Datasets")
class DatasetController {

    static final String UPLOAD = "Stores the rows as the next version of the dataset (1, 2, ...; the first upload creates it) "
            + "and answers 201 {\"name\",\"version\",\"row_count\",\"source\",\"template_id\",\"created_at\"}. CSV: a header "
            + "row; columns are inputs, except __expected (the expected output) and __meta.<key> (metadata); an empty "
            + "cell leaves its input out. JSONL: one {\"inputs\",\"expected\"?,\"metadata\"?} object per line; JSON: an "
            + "array of them. 400 names every unreadable row in errors[] ({\"row\",\"line\",\"field\",\"message\"}) and "
            + "stores nothing; with ?template_id= every row's inputs are checked with that template's input spec "
            + "(latest version) and misfits answer 422 in the same shape. 413 over dakora.datasets.max-rows rows or "
            + "dakora.datasets.max-bytes bytes (or the request body limit). A stored version never changes.";

    private final DatasetUploads uploads;
    private final DatasetWrites writes;
    private final TemplateCatalog catalog;

    DatasetController(DatasetProperties properties, DatasetWrites writes, TemplateCatalog catalog) {
        this.uploads = new DatasetUploads(properties);
        this.writes = writes;
        this.catalog = catalog;
    }

    @PostMapping(path = "/api/datasets/{name}/versions",
            consumes = {"text/csv", "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/json"})
    @Operation(summary = "Upload a dataset version", description = "The body is the file, its format given by Content-Type "
            + "(text/csv, application/x-ndjson or application/jsonl, application/json). " + UPLOAD)
    @DatasetUploadBody
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = DatasetVersion.class)))
    Mono<ResponseEntity<DatasetVersion>> raw(@PathVariable String name, @RequestParam(name = "template_id", required = false)
            String templateId, @RequestBody(required = false) Mono<byte[]> body, ServerWebExchange exchange) {
        return Mono.fromCallable(() -> DatasetUploads.format(exchange.getRequest().getHeaders().getContentType()))
                .flatMap(format -> store(name, templateId, format, body));
    }

    @PostMapping(path = "/api/datasets/{name}/versions", consumes = "multipart/form-data")
    @Operation(summary = "Upload a dataset version as a file part", description = "Part 'file': its format from its name "
            + "(.csv, .jsonl or .ndjson, .json), else its content type; template_id as a form field or query parameter. "
            + UPLOAD)
    @DatasetUploadBody
    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = DatasetVersion.class)))
    Mono<ResponseEntity<DatasetVersion>> multipart(@PathVariable String name, @RequestParam(name = "template_id",
            required = false) String templateId, ServerWebExchange exchange) {
        return exchange.getMultipartData().flatMap(parts -> {
            String template = templateId;
            if (template == null && parts.getFirst("template_id") instanceof FormFieldPart field && !field.value().isBlank()) {
                template = field.value();
            }
            if (!(parts.getFirst("file") instanceof FilePart file)) {
                return Mono.error(InvalidRequestException.of("file", "is required: the rows as a CSV, JSONL or JSON file part"));
            }
            DatasetFormat format = DatasetUploads.format(file);
            return store(name, template, format, DataBufferUtils.join(file.content()).map(buffer -> {
                byte[] bytes = new byte[buffer.readableByteCount()];
                buffer.read(bytes);
                DataBufferUtils.release(buffer);
                return bytes;
            }));
        });
    }

    private Mono<ResponseEntity<DatasetVersion>> store(String name, String templateId, DatasetFormat format,
                                                            Mono<byte[]> body) {
        TemplateSpec.idProblem(name).ifPresent(problem -> {
            throw InvalidRequestException.of("name", problem);
        });
        Mono<TemplateSpec> template = templateId == null ? Mono.empty() : catalog.find(templateId, null, null);
        return body.switchIfEmpty(Mono.error(() -> InvalidRequestException.of("file", "is empty; send the rows as the body")))
                .publishOn(Schedulers.boundedElastic())
                .map(bytes -> uploads.parse(name, format, bytes))
                .flatMap(dataset -> template.doOnNext(spec -> check(dataset, spec)).thenReturn(dataset))
                .flatMap(dataset -> {
                    List<StoredDatasetRow> rows = DatasetUploads.rows(dataset);
                    return writes.create(name, "upload:" + format.name().toLowerCase(Locale.ROOT), templateId, rows.size(),
                            DatasetWrites.rowsJson(rows));
                })
                .map(DatasetController::created);
    }

    private static void check(Dataset dataset, TemplateSpec template) {
        List<RowError> misfits = DatasetValidator.validate(dataset, template);
        if (!misfits.isEmpty()) {
            throw new DatasetInputsException(template.id(), misfits);
        }
    }

    static ResponseEntity<DatasetVersion> created(DatasetVersion version) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/datasets/" + version.name() + "/versions/" + version.version()))
                .body(version);
    }
}
