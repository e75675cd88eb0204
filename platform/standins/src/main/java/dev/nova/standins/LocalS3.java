package dev.nova.standins;

import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * S3Proxy: an S3 stand-in that checks SigV4 signatures (presigned URLs are really verified), backed by a folder
 * (data kept across restarts) or by memory (tests).
 */
public final class LocalS3 implements AutoCloseable {

    private final S3Proxy proxy;
    private final BlobStoreContext blobs;
    private final String accessKey;
    private final String secretKey;

    private LocalS3(S3Proxy proxy, BlobStoreContext blobs, String accessKey, String secretKey) {
        this.proxy = proxy;
        this.blobs = blobs;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** Starts with objects kept under {@code directory}. */
    public static LocalS3 persistent(Path directory, int port, String accessKey, String secretKey) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", directory.toString());
        return start("filesystem", properties, port, accessKey, secretKey);
    }

    /** Starts with objects kept in memory. */
    public static LocalS3 inMemory(String accessKey, String secretKey) {
        return start("transient", new Properties(), 0, accessKey, secretKey);
    }

    private static LocalS3 start(String provider, Properties properties, int port, String accessKey,
                                 String secretKey) {
        BlobStoreContext blobs = ContextBuilder.newBuilder(provider)
                .credentials(accessKey, secretKey)
                .overrides(properties)
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(blobs.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .build();
        try {
            proxy.start();
            while (!AbstractLifeCycle.STARTED.equals(proxy.getState())) {
                Thread.sleep(5);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while S3Proxy started", e);
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        return new LocalS3(proxy, blobs, accessKey, secretKey);
    }

    /** Makes the bucket unless it is there. */
    public LocalS3 createBucket(String name) {
        blobs.getBlobStore().createContainerInLocation(null, name);
        return this;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop cleanly", e);
        } finally {
            blobs.close();
        }
    }
}
