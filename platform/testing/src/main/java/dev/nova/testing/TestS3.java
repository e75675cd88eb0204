package dev.nova.testing;

import dev.nova.invocation.AwsStandIns;
import dev.nova.standins.LocalS3;

import java.util.HashMap;
import java.util.Map;

/** One S3Proxy per test JVM, in memory, shared by every test. */
public final class TestS3 {

    public static final String ACCESS_KEY = "nova-test";
    public static final String SECRET_KEY = "nova-test-secret";

    private static volatile LocalS3 server;

    private TestS3() {
    }

    /** The bucket media's uploads go to in tests. */
    public static final String UPLOADS_BUCKET = "nova-test-uploads";
    /** The bucket media's variants and renditions go to in tests. */
    public static final String MEDIA_BUCKET = "nova-test-media";

    /**
     * The properties of a media context on this stand-in, with the uploads bucket made. Put them after the queue
     * properties: both set the AWS keys, and S3Proxy checks its own.
     */
    public static Map<String, Object> mediaProperties() {
        LocalS3 s3 = server().createBucket(UPLOADS_BUCKET).createBucket(MEDIA_BUCKET);
        Map<String, Object> properties = new HashMap<>(AwsStandIns.s3(s3.endpoint(), ACCESS_KEY, SECRET_KEY));
        properties.put("nova.media.uploads-bucket", UPLOADS_BUCKET);
        properties.put("nova.media.media-bucket", MEDIA_BUCKET);
        return properties;
    }

    public static synchronized LocalS3 server() {
        if (server == null) {
            LocalS3 started = LocalS3.inMemory(ACCESS_KEY, SECRET_KEY);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-s3-stop"));
            server = started;
        }
        return server;
    }
}
