package dev.dakora.registry;

import dev.dakora.common.template.TemplateSpec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Versioned template storage. Every save that changes a template's content creates a new immutable
 * version; labels ({@code production}, {@code staging}, ...) point at versions and can be moved;
 * {@value #LATEST} always follows the newest. A deleted template disappears from {@link #list()} and
 * {@link #get(String)} while its history stays readable.
 */
public interface TemplateRegistry extends AutoCloseable {

    String LATEST = "latest";

    /** Ids of the live templates, sorted. */
    List<String> list();

    /** The newest version of a live template. */
    Optional<TemplateSpec> get(String id);

    /** One exact version, live or deleted. */
    Optional<TemplateSpec> getVersion(String id, String version);

    /** The version a label points at; {@value #LATEST} is the newest. */
    Optional<TemplateSpec> getByLabel(String id, String label);

    /**
     * Stores a template that does not exist yet (a deleted one may be created again).
     *
     * @throws TemplateExistsException when a live template has this id
     */
    SaveResult create(TemplateSpec spec);

    /**
     * Stores a new version of a template, creating it when absent. Unchanged content creates no
     * version; a changed template that keeps the newest version string gets the next patch version;
     * a new version string is used as given.
     *
     * @throws VersionConflictException when the version string already names another version
     */
    SaveResult save(TemplateSpec spec);

    /** Hides a template from listing and loading; returns false when no live template has this id. */
    boolean delete(String id);

    /** The history of a template, newest first; empty when the id was never stored. */
    List<VersionInfo> history(String id);

    /** Label name to version, {@value #LATEST} included. */
    Map<String, String> labels(String id);

    /**
     * Points a label at a version (moving it is a rollback).
     *
     * @throws TemplateNotFoundException when the template or the version does not exist
     * @throws IllegalArgumentException  for a label name that is not safe, or {@value #LATEST}
     */
    void setLabel(String id, String label, String version);

    /** Called with a template id after it changes, from this process or from outside (a file edit). */
    void addChangeListener(Consumer<String> listener);

    @Override
    default void close() {
    }
}
