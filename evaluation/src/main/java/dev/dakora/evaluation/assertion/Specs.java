package dev.dakora.evaluation.assertion;

import java.util.LinkedHashMap;
import java.util.Map;

/** Rules and helpers every assertion record shares. */
final class Specs {

    static final double MAX_WEIGHT = 1000;

    private Specs() {
    }

    static void weight(double weight) {
        if (!Double.isFinite(weight) || weight < 0 || weight > MAX_WEIGHT) {
            throw new SpecFieldException("weight", "must be a number from 0 to " + (int) MAX_WEIGHT);
        }
    }

    static void threshold(double threshold) {
        if (!Double.isFinite(threshold) || threshold < 0 || threshold > 1) {
            throw new SpecFieldException("threshold", "must be a number from 0 to 1");
        }
    }

    static String nonEmpty(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new SpecFieldException(field, "is required");
        }
        return value;
    }

    /** A map starting with {@code type}, ending with {@code weight} when it is not the default 1. */
    static Map<String, Object> map(String type) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", type);
        return map;
    }

    static Map<String, Object> withWeight(Map<String, Object> map, double weight) {
        if (weight != 1.0) {
            map.put("weight", weight);
        }
        return map;
    }
}
