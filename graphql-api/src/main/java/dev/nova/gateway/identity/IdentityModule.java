package dev.nova.gateway.identity;

import dev.nova.gateway.graphql.Connections;
import dev.nova.gateway.graphql.DomainFields;
import dev.nova.gateway.graphql.GlobalIds;
import dev.nova.gateway.graphql.GraphQlModule;
import dev.nova.gateway.graphql.Nodes;
import dev.nova.gateway.graphql.RequestScope;
import dev.nova.identity.api.AccountView;
import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.SecurityEventView;
import dev.nova.identity.api.SessionView;
import dev.nova.identity.api.SessionsEnded;
import dev.nova.invocation.NoInput;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The identity part of the API: sign-up and sign-in (password, second factor, Google and Apple), sessions, email
 * verification, password reset and change, two-factor setup, account changes, the security log, and {@code me}.
 */
public final class IdentityModule implements GraphQlModule {

    private final DomainFields fields;

    public IdentityModule(DomainFields fields) {
        this.fields = fields;
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
            return id.uuid("id").equals(caller.userId()) ? fields.invoke(env, IdentityApi.ME, NoInput.INSTANCE)
                    : CompletableFuture.completedFuture(null);
        });
        nodes.type("Session", SessionView.class, (env, session) -> session.id());
        nodes.type("SecurityEvent", SecurityEventView.class, (env, event) -> event.id());
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("me", this::me)
                .dataFetcher("sessions", fields.connection(IdentityApi.SESSIONS))
                .dataFetcher("securityEvents", fields.connection(IdentityApi.SECURITY_EVENTS)));
        Connections.wire(wiring, "SessionConnection");
        Connections.wire(wiring, "SecurityEventConnection");
        wiring.type("Mutation", type -> type
                .dataFetcher("register", fields.bind(IdentityApi.REGISTER))
                .dataFetcher("login", fields.bind(IdentityApi.LOGIN))
                .dataFetcher("completeSignIn", fields.bind(IdentityApi.COMPLETE_SIGN_IN))
                .dataFetcher("signInWithProvider", fields.bind(IdentityApi.SIGN_IN_WITH_PROVIDER))
                .dataFetcher("refreshToken", fields.bind(IdentityApi.REFRESH))
                .dataFetcher("logout", fields.bind(IdentityApi.LOGOUT)
                        .answer(ended -> Map.of("sessionEnded", ended.count() > 0)))
                .dataFetcher("logoutEverywhere", fields.bind(IdentityApi.LOGOUT_EVERYWHERE)
                        .answer(IdentityModule::sessionsEnded))
                .dataFetcher("revokeSession", fields.bind(IdentityApi.REVOKE_SESSION).answerWith(
                        (env, request, ended) -> new RevokedSession(ended.count() > 0
                                ? GlobalIds.of("Session", request.sessionId()) : null)))
                .dataFetcher("verifyEmail", fields.bind(IdentityApi.VERIFY_EMAIL).payload("account"))
                .dataFetcher("resendVerificationEmail", fields.bind(IdentityApi.RESEND_VERIFICATION)
                        .answer(sent -> Map.of("emailSent", sent.accepted())))
                .dataFetcher("requestPasswordReset", fields.bind(IdentityApi.REQUEST_PASSWORD_RESET)
                        .answer(accepted -> Map.of("accepted", accepted.accepted())))
                .dataFetcher("resetPassword", fields.bind(IdentityApi.RESET_PASSWORD)
                        .answer(IdentityModule::sessionsEnded))
                .dataFetcher("changePassword", fields.bind(IdentityApi.CHANGE_PASSWORD)
                        .answer(IdentityModule::sessionsEnded))
                .dataFetcher("enrollTwoFactor", fields.bind(IdentityApi.ENROLL_TWO_FACTOR).payload("enrollment"))
                .dataFetcher("confirmTwoFactor", fields.bind(IdentityApi.CONFIRM_TWO_FACTOR)
                        .answer(codes -> Map.of("recoveryCodes", codes.codes())))
                .dataFetcher("disableTwoFactor", fields.bind(IdentityApi.DISABLE_TWO_FACTOR)
                        .answer(done -> Map.of()))
                .dataFetcher("changeUsername", fields.bind(IdentityApi.CHANGE_USERNAME).payload("account"))
                .dataFetcher("changeEmail", fields.bind(IdentityApi.CHANGE_EMAIL)
                        .answer(sent -> Map.of("emailSent", sent.accepted())))
                .dataFetcher("deleteAccount", fields.bind(IdentityApi.DELETE_ACCOUNT).answerWith(
                        (env, request, deleted) -> Map.of("deletedAccountId",
                                GlobalIds.of("Account", RequestScope.callerOf(env).userId())))));
        wiring.type("AuthPayload", type -> type.dataFetcher("user",
                env -> env.<AuthResult>getSource().account()));
        // Two-factor changes answer the account as it is now, read only when the client asks for it.
        wiring.type("ConfirmTwoFactorPayload", type -> type.dataFetcher("account", this::me));
        wiring.type("DisableTwoFactorPayload", type -> type.dataFetcher("account", this::me));
    }

    /** {@code revokeSession}'s payload. */
    private record RevokedSession(String revokedSessionId) {
    }

    private static Map<String, Object> sessionsEnded(SessionsEnded ended) {
        return Map.of("sessionsEnded", ended.count());
    }

    private CompletableFuture<AccountView> me(DataFetchingEnvironment env) {
        Caller caller = RequestScope.callerOf(env);
        if (!caller.isAuthenticated()) {
            // No account can answer for an anonymous caller: spare the domain call.
            return CompletableFuture.failedFuture(DomainException.unauthenticated("sign in to see your account"));
        }
        return fields.invoke(env, IdentityApi.ME, NoInput.INSTANCE);
    }
}
