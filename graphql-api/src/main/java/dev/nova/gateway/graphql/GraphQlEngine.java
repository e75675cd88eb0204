package dev.nova.gateway.graphql;

import dev.nova.kernel.Caller;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.UnknownOperationException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.introspection.Introspection;
import graphql.language.ObjectTypeDefinition;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.dataloader.DataLoaderRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The gateway's GraphQL schema, merged from each domain module's schema file, and its execution: limits first,
 * then fetchers with a fresh DataLoader registry per request.
 */
public final class GraphQlEngine {

    private static final String BASE_SCHEMA = "schema/base.graphqls";
    /** Distinct documents kept parsed and validated; an app sends a few dozen. */
    private static final int DOCUMENT_CACHE_SIZE = 2_000;

    private final GraphQL graphQL;
    private final List<GraphQlModule> modules;
    private final boolean introspection;

    public GraphQlEngine(List<GraphQlModule> modules, QueryLimits limits, boolean introspection) {
        this.modules = List.copyOf(modules);
        this.introspection = introspection;
        // The parser's limits are JVM-wide in graphql-java; the gateway is the only GraphQL user in its JVM.
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions()
                .transform(options -> options.maxTokens(limits.maxTokens())));
        this.graphQL = GraphQL.newGraphQL(schema(this.modules))
                .instrumentation(new ChainedInstrumentation(List.of(
                        new AliasLimitInstrumentation(limits.maxAliases()),
                        new DepthLimitInstrumentation(limits.maxDepth(), limits.maxIntrospectionDepth()),
                        new CostLimitInstrumentation(limits.maxCost()))))
                .defaultDataFetcherExceptionHandler(new DomainErrors())
                .preparsedDocumentProvider(new DocumentCache(DOCUMENT_CACHE_SIZE))
                .build();
    }

    public CompletableFuture<ExecutionResult> execute(GraphQlRequest request, Caller caller) {
        return execute(request, new RequestScope(caller));
    }

    public CompletableFuture<ExecutionResult> execute(GraphQlRequest request, RequestScope scope) {
        DataLoaderRegistry loaders = new DataLoaderRegistry();
        modules.forEach(module -> module.registerLoaders(loaders, scope));
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .extensions(request.extensions())
                .dataLoaderRegistry(loaders)
                .graphQLContext(context -> context
                        .of(RequestScope.class, scope)
                        .of(Introspection.INTROSPECTION_DISABLED, !introspection))
                .build();
        try {
            return graphQL.executeAsync(input).exceptionally(GraphQlEngine::unknownOperation);
        } catch (UnknownOperationException e) {
            return CompletableFuture.completedFuture(unknownOperation(e));
        }
    }

    /**
     * graphql-java throws, rather than answers, for an operation name the document lacks or several operations
     * without a name: the client's mistake, answered as the validation error it is.
     */
    private static ExecutionResult unknownOperation(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof UnknownOperationException unknown) {
            return ExecutionResult.newExecutionResult().addError(unknown).build();
        }
        throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
    }

    public GraphQL graphQL() {
        return graphQL;
    }

    public GraphQLSchema schema() {
        return graphQL.getGraphQLSchema();
    }

    private static GraphQLSchema schema(List<GraphQlModule> modules) {
        SchemaParser parser = new SchemaParser();
        TypeDefinitionRegistry types = parser.parse(resource(BASE_SCHEMA));
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring().scalar(DateTimeScalar.INSTANCE);
        Nodes nodes = new Nodes();
        for (GraphQlModule module : modules) {
            types.merge(parser.parse(resource(module.schemaResource())));
            module.wire(wiring);
            module.nodes(nodes);
        }
        nodes.wire(wiring);
        echoClientMutationIds(types, wiring);
        return new SchemaGenerator().makeExecutableSchema(types, wiring.build());
    }

    /** Every payload echoes its input's {@code clientMutationId}; no domain sees it. */
    private static void echoClientMutationIds(TypeDefinitionRegistry types, RuntimeWiring.Builder wiring) {
        types.getTypes(ObjectTypeDefinition.class).stream()
                .filter(type -> type.getFieldDefinitions().stream()
                        .anyMatch(field -> field.getName().equals(DomainFields.CLIENT_MUTATION_ID)))
                .forEach(type -> wiring.type(type.getName(), payload -> payload.dataFetcher(DomainFields.CLIENT_MUTATION_ID,
                        DomainFields.CLIENT_MUTATION_ID_ECHO)));
    }

    private static String resource(String name) {
        try (InputStream in = GraphQlEngine.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing schema file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
