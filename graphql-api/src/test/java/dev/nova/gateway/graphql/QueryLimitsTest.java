package dev.nova.gateway.graphql;

import dev.nova.gateway.identity.IdentityModule;
import dev.nova.gateway.users.UsersModule;
import dev.nova.invocation.DomainInvoker;
import dev.nova.invocation.InvocationCodec;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import graphql.ExecutionResult;
import graphql.introspection.IntrospectionQuery;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Each limit refuses a document that passes the others, and a refused document calls no domain. */
class QueryLimitsTest {

    private final AtomicInteger domainCalls = new AtomicInteger();
    private final DomainInvoker countingInvoker = new DomainInvoker() {
        @Override
        public <Q, R> CompletableFuture<R> invoke(dev.nova.invocation.Operation<Q, R> operation, Caller caller,
                                                  Q request) {
            domainCalls.incrementAndGet();
            return CompletableFuture.failedFuture(new IllegalStateException("not reachable in this test"));
        }
    };
    private final DomainFields fields = new DomainFields(countingInvoker,
            new InvocationCodec(ObjectMapper.getDefault()));
    private final GraphQlEngine engine = new GraphQlEngine(List.of(new IdentityModule(fields)),
            new QueryLimits(2, 5, 6, 1, 200), true);

    @Test
    void refusesADocumentDeeperThanAllowed() {
        ExecutionResult result = run("{ sessions { nodes { id } } }");

        assertThat(result.getErrors()).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("depth"));
    }

    @Test
    void introspectionHasItsOwnDepthAllowanceAndItIsALimitToo() {
        ExecutionResult withinIt = run("{ __schema { types { fields { type { name } } } } }");
        ExecutionResult beyondIt = run("{ __schema { types { fields { type { ofType { name } } } } } }");

        assertThat(withinIt.getErrors()).isEmpty();
        assertThat(beyondIt.getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("depth"));
    }

    @Test
    void aDocumentMixingIntrospectionWithOtherFieldsGetsTheOrdinaryDepth() {
        ExecutionResult result = run("{ __schema { types { name } } me { id } }");

        assertThat(result.getErrors()).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("depth"));
    }

    @Test
    void theStandardIntrospectionQueryRunsUnderTheDefaultLimits() {
        GraphQlEngine standard = new GraphQlEngine(List.of(new IdentityModule(fields)),
                QueryLimits.DEFAULTS, true);

        ExecutionResult result = run(standard, IntrospectionQuery.INTROSPECTION_QUERY);

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Map<String, Object>>getData()).containsKey("__schema");
    }

    @Test
    void refusesADocumentCostlierThanAllowed() {
        ExecutionResult result = run("{ __schema { description types { name kind description specifiedByURL } } }");

        assertThat(result.getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("costs 7; at most 6"));
    }

    @Test
    void aListMultipliesItsSelectionByItsFirstSoNestedPagesAreRefusedBeforeAnyDomainCall() {
        GraphQlEngine users = new GraphQlEngine(List.of(new IdentityModule(fields),
                new UsersModule(fields)), QueryLimits.DEFAULTS, true);
        String nested = "{ user(username: \"ada\") { followers(first: 100) { edges { node { "
                + "followers(first: 100) { edges { node { username } } } } } } } }";

        ExecutionResult refused = run(users, nested);

        assertThat(refused.isDataPresent()).isFalse();
        assertThat(refused.getErrors()).singleElement().satisfies(error -> {
            // user 1 + followers (1 + 100 x (edges 1 + node 1 + followers (1 + 100 x (edges 1 + node 1 + username 1))))
            assertThat(error.getExtensions()).containsEntry("reason", "COST_LIMIT")
                    .containsEntry("cost", Map.of("requested", 30_302L, "maximum", 5_000L));
            assertThat(error.getMessage()).contains("costs 30302; at most 5000");
        });
    }

    @Test
    void aPageOfFiftyWithTenOfEachOfTheirFollowersIsWithinTheCostAndReportsItWhenAsked() {
        GraphQlEngine users = new GraphQlEngine(List.of(new IdentityModule(fields),
                new UsersModule(fields)), QueryLimits.DEFAULTS, true);
        String query = "query($u: String!) { user(username: $u) { followers(first: 50) { nodes { username "
                + "followers(first: 10) { nodes { username } } } } } }";

        ExecutionResult result = users.execute(new GraphQlRequest(query, null, Map.of("u", "ada"),
                Map.of("cost", true)), Caller.anonymous("limits-test", ClientInfo.UNKNOWN)).join();

        // user 1 + followers (1 + 50 x (nodes 1 + username 1 + followers (1 + 10 x (nodes 1 + username 1))))
        assertThat(result.getExtensions()).containsEntry("cost", Map.of("requested", 1_152L, "maximum", 5_000L));
        assertThat(domainCalls).as("it ran: user(username) was asked for").hasValue(1);
    }

    @Test
    void refusesMoreAliasesThanAllowed() {
        ExecutionResult result = run("{ a: __typename b: __typename }");

        assertThat(result.getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getMessage()).contains("aliases"));
    }

    @Test
    void refusesADocumentWithTooManyTokens() {
        ExecutionResult result = run("{ __typename " + "__typename ".repeat(300) + "}");

        assertThat(result.getErrors()).isNotEmpty();
        assertThat(result.isDataPresent()).isFalse();
    }

    @Test
    void aDocumentWithinEveryLimitRuns() {
        ExecutionResult result = run("{ a: __typename }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<Object>getData()).hasToString("{a=Query}");
    }

    private ExecutionResult run(String query) {
        return run(engine, query);
    }

    private ExecutionResult run(GraphQlEngine limited, String query) {
        ExecutionResult result = limited.execute(new GraphQlRequest(query, null, null, null),
                Caller.anonymous("limits-test", ClientInfo.UNKNOWN)).join();
        assertThat(domainCalls).hasValue(0);
        return result;
    }
}
