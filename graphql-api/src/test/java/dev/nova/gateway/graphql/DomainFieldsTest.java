package dev.nova.gateway.graphql;

import dev.nova.invocation.DomainInvoker;
import dev.nova.invocation.InvocationCodec;
import dev.nova.invocation.Operation;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.PageRequest;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A bound field's arguments, or its one input, reach the domain as the request record, through the codec: global
 * ids decoded and checked by their names, the payload's {@code clientMutationId} echoed, the idempotency header
 * filled in, and whatever a record refuses answered as its typed error before any domain call.
 */
class DomainFieldsTest {

    @Serdeable
    record PinRequest(UUID userId, UUID reportId, List<UUID> sessionIds, String note, String idempotencyKey) {
    }

    @Serdeable
    record Pinned(String note) {
    }

    private static final Operation<PinRequest, Pinned> PIN =
            Operation.command("test", "pin", PinRequest.class, Pinned.class);
    private static final Operation<PageRequest, Boolean> PINS =
            Operation.query("test", "pins", PageRequest.class, Boolean.class);
    private static final String SDL = """
            type Query { pins(first: Int = 20, after: String): Boolean }
            input PinInput { userId: ID!, reportId: ID, sessionIds: [ID!], note: String, clientMutationId: String }
            type PinPayload { note: String, clientMutationId: String }
            type Mutation { pin(input: PinInput!): PinPayload!, pinTarget(targetId: ID!): PinPayload! }
            """;

    private final List<Object> requests = new ArrayList<>();
    private final DomainInvoker recording = new DomainInvoker() {
        @Override
        @SuppressWarnings("unchecked")
        public <Q, R> CompletableFuture<R> invoke(Operation<Q, R> operation, Caller caller, Q request) {
            requests.add(request);
            return CompletableFuture.completedFuture((R) (request instanceof PinRequest pin
                    ? new Pinned(pin.note() + "/" + pin.idempotencyKey()) : Boolean.TRUE));
        }
    };
    private final DomainFields fields = new DomainFields(recording, new InvocationCodec(ObjectMapper.getDefault()));
    private final GraphQL graphQL = graphQL();

    @Test
    void anInputBecomesTheRequestRecordWithItsGlobalIdsDecoded() {
        UUID user = UUID.randomUUID();
        UUID report = UUID.randomUUID();
        UUID session = UUID.randomUUID();

        ExecutionResult result = run("mutation($i: PinInput!) { pin(input: $i) { note clientMutationId } }",
                Map.of("i", Map.of("userId", GlobalIds.of("Account", user), "reportId", GlobalIds.of("Report", report),
                        "sessionIds", List.of(GlobalIds.of("Session", session)), "note", "hi",
                        "clientMutationId", "m-1")), "key-1");

        assertThat(result.getErrors()).isEmpty();
        assertThat(requests).containsExactly(new PinRequest(user, report, List.of(session), "hi", "key-1"));
        assertThat(result.<Map<String, Object>>getData().get("pin"))
                .isEqualTo(Map.of("note", "hi/key-1", "clientMutationId", "m-1"));
    }

    @Test
    void anIdOfAnotherTypeIsRefusedOnItsFieldBeforeAnyCall() {
        ExecutionResult result = run("mutation($i: PinInput!) { pin(input: $i) { note } }",
                Map.of("i", Map.of("userId", GlobalIds.of("Report", UUID.randomUUID()))), null);
        ExecutionResult notOurs = run("mutation { pin(input: {userId: \"bm90LW91cnM\"}) { note } }", Map.of(), null);

        assertThat(result.getErrors()).singleElement().satisfies(error -> assertThat(error.getExtensions())
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "userId"));
        assertThat(result.getErrors().get(0).getMessage()).contains("is not the id of a User");
        assertThat(notOurs.getErrors().get(0).getExtensions()).containsEntry("field", "userId");
        assertThat(requests).isEmpty();
    }

    @Test
    void argumentsBindTooWithRenamesAndDeclaredIdTypes() {
        UUID user = UUID.randomUUID();

        ExecutionResult result = run("mutation($id: ID!) { pinTarget(targetId: $id) { note } }",
                Map.of("id", GlobalIds.of("User", user)), null);

        assertThat(result.getErrors()).isEmpty();
        assertThat(requests).containsExactly(new PinRequest(user, null, null, "fixed", null));
    }

    @Test
    void aRecordThatRefusesAValueAnswersItsTypedErrorBeforeAnyCall() {
        ExecutionResult refused = run("{ pins(first: 0) }", Map.of(), null);
        ExecutionResult taken = run("{ pins(first: 3, after: \"c\") }", Map.of(), null);

        assertThat(refused.getErrors()).singleElement().satisfies(error -> assertThat(error.getExtensions())
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "first"));
        assertThat(taken.getErrors()).isEmpty();
        assertThat(requests).containsExactly(new PageRequest(3, "c"));
    }

    @Test
    void anIdArgumentWhoseNameTellsNoTypeMustBeDeclared() {
        assertThat(DomainFields.typesNamedBy("userId")).isEqualTo(GlobalIds.PERSON);
        assertThat(DomainFields.typesNamedBy("reportIds")).containsExactly("Report");
        assertThatThrownBy(() -> DomainFields.typesNamedBy("id"))
                .isInstanceOf(IllegalStateException.class);
    }

    private ExecutionResult run(String query, Map<String, Object> variables, String idempotencyKey) {
        Caller caller = Caller.user(UUID.randomUUID(), UUID.randomUUID(), "test", Set.of(), ClientInfo.UNKNOWN);
        return graphQL.execute(ExecutionInput.newExecutionInput().query(query).variables(variables)
                .graphQLContext(context -> context.of(RequestScope.class,
                        new RequestScope(caller, null, idempotencyKey))).build());
    }

    private GraphQL graphQL() {
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("pins", fields.bind(PINS)))
                .type("Mutation", type -> type
                        .dataFetcher("pin", fields.bind(PIN))
                        .dataFetcher("pinTarget", fields.bind(PIN).ids("targetId", "User").rename("targetId", "userId")
                                .with("note", env -> "fixed")))
                .type("PinPayload", type -> type.dataFetcher("clientMutationId", DomainFields.CLIENT_MUTATION_ID_ECHO));
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL),
                wiring.build())).defaultDataFetcherExceptionHandler(new DomainErrors()).build();
    }
}
