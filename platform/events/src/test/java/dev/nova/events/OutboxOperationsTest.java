package dev.nova.events;

import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import dev.nova.testing.TestSqs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Operators list the events the relay gave up on and put them back in line, named or all, once the cause is fixed. */
class OutboxOperationsTest {

    @RegisterExtension
    static final OutboxFixture orders = new OutboxFixture();

    private static final DomainEvents events = new DomainEvents("orders", orders.transactions, orders.json,
            new EventsSettings(orders.prefix), orders.routing, TestSqs.client());
    private static final OutboxOperations operations = new OutboxOperations("orders", events);
    private static final Caller OPERATOR = Caller.system("ops-1");

    @AfterAll
    static void close() {
        events.close();
    }

    @BeforeEach
    void emptyOutboxAndQueues() {
        orders.transactions.withConnection(c -> c.createStatement().executeUpdate("DELETE FROM outbox"));
        orders.drain("billing");
        orders.drain("shipping");
    }

    @Test
    void parkedEventsAreListedOldestFirstAPageAtATimeWithTheirLastError() {
        List<String> parked = parkThree();

        Page<ParkedEvent> first = operations.parked(OPERATOR, new PageRequest(2, null));
        Page<ParkedEvent> second = operations.parked(OPERATOR, new PageRequest(2, first.endCursor()));

        assertThat(first.items()).extracting(ParkedEvent::aggregateId).containsExactlyElementsOf(parked.subList(0, 2));
        assertThat(first.hasNextPage()).isTrue();
        assertThat(second.items()).extracting(ParkedEvent::aggregateId).containsExactly(parked.get(2));
        assertThat(second.hasNextPage()).isFalse();
        assertThat(first.items()).allSatisfy(event -> {
            assertThat(event.type()).isEqualTo("OrderPlaced");
            assertThat(event.attempts()).isEqualTo(1);
            assertThat(event.lastError()).contains("injected");
            assertThat(event.parkedAt()).isNotNull();
        });
    }

    @Test
    void aReplayOfNamedEventsPublishesThemAtOnceAndLeavesTheOthersParked() {
        List<String> parked = parkThree();
        UUID first = operations.parked(OPERATOR, new PageRequest(1, null)).items().get(0).id();

        ReplayReport report = operations.replay(OPERATOR, new ReplayRequest(List.of(first.toString()), false));

        assertThat(report).isEqualTo(new ReplayReport("orders", 1, 1, 0, 0, 2));
        assertThat(orders.drain("billing")).singleElement()
                .satisfies(message -> assertThat(message.body()).contains(parked.get(0)));
        assertThat(operations.parked(OPERATOR, new PageRequest(10, null)).items())
                .extracting(ParkedEvent::aggregateId).containsExactlyElementsOf(parked.subList(1, 3));
    }

    @Test
    void aReplayOfAllEmptiesTheParkedListAndAnEventParkedNoMoreIsNotReplayedTwice() {
        parkThree();
        UUID any = operations.parked(OPERATOR, new PageRequest(1, null)).items().get(0).id();

        ReplayReport all = operations.replay(OPERATOR, new ReplayRequest(null, true));
        ReplayReport again = operations.replay(OPERATOR, new ReplayRequest(List.of(any.toString()), false));

        assertThat(all).isEqualTo(new ReplayReport("orders", 3, 3, 0, 0, 0));
        assertThat(again.replayed()).isZero();
        assertThat(orders.drain("billing")).hasSize(3);
        assertThat(operations.parked(OPERATOR, new PageRequest(10, null)).items()).isEmpty();
    }

    @Test
    void onlySystemCallersListOrReplay() {
        Caller user = Caller.user(UUID.randomUUID(), UUID.randomUUID(), "c-1", Set.of(), ClientInfo.UNKNOWN);

        assertThat(catchThrowableOfType(DomainException.class,
                () -> operations.parked(user, new PageRequest(10, null))).code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(catchThrowableOfType(DomainException.class,
                () -> operations.replay(user, new ReplayRequest(null, true))).code()).isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void aReplayNamesUpToAHundredEventsOrAllButNotBoth() {
        assertBadInput(() -> new ReplayRequest(List.of(), false), "name the events to replay, or set all");
        assertBadInput(() -> new ReplayRequest(List.of(UUID.randomUUID().toString()), true), "not both");
        assertBadInput(() -> new ReplayRequest(Collections.nCopies(101, UUID.randomUUID().toString()), false),
                "at most 100");
        assertBadInput(() -> operations.replay(OPERATOR, new ReplayRequest(List.of("not-an-id"), false)),
                "must be an id");
        assertBadInput(() -> operations.parked(OPERATOR, new PageRequest(10, "bm90IGEgY3Vyc29y")),
                "not a valid cursor");
    }

    private static void assertBadInput(Runnable call, String problem) {
        DomainException refused = catchThrowableOfType(DomainException.class, call::run);
        assertThat(refused.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
        assertThat(refused.getMessage()).contains(problem);
    }

    /** Three events, written a moment apart, that a refusing SQS makes the relay park at their first failure. */
    private static List<String> parkThree() {
        Outbox outbox = new Outbox(orders.transactions, orders.json, Clock.systemUTC(), ids -> { });
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String order = "order-" + i + "-" + UUID.randomUUID();
            orders.transactions.inTransaction(() -> outbox.append(new DomainEvent("OrderPlaced", "Order", order,
                    new OrderPlaced(order, 1))));
            orders.relay(FaultySqs.failing(orders.sqs, 1.0), new RelayPolicy(50, 1, Duration.ZERO, Duration.ZERO, 4))
                    .drain(1);
            written.add(order);
        }
        return written;
    }
}
