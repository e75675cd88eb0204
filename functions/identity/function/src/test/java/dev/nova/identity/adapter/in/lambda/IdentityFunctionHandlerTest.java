package dev.nova.identity.adapter.in.lambda;

import dev.nova.events.LocalQueues;
import io.micronaut.function.aws.CustomPojoSerializerException;
import dev.nova.invocation.FunctionContexts;
import dev.nova.routing.NovaRouting;
import dev.nova.testing.LambdaRuntime;
import dev.nova.testing.TestIdentity;
import dev.nova.testing.TestSigningKeys;
import dev.nova.testing.TestSqs;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** identity's Lambda entry with the domain invoke payloads in {@code sam/events/}, and with broken ones. */
class IdentityFunctionHandlerTest {

    private static final Path EVENTS = Path.of("..", "..", "..", "sam", "events");

    private static IdentityFunction function;
    private static JsonMapper json;

    @BeforeAll
    static void start() {
        Map<String, Object> properties = TestIdentity.properties();
        properties.putAll(LocalQueues.provision(TestSqs.server().endpoint(), NovaRouting.ROUTING, "handler-", 30));
        function = new IdentityFunction(FunctionContexts.start("identity", properties));
        json = function.context().getBean(JsonMapper.class);
    }

    @AfterAll
    static void stop() {
        function.close();
    }

    @Test
    void theRegisterEventCreatesAnAccount() throws Exception {
        Map<String, Object> reply = invoke(Files.readAllBytes(EVENTS.resolve("identity-register.json")));

        assertThat(reply).containsKey("result").doesNotContainKey("error");
        assertThat(reply.get("result").toString()).contains("username=domain_invoke");
    }

    @Test
    void thePublicKeysEventAnswersTheKeySet() throws Exception {
        Map<String, Object> reply = invoke(Files.readAllBytes(EVENTS.resolve("identity-public-keys.json")));

        assertThat(reply.get("result").toString()).contains("kid=" + TestSigningKeys.primaryKey().getKeyID());
    }

    @Test
    void anUnknownOperationIsATypedError() throws Exception {
        Map<String, Object> reply = invoke(utf8("{\"operation\":\"identity.mintMoney\",\"caller\":{},\"payload\":{}}"));

        assertThat(reply.get("error").toString()).contains("code=NOT_FOUND").contains("identity.mintMoney");
    }

    @Test
    void anEventThatIsNotJsonFailsInTheRuntimesSerializer() {
        assertThatThrownBy(() -> invoke(utf8("{not json"))).isInstanceOf(CustomPojoSerializerException.class);
    }

    @Test
    void aBadPayloadIsATypedError() throws Exception {
        Map<String, Object> noCaller = invoke(utf8("{\"operation\":\"identity.login\",\"payload\":{}}"));
        Map<String, Object> wrongShape = invoke(utf8(
                "{\"operation\":\"identity.register\",\"caller\":{},\"payload\":{\"email\":[1,2]}}"));
        Map<String, Object> noPayload = invoke(utf8("{\"operation\":\"identity.login\",\"caller\":{}}"));

        assertThat(noCaller.get("error").toString()).contains("code=BAD_USER_INPUT");
        assertThat(wrongShape.get("error").toString()).contains("code=BAD_USER_INPUT");
        assertThat(noPayload.get("error").toString()).contains("code=BAD_USER_INPUT");
    }

    private static Map<String, Object> invoke(byte[] event) throws Exception {
        String reply = LambdaRuntime.invoke(function, event);
        return json.readValue(reply, Argument.mapOf(String.class, Object.class));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
