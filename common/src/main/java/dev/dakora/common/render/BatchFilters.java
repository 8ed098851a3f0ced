package dev.dakora.common.render;

import java.util.ArrayList;
import java.util.List;

/** Jinja2's {@code batch} and {@code slice}: a sequence cut into rows or into columns. */
final class BatchFilters {

    private BatchFilters() {
    }

    /**
     * Jinja2's {@code batch(linecount, fill_with=None)}: lists of {@code linecount} items, the last one
     * filled. A fractional or non-numeric count is never reached, so all items make one batch; only an int
     * count can fill.
     */
    static Object batch(Object value, FilterArgs args) {
        Object count = args.get(0, "linecount", 1L);
        boolean number = count instanceof Number || count instanceof Boolean;
        boolean fractional = count instanceof Double d ? d != Math.rint(d) : !number;
        double limit = count instanceof Double d ? d : fractional ? Double.NaN : args.integer(0, "linecount", 1);
        long size = fractional ? Long.MAX_VALUE : (long) limit;
        Object fill = args.get(1, "fill_with", null);
        List<Object> items = PyIterable.items(value);
        List<Object> batches = new ArrayList<>();
        List<Object> current = new ArrayList<>();
        for (Object item : items) {
            if (current.size() == size) {
                batches.add(current);
                current = new ArrayList<>();
            }
            current.add(item);
        }
        if (!current.isEmpty()) {
            if (fill != null && (!number || current.size() < limit)) {
                if (!(count instanceof Long || count instanceof Integer || count instanceof Boolean)) {
                    throw args.invalid("can't multiply sequence by non-int of type 'float'");
                }
                int missing = OutputBudget.require(size - current.size(), "the batch's filled list");
                current.addAll(java.util.Collections.nCopies(missing, fill));
            }
            batches.add(current);
        }
        return batches;
    }

    /** Jinja2's {@code slice(slices, fill_with=None)}: {@code slices} columns, the longer ones first. */
    static Object slice(Object value, FilterArgs args) {
        int slices = OutputBudget.require(args.integer(0, "slices", 1), "the number of slices");
        if (slices <= 0) {
            throw args.invalid("needs a positive number of slices");
        }
        Object fill = args.get(1, "fill_with", null);
        List<Object> items = PyIterable.items(value);
        int perSlice = items.size() / slices;
        int withExtra = items.size() % slices;
        int offset = 0;
        List<Object> out = new ArrayList<>(slices);
        for (int i = 0; i < slices; i++) {
            int start = offset + i * perSlice;
            if (i < withExtra) {
                offset++;
            }
            int end = offset + (i + 1) * perSlice;
            List<Object> part = new ArrayList<>(items.subList(start, end));
            if (fill != null && i >= withExtra) {
                part.add(fill);
            }
            out.add(part);
        }
        return out;
    }
}
