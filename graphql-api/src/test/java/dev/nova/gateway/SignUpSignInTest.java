package dev.nova.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** register, login and me through the gateway, against a real identity function and PostgreSQL. */
class SignUpSignInTest {

    static final String REGISTER = """
            mutation Register($input: RegisterInput!) {
              register(input: $input) { accessToken refreshToken expiresIn user { id username email } }
            }""";
    static final String LOGIN = """
            mutation Login($input: LoginInput!) {
              login(input: $input) { accessToken refreshToken expiresIn user { id username email } }
            }""";
    static final String ME = "{ me { id username email createdAt } }";
    static final String REFRESH = """
            mutation Refresh($token: String!) {
              refreshToken(input: {refreshToken: $token}) { accessToken refreshToken expiresIn user { username } }
            }""";

    @RegisterExtension
    static final GatewayFixture nova = new GatewayFixture();

    @Test
    void aNewAccountRegistersLogsInAndSeesItself() {
        Map<String, Object> registered = data(nova.post(null, REGISTER, Map.of("input",
                Map.of("email", "margaret@example.com", "username", "margaret", "password", "apollo guidance"))),
                "register");
        Map<String, Object> loggedIn = data(nova.post(null, LOGIN, Map.of("input",
                Map.of("identifier", "MARGARET", "password", "apollo guidance"))), "login");
        Map<String, Object> me = data(nova.post((String) loggedIn.get("accessToken"), ME, null), "me");

        assertThat(registered.get("expiresIn")).isEqualTo(900);
        assertThat(registered.get("user")).isEqualTo(loggedIn.get("user"));
        assertThat(me).containsEntry("username", "margaret").containsEntry("email", "margaret@example.com")
                .containsEntry("id", ((Map<?, ?>) registered.get("user")).get("id"));
        assertThat((String) me.get("createdAt")).endsWith("Z");
    }

    @Test
    void theRegistrationTokenWorksAtOnce() {
        Map<String, Object> registered = data(nova.post(null, REGISTER, Map.of("input",
                Map.of("email", "katherine@example.com", "username", "katherine", "password", "orbital mechanics"))),
                "register");

        Map<String, Object> me = data(nova.post((String) registered.get("accessToken"), ME, null), "me");

        assertThat(me).containsEntry("username", "katherine");
    }

