package dev.nova.gateway.graphql;

import dev.nova.invocation.DomainInvoker;
import dev.nova.invocation.InvocationCodec;
import dev.nova.invocation.NoInput;
import dev.nova.invocation.Operation;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.Page;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Binds schema fields to domain operations, so that a module is its SDL and a table of bindings. A bound field's
 * arguments, or the fields of its one {@code input} object, become the operation's request record through the
 * invocation codec (the mapping the domain itself reads its input with): names match the record's components,
 * enums arrive as their names, and a record that refuses a value answers its typed error before any call.
 *
 * <p>Global ids are decoded on the way: an {@code ID} argument or input field named {@code <type>Id} (or
 * {@code <type>Ids}) takes the ids of that type ({@code userId}: a {@code User}, or the same person's
 * {@code Account}; {@code reportId}: a {@code Report}) and reaches the record as the key's UUID; anything else is
 * {@code BAD_USER_INPUT} on that field. {@code clientMutationId} is echoed by the payload (see
 * {@link GraphQlEngine}) and never reaches a domain; an {@code Idempotency-Key} header fills a record's
 * {@code idempotencyKey} that the input left out.
 */
public final class DomainFields {

    private static final String INPUT = "input";
    static final String CLIENT_MUTATION_ID = "clientMutationId";
    private static final String IDEMPOTENCY_KEY = "idempotencyKey";

    /**
     * Relay's {@code clientMutationId}: a payload's answers the one its mutation's {@code input} carried, so a
     * client can match answers to requests.
     */
    public static final DataFetcher<Object> CLIENT_MUTATION_ID_ECHO = env -> {
        Map<String, Object> input = env.getExecutionStepInfo().getParent().getArgument(INPUT);
        return input == null ? null : input.get(CLIENT_MUTATION_ID);
    };

    private final DomainInvoker domains;
    private final InvocationCodec codec;

    public DomainFields(DomainInvoker domains, InvocationCodec codec) {
        this.domains = domains;
        this.codec = codec;
    }

    /** A field answered by {@code operation}'s reply. */
    public <Q, R> Binding<Q, R, R> bind(Operation<Q, R> operation) {
        return new Binding<>(operation, (env, request, reply) -> reply, Map.of(), Map.of(), Map.of());
    }

    /** A connection field answered by a page operation: {@code first}, {@code after} and any filters. */
    public <Q, T> Binding<Q, Page<T>, Connections.Connection<T>> connection(Operation<Q, Page<T>> operation) {
        return bind(operation).answer(Connections::of);
    }

    /** Invokes {@code operation} as the request's caller, for a fetcher that builds its request itself. */
    public <Q, R> CompletableFuture<R> invoke(DataFetchingEnvironment env, Operation<Q, R> operation, Q request) {
        return domains.invoke(operation, RequestScope.callerOf(env), request);
    }

    /** Invokes {@code operation} as {@code caller}, for a batch loader. */
    public <Q, R> CompletableFuture<R> invoke(Caller caller, Operation<Q, R> operation, Q request) {
        return domains.invoke(operation, caller, request);
    }

    /**
     * One field's binding; each refinement answers a new binding.
     *
     * @param with    values the arguments do not carry (the parent object's id, a fixed kind), by component name
     * @param renames argument names that differ from the record's component names
     * @param idTypes the types an {@code ID} argument accepts where its name does not tell
     */
    public final class Binding<Q, R, A> implements DataFetcher<CompletableFuture<A>> {

        private final Operation<Q, R> operation;
        private final Answer<Q, R, A> answer;
        private final Map<String, Function<DataFetchingEnvironment, Object>> with;
        private final Map<String, String> renames;
        private final Map<String, Set<String>> idTypes;
        private final Set<String> components;

        private Binding(Operation<Q, R> operation, Answer<Q, R, A> answer,
                        Map<String, Function<DataFetchingEnvironment, Object>> with, Map<String, String> renames,
                        Map<String, Set<String>> idTypes) {
            this.operation = operation;
            this.answer = answer;
            this.with = with;
            this.renames = renames;
            this.idTypes = idTypes;
            Class<Q> type = operation.request().getType();
            this.components = type.isRecord() ? Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet()) : Set.of();
        }

        /** Answers {@code answer(reply)}: a payload, or a part of the reply. */
        public <B> Binding<Q, R, B> answer(Function<? super R, ? extends B> next) {
            return answerWith((env, request, reply) -> next.apply(reply));
        }

        /** Answers what {@code next} makes of the reply, the request and the environment (the caller). */
        public <B> Binding<Q, R, B> answerWith(Answer<Q, R, B> next) {
            return new Binding<>(operation, next, with, renames, idTypes);
        }

        /** Answers a payload whose one field, {@code field}, is the reply. */
        public Binding<Q, R, Map<String, Object>> payload(String field) {
            return answer(reply -> Map.of(field, reply));
        }

