package dev.nova.invocation;

import io.micronaut.context.ApplicationContext;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The micronaut-aws-sdk-v2 properties that point a context's clients of one service at a local stand-in
 * (ElasticMQ, S3Proxy, a test server) instead of AWS. Stand-ins check neither region nor credentials, but the
 * SDK wants both, so fixed ones come along; in AWS neither property is set and the SDK's default chains apply.
 */
public final class AwsStandIns {

    private AwsStandIns() {
    }

    /**
     * A context that holds only the library's clients, pointed at the stand-in at {@code endpoint}: for what runs
     * outside any function's context (making the stand-in's queues, tests). Close it to close its clients.
     */
    public static ApplicationContext clients(String service, URI endpoint) {
        return ApplicationContext.builder().deduceEnvironment(false).properties(endpoint(service, endpoint)).start();
    }

    /**
     * The properties that point a context's S3 clients (and media's presigner) at an S3 stand-in, which checks
     * signatures, so with its own keys; path-style addressing, since the stand-in serves every bucket on one host.
     */
    public static Map<String, Object> s3(URI endpoint, String accessKey, String secretKey) {
        Map<String, Object> properties = endpoint("s3", endpoint);
        properties.put("aws.access-key-id", accessKey);
        properties.put("aws.secret-key", secretKey);
        properties.put("aws.s3.path-style-access-enabled", true);
        return properties;
    }

    /**
     * @param service the SDK's service name ({@code SqsClient.SERVICE_NAME}, {@code "lambda"}, ...), which names
     *                the {@code aws.services.<service>} configuration the library's client factory reads
     */
    public static Map<String, Object> endpoint(String service, URI endpoint) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("aws.services." + service + ".endpoint-override", endpoint.toString());
        properties.put("aws.region", "us-east-1");
        properties.put("aws.access-key-id", "local");
        properties.put("aws.secret-key", "local");
        return properties;
    }
}
