package dev.nova.gateway.contract;

import dev.nova.gateway.http.PersistedQueryManifest;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allowlist a production gateway runs: every operation in {@code graphql-api/operations/} is one named
 * operation that validates against the schema, and {@code src/main/resources/persisted-queries.json} is the Apollo
 * manifest generated from them. To take a change: {@code -Dtest=PersistedQueryManifestTest
 * -Dnova.schema.update=true}, then commit the manifest with the operations.
 */
class PersistedQueryManifestTest {

    private static final Path MODULE = Path.of(System.getProperty("user.dir"));
    private static final Path OPERATIONS = MODULE.resolve("operations");
    private static final Path COMMITTED = MODULE.resolve("src/main/resources").resolve(PersistedQueryManifest.RESOURCE);

    @Test
    void theCommittedManifestHoldsEveryShippedOperationAndEachRunsOnTheSchema() throws IOException {
        String generated = render(manifest(SchemaContractTest.engine().schema()));
        if (SchemaContractTest.updating()) {
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }

        assertThat(Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "")
                .as(COMMITTED + " differs from the operations; take them with -Dnova.schema.update=true")
                .isEqualTo(generated);
        PersistedQueryManifest committed = ObjectMapper.getDefault().readValue(generated,
                PersistedQueryManifest.class);
        assertThat(committed.bodiesById()).hasSize(committed.operations().size());
        assertThat(committed.operations()).extracting(PersistedQueryManifest.Entry::name).contains("Follow", "Ping");
    }

    @Test
    void anOperationTheSchemaRefusesIsNotTaken() {
        assertThat(errorsOf(SchemaContractTest.engine().schema(), "query Gone { user(username: \"a\") { gone } }"))
                .isNotEmpty();
    }

    private static PersistedQueryManifest manifest(GraphQLSchema schema) throws IOException {
        List<PersistedQueryManifest.Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(OPERATIONS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".graphql")).sorted().toList()) {
                String body = Files.readString(file, StandardCharsets.UTF_8).strip();
                String name = file.getFileName().toString().replace(".graphql", "");
                assertThat(errorsOf(schema, body)).as(file + " must run on the schema").isEmpty();
                List<OperationDefinition> operations = graphql.parser.Parser.parse(body)
                        .getDefinitionsOfType(OperationDefinition.class);
                assertThat(operations).as(file + " holds one operation, named as the file").singleElement()
                        .satisfies(operation -> assertThat(operation.getName()).isEqualTo(name));
                entries.add(PersistedQueryManifest.Entry.of(name,
                        operations.get(0).getOperation().name().toLowerCase(Locale.ROOT), body));
            }
        }
        return PersistedQueryManifest.of(entries);
    }

    private static List<?> errorsOf(GraphQLSchema schema, String body) {
        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(schema,
                ExecutionInput.newExecutionInput().query(body).build());
        return result.getErrors();
    }

    /** The manifest as JSON, one operation a line, so a change reads as a diff of the operations it touches. */
    private static String render(PersistedQueryManifest manifest) throws IOException {
        ObjectMapper json = ObjectMapper.getDefault();
        StringBuilder text = new StringBuilder("{\"format\":\"").append(manifest.format()).append("\",\"version\":")
                .append(manifest.version()).append(",\"operations\":[\n");
        for (int i = 0; i < manifest.operations().size(); i++) {
            text.append("  ").append(json.writeValueAsString(manifest.operations().get(i)))
                    .append(i < manifest.operations().size() - 1 ? ",\n" : "\n");
        }
        return text.append("]}\n").toString();
    }
}