        /** Sets the record's {@code component} from the environment (the parent's id, a constant). */
        public Binding<Q, R, A> with(String component, Function<DataFetchingEnvironment, Object> value) {
            Map<String, Function<DataFetchingEnvironment, Object>> more = new LinkedHashMap<>(with);
            more.put(component, value);
            return new Binding<>(operation, answer, Map.copyOf(more), renames, idTypes);
        }

        /** Passes argument {@code argument} as the record's {@code component}. */
        public Binding<Q, R, A> rename(String argument, String component) {
            Map<String, String> more = new LinkedHashMap<>(renames);
            more.put(argument, component);
            return new Binding<>(operation, answer, with, Map.copyOf(more), idTypes);
        }

        /** The types an {@code ID} argument takes, where its name does not say (a report's target). */
        public Binding<Q, R, A> ids(String argument, String... types) {
            Map<String, Set<String>> more = new LinkedHashMap<>(idTypes);
            more.put(argument, Set.of(types));
            return new Binding<>(operation, answer, with, renames, Map.copyOf(more));
        }

        @Override
        public CompletableFuture<A> get(DataFetchingEnvironment env) {
            Q request = request(env);
            return domains.invoke(operation, RequestScope.callerOf(env), request)
                    .thenApply(reply -> answer.of(env, request, reply));
        }

        /** This binding answering null, not an error, for what the caller cannot see ({@code NOT_FOUND}). */
        public DataFetcher<CompletableFuture<A>> orNullIfNotFound() {
            return env -> get(env).exceptionally(DomainFields::nullIfNotFound);
        }

        /** The operation's request record, from the field's arguments. */
        public Q request(DataFetchingEnvironment env) {
            if (operation.request().getType() == NoInput.class) {
                return operation.request().getType().cast(NoInput.INSTANCE);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            List<GraphQLArgument> arguments = env.getFieldDefinition().getArguments();
            if (arguments.size() == 1 && arguments.get(0).getName().equals(INPUT)) {
                Map<String, Object> input = env.getArgument(INPUT);
                GraphQLInputObjectType type = (GraphQLInputObjectType) GraphQLTypeUtil.unwrapAll(
                        arguments.get(0).getType());
                if (input != null) {
                    input.forEach((name, value) -> {
                        GraphQLInputObjectField field = type.getField(name);
                        put(values, name, decoded(field.getType(), name, value));
                    });
                }
            } else {
                for (GraphQLArgument argument : arguments) {
                    if (env.containsArgument(argument.getName())) {
                        put(values, argument.getName(), decoded(argument.getType(), argument.getName(),
                                env.getArgument(argument.getName())));
                    }
                }
            }
            values.remove(CLIENT_MUTATION_ID);
            String idempotencyKey = RequestScope.of(env).idempotencyKey();
            if (idempotencyKey != null && components.contains(IDEMPOTENCY_KEY)
                    && values.get(IDEMPOTENCY_KEY) == null) {
                values.put(IDEMPOTENCY_KEY, idempotencyKey);
            }
            with.forEach((component, value) -> values.put(component, value.apply(env)));
            return codec.convert(values, operation.request());
        }

        private void put(Map<String, Object> values, String name, Object value) {
            values.put(renames.getOrDefault(name, name), value);
        }

        private Object decoded(GraphQLInputType type, String name, Object value) {
            GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
            if (value == null) {
                return null;
            }
            if (bare instanceof GraphQLList list && value instanceof List<?> values) {
                GraphQLInputType items = (GraphQLInputType) list.getWrappedType();
                return values.stream().map(item -> decoded(items, name, item)).toList();
            }
            if (bare instanceof GraphQLScalarType scalar && scalar.getName().equals("ID")) {
                return GlobalIds.uuid((String) value, idTypes.getOrDefault(name, typesNamedBy(name)), name);
            }
            return value;
        }
    }

    private static <A> A nullIfNotFound(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof DomainException domain && domain.code() == ErrorCode.NOT_FOUND) {
            return null;
        }
        throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
    }

    /** What a bound field answers, from the operation's reply. */
    @FunctionalInterface
    public interface Answer<Q, R, A> {
        A of(DataFetchingEnvironment env, Q request, R reply);
    }

    /** {@code userId} → a User's (or Account's) ids; {@code reportIds} → a Report's. */
    static Set<String> typesNamedBy(String argument) {
        String stem = argument.endsWith("Ids") ? argument.substring(0, argument.length() - 3)
                : argument.endsWith("Id") ? argument.substring(0, argument.length() - 2) : "";
        if (stem.isEmpty()) {
            throw new IllegalStateException("ID argument " + argument + " names no type: bind it with ids()");
        }
        String type = Character.toUpperCase(stem.charAt(0)) + stem.substring(1);
        return type.equals(GlobalIds.USER) ? GlobalIds.PERSON : Set.of(type);
    }
}
