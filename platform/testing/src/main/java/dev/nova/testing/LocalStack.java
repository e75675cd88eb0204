package dev.nova.testing;

import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * LocalStack for the tests tagged {@code localstack} ({@code ./mvnw -Plocalstack verify}, on a machine with Docker):
 * one pinned image, the services a test names. These tests come in addition to the ones against the embedded
 * stand-ins, which run everywhere; without Docker they are skipped
 * ({@code @Testcontainers(disabledWithoutDocker = true)}).
 */
public final class LocalStack {

    public static final DockerImageName IMAGE = DockerImageName.parse("localstack/localstack:3.8.1");

    private LocalStack() {
    }

    public static LocalStackContainer with(LocalStackContainer.Service... services) {
        return new LocalStackContainer(IMAGE).withServices(services);
    }
}
