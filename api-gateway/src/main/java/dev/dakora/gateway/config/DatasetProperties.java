package dev.dakora.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on one dataset version (413 above them), whether uploaded or made from a batch.
 *
 * @param maxRows  most rows of one version
 * @param maxBytes most bytes of an upload, and of a version's rows as stored JSON; an upload's HTTP body
 *                 is also bounded by {@code dakora.http.max-request-body}
 */
@ConfigurationProperties("dakora.datasets")
public record DatasetProperties(@DefaultValue("10000") int maxRows, @DefaultValue("1MB") DataSize maxBytes) {
}
