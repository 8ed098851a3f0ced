package dev.dakora.client;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Locale;

/** A dataset file as it is uploaded: its content type, told by its extension, and its bytes as the request body. */
record DatasetFile(String contentType, HttpRequest.BodyPublisher body) {

    /**
     * @throws IllegalArgumentException when the name does not end in {@code .csv}, {@code .jsonl},
     *                                  {@code .ndjson} or {@code .json}, or when there is no file
     */
    static DatasetFile of(Path file) {
        String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String contentType = fileName.endsWith(".csv") ? "text/csv"
                : fileName.endsWith(".jsonl") || fileName.endsWith(".ndjson") ? "application/x-ndjson"
                : fileName.endsWith(".json") ? Transport.JSON : null;
        if (contentType == null) {
            throw new IllegalArgumentException("a dataset file must end in .csv, .jsonl, .ndjson or .json: " + file);
        }
        try {
            return new DatasetFile(contentType, HttpRequest.BodyPublishers.ofFile(file));
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("no dataset file at " + file, e);
        }
    }
}
