package dev.nova.gateway;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.nova.gateway.graphql.GlobalIds;
import dev.nova.testing.TestSigningKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway refuses every access token that identity did not issue, or that is no longer good. */
class AccessTokenTest {

    @RegisterExtension
    static final GatewayFixture nova = new GatewayFixture();

    private static String userId;

    @BeforeAll
    static void registerTheTokenHolder() {
        HttpReply reply = nova.post(null, SignUpSignInTest.REGISTER, Map.of("input",
                Map.of("email", "token@example.com", "username", "tokenholder", "password", "a fine passphrase")));
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                nova.read(reply).get("data")).get("register")).get("user");
        userId = GlobalIds.decode((String) user.get("id"), "id").key();
    }

    @Test
    void aTokenSignedWithIdentitysKeyIsAccepted() throws Exception {
        HttpReply reply = nova.post(forge(TestSigningKeys.primaryKey(), claims -> { }), SignUpSignInTest.ME, null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.bodyText()).contains("tokenholder");
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = forge(TestSigningKeys.primaryKey(), claims -> claims
                .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(120))));

        assertRefused(nova.post(token, SignUpSignInTest.ME, null), "TOKEN_EXPIRED");
    }

    @Test
    void aRefusedTokenNeverBlocksWhatNeedsNoSignIn() throws Exception {
        String expired = forge(TestSigningKeys.primaryKey(), claims -> claims
                .issueTime(Date.from(Instant.now().minusSeconds(3600)))
                .expirationTime(Date.from(Instant.now().minusSeconds(120))));
        Map<String, Object> signedIn = nova.data(nova.post(expired, "mutation($i: LoginInput!) { login(input: $i) "
                + "{ accessToken refreshToken } }", Map.of("i", Map.of("identifier", "tokenholder",
                "password", "a fine passphrase"))), "login");
        String refresh = "mutation($t: String!) { refreshToken(input: {refreshToken: $t}) { accessToken } }";

        for (String token : new String[] {expired, "not.a.jwt"}) {
            HttpReply refreshed = nova.post(token, refresh, Map.of("t", signedIn.get("refreshToken")));
            assertThat(nova.data(refreshed, "refreshToken").get("accessToken")).asString().startsWith("ey");
            signedIn = Map.of("refreshToken", nova.data(nova.post(null, "mutation($i: LoginInput!) { login(input: $i)"
                    + " { refreshToken } }", Map.of("i", Map.of("identifier", "tokenholder",
                    "password", "a fine passphrase"))), "login").get("refreshToken"));
            assertThat(nova.post(token, "query($u: String!) { user(username: $u) { username } }",
                    Map.of("u", "tokenholder")).bodyText()).contains("\"username\":\"tokenholder\"");
        }
        HttpReply mixed = nova.post(expired, "{ __typename me { id } }", null);
        assertThat(nova.read(mixed).get("data")).hasToString("{__typename=Query, me=null}");
        assertThat(nova.extensions(mixed)).containsEntry("code", "UNAUTHENTICATED")
                .containsEntry("reason", "TOKEN_EXPIRED");
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String token = forge(TestSigningKeys.primaryKey(), claims -> { });
        String[] parts = token.split("\\.");
        String otherUser = forge(TestSigningKeys.primaryKey(), claims -> claims.subject(UUID.randomUUID().toString()));
        String tampered = parts[0] + "." + otherUser.split("\\.")[1] + "." + parts[2];

        assertRefused(nova.post(tampered, SignUpSignInTest.ME, null));
    }

    @Test
    void anUnsignedAlgNoneTokenIsRefused() {
        String token = new PlainJWT(new PlainHeader.Builder().type(JOSEObjectType.JWT).build(),
                baseClaims().build()).serialize();

        assertRefused(nova.post(token, SignUpSignInTest.ME, null));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        RSAKey foreign = new RSAKey.Builder(TestSigningKeys.foreignKey())
                .keyID(TestSigningKeys.primaryKey().getKeyID()).build();

        assertRefused(nova.post(forge(foreign, claims -> { }), SignUpSignInTest.ME, null));
        assertRefused(nova.post(forge(TestSigningKeys.foreignKey(), claims -> { }), SignUpSignInTest.ME, null));
    }

    @Test
    void aSymmetricTokenUsingThePublicKeyAsSecretIsRefused() throws Exception {
        byte[] secret = TestSigningKeys.primaryKey().toPublicJWK().toJSONString().getBytes();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(TestSigningKeys.primaryKey().getKeyID()).type(JOSEObjectType.JWT).build(),
                baseClaims().build());
        jwt.sign(new MACSigner(secret));

        assertRefused(nova.post(jwt.serialize(), SignUpSignInTest.ME, null));
    }

    @Test
    void aTokenForAnotherAudienceOrIssuerIsRefused() throws Exception {
        assertRefused(nova.post(forge(TestSigningKeys.primaryKey(), claims -> claims.audience("other-api")),
                SignUpSignInTest.ME, null));
        assertRefused(nova.post(forge(TestSigningKeys.primaryKey(), claims -> claims.issuer("someone-else")),
                SignUpSignInTest.ME, null));
    }

    @Test
    void garbageAndWrongSchemesAreRefused() {
        assertRefused(nova.post("not.a.jwt", SignUpSignInTest.ME, null));
        assertRefused(nova.call("POST",
                Map.of("Content-Type", "application/json", "Authorization", "Basic dXNlcjpwYXNz"),
                Map.of(), GatewayFixture.utf8("{\"query\":\"{ me { id } }\"}")));
    }

    private static void assertRefused(HttpReply reply) {
        assertRefused(reply, "TOKEN_INVALID");
    }

    /**
     * The request ran as an anonymous caller: {@code me}, which needs a sign-in, answers UNAUTHENTICATED with the
     * reason, and the response says why the token was not taken.
     */
    private static void assertRefused(HttpReply reply, String reason) {
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().get("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
        assertThat(nova.code(reply)).isEqualTo("UNAUTHENTICATED");
        assertThat(nova.extensions(reply)).containsEntry("reason", reason);
        assertThat(reply.bodyText()).doesNotContain("tokenholder").doesNotContain("Exception");
    }

    private static JWTClaimsSet.Builder baseClaims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(userId)
                .claim("sid", UUID.randomUUID().toString())
                .issuer("nova")
                .audience("nova-api")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)));
    }

    private static String forge(RSAKey key, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        JWTClaimsSet.Builder claims = baseClaims();
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
