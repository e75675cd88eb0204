package dev.nova.gateway.users;

import dev.nova.gateway.graphql.Connections;
import dev.nova.gateway.graphql.GlobalIds;
import dev.nova.gateway.graphql.GraphQlModule;
import dev.nova.gateway.graphql.Nodes;
import dev.nova.gateway.graphql.RequestScope;
import dev.nova.identity.api.AccountView;
import dev.nova.invocation.DomainInvoker;
import dev.nova.invocation.NoInput;
import dev.nova.invocation.Operation;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import dev.nova.users.api.ListPages;
import dev.nova.users.api.MuteRequest;
import dev.nova.users.api.ProfileUpdate;
import dev.nova.users.api.ProfileView;
import dev.nova.users.api.RelationshipView;
import dev.nova.users.api.ReportRequest;
import dev.nova.users.api.ReportView;
import dev.nova.users.api.ResolveReportRequest;
import dev.nova.users.api.SettingsUpdate;
import dev.nova.users.api.TargetRequest;
import dev.nova.users.api.UserIdsRequest;
import dev.nova.users.api.UserPageRequest;
import dev.nova.users.api.UserPagesRequest;
import dev.nova.users.api.UsernameRequest;
import dev.nova.users.api.UsersApi;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.Try;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The users part of the API: profiles, settings, the follow graph, blocks, mutes and reports. Per-user lookups
 * behind a list go through two DataLoaders, {@code profiles} and {@code relationships}: each batch (at most 100
 * ids) is one users call and one SQL statement, however long the list.
 */
public final class UsersModule implements GraphQlModule {

    static final String PROFILES = "users.profiles";
    static final String RELATIONSHIPS = "users.relationships";
    static final String FOLLOWER_PAGES = "users.followerPages";
    static final String FOLLOWING_PAGES = "users.followingPages";
    private static final DataLoaderOptions BATCHES = DataLoaderOptions.newOptions()
            .setMaxBatchSize(UserIdsRequest.MAX_IDS);

    private final DomainInvoker users;

    public UsersModule(DomainInvoker users) {
        this.users = users;
    }

    @Override
    public String schemaResource() {
        return "schema/users.graphqls";
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestScope scope) {
        Caller caller = scope.caller();
        BatchLoader<UUID, ProfileView> profiles = ids -> users.invoke(UsersApi.PROFILES_BY_IDS, caller,
                new UserIdsRequest(ids)).thenApply(found -> inOrder(ids, found.profiles(), ProfileView::id));
        BatchLoader<UUID, RelationshipView> relationships = ids -> users.invoke(UsersApi.RELATIONSHIPS, caller,
                new UserIdsRequest(ids)).thenApply(found -> inOrder(ids, found.relationships(),
                RelationshipView::userId));
        registry.register(PROFILES, DataLoaderFactory.newDataLoader(profiles, BATCHES));
        registry.register(RELATIONSHIPS, DataLoaderFactory.newDataLoader(relationships, BATCHES));
        registry.register(FOLLOWER_PAGES, DataLoaderFactory.newDataLoaderWithTry(
                firstPages(caller, UsersApi.FOLLOWERS, UsersApi.FOLLOWER_PAGES), BATCHES));
        registry.register(FOLLOWING_PAGES, DataLoaderFactory.newDataLoaderWithTry(
                firstPages(caller, UsersApi.FOLLOWING, UsersApi.FOLLOWING_PAGES), BATCHES));
    }

