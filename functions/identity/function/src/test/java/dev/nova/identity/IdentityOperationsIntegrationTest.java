package dev.nova.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.nova.identity.api.AccountView;
import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.JsonWebKeySet;
import dev.nova.identity.api.LoginRequest;
import dev.nova.identity.api.RefreshRequest;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.identity.domain.SecretToken;
import dev.nova.invocation.NoInput;
import dev.nova.invocation.Operation;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.testing.TestSigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** identity's operations end to end: JSON invocation, use case, real PostgreSQL, and back. */
class IdentityOperationsIntegrationTest {

    @RegisterExtension
    static final IdentityFixture identity = new IdentityFixture();

    @Test
    void registeringAnswersAVerifiableAccessTokenAndAnOpaqueRefreshToken() throws Exception {
        AuthResult result = call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("ada@example.com", "ada", "correct horse battery"));

        SignedJWT jwt = SignedJWT.parse(result.accessToken());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getKeyID()).isEqualTo(TestSigningKeys.primaryKey().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(TestSigningKeys.primaryKey().toRSAPublicKey()))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo(result.account().id().toString());
        assertThat(jwt.getJWTClaimsSet().getStringClaim("sid")).isNotBlank();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("nova");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("nova-api");
        long lifetime = jwt.getJWTClaimsSet().getExpirationTime().getTime()
                - jwt.getJWTClaimsSet().getIssueTime().getTime();
        assertThat(lifetime).isEqualTo(15 * 60 * 1000);
        assertThat(result.expiresIn()).isEqualTo(900);
        assertThat(result.refreshToken()).hasSize(43).doesNotContain(".");
        assertThat(result.account().username()).isEqualTo("ada");
    }

    @Test
    void theRefreshTokenAndPasswordAreStoredOnlyAsHashes() {
        AuthResult result = call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("hash@example.com", "hashed", "a long enough secret"));
        UUID id = result.account().id();

        assertThat(identity.count("SELECT count(*) FROM accounts WHERE id = ? AND password_hash LIKE "
                + "'$argon2id$v=19$m=19456,t=2,p=1$%' AND password_hash NOT LIKE '%a long enough secret%'", id))
                .isEqualTo(1);
        assertThat(identity.count("SELECT count(*) FROM sessions WHERE refresh_token_hash = ?",
                new SecretToken(result.refreshToken()).hash())).isEqualTo(1);
        assertThat(identity.count("SELECT count(*) FROM sessions WHERE refresh_token_hash = ?",
                result.refreshToken())).isZero();
    }

    @Test
    void theReuseOfARotatedRefreshTokenRevokesTheSessionDurably() {
        AuthResult registered = call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("rotate@example.com", "rotator", "spin the tokens"));
        call(IdentityApi.REFRESH, IdentityFixture.anonymous(), new RefreshRequest(registered.refreshToken()));

        DomainException reuse = failure(IdentityApi.REFRESH, IdentityFixture.anonymous(),
                new RefreshRequest(registered.refreshToken()));

        assertThat(reuse.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(identity.count("SELECT count(*) FROM sessions WHERE account_id = ? AND revoked_at IS NOT NULL "
                + "AND revoked_reason = 'refresh_token_reuse'", registered.account().id())).isEqualTo(1);
    }

    @Test
    void logsInWithEmailOrUsernameInAnyCase() {
        call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("Grace@Example.com", "GraceH", "compilers are fun"));

        AuthResult byEmail = call(IdentityApi.LOGIN, IdentityFixture.anonymous(),
                new LoginRequest("grace@example.COM", "compilers are fun"));
        AuthResult byUsername = call(IdentityApi.LOGIN, IdentityFixture.anonymous(),
                new LoginRequest("graceh", "compilers are fun"));

        assertThat(byEmail.account().id()).isEqualTo(byUsername.account().id());
        assertThat(byEmail.account().username()).isEqualTo("GraceH");
        assertThat(byEmail.refreshToken()).isNotEqualTo(byUsername.refreshToken());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("linus@example.com", "linus", "penguins everywhere"));

        DomainException wrongPassword = failure(IdentityApi.LOGIN, IdentityFixture.anonymous(),
                new LoginRequest("linus", "not the password"));
        DomainException unknownUser = failure(IdentityApi.LOGIN, IdentityFixture.anonymous(),
                new LoginRequest("nobody-here", "not the password"));

        assertThat(wrongPassword.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(unknownUser.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(unknownUser.getMessage()).isEqualTo(wrongPassword.getMessage());
    }

    @Test
    void duplicateEmailOrUsernameIsAConflictRegardlessOfCase() {
        call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("barbara@example.com", "barbara", "abstraction wins"));

        DomainException email = failure(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("BARBARA@example.com", "liskov", "abstraction wins"));
        DomainException username = failure(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("other@example.com", "Barbara", "abstraction wins"));

        assertThat(email.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(email.field()).isEqualTo("email");
        assertThat(username.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(username.field()).isEqualTo("username");
        assertThat(countAccounts("liskov")).isZero();
    }

    @Test
    void aRefusedSignUpStoresNothing() {
        DomainException weak = failure(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("weak@example.com", "weakling", "short"));

        assertThat(weak.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
        assertThat(weak.field()).isEqualTo("password");
        assertThat(countAccounts("weakling")).isZero();
    }

    @Test
    void meAnswersTheCallersAccountAndRefusesAnonymousCallers() {
        AuthResult registered = call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("me@example.com", "itsme", "mirror mirror"));

        AccountView me = call(IdentityApi.ME, IdentityFixture.signedIn(registered.account().id()), NoInput.INSTANCE);
        DomainException anonymous = failure(IdentityApi.ME, IdentityFixture.anonymous(), NoInput.INSTANCE);
        DomainException stranger = failure(IdentityApi.ME, IdentityFixture.signedIn(UUID.randomUUID()),
                NoInput.INSTANCE);

        assertThat(me).isEqualTo(registered.account());
        assertThat(anonymous.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
        assertThat(stranger.code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
    }

    @Test
    void publishesThePublicHalfOfItsSigningKeys() {
        JsonWebKeySet keys = call(IdentityApi.PUBLIC_KEYS, IdentityFixture.anonymous(), NoInput.INSTANCE);

        assertThat(keys.keys()).hasSize(1);
        assertThat(keys.keys().get(0).kid()).isEqualTo(TestSigningKeys.primaryKey().getKeyID());
        assertThat(keys.keys().get(0).n()).isEqualTo(TestSigningKeys.primaryKey().getModulus().toString());
        assertThat(keys.keys().get(0).kty()).isEqualTo("RSA");
        assertThat(keys.toString()).doesNotContain(TestSigningKeys.primaryKey().getPrivateExponent().toString());
    }

    private static long countAccounts(String username) {
        return identity.count("SELECT count(*) FROM accounts WHERE username_normalized = ?",
                username.toLowerCase(Locale.ROOT));
    }

    private static <Q, R> R call(Operation<Q, R> operation, Caller caller, Q request) {
        return identity.invoker.invoke(operation, caller, request).join();
    }

    private static DomainException failure(Operation<?, ?> operation, Caller caller, Object request) {
        @SuppressWarnings("unchecked")
        Operation<Object, ?> untyped = (Operation<Object, ?>) operation;
        Throwable thrown = catchThrowable(
                () -> identity.invoker.invoke(untyped, caller, request).join());
        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(DomainException.class);
        return (DomainException) thrown.getCause();
    }
}
