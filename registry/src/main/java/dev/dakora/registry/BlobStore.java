package dev.dakora.registry;

import java.util.List;
import java.util.Optional;

/**
 * The bytes behind a registry: named objects in a flat namespace with {@code /} as a separator, as in a
 * directory tree or a blob container. Names are built by the registry from validated ids and versions;
 * implementations still refuse any name that would leave their root.
 */
public interface BlobStore {

    Optional<byte[]> read(String name);

    /** Replaces the object whole: a reader sees the old bytes or the new, never a mix. */
    void write(String name, byte[] data);

    /** Writes only when no object has this name; returns false when one already does. */
    boolean writeIfAbsent(String name, byte[] data);

    /** Removes the object; returns false when there was none. */
    boolean delete(String name);

    /** Names of the objects whose name starts with {@code prefix}, sorted. */
    List<String> list(String prefix);
}