    @Override
    public void nodes(Nodes nodes) {
        nodes.type("User", ProfileView.class, (env, user) -> user.id(), (env, id) -> {
            DataLoader<UUID, ProfileView> profiles = env.getDataLoader(PROFILES);
            return profiles.load(id.uuid("id"));
        });
        // A relationship is the viewer's to one user: its key names both, and only the viewer refetches it.
        nodes.type("Relationship", RelationshipView.class,
                (env, relationship) -> RequestScope.callerOf(env).userId() + "/" + relationship.userId(),
                (env, id) -> {
                    String[] pair = id.key().split("/", 2);
                    Caller caller = RequestScope.callerOf(env);
                    if (pair.length != 2 || caller.userId() == null || !pair[0].equals(caller.userId().toString())) {
                        return CompletableFuture.completedFuture(null);
                    }
                    DataLoader<UUID, RelationshipView> relationships = env.getDataLoader(RELATIONSHIPS);
                    return relationships.load(new GlobalIds.Decoded("User", pair[1]).uuid("id"));
                });
        nodes.type("Report", ReportView.class, (env, report) -> report.id());
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("user", env -> users.invoke(UsersApi.PROFILE, RequestScope.callerOf(env),
                        new UsernameRequest(env.getArgument("username"))).exceptionally(UsersModule::nullIfNotFound))
                .dataFetcher("followRequests", env -> users.invoke(UsersApi.FOLLOW_REQUESTS,
                        RequestScope.callerOf(env), Connections.pageOf(env)).thenApply(Connections::of))
                .dataFetcher("moderationQueue", env -> users.invoke(UsersApi.MODERATION_QUEUE,
                        RequestScope.callerOf(env), Connections.pageOf(env)).thenApply(Connections::of)));
        Connections.wire(wiring, "UserConnection");
        Connections.wire(wiring, "ReportConnection");
        wiring.type("User", type -> type
                .dataFetcher("viewerRelationship", this::viewerRelationship)
                .dataFetcher("followers", env -> list(env, UsersApi.FOLLOWERS, FOLLOWER_PAGES,
                        env.<ProfileView>getSource().followerCount()))
                .dataFetcher("following", env -> list(env, UsersApi.FOLLOWING, FOLLOWING_PAGES,
                        env.<ProfileView>getSource().followingCount())));
        wiring.type("Relationship", type -> type
                .dataFetcher("userId", env -> GlobalIds.of("User", env.<RelationshipView>getSource().userId()))
                .dataFetcher("user", env -> profile(env, env.<RelationshipView>getSource().userId())));
        wiring.type("Report", type -> type
                .dataFetcher("targetId", env -> GlobalIds.of("User", env.<ReportView>getSource().targetId()))
                .dataFetcher("reporter", env -> profile(env, env.<ReportView>getSource().reporterId()))
                .dataFetcher("target", env -> profile(env, env.<ReportView>getSource().targetId()))
                .dataFetcher("resolvedBy", env -> profile(env, env.<ReportView>getSource().resolvedBy())));
        wiring.type("Account", type -> type
                .dataFetcher("profile", env -> profile(env, env.<AccountView>getSource().id()))
                .dataFetcher("settings", env -> users.invoke(UsersApi.SETTINGS, RequestScope.callerOf(env),
                        NoInput.INSTANCE)));
        wiring.type("Mutation", type -> type
                .dataFetcher("updateProfile", call(UsersApi.UPDATE_PROFILE, env -> {
                    Map<String, Object> input = env.getArgument("input");
                    return new ProfileUpdate((String) input.get("displayName"), (String) input.get("bio"),
                            (String) input.get("website"));
                }))
                .dataFetcher("updateSettings", call(UsersApi.UPDATE_SETTINGS, env -> {
                    Map<String, Object> input = env.getArgument("input");
                    return new SettingsUpdate((Boolean) input.get("isPrivate"), (String) input.get("whoCanMessage"),
                            (String) input.get("whoCanMention"), (String) input.get("whoCanTag"),
                            (Boolean) input.get("notifyLikes"), (Boolean) input.get("notifyComments"),
                            (Boolean) input.get("notifyFollows"), (Boolean) input.get("notifyMentions"),
                            (Boolean) input.get("notifyMessages"));
                }))
                .dataFetcher("follow", call(UsersApi.FOLLOW, UsersModule::target))
                .dataFetcher("unfollow", call(UsersApi.UNFOLLOW, UsersModule::target))
                .dataFetcher("approveFollowRequest", call(UsersApi.APPROVE_FOLLOW_REQUEST, UsersModule::target))
                .dataFetcher("rejectFollowRequest", call(UsersApi.REJECT_FOLLOW_REQUEST, UsersModule::target))
                .dataFetcher("cancelFollowRequest", call(UsersApi.CANCEL_FOLLOW_REQUEST, UsersModule::target))
                .dataFetcher("block", call(UsersApi.BLOCK, UsersModule::target))
                .dataFetcher("unblock", call(UsersApi.UNBLOCK, UsersModule::target))
                .dataFetcher("mute", call(UsersApi.MUTE, env -> {
                    Integer seconds = env.getArgument("durationSeconds");
                    Boolean notifications = env.getArgument("notifications");
                    return new MuteRequest(GlobalIds.person(env.getArgument("userId"), "userId"),
                            seconds == null ? null : seconds.longValue(), Boolean.TRUE.equals(notifications));
                }))
                .dataFetcher("unmute", call(UsersApi.UNMUTE, UsersModule::target))
                .dataFetcher("reportUser", call(UsersApi.REPORT, env -> new ReportRequest("USER",
                        GlobalIds.person(env.getArgument("userId"), "userId"), env.getArgument("category"),
                        env.getArgument("comment"))))
                .dataFetcher("resolveReport", call(UsersApi.RESOLVE_REPORT, env -> new ResolveReportRequest(
                        GlobalIds.uuid(env.getArgument("reportId"), "Report", "reportId"), env.getArgument("action"),
                        env.getArgument("note")))));
    }

    private CompletableFuture<RelationshipView> viewerRelationship(DataFetchingEnvironment env) {
        Caller caller = RequestScope.callerOf(env);
        UUID userId = env.<ProfileView>getSource().id();
        if (!caller.isAuthenticated() || userId.equals(caller.userId())) {
            return CompletableFuture.completedFuture(null);
        }
        DataLoader<UUID, RelationshipView> loader = env.getDataLoader(RELATIONSHIPS);
        return loader.load(userId);
    }

    private static CompletableFuture<ProfileView> profile(DataFetchingEnvironment env, UUID userId) {
        if (userId == null) {
            return CompletableFuture.completedFuture(null);
        }
        DataLoader<UUID, ProfileView> loader = env.getDataLoader(PROFILES);
        return loader.load(userId);
    }

    /**
     * A user's followers or followings. A first page goes through a DataLoader, so that the same list of every user
     * of an outer list ({@code followers { nodes { followers(first: 10) } } }) is one users call and one statement;
     * a page after a cursor is one call of its own.
     */
    private CompletableFuture<Connections.Connection<ProfileView>> list(
            DataFetchingEnvironment env, Operation<UserPageRequest, Page<ProfileView>> operation, String firstPages,
            long totalCount) {
        PageRequest page = Connections.pageOf(env);
        DataLoader<UUID, ProfileView> profiles = env.getDataLoader(PROFILES);
        UUID owner = env.<ProfileView>getSource().id();
        CompletableFuture<Page<ProfileView>> found;
        if (page.after() == null) {
            DataLoader<FirstPage, Page<ProfileView>> loader = env.getDataLoader(firstPages);
            found = loader.load(new FirstPage(owner, page.first()));
        } else {
            found = users.invoke(operation, RequestScope.callerOf(env),
                    new UserPageRequest(owner, page.first(), page.after()));
        }
        return found.thenApply(pageFound -> {
                    // The page carries whole profiles: later lookups of the same users need no call.
                    pageFound.items().forEach(profile -> profiles.prime(profile.id(), profile));
                    return Connections.of(pageFound, totalCount);
                });
    }

    /** A first page of one user's list, as a DataLoader key: a batch asks once per distinct page size. */
    private record FirstPage(UUID owner, int first) {
    }

    /**
     * First pages of many users' lists: one {@code many} call per page size in the batch (a document asks for one
     * size per field, so one call), each page in its key's place, a refused list a failed key. A batch of one key
     * (a list of one user, the common case) is the {@code one} call, whose keyset statement is cheaper than the
     * LATERAL one.
     */
    private BatchLoader<FirstPage, Try<Page<ProfileView>>> firstPages(
            Caller caller, Operation<UserPageRequest, Page<ProfileView>> one,
            Operation<UserPagesRequest, ListPages> many) {
        return keys -> {
            if (keys.size() == 1) {
                FirstPage key = keys.get(0);
                return users.invoke(one, caller, new UserPageRequest(key.owner(), key.first(), null))
                        .handle((page, failure) -> List.of(failure == null ? Try.succeeded(page)
                                : Try.<Page<ProfileView>>failed(unwrapped(failure))));
            }
            Map<Integer, List<UUID>> bySize = keys.stream().collect(Collectors.groupingBy(FirstPage::first,
                    LinkedHashMap::new, Collectors.mapping(FirstPage::owner, Collectors.toList())));
            List<CompletableFuture<Map<FirstPage, Try<Page<ProfileView>>>>> calls = bySize.entrySet().stream()
                    .map(size -> users.invoke(many, caller, new UserPagesRequest(size.getValue(), size.getKey()))
                            .thenApply(found -> found.pages().stream().collect(Collectors.toMap(
                                    owned -> new FirstPage(owned.userId(), size.getKey()), UsersModule::pageOrRefusal,
                                    (a, b) -> a))))
                    .toList();
            return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).thenApply(done -> {
                Map<FirstPage, Try<Page<ProfileView>>> all = new HashMap<>();
                calls.forEach(call -> all.putAll(call.join()));
                return keys.stream().map(key -> all.getOrDefault(key,
                        Try.failed(DomainException.notFound("user")))).toList();
            });
        };
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static Try<Page<ProfileView>> pageOrRefusal(ListPages.OwnedPage owned) {
        if (owned.page() != null) {
            return Try.succeeded(owned.page());
        }
        return Try.failed(ErrorCode.FORBIDDEN.name().equals(owned.refusal())
                ? DomainException.forbidden("this account is private: only its followers see its lists")
                : DomainException.notFound("user"));
    }

    private <Q, R> DataFetcher<CompletableFuture<R>> call(Operation<Q, R> operation,
                                                          Function<DataFetchingEnvironment, Q> input) {
        return env -> users.invoke(operation, RequestScope.callerOf(env), input.apply(env));
    }

    private static TargetRequest target(DataFetchingEnvironment env) {
        return new TargetRequest(GlobalIds.person(env.getArgument("userId"), "userId"));
    }

    /** The batch's answers in the order of its keys; a key without one (hidden, gone) answers null. */
    private static <V> List<V> inOrder(List<UUID> keys, List<V> values, Function<V, UUID> idOf) {
        Map<UUID, V> byId = values.stream().collect(Collectors.toMap(idOf, Function.identity(), (a, b) -> a));
        return keys.stream().map(byId::get).toList();
    }

    /** {@code user(username)} answers null, not an error, for a user the caller cannot see. */
    private static ProfileView nullIfNotFound(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof DomainException domain && domain.code() == ErrorCode.NOT_FOUND) {
            return null;
        }
        throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
    }
}
