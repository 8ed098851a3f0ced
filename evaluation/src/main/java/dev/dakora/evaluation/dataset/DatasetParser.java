package dev.dakora.evaluation.dataset;

/**
 * Reads a dataset upload (CSV, JSONL or JSON) into a {@link Dataset}, within a byte and a row limit.
 * Every row that cannot be read is reported, up to 100, in one {@link InvalidDatasetException} naming
 * its data row and the line of the file where it starts; nothing is half-accepted. Whether the inputs
 * suit a template is a separate step: {@link DatasetValidator}.
 */
public final class DatasetParser {

    private final int maxRows;
    private final long maxBytes;

    public DatasetParser(int maxRows, long maxBytes) {
        if (maxRows < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("the row and byte limits must be positive");
        }
        this.maxRows = maxRows;
        this.maxBytes = maxBytes;
    }

    /**
     * @throws DatasetTooLargeException over the byte or row limit
     * @throws InvalidDatasetException  naming every row that cannot be read
     */
    public Dataset parse(String name, String version, DatasetFormat format, byte[] body) {
        if (body.length > maxBytes) {
            throw new DatasetTooLargeException("the dataset is " + body.length + " bytes, more than " + maxBytes);
        }
        SourceText source = SourceText.decode(body);
        Rows rows = new Rows(maxRows);
        switch (format) {
            case CSV -> CsvRows.read(source, rows);
            case JSONL -> JsonRows.readLines(source, rows);
            case JSON -> JsonRows.readArray(source, rows);
        }
        return new Dataset(name, version, rows.result());
    }
}
