package dev.nova.events;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.nova.observability.CorrelationId;
import dev.nova.persistence.Transactions;
import io.micronaut.json.JsonMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Hands each message of a batch to its typed handler, in a transaction that also records the event in the
 * consuming domain's {@code inbox}: a redelivered event finds itself there and has no second effect. It answers
 * the messages that failed, to be delivered again (and after the queue's bounded receives, dead-lettered); once a
 * message of an aggregate fails, the later ones of the same aggregate in the batch wait too, to keep their order.
 */
public final class EventConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(EventConsumer.class);

    private final String consumer;
    private final EventHandlers handlers;
    private final Transactions transactions;
    private final JsonMapper json;
    private final Clock clock;

    public EventConsumer(String consumer, EventHandlers handlers, Transactions transactions, JsonMapper json,
                         Clock clock) {
        this.consumer = consumer;
        this.handlers = handlers;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** Processes a batch; answers the ids of the messages to deliver again. */
    public List<String> consume(List<SQSEvent.SQSMessage> batch) {
        List<String> failed = new ArrayList<>();
        Set<String> blockedAggregates = new HashSet<>();
        for (SQSEvent.SQSMessage message : batch) {
            EventEnvelope event = read(message);
            if (event == null) {
                failed.add(message.getMessageId());
                continue;
            }
            String aggregate = event.aggregateType() + "/" + event.aggregateId();
            if (blockedAggregates.contains(aggregate) || !process(event)) {
                blockedAggregates.add(aggregate);
                failed.add(message.getMessageId());
            }
        }
        return failed;
    }

    private boolean process(EventEnvelope event) {
        String correlationId = CorrelationId.sanitized(event.correlationId());
        try (CorrelationId.Scope ignored = CorrelationId.open(correlationId)) {
            EventHandlers.Binding<?> binding = handlers.find(event.type()).orElse(null);
            if (binding == null) {
                LOG.error("{} has no handler for {} (event {}); it goes back to the queue", consumer, event.type(),
                        event.id());
                return false;
            }
            transactions.inTransaction(() -> {
                if (firstDelivery(event)) {
                    handle(binding, event);
                }
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            LOG.warn("{} failed on {} {}; it goes back to the queue", consumer, event.type(), event.id(), e);
            return false;
        }
    }

    private void handle(EventHandlers.Binding<?> binding, EventEnvelope event) {
        try {
            binding.handle(event, json);
        } catch (IOException e) {
            throw new UncheckedIOException("the payload of " + event.type() + " does not match its contract", e);
        }
    }

    /** Records the event in the inbox; false when it was processed before. */
    private boolean firstDelivery(EventEnvelope event) {
        return transactions.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO inbox (event_id, consumer, processed_at) VALUES (?, ?, ?)
                    ON CONFLICT (event_id, consumer) DO NOTHING""")) {
                insert.setObject(1, event.id());
                insert.setString(2, consumer);
                insert.setTimestamp(3, Timestamp.from(clock.instant()));
                return insert.executeUpdate() == 1;
            }
        });
    }

    private EventEnvelope read(SQSEvent.SQSMessage message) {
        try {
            EventEnvelope event = json.readValue(message.getBody(), EventEnvelope.class);
            if (event == null || event.id() == null || event.type() == null) {
                throw new IOException("not an event envelope");
            }
            return event;
        } catch (IOException | RuntimeException e) {
            LOG.error("{} received message {} that is not an event; it will end in the DLQ", consumer,
                    message.getMessageId());
            return null;
        }
    }
}
