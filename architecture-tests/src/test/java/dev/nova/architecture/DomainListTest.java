package dev.nova.architecture;

import dev.nova.events.EventConsumerFunction;
import dev.nova.invocation.DomainDescriptor;
import dev.nova.invocation.DomainFunction;
import dev.nova.routing.NovaDomains;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every domain is in {@link NovaDomains}, and every place that cannot read that list knows each domain in it: a
 * domain folder without a descriptor, or a descriptor some place has not heard of, fails here with what to add.
 */
class DomainListTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void everyDomainFolderHasADescriptorInTheList() throws IOException {
        List<String> folders;
        try (Stream<Path> paths = Files.list(ROOT.resolve("functions"))) {
            folders = paths.filter(path -> Files.isDirectory(path.resolve("function")))
                    .map(path -> path.getFileName().toString()).sorted().toList();
        }

        assertThat(folders).as("functions/<domain>/function folders; add each one's descriptor to NovaDomains.ALL")
                .containsExactlyInAnyOrderElementsOf(NovaDomains.names());
        assertThat(NovaPackages.DOMAINS).containsAll(NovaDomains.names());
    }

    @Test
    void everyDescriptorNamesItsOwnJarAndHandlersThatLambdaAndTheLocalRuntimeCanBuild() throws Exception {
        for (DomainDescriptor domain : NovaDomains.ALL) {
            assertThat(domain.jar()).startsWith("functions/" + domain.name() + "/function/target/nova-");
            Class<?> handler = Class.forName(domain.handler());
            assertThat(DomainFunction.class).as(domain.handler()).isAssignableFrom(handler);
            assertThat(handler.getConstructor()).as("Lambda's no-argument constructor").isNotNull();
            assertThat(handler.getConstructor(ApplicationContext.class)).isNotNull();
            if (domain.eventsHandler().isPresent()) {
                Class<?> consumer = Class.forName(domain.eventsHandler().get());
                assertThat(EventConsumerFunction.class).isAssignableFrom(consumer);
                assertThat(consumer.getConstructor()).isNotNull();
            }
        }
    }

    @Test
    void theBuildAndTheMigrationsKnowEveryDomain() throws IOException {
        String rootPom = Files.readString(ROOT.resolve("pom.xml"));
        String migrationsPom = Files.readString(ROOT.resolve("migrations/pom.xml"));
        String localPom = Files.readString(ROOT.resolve("local/pom.xml"));
        for (String name : NovaDomains.names()) {
            assertThat(rootPom).contains("<module>functions/" + name + "/api</module>",
                    "<module>functions/" + name + "/function</module>");
            assertThat(migrationsPom).as("migrations carries each domain's scripts")
                    .contains("<artifactId>nova-" + name + "-function</artifactId>");
            assertThat(localPom).contains("<artifactId>nova-" + name + "-function</artifactId>");
            assertThat(ROOT.resolve("functions/" + name + "/function/src/main/resources/db/" + name))
                    .as("its Flyway history").isDirectory();
            assertThat(ROOT.resolve("functions/" + name + "/function/src/main/resources/application-" + name
                    + ".properties")).isRegularFile();
        }
    }

    @Test
    void theGatewayAndTheSchedulersCanCallEveryDomain() throws IOException {
        String gateway = Files.readString(ROOT.resolve("graphql-api/src/main/resources/application-gateway.properties"));
        String schedulers = Files.readString(ROOT.resolve("schedulers/src/main/resources/application-schedulers.properties"));
        for (DomainDescriptor domain : NovaDomains.ALL) {
            String functionName = "nova.invoker.domains." + domain.name() + ".function-name=${"
                    + domain.functionVariable() + ":nova-" + domain.name() + "}";
            assertThat(gateway).contains(functionName);
            assertThat(schedulers).contains(functionName);
            assertThat(ROOT.resolve("graphql-api/src/main/resources/schema/" + domain.name() + ".graphqls"))
                    .as("its part of the GraphQL schema").isRegularFile();
        }
    }
}
