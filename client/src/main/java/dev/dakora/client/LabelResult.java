package dev.dakora.client;

import java.util.Map;

/** The answer to moving a label: the label, the version it now names, and every label of the template. */
public record LabelResult(String id, String label, String version, Map<String, String> labels) {
}
