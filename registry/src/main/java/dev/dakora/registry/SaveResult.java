package dev.dakora.registry;

import dev.dakora.common.template.TemplateSpec;

/**
 * What a save stored: the template as now current, and whether that made a new version.
 */
public record SaveResult(TemplateSpec spec, boolean created) {
}
