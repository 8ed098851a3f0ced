package dev.dakora.gateway.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Every body {@code POST /api/datasets/{name}/versions} reads, on each of its handler methods (see {@link BatchUploadBody}). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@RequestBody(required = true, content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "CSV with a header row")),
        @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string", description = "One row object per line")),
        @Content(mediaType = "application/jsonl", schema = @Schema(type = "string", description = "One row object per line")),
        @Content(mediaType = "application/x-jsonlines", schema = @Schema(type = "string", description = "One row object per line")),
        @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = DatasetSchemas.UploadRow.class))),
        @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = DatasetSchemas.Upload.class))})
@interface DatasetUploadBody {
}
