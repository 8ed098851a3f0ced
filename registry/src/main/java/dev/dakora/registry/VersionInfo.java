package dev.dakora.registry;

import java.time.Instant;
import java.util.List;

/**
 * One entry of a template's history.
 *
 * @param contentHash SHA-256 (hex) of the version's canonical YAML
 * @param labels      labels pointing at this version, {@code latest} included
 */
public record VersionInfo(String version, Instant createdAt, String contentHash, List<String> labels) {
}
