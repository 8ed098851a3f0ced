package dev.dakora.gateway.web;

import dev.dakora.common.event.EventJson;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

    Flux<DataBuffer> write(Flux<Map<String, Object>> rows) {
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

    private static String csvLine(Map<String, Object> row) {
        StringBuilder line = new StringBuilder();
        for (String column : COLUMNS) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            Object value = row.get(column);
            String cell = value == null ? "" : column.equals("inputs") ? EventJson.writeString(value) : value.toString();
            line.append(quote(cell));
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
