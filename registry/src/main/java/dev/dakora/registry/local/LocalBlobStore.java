package dev.dakora.registry.local;

import dev.dakora.registry.BlobStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * A {@link BlobStore} in a directory: an object is a file, {@code /} in its name a subdirectory. Writes
 * go to a temporary file in the same directory and are then moved into place atomically, so a reader
 * never sees half a file; {@link #writeIfAbsent} links the finished file in, which fails when the name is
 * taken. Every name is checked to stay inside the directory ({@link ObjectNames}).
 */
public final class LocalBlobStore implements BlobStore {

    private final ObjectNames names;
    private final DirectoryListing listing;

    /** Opens {@code directory}, creating it when missing. */
    public LocalBlobStore(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the template directory " + directory, e);
        }
        this.names = new ObjectNames(directory);
        this.listing = new DirectoryListing(names);
    }

    public Path root() {
        return names.root();
    }

    @Override
    public Optional<byte[]> read(String name) {
        Path path = names.resolve(name);
        try {
            return Files.isRegularFile(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    @Override
    public void write(String name, byte[] data) {
        Path target = names.resolve(name);
        Path temp = writeTemp(target, data);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("cannot write " + name, e);
        }
    }

    @Override
    public boolean writeIfAbsent(String name, byte[] data) {
        Path target = names.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path temp = writeTemp(target, data);
        try {
            Files.createLink(target, temp);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException e) {
            return createNew(target, data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public boolean delete(String name) {
        try {
            return Files.deleteIfExists(names.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + name, e);
        }
    }

    @Override
    public List<String> list(String prefix) {
        return listing.list(prefix);
    }

    private static Path writeTemp(Path target, byte[] data) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ObjectNames.TEMP_SUFFIX);
            Files.write(temp, data);
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static boolean createNew(Path target, byte[] data) {
        try {
            Files.write(target, data, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary file left behind is skipped by list()
        }
    }
}
