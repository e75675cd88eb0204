package dev.nova.gateway.users;

import dev.nova.gateway.graphql.Connections;
import dev.nova.gateway.graphql.DomainFields;
import dev.nova.gateway.graphql.FirstPages;
import dev.nova.gateway.graphql.GlobalIds;
import dev.nova.gateway.graphql.GraphQlModule;
import dev.nova.gateway.graphql.Loader;
import dev.nova.gateway.graphql.Nodes;
import dev.nova.gateway.graphql.RequestScope;
import dev.nova.identity.api.AccountView;
import dev.nova.invocation.Operation;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import dev.nova.users.api.ListPages;
import dev.nova.users.api.ProfileView;
import dev.nova.users.api.RelationshipView;
import dev.nova.users.api.ReportView;
import dev.nova.users.api.UserIdsRequest;
import dev.nova.users.api.UserPageRequest;
import dev.nova.users.api.UserPagesRequest;
import dev.nova.users.api.UsersApi;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.BatchLoader;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.Try;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The users part of the API: profiles, settings, the follow graph, blocks, mutes and reports. Per-user lookups
 * behind a list go through two DataLoaders, {@code profiles} and {@code relationships}: each batch (at most 100
 * ids) is one users call and one SQL statement, however long the list.
 */
public final class UsersModule implements GraphQlModule {

    private static final Loader<FirstPages.Key, Page<ProfileView>> FOLLOWER_PAGES =
            Loader.named("users.followerPages");
    private static final Loader<FirstPages.Key, Page<ProfileView>> FOLLOWING_PAGES =
            Loader.named("users.followingPages");
    private static final DataLoaderOptions BATCHES = DataLoaderOptions.newOptions()
            .setMaxBatchSize(UserIdsRequest.MAX_IDS);
    /** The mutations that change a relationship; each answers a {@code <Name>Payload} of the same shape. */
    private static final Map<String, Operation<?, RelationshipView>> RELATIONSHIP_CHANGES = Map.of(
            "follow", UsersApi.FOLLOW, "unfollow", UsersApi.UNFOLLOW,
            "approveFollowRequest", UsersApi.APPROVE_FOLLOW_REQUEST,
            "rejectFollowRequest", UsersApi.REJECT_FOLLOW_REQUEST,
            "cancelFollowRequest", UsersApi.CANCEL_FOLLOW_REQUEST,
            "block", UsersApi.BLOCK, "unblock", UsersApi.UNBLOCK, "mute", UsersApi.MUTE, "unmute", UsersApi.UNMUTE);

    private final DomainFields fields;

    public UsersModule(DomainFields fields) {
        this.fields = fields;
    }

    @Override
    public String schemaResource() {
        return "schema/users.graphqls";
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestScope scope) {
        Caller caller = scope.caller();
        UsersLoaders.PROFILES.register(registry, ids -> fields.invoke(caller, UsersApi.PROFILES_BY_IDS,
                new UserIdsRequest(ids)).thenApply(found -> inOrder(ids, found.profiles(), ProfileView::id)), BATCHES);
        UsersLoaders.RELATIONSHIPS.register(registry, ids -> fields.invoke(caller, UsersApi.RELATIONSHIPS,
                new UserIdsRequest(ids)).thenApply(found -> inOrder(ids, found.relationships(),
                RelationshipView::userId)), BATCHES);
        FOLLOWER_PAGES.registerWithTry(registry, firstPages(caller, UsersApi.FOLLOWERS, UsersApi.FOLLOWER_PAGES),
                BATCHES);
        FOLLOWING_PAGES.registerWithTry(registry, firstPages(caller, UsersApi.FOLLOWING, UsersApi.FOLLOWING_PAGES),
                BATCHES);
    }

