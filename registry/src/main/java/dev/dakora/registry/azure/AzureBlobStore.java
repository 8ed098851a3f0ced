package dev.dakora.registry.azure;

import com.azure.core.util.BinaryData;
import com.azure.core.util.Context;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobErrorCode;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobRequestConditions;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.blob.options.BlockBlobSimpleUploadOptions;
import dev.dakora.registry.BlobStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link BlobStore} in an Azure Blob Storage container, each object one block blob named
 * {@code prefix + name}. Writes are single Put Blob requests, so readers see whole objects;
 * {@link #writeIfAbsent} relies on {@code If-None-Match: *}, which Azure evaluates atomically.
 */
public final class AzureBlobStore implements BlobStore {

    private final BlobContainerClient container;
    private final String prefix;
    private final AzureErrors errors;

    AzureBlobStore(BlobContainerClient container, String prefix, AzureErrors errors) {
        this.container = container;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** Connects to the configured container, creating it when it does not exist yet. */
    public static AzureBlobStore connect(AzureBlobStoreConfig config) {
        Objects.requireNonNull(config, "config");
        BlobContainerClient container = AzureClients.containerClient(config);
        String location = "container '" + config.container() + "' at " + container.getBlobContainerUrl();
        AzureErrors errors = AzureErrors.forConfig(config, location);
        try {
            container.createIfNotExists();
        } catch (RuntimeException e) {
            throw errors.failed("create or open the container", e);
        }
        return new AzureBlobStore(container, config.prefix(), errors);
    }

    @Override
    public Optional<byte[]> read(String name) {
        BlobClient blob = blob(name);
        try {
            return Optional.of(blob.downloadContent().toBytes());
        } catch (BlobStorageException e) {
            if (BlobErrorCode.BLOB_NOT_FOUND.equals(e.getErrorCode())) {
                return Optional.empty();
            }
            throw errors.failed("read " + BlobNames.quote(name), e);
        } catch (RuntimeException e) {
            throw errors.failed("read " + BlobNames.quote(name), e);
        }
    }

    @Override
    public void write(String name, byte[] data) {
        upload(name, data, null);
    }

    @Override
    public boolean writeIfAbsent(String name, byte[] data) {
        try {
            upload(name, data, new BlobRequestConditions().setIfNoneMatch("*"));
            return true;
        } catch (AzureBlobStoreException e) {
            if (e.statusCode() == 409 || e.statusCode() == 412) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean delete(String name) {
        BlobClient blob = blob(name);
        try {
            return blob.deleteIfExists();
        } catch (RuntimeException e) {
            throw errors.failed("delete " + BlobNames.quote(name), e);
        }
    }

    @Override
    public List<String> list(String namePrefix) {
        String fullPrefix = prefix + BlobNames.requireValidPrefix(namePrefix);
        List<String> names = new ArrayList<>();
        try {
            for (BlobItem item : container.listBlobs(new ListBlobsOptions().setPrefix(fullPrefix), null)) {
                names.add(item.getName().substring(prefix.length()));
            }
        } catch (RuntimeException e) {
            throw errors.failed("list names starting with " + BlobNames.quote(namePrefix), e);
        }
        names.sort(null);
        return names;
    }

    private void upload(String name, byte[] data, BlobRequestConditions conditions) {
        Objects.requireNonNull(data, "data");
        BlobClient blob = blob(name);
        BlockBlobSimpleUploadOptions options =
                new BlockBlobSimpleUploadOptions(BinaryData.fromBytes(data)).setRequestConditions(conditions);
        try {
            blob.getBlockBlobClient().uploadWithResponse(options, null, Context.NONE);
        } catch (RuntimeException e) {
            throw errors.failed("write " + BlobNames.quote(name), e);
        }
    }

    private BlobClient blob(String name) {
        String fullName = prefix + BlobNames.requireValidName(name);
        if (fullName.length() > BlobNames.MAX_LENGTH) {
            throw new IllegalArgumentException("Blob name is longer than " + BlobNames.MAX_LENGTH
                    + " characters with the store prefix: " + BlobNames.quote(name));
        }
        return container.getBlobClient(fullName);
    }
}
