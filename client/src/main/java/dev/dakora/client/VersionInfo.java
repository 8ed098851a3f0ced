package dev.dakora.client;

import java.util.List;

/** One entry of a template's version history: {@code contentHash} is the SHA-256 of its canonical YAML. */
public record VersionInfo(String version, String createdAt, String contentHash, List<String> labels) {
}
