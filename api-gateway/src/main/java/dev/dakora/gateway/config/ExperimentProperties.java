package dev.dakora.gateway.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param maxCalls most evaluated model calls of one experiment (rows x versions x models x samples); 413 above */
@ConfigurationProperties("dakora.experiments")
public record ExperimentProperties(@DefaultValue("100000") long maxCalls) {
}
