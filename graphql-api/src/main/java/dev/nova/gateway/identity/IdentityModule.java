package dev.nova.gateway.identity;

import dev.nova.gateway.graphql.Connections;
import dev.nova.gateway.graphql.GlobalIds;
import dev.nova.gateway.graphql.GraphQlModule;
import dev.nova.gateway.graphql.Nodes;
import dev.nova.gateway.graphql.RequestScope;
import dev.nova.identity.api.AccountView;
import dev.nova.identity.api.Acknowledged;
import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.ChangeEmailRequest;
import dev.nova.identity.api.ChangePasswordRequest;
import dev.nova.identity.api.ChangeUsernameRequest;
import dev.nova.identity.api.CodeRequest;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.LoginRequest;
import dev.nova.identity.api.PasswordResetRequest;
import dev.nova.identity.api.ProviderSignInRequest;
import dev.nova.identity.api.Reauthentication;
import dev.nova.identity.api.RecoveryCodes;
import dev.nova.identity.api.RefreshRequest;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.identity.api.ResetPasswordRequest;
import dev.nova.identity.api.RevokeSessionRequest;
import dev.nova.identity.api.SecondFactorRequest;
import dev.nova.identity.api.SecurityEventView;
import dev.nova.identity.api.SessionView;
import dev.nova.identity.api.SessionsEnded;
import dev.nova.identity.api.TokenRequest;
import dev.nova.invocation.DomainInvoker;
import dev.nova.invocation.NoInput;
import dev.nova.invocation.Operation;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The identity part of the API: sign-up and sign-in (password, second factor, Google and Apple), sessions, email
 * verification, password reset and change, two-factor setup, account changes, the security log, and {@code me}.
 */
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
    public void nodes(Nodes nodes) {
        nodes.type("Account", AccountView.class, (env, account) -> account.id(), (env, id) -> {
            Caller caller = RequestScope.callerOf(env);
            // Only your own account is yours to refetch; anyone else's id answers null.
            return id.uuid("id").equals(caller.userId()) ? identity.invoke(IdentityApi.ME, caller, NoInput.INSTANCE)
                    : CompletableFuture.completedFuture(null);
        });
        nodes.type("Session", SessionView.class, (env, session) -> session.id());
        nodes.type("SecurityEvent", SecurityEventView.class, (env, event) -> event.id());
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("me", this::me)
                .dataFetcher("sessions", page(IdentityApi.SESSIONS))
                .dataFetcher("securityEvents", page(IdentityApi.SECURITY_EVENTS)));
        Connections.wire(wiring, "SessionConnection");
        Connections.wire(wiring, "SecurityEventConnection");
        wiring.type("Mutation", type -> type
                .dataFetcher("register", call(IdentityApi.REGISTER, env -> {
                    Map<String, Object> input = env.getArgument("input");
                    return new RegisterRequest((String) input.get("email"), (String) input.get("username"),
                            (String) input.get("password"), input.get("idempotencyKey") != null
                                    ? (String) input.get("idempotencyKey") : RequestScope.of(env).idempotencyKey());
                }))
                .dataFetcher("login", call(IdentityApi.LOGIN, env -> {
                    Map<String, Object> input = env.getArgument("input");
                    return new LoginRequest((String) input.get("identifier"), (String) input.get("password"));
                }))
                .dataFetcher("completeSignIn", call(IdentityApi.COMPLETE_SIGN_IN,
                        env -> new SecondFactorRequest(env.getArgument("challenge"), env.getArgument("code"))))
                .dataFetcher("signInWithProvider", call(IdentityApi.SIGN_IN_WITH_PROVIDER, env -> {
                    Map<String, Object> input = env.getArgument("input");
                    return new ProviderSignInRequest(((String) input.get("provider")).toLowerCase(Locale.ROOT),
                            (String) input.get("idToken"), (String) input.get("nonce"),
                            (String) input.get("username"));
                }))
                .dataFetcher("refreshToken", call(IdentityApi.REFRESH,
                        env -> new RefreshRequest(env.getArgument("refreshToken"))))
                .dataFetcher("logout", call(IdentityApi.LOGOUT, env -> NoInput.INSTANCE, ended -> ended.count() > 0))
                .dataFetcher("logoutEverywhere", call(IdentityApi.LOGOUT_EVERYWHERE, env -> NoInput.INSTANCE,
                        SessionsEnded::count))
                .dataFetcher("revokeSession", call(IdentityApi.REVOKE_SESSION,
                        env -> new RevokeSessionRequest(GlobalIds.uuid(env.getArgument("id"), "Session", "id")),
                        ended -> ended.count() > 0))
                .dataFetcher("verifyEmail", call(IdentityApi.VERIFY_EMAIL,
                        env -> new TokenRequest(env.getArgument("token"))))
                .dataFetcher("resendVerificationEmail", call(IdentityApi.RESEND_VERIFICATION,
                        env -> NoInput.INSTANCE, Acknowledged::accepted))
                .dataFetcher("requestPasswordReset", call(IdentityApi.REQUEST_PASSWORD_RESET,
                        env -> new PasswordResetRequest(env.getArgument("email")), Acknowledged::accepted))
                .dataFetcher("resetPassword", call(IdentityApi.RESET_PASSWORD,
                        env -> new ResetPasswordRequest(env.getArgument("token"), env.getArgument("newPassword")),
                        SessionsEnded::count))
                .dataFetcher("changePassword", call(IdentityApi.CHANGE_PASSWORD,
                        env -> new ChangePasswordRequest(env.getArgument("currentPassword"),
                                env.getArgument("newPassword")), SessionsEnded::count))
                .dataFetcher("enrollTwoFactor", call(IdentityApi.ENROLL_TWO_FACTOR, env -> NoInput.INSTANCE))
                .dataFetcher("confirmTwoFactor", call(IdentityApi.CONFIRM_TWO_FACTOR,
                        env -> new CodeRequest(env.getArgument("code")), RecoveryCodes::codes))
                .dataFetcher("disableTwoFactor", call(IdentityApi.DISABLE_TWO_FACTOR,
                        env -> new Reauthentication(env.getArgument("password"), null), Acknowledged::accepted))
                .dataFetcher("changeUsername", call(IdentityApi.CHANGE_USERNAME,
                        env -> new ChangeUsernameRequest(env.getArgument("username"))))
                .dataFetcher("changeEmail", call(IdentityApi.CHANGE_EMAIL,
                        env -> new ChangeEmailRequest(env.getArgument("newEmail"), env.getArgument("password")),
                        Acknowledged::accepted))
                .dataFetcher("deleteAccount", call(IdentityApi.DELETE_ACCOUNT,
                        env -> new Reauthentication(env.getArgument("password"), env.getArgument("code")),
                        Acknowledged::accepted)));
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

    private <T> DataFetcher<CompletableFuture<Connections.Connection<T>>> page(
            Operation<PageRequest, Page<T>> operation) {
        return call(operation, Connections::pageOf, Connections::of);
    }

    /** A fetcher that invokes {@code operation} as the request's caller with the request {@code input} builds. */
    private <Q, R> DataFetcher<CompletableFuture<R>> call(Operation<Q, R> operation,
                                                          Function<DataFetchingEnvironment, Q> input) {
        return call(operation, input, Function.identity());
    }

    private <Q, R, A> DataFetcher<CompletableFuture<A>> call(Operation<Q, R> operation,
                                                             Function<DataFetchingEnvironment, Q> input,
                                                             Function<R, A> answer) {
        return env -> identity.invoke(operation, RequestScope.callerOf(env), input.apply(env)).thenApply(answer);
    }
}
