package dev.dakora.gateway.experiments;

import java.util.List;
import java.util.stream.Collectors;

/** Dataset rows that do not fit a template version's inputs: answered 422, each naming row, version and field. */
public class ExperimentRowsException extends RuntimeException {

    /** @param field e.g. {@code inputs.age} */
    public record Misfit(int row, String version, String field, String message) {

        @Override
        public String toString() {
            return "row " + row + ", version " + version + ", " + field + ": " + message;
        }
    }

    private final List<Misfit> misfits;

    ExperimentRowsException(String templateId, List<Misfit> misfits) {
        super(misfits.size() + " dataset row input(s) do not match template '" + templateId + "': "
                + misfits.stream().limit(10).map(Misfit::toString).collect(Collectors.joining("; "))
                + (misfits.size() > 10 ? "; and " + (misfits.size() - 10) + " more" : ""));
        this.misfits = List.copyOf(misfits);
    }

    public List<Misfit> misfits() {
        return misfits;
    }
}
