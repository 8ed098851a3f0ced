package dev.dakora.gateway.web;

import dev.dakora.common.event.EventJson;
import dev.dakora.gateway.persistence.BatchResultRow;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes batch results as they are read: a JSON array, JSON Lines, or CSV with a header line (the
 * {@code inputs} cell holds the inputs as JSON). Each row is encoded on its own, so memory stays flat
 * however many rows stream.
 */
enum ResultFormats {
    JSON(MediaType.APPLICATION_JSON), JSONL(MediaType.parseMediaType("application/x-ndjson")), CSV(MediaType.parseMediaType("text/csv"));

    static final List<String> COLUMNS = List.of("row_index", "inputs", "model", "provider", "output", "tokens_in",
            "tokens_out", "cost_usd", "latency_ms", "error");

    private final MediaType mediaType;

    ResultFormats(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    static ResultFormats of(String format) {
        if (format == null) {
            return JSON;
        }
        return switch (format) {
            case "json" -> JSON;
            case "jsonl" -> JSONL;
            case "csv" -> CSV;
            default -> throw InvalidRequestException.of("format", "must be json, csv or jsonl");
        };
    }

    MediaType mediaType() {
        return mediaType;
    }

    Flux<DataBuffer> write(Flux<BatchResultRow> rows) {
        Flux<String> text = switch (this) {
            case JSONL -> rows.map(row -> EventJson.writeString(row) + "\n");
            case CSV -> Flux.concat(Flux.just(String.join(",", COLUMNS) + "\r\n"), rows.map(ResultFormats::csvLine));
            case JSON -> {
                AtomicBoolean first = new AtomicBoolean(true);
                yield Flux.concat(Flux.just("["),
                        rows.map(row -> (first.getAndSet(false) ? "" : ",") + EventJson.writeString(row)), Flux.just("]"));
            }
        };
        return text.map(chunk -> DefaultDataBufferFactory.sharedInstance.wrap(chunk.getBytes(StandardCharsets.UTF_8)));
    }

    /** The row's cells in {@link #COLUMNS} order; the inputs as JSON. */
    private static String csvLine(BatchResultRow row) {
        List<Object> cells = Arrays.asList(row.rowIndex(), row.inputs() == null ? null : EventJson.writeString(row.inputs()),
                row.model(), row.provider(), row.output(), row.tokensIn(), row.tokensOut(), row.costUsd(), row.latencyMs(),
                row.error());
        StringBuilder line = new StringBuilder();
        for (Object value : cells) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            line.append(quote(value == null ? "" : value.toString()));
        }
        return line.append("\r\n").toString();
    }

    private static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