    @Test
    void aRefreshTokenRotatesAndItsReuseEndsTheSession() {
        Map<String, Object> registered = data(nova.post(null, REGISTER, Map.of("input",
                Map.of("email", "grace@example.com", "username", "gracehopper", "password", "nanoseconds"))),
                "register");
        String first = (String) registered.get("refreshToken");

        Map<String, Object> renewed = data(nova.post(null, REFRESH, Map.of("token", first)), "refreshToken");
        HttpReply reused = nova.post(null, REFRESH, Map.of("token", first));
        HttpReply afterReuse = nova.post(null, REFRESH, Map.of("token", renewed.get("refreshToken")));

        assertThat(renewed.get("refreshToken")).isNotEqualTo(first);
        assertThat(data(nova.post((String) renewed.get("accessToken"), ME, null), "me"))
                .containsEntry("username", "gracehopper");
        assertThat(code(reused)).isEqualTo("UNAUTHENTICATED");
        assertThat(code(afterReuse)).as("the whole family died with the reuse").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aSignUpRetriedWithItsIdempotencyKeyHeaderMakesOneAccount() {
        Map<String, String> headers = Map.of("Content-Type", "application/json",
                "Accept", "application/graphql-response+json", "Idempotency-Key", "signup-retry-7c1e");
        byte[] body = nova.write(Map.of("query", REGISTER, "variables", Map.of("input", Map.of(
                "email", "header.retry@example.com", "username", "headerretry", "password", "a twice sent phrase"))));

        Map<String, Object> first = data(nova.call("POST", headers, Map.of(), body), "register");
        Map<String, Object> again = data(nova.call("POST", headers, Map.of(), body), "register");
        HttpReply withoutKey = nova.call("POST", Map.of("Content-Type", "application/json"), Map.of(), body);

        assertThat(((Map<?, ?>) again.get("user")).get("id")).isEqualTo(((Map<?, ?>) first.get("user")).get("id"));
        assertThat(again.get("accessToken")).asString().startsWith("ey");
        assertThat(nova.code(withoutKey)).as("without the key a retry is a conflict").isEqualTo("CONFLICT");
    }

    @Test
    void meWithoutATokenIsUnauthenticated() {
        HttpReply reply = nova.post(null, ME, null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(code(reply)).isEqualTo("UNAUTHENTICATED");
        assertThat(reply.bodyText()).contains("\"data\":{\"me\":null}");
    }

    @Test
    void wrongPasswordAndUnknownUserAnswerAlike() {
        nova.post(null, REGISTER, Map.of("input",
                Map.of("email", "dorothy@example.com", "username", "dorothy", "password", "crystallography")));

        HttpReply wrong = nova.post(null, LOGIN, Map.of("input",
                Map.of("identifier", "dorothy", "password", "not it at all")));
        HttpReply unknown = nova.post(null, LOGIN, Map.of("input",
                Map.of("identifier", "no-such-user", "password", "not it at all")));

        assertThat(code(wrong)).isEqualTo("UNAUTHENTICATED");
        assertThat(message(unknown)).isEqualTo(message(wrong));
    }

    @Test
    void duplicatesAreConflictsNamingTheField() {
        nova.post(null, REGISTER, Map.of("input",
                Map.of("email", "rosalind@example.com", "username", "rosalind", "password", "photo fifty one")));

        HttpReply email = nova.post(null, REGISTER, Map.of("input",
                Map.of("email", "Rosalind@Example.com", "username", "franklin", "password", "photo fifty one")));
        HttpReply username = nova.post(null, REGISTER, Map.of("input",
                Map.of("email", "else@example.com", "username", "ROSALIND", "password", "photo fifty one")));

        assertThat(extensions(email)).containsEntry("code", "CONFLICT").containsEntry("field", "email");
        assertThat(extensions(username)).containsEntry("code", "CONFLICT").containsEntry("field", "username");
        assertThat(code(nova.post(null, LOGIN, Map.of("input",
                Map.of("identifier", "franklin", "password", "photo fifty one"))))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void weakOrMalformedInputIsRefusedWithTheFieldAtFault() {
        assertThat(extensions(nova.post(null, REGISTER, Map.of("input",
                Map.of("email", "not-an-email", "username", "valid_name", "password", "long enough pass")))))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "email");
        assertThat(extensions(nova.post(null, REGISTER, Map.of("input",
                Map.of("email", "ok@example.com", "username", "a", "password", "long enough pass")))))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "username");
        assertThat(extensions(nova.post(null, REGISTER, Map.of("input",
                Map.of("email", "ok@example.com", "username", "bad..dots", "password", "long enough pass")))))
                .containsEntry("field", "username");
        assertThat(extensions(nova.post(null, REGISTER, Map.of("input",
                Map.of("email", "ok@example.com", "username", "valid_name", "password", "short")))))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "password");
        assertThat(code(nova.post(null, LOGIN, Map.of("input",
                Map.of("identifier", "valid_name", "password", "long enough pass"))))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aMissingRequiredArgumentIsAValidationError() {
        HttpReply reply = nova.post(null, "mutation { register(input: {email: \"x@example.com\"}) { accessToken } }",
                null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(code(reply)).isEqualTo("GRAPHQL_VALIDATION_FAILED");
    }

    private static Map<String, Object> data(HttpReply reply, String field) {
        return nova.data(reply, field);
    }

    private static Map<String, Object> extensions(HttpReply reply) {
        return nova.extensions(reply);
    }

    private static String code(HttpReply reply) {
        return nova.code(reply);
    }

    private static String message(HttpReply reply) {
        return nova.message(reply);
    }
}
