package dev.dakora.gateway.domain;

import reactor.core.publisher.Mono;

import java.util.List;

/** Checks a batch's rows as a submission would, and submits nothing. */
public class BatchValidation {

    /** The template a batch would run and every row's check, in submission order. */
    public record Result(String templateId, String version, List<RowCheck> rows) {

        public long invalidRows() {
            return rows.stream().filter(row -> !row.valid()).count();
        }
    }

    private final TemplateCatalog catalog;

    public BatchValidation(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    public Mono<Result> check(BatchRequest request) {
        return catalog.find(request.templateId(), request.version(), request.label())
                .map(spec -> new Result(spec.id(), spec.version(), RowCheck.all(spec, request.rows())));
    }
}