    @Override
    public void nodes(Nodes nodes) {
        nodes.type("User", ProfileView.class, (env, user) -> user.id(),
                (env, id) -> UsersLoaders.PROFILES.load(env, id.uuid("id")));
        // A relationship is the viewer's to one user: its key names both, and only the viewer refetches it.
        nodes.type("Relationship", RelationshipView.class,
                (env, relationship) -> RequestScope.callerOf(env).userId() + "/" + relationship.userId(),
                (env, id) -> {
                    String[] pair = id.key().split("/", 2);
                    Caller caller = RequestScope.callerOf(env);
                    if (pair.length != 2 || caller.userId() == null || !pair[0].equals(caller.userId().toString())) {
                        return CompletableFuture.completedFuture(null);
                    }
                    return UsersLoaders.RELATIONSHIPS.load(env, new GlobalIds.Decoded("User", pair[1]).uuid("id"));
                });
        nodes.type("Report", ReportView.class, (env, report) -> report.id());
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("user", fields.bind(UsersApi.PROFILE).orNullIfNotFound())
                .dataFetcher("followRequests", fields.connection(UsersApi.FOLLOW_REQUESTS))
                .dataFetcher("moderationQueue", fields.connection(UsersApi.MODERATION_QUEUE)));
        Connections.wire(wiring, "UserConnection");
        Connections.wire(wiring, "ReportConnection");
        wiring.type("User", type -> type
                .dataFetcher("viewerRelationship", UsersModule::viewerRelationship)
                .dataFetcher("followers", env -> list(env, UsersApi.FOLLOWERS, FOLLOWER_PAGES,
                        env.<ProfileView>getSource().followerCount()))
                .dataFetcher("following", env -> list(env, UsersApi.FOLLOWING, FOLLOWING_PAGES,
                        env.<ProfileView>getSource().followingCount())));
        wiring.type("Relationship", type -> type
                .dataFetcher("userId", env -> GlobalIds.of("User", env.<RelationshipView>getSource().userId()))
                .dataFetcher("user", env -> UsersLoaders.PROFILES.load(env,
                        env.<RelationshipView>getSource().userId())));
        wiring.type("Report", type -> type
                .dataFetcher("targetId", env -> GlobalIds.of("User", env.<ReportView>getSource().targetId()))
                .dataFetcher("reporter", env -> UsersLoaders.PROFILES.load(env, env.<ReportView>getSource().reporterId()))
                .dataFetcher("target", env -> UsersLoaders.PROFILES.load(env, env.<ReportView>getSource().targetId()))
                .dataFetcher("resolvedBy", env -> UsersLoaders.PROFILES.load(env,
                        env.<ReportView>getSource().resolvedBy())));
        wiring.type("Account", type -> type
                .dataFetcher("profile", env -> UsersLoaders.PROFILES.load(env, env.<AccountView>getSource().id()))
                .dataFetcher("settings", fields.bind(UsersApi.SETTINGS)));
        wiring.type("Mutation", type -> {
            type.dataFetcher("updateProfile", fields.bind(UsersApi.UPDATE_PROFILE).payload("user"))
                    .dataFetcher("updateSettings", fields.bind(UsersApi.UPDATE_SETTINGS).payload("settings"))
                    .dataFetcher("reportUser", fields.bind(UsersApi.REPORT).rename("userId", "targetId")
                            .with("targetType", env -> "USER").payload("report"))
                    .dataFetcher("resolveReport", fields.bind(UsersApi.RESOLVE_REPORT).payload("report"));
            RELATIONSHIP_CHANGES.forEach((name, operation) ->
                    type.dataFetcher(name, fields.bind(operation).answer(RelationshipChange::new)));
            return type;
        });
        RELATIONSHIP_CHANGES.keySet().forEach(name -> wiring.type(payloadOf(name), type -> type
                .dataFetcher("user", env -> fresh(env, env.<RelationshipChange>getSource().relationship().userId()))
                .dataFetcher("viewer", env -> fresh(env, RequestScope.callerOf(env).userId()))));
        wiring.type("RelationshipPayload", type -> type.typeResolver(env -> env.getSchema().getObjectType(
                payloadOf(env.getField().getName()))));
        wiring.type("UpdateSettingsPayload", type -> type.dataFetcher("user",
                env -> fresh(env, RequestScope.callerOf(env).userId())));
    }

    /** What a relationship change answers; its payload reads both users fresh. */
    private record RelationshipChange(RelationshipView relationship) {
    }

    private static String payloadOf(String mutation) {
        return Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1) + "Payload";
    }

    /** A profile as it is after this request's change: never an answer the request's loader cached before it. */
    private static CompletableFuture<ProfileView> fresh(DataFetchingEnvironment env, UUID userId) {
        UsersLoaders.PROFILES.in(env).clear(userId);
        return UsersLoaders.PROFILES.load(env, userId);
    }

    private static CompletableFuture<RelationshipView> viewerRelationship(DataFetchingEnvironment env) {
        Caller caller = RequestScope.callerOf(env);
        UUID userId = env.<ProfileView>getSource().id();
        if (!caller.isAuthenticated() || userId.equals(caller.userId())) {
            return CompletableFuture.completedFuture(null);
        }
        return UsersLoaders.RELATIONSHIPS.load(env, userId);
    }

    /**
     * A user's followers or followings. A first page goes through a {@link FirstPages} loader, so that the same
     * list of every user of an outer list is one users call and one statement; a page after a cursor is one call
     * of its own.
     */
    private CompletableFuture<Connections.Connection<ProfileView>> list(
            DataFetchingEnvironment env, Operation<UserPageRequest, Page<ProfileView>> operation,
            Loader<FirstPages.Key, Page<ProfileView>> firstPages, long totalCount) {
        PageRequest page = Connections.pageOf(env);
        UUID owner = env.<ProfileView>getSource().id();
        CompletableFuture<Page<ProfileView>> found = page.after() == null
                ? firstPages.load(env, new FirstPages.Key(owner, page.first()))
                : fields.invoke(env, operation, new UserPageRequest(owner, page.first(), page.after()));
        return found.thenApply(pageFound -> {
            // The page carries whole profiles: later lookups of the same users need no call.
            pageFound.items().forEach(profile -> UsersLoaders.PROFILES.in(env).prime(profile.id(), profile));
            return Connections.of(pageFound, totalCount);
        });
    }

    /** First pages of many users' lists: one owner's page is the {@code one} call, several owners' the LATERAL one. */
    private BatchLoader<FirstPages.Key, Try<Page<ProfileView>>> firstPages(
            Caller caller, Operation<UserPageRequest, Page<ProfileView>> one,
            Operation<UserPagesRequest, ListPages> many) {
        return FirstPages.loader(
                (owner, first) -> fields.invoke(caller, one, new UserPageRequest(owner, first, null)),
                (owners, first) -> fields.invoke(caller, many, new UserPagesRequest(owners, first))
                        .thenApply(found -> found.pages().stream().collect(Collectors.toMap(
                                ListPages.OwnedPage::userId, UsersModule::pageOrRefusal, (a, b) -> a))));
    }

    private static Try<Page<ProfileView>> pageOrRefusal(ListPages.OwnedPage owned) {
        if (owned.page() != null) {
            return Try.succeeded(owned.page());
        }
        return Try.failed(ErrorCode.FORBIDDEN.name().equals(owned.refusal())
                ? DomainException.forbidden("this account is private: only its followers see its lists")
                : DomainException.notFound("user"));
    }

    /** The batch's answers in the order of its keys; a key without one (hidden, gone) answers null. */
    private static <V> List<V> inOrder(List<UUID> keys, List<V> values, Function<V, UUID> idOf) {
        Map<UUID, V> byId = values.stream().collect(Collectors.toMap(idOf, Function.identity(), (a, b) -> a));
        return keys.stream().map(byId::get).toList();
    }
}
