package dev.dakora.gateway.web;

import dev.dakora.common.event.CallLane;
import dev.dakora.gateway.domain.BatchRequest;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a batch body (JSON, CSV, JSON Lines or a multipart file) into the request and the rows' source lines. */
final class BatchBodies {

    /**
     * A batch as read, and where each of its rows came from.
     *
     * @param formLane the multipart upload's {@code lane} form field; null when none (and for other bodies)
     */
    record Read(BatchRequest request, SourceRows source, String formLane) {

        Read(BatchRequest request, SourceRows source) {
            this(request, source, null);
        }
    }

    private final int maxRows;

    BatchBodies(int maxRows) {
        this.maxRows = maxRows;
    }

    Read json(BatchSchemas.Request body, boolean modelsRequired) {
        BatchRequest request = BatchRequests.fromJson(body, maxRows, modelsRequired);
        return new Read(request, SourceRows.ofJson(request.rows()));
    }

    Read upload(MultiValueMap<String, String> fields, SourceRows source, boolean modelsRequired) {
        return new Read(BatchRequests.fromUpload(fields, source.rows(), maxRows, modelsRequired), source);
    }

    Mono<Read> multipart(ServerWebExchange exchange, boolean modelsRequired) {
        // a copy of every value list: the request's own lists are read-only, and a form field may repeat a parameter
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        fields.addAll(exchange.getRequest().getQueryParams());
        return exchange.getMultipartData().flatMap(parts -> {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            parts.forEach((name, values) -> values.stream().filter(FormFieldPart.class::isInstance)
                    .forEach(part -> form.add(name, ((FormFieldPart) part).value())));
            form.forEach((name, values) -> fields.addAll(name, values));
            String formLane = formLane(form.getOrDefault(CallLane.KEY, List.of()));
            Part file = parts.getFirst("file");
            if (!(file instanceof FilePart filePart)) {
                return Mono.error(InvalidRequestException.of("file", "is required: the rows as a CSV or JSON Lines file part"));
            }
            boolean jsonLines = isJsonLines(filePart);
            return DataBufferUtils.join(filePart.content()).map(buffer -> {
                String text = buffer.toString(StandardCharsets.UTF_8);
                DataBufferUtils.release(buffer);
                Read read = upload(fields, jsonLines ? JsonLinesRows.parse(text) : CsvRows.parse(text), modelsRequired);
                return new Read(read.request(), read.source(), formLane);
            });
        });
    }

    /** The one lane the form fields name, or null; a lane field repeated with different values is refused. */
    private static String formLane(List<String> values) {
        if (values.stream().map(value -> value.strip().toLowerCase(Locale.ROOT)).distinct().count() > 1) {
            throw InvalidRequestException.of(CallLane.KEY, "is given as several form fields with different values "
                    + values + "; give one");
        }
        return values.isEmpty() ? null : values.getFirst();
    }

    private static boolean isJsonLines(FilePart file) {
        String name = file.filename().toLowerCase(Locale.ROOT);
        String type = String.valueOf(file.headers().getContentType());
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || type.contains("ndjson") || type.contains("jsonl");
    }
}
