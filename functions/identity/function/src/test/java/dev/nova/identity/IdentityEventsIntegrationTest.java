package dev.nova.identity;

import dev.nova.events.EventAttributes;
import dev.nova.events.OutboxOperations;
import dev.nova.events.ParkedEvent;
import dev.nova.events.ReplayReport;
import dev.nova.events.ReplayRequest;
import dev.nova.events.SweepReport;
import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.invocation.NoInput;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import dev.nova.routing.NovaRouting;
import dev.nova.testing.TestSqs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** identity's events leave through its outbox, to the queues the routing names. */
class IdentityEventsIntegrationTest {

    @RegisterExtension
    static final IdentityFixture identity = new IdentityFixture();

    private final SqsClient sqs = TestSqs.client();

    @Test
    void aSignUpPublishesUserRegisteredToTheUsersQueueWithoutTheEmail() {
        AuthResult registered = identity.invoker.invoke(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("events@example.com", "evented", "published at once")).join();

        List<Message> messages = drain();

        assertThat(messages).singleElement().satisfies(message -> {
            assertThat(message.body()).contains("\"type\":\"UserRegistered\"")
                    .contains("\"aggregateId\":\"" + registered.account().id() + "\"")
                    .contains("\"username\":\"evented\"")
                    .doesNotContain("events@example.com");
            assertThat(message.messageAttributes().get(EventAttributes.EVENT_TYPE).stringValue())
                    .isEqualTo("UserRegistered");
            assertThat(message.messageAttributes().get(EventAttributes.CORRELATION_ID).stringValue())
                    .startsWith("test-");
        });
        assertThat(identity.count("SELECT count(*) FROM outbox WHERE published_at IS NULL AND aggregate_id = ?",
                registered.account().id().toString())).isZero();
    }

    @Test
    void aRefusedSignUpPublishesNothing() {
        identity.invoker.invoke(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("first@example.com", "taken_name", "come early, stay late")).join();
        drain();

        catchThrowable(() -> identity.invoker.invoke(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("second@example.com", "Taken_Name", "come early, stay late")).join());

        assertThat(drain()).isEmpty();
        assertThat(identity.count("SELECT count(*) FROM outbox WHERE payload->>'username' = ?", "Taken_Name"))
                .isZero();
    }

    @Test
    void onlyTheSchedulersMaySweepTheOutbox() {
        Caller scheduler = new Caller(null, null, "sweep-1", Set.of(OutboxOperations.SYSTEM_ROLE), ClientInfo.UNKNOWN);

        SweepReport report = identity.invoker.invoke(OutboxOperations.sweep(IdentityApi.DOMAIN), scheduler,
                NoInput.INSTANCE).join();
        Throwable user = catchThrowable(() -> identity.invoker.invoke(OutboxOperations.sweep(IdentityApi.DOMAIN),
                IdentityFixture.signedIn(UUID.randomUUID()), NoInput.INSTANCE).join());

        assertThat(report.domain()).isEqualTo("identity");
        assertThat(report.unpublished()).isZero();
        assertThat(user).isInstanceOf(CompletionException.class);
        assertThat(((DomainException) user.getCause()).code()).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void operatorsListAParkedEventAndReplayItThroughTheFunction() {
        Caller operator = Caller.system("ops-replay-1");
        identity.invoker.invoke(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest("parked@example.com", "parked_one", "come early, stay late")).join();
        drain();
        int parked = identity.update("""
                UPDATE outbox SET published_at = NULL, parked_at = now(), attempts = 10,
                                  last_error = 'AccessDenied: not authorized to send'
                WHERE payload->>'username' = ?""", "parked_one");

        Page<ParkedEvent> page = identity.invoker.invoke(OutboxOperations.parked(IdentityApi.DOMAIN), operator,
                new PageRequest(10, null)).join();
        ParkedEvent event = page.items().get(0);
        ReplayReport report = identity.invoker.invoke(OutboxOperations.replay(IdentityApi.DOMAIN), operator,
                new ReplayRequest(List.of(event.id().toString()), false)).join();

        assertThat(parked).isEqualTo(1);
        assertThat(page.items()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("UserRegistered");
            assertThat(e.attempts()).isEqualTo(10);
            assertThat(e.lastError()).isEqualTo("AccessDenied: not authorized to send");
        });
        assertThat(report.replayed()).isEqualTo(1);
        assertThat(report.published()).isEqualTo(1);
        assertThat(report.stillParked()).isZero();
        assertThat(drain()).singleElement().satisfies(m -> assertThat(m.body()).contains("parked_one"));
    }

    private List<Message> drain() {
        String url = sqs.getQueueUrl(r -> r.queueName(identity.queuePrefix + NovaRouting.USERS_FROM_IDENTITY))
                .queueUrl();
        List<Message> all = new ArrayList<>();
        List<Message> got;
        do {
            got = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10).messageAttributeNames("All"))
                    .messages();
            got.forEach(m -> sqs.deleteMessage(d -> d.queueUrl(url).receiptHandle(m.receiptHandle())));
            all.addAll(got);
        } while (!got.isEmpty());
        return all;
    }
}
