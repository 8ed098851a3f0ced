package dev.dakora.gateway.web;

import dev.dakora.evaluation.dataset.Dataset;
import dev.dakora.evaluation.dataset.DatasetFormat;
import dev.dakora.evaluation.dataset.DatasetParser;
import dev.dakora.evaluation.dataset.DatasetTooLargeException;
import dev.dakora.gateway.config.DatasetProperties;
import dev.dakora.gateway.persistence.DatasetWrites;
import dev.dakora.gateway.persistence.StoredDatasetRow;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads an upload into rows with the evaluation module's parser, within the dataset bounds. */
final class DatasetUploads {

    private final DatasetParser parser;
    private final int maxRows;
    private final long maxBytes;

    DatasetUploads(DatasetProperties properties) {
        this.maxRows = properties.maxRows();
        this.maxBytes = properties.maxBytes().toBytes();
        this.parser = new DatasetParser(maxRows, maxBytes);
    }

    /** @throws InvalidRequestException for an upload without rows */
    Dataset parse(String name, DatasetFormat format, byte[] body) {
        Dataset dataset = parser.parse(name, null, format, body);
        if (dataset.rows().isEmpty()) {
            throw InvalidRequestException.of("file", "has no rows; a dataset version needs at least one");
        }
        return dataset;
    }

    /**
     * Rows as stored, checked against the bounds, for rows that did not come from an upload (an upload's
     * bounds are its file's bytes and rows, checked by the parser).
     */
    String rowsJson(List<StoredDatasetRow> rows) {
        checkRowCount(rows.size());
        String json = DatasetWrites.rowsJson(rows);
        long bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes > maxBytes) {
            throw new DatasetTooLargeException("the dataset's rows are " + bytes + " bytes of JSON, more than " + maxBytes
                    + " (dakora.datasets.max-bytes)");
        }
        return json;
    }

    void checkRowCount(int rows) {
        if (rows > maxRows) {
            throw new DatasetTooLargeException("the dataset has " + rows + " rows, more than " + maxRows
                    + " (dakora.datasets.max-rows)");
        }
    }

    static List<StoredDatasetRow> rows(Dataset dataset) {
        return dataset.rows().stream().map(row -> new StoredDatasetRow(row.row(), row.inputs(), row.expected(), row.metadata()))
                .toList();
    }

    static DatasetFormat format(MediaType type) {
        return DatasetFormat.of(type == null ? null : type.toString()).orElseThrow(() -> InvalidRequestException.of(
                "Content-Type", "must be text/csv, application/x-ndjson (or application/jsonl) or application/json"));
    }

    /** By the file name's extension, else the part's content type. */
    static DatasetFormat format(FilePart file) {
        String name = file.filename().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        Optional<DatasetFormat> byName = dot < 0 ? Optional.empty() : DatasetFormat.of(name.substring(dot + 1));
        MediaType type = file.headers().getContentType();
        return byName.or(() -> DatasetFormat.of(type == null ? null : type.toString())).orElseThrow(() ->
                InvalidRequestException.of("file", "must be named .csv, .jsonl (or .ndjson) or .json, or have one of "
                        + "their content types, so that its format is known"));
    }
}
