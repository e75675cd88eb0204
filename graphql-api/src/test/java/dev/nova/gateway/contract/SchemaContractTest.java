package dev.nova.gateway.contract;

import dev.nova.gateway.config.GatewayConfiguration;
import dev.nova.gateway.graphql.DomainFields;
import dev.nova.gateway.graphql.GraphQlEngine;
import dev.nova.gateway.graphql.QueryLimits;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.invocation.DomainInvoker;
import dev.nova.invocation.InvocationCodec;
import dev.nova.invocation.Operation;
import dev.nova.kernel.Caller;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import graphql.schema.idl.SchemaPrinter;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API contract: the merged SDL of every domain module is {@code graphql-api/schema.graphql}, committed, and a
 * change to it that breaks clients (a removed type or field, a changed type, a tightened nullability, a new required
 * argument) must be listed as intended in {@code graphql-api/schema-breaking-changes.txt}.
 *
 * <p>To take a schema change: {@code ./mvnw -pl graphql-api test -Dtest=SchemaContractTest -Dnova.schema.update=true}
 * writes the file (after the breaking-change check passes); commit it with the change.
 */
class SchemaContractTest {

    private static final Path MODULE = Path.of(System.getProperty("user.dir"));
    private static final Path COMMITTED = MODULE.resolve("schema.graphql");
    private static final Path INTENDED = MODULE.resolve("schema-breaking-changes.txt");
    private static final Path GENERATED = MODULE.resolve("target/schema.graphql");

    private static final InvocationCodec CODEC = new InvocationCodec(ObjectMapper.getDefault());
    private static final DomainInvoker NO_DOMAINS = new DomainInvoker() {
        @Override
        public <Q, R> CompletableFuture<R> invoke(Operation<Q, R> operation, Caller caller, Q request) {
            throw new IllegalStateException("the contract test calls no domain");
        }
    };

    @Test
    void theCommittedSchemaIsTheOneTheModulesMake() throws IOException {
        String generated = generated();
        Files.createDirectories(GENERATED.getParent());
        Files.writeString(GENERATED, generated);
        if (updating()) {
            assertThat(unlistedBreakages(committed(), generated)).as("breaking changes not in " + INTENDED).isEmpty();
            Files.writeString(COMMITTED, generated);
        }

        assertThat(committed()).as("graphql-api/schema.graphql is not the schema the modules make (see "
                + GENERATED + "); take the change with -Dnova.schema.update=true and commit it").isEqualTo(generated);
    }

    @Test
    void noChangeBreaksClientsUnlessListedAsIntended() throws IOException {
        assertThat(unlistedBreakages(committed(), generated())).as("breaking changes: list each one you intend in "
                + INTENDED + " (one per line, as shown)").isEmpty();
    }

    @Test
    void theCheckSeesRemovedFieldsChangedTypesAndTightenedNullability() {
        String committed = generated();
        String removed = committed.replaceFirst("\n  followerCount: Int!\n", "\n");
        String retyped = committed.replaceFirst("\n  username: String!\n", "\n  username: Int!\n");
        String tightened = committed.replaceFirst("\n  displayName: String\n", "\n  displayName: String!\n");

        assertThat(breakages(committed, removed)).anyMatch(line -> line.startsWith("User.followerCount"));
        assertThat(breakages(committed, retyped)).anyMatch(line -> line.startsWith("Account.username"));
        assertThat(breakages(committed, tightened)).isEmpty();  // a tightened output is safe for clients
        String looserInput = committed.replaceFirst("(input RegisterInput \\{[^}]*?email: )String!", "$1String");
        assertThat(breakages(looserInput, committed)).as("a tightened input breaks clients")
                .anyMatch(line -> line.startsWith("RegisterInput.email"));
    }

    @Test
    void theSchemasEnumsHoldEveryValueTheDomainsAnswer() {
        GraphQLEnumType securityEvents = (GraphQLEnumType) engine().schema().getType("SecurityEventType");

        assertThat(securityEvents.getValues()).extracting(GraphQLEnumValueDefinition::getName)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(SecurityEventType.values()).map(Enum::name)
                        .toList());
    }

    private static String generated() {
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeDirectives(false))
                .print(engine().schema());
    }

    /** The gateway's engine over every module, calling no domain: the schema the contract is about. */
    static GraphQlEngine engine() {
        return new GraphQlEngine(GatewayConfiguration.modules(new DomainFields(NO_DOMAINS, CODEC)),
                QueryLimits.DEFAULTS, true);
    }

    /** True when the run is asked to write the generated files ({@code -Dnova.schema.update=true}). */
    static boolean updating() {
        return Boolean.getBoolean("nova.schema.update");
    }

    private static String committed() throws IOException {
        return Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
    }

    private static Set<String> unlistedBreakages(String before, String after) throws IOException {
        if (before.isEmpty()) {
            return Set.of();
        }
        Set<String> intended = Files.readAllLines(INTENDED).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toSet());
        return breakages(before, after).stream().filter(line -> !intended.contains(line))
                .collect(Collectors.toSet());
    }

    /** Each breaking change from {@code before} to {@code after}, as {@code Type.field: reason}. */
    private static List<String> breakages(String before, String after) {
        CapturingReporter reporter = new CapturingReporter();
        new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(before, after), reporter);
        return reporter.getBreakages().stream().map(SchemaContractTest::describe).toList();
    }

    private static String describe(DiffEvent event) {
        String where = event.getFieldName() == null ? event.getTypeName()
                : event.getTypeName() + "." + event.getFieldName();
        return where + ": " + event.getReasonMsg();
    }
}
