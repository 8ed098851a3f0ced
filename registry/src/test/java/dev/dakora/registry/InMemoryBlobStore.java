package dev.dakora.registry;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** A {@link BlobStore} in a map, to check that the registry's rules need nothing more than the interface. */
final class InMemoryBlobStore implements BlobStore {

    private final ConcurrentSkipListMap<String, byte[]> objects = new ConcurrentSkipListMap<>();

    @Override
    public Optional<byte[]> read(String name) {
        return Optional.ofNullable(objects.get(name)).map(byte[]::clone);
    }

    @Override
    public void write(String name, byte[] data) {
        objects.put(name, data.clone());
    }

    @Override
    public boolean writeIfAbsent(String name, byte[] data) {
        return objects.putIfAbsent(name, data.clone()) == null;
    }

    @Override
    public boolean delete(String name) {
        return objects.remove(name) != null;
    }

    @Override
    public List<String> list(String prefix) {
        return objects.keySet().stream().filter(name -> name.startsWith(prefix)).toList();
    }
}
