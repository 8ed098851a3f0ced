package dev.dakora.gateway.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every body {@code POST /api/batches} reads, on each of its handler methods: the document has one operation for
 * the path, whose request body is that of whichever method it reads first.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@RequestBody(required = true, content = {
        @Content(mediaType = "application/json", schema = @Schema(implementation = BatchSchemas.Request.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = "string", description = "A header line naming the inputs, then one row per job")),
        @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string", description = "One JSON object of inputs per line")),
        @Content(mediaType = "application/jsonl", schema = @Schema(type = "string", description = "One JSON object of inputs per line")),
        @Content(mediaType = "multipart/form-data", schema = @Schema(implementation = BatchSchemas.Upload.class))})
@interface BatchUploadBody {
}
