package dev.nova.gateway.identity;

import dev.nova.gateway.graphql.GraphQlModule;
import dev.nova.gateway.graphql.RequestScope;
import dev.nova.identity.api.AccountView;
import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.LoginRequest;
import dev.nova.identity.api.RefreshRequest;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.identity.api.RevokeSessionRequest;
import dev.nova.identity.api.SessionsEnded;
import dev.nova.invocation.DomainInvoker;
import dev.nova.invocation.NoInput;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.Ids;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** The identity part of the API: sign-up, sign-in, sessions, and {@code me}. */
public final class IdentityModule implements GraphQlModule {

    private final DomainInvoker identity;

    public IdentityModule(DomainInvoker identity) {
        this.identity = identity;
    }

    @Override
    public String schemaResource() {
        return "schema/identity.graphqls";
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("me", this::me)
                .dataFetcher("sessions", env -> identity.invoke(IdentityApi.SESSIONS, RequestScope.callerOf(env),
                        PageRequest.of(env.getArgument("first"), env.getArgument("after")))));
        wiring.type("SessionConnection", type -> type
                .dataFetcher("nodes", env -> env.<Page<?>>getSource().items())
                .dataFetcher("pageInfo", env -> env.getSource()));
        wiring.type("Mutation", type -> type
                .dataFetcher("register", this::register)
                .dataFetcher("login", this::login)
                .dataFetcher("refreshToken", this::refreshToken)
                .dataFetcher("logout", env -> identity.invoke(IdentityApi.LOGOUT, RequestScope.callerOf(env),
                        NoInput.INSTANCE).thenApply(ended -> ended.count() > 0))
                .dataFetcher("logoutEverywhere", env -> identity.invoke(IdentityApi.LOGOUT_EVERYWHERE,
                        RequestScope.callerOf(env), NoInput.INSTANCE).thenApply(SessionsEnded::count))
                .dataFetcher("revokeSession", this::revokeSession));
        wiring.type("AuthPayload", type -> type.dataFetcher("user",
                env -> env.<AuthResult>getSource().account()));
    }

    private CompletableFuture<AccountView> me(DataFetchingEnvironment env) {
        Caller caller = RequestScope.callerOf(env);
        if (!caller.isAuthenticated()) {
            // No account can answer for an anonymous caller: spare the domain call.
            return CompletableFuture.failedFuture(DomainException.unauthenticated("sign in to see your account"));
        }
        return identity.invoke(IdentityApi.ME, caller, NoInput.INSTANCE);
    }

    private CompletableFuture<AuthResult> register(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        RegisterRequest request = new RegisterRequest((String) input.get("email"), (String) input.get("username"),
                (String) input.get("password"));
        return identity.invoke(IdentityApi.REGISTER, RequestScope.callerOf(env), request);
    }

    private CompletableFuture<AuthResult> refreshToken(DataFetchingEnvironment env) {
        return identity.invoke(IdentityApi.REFRESH, RequestScope.callerOf(env),
                new RefreshRequest(env.getArgument("refreshToken")));
    }

    private CompletableFuture<Boolean> revokeSession(DataFetchingEnvironment env) {
        UUID sessionId = Ids.parse(env.getArgument("id"), "id");
        return identity.invoke(IdentityApi.REVOKE_SESSION, RequestScope.callerOf(env),
                new RevokeSessionRequest(sessionId)).thenApply(ended -> ended.count() > 0);
    }

    private CompletableFuture<AuthResult> login(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        LoginRequest request = new LoginRequest((String) input.get("identifier"), (String) input.get("password"));
        return identity.invoke(IdentityApi.LOGIN, RequestScope.callerOf(env), request);
    }
}
