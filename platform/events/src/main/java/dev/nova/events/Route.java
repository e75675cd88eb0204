package dev.nova.events;

import java.util.Set;

/**
 * One consumer's subscription: the queue it reads and the event types delivered to it.
 *
 * @param queue           the queue's logical name; each environment prefixes it
 * @param consumer        the consuming domain; its inbox records what it processed
 * @param eventTypes      the types delivered to this queue
 * @param maxReceiveCount receives before a message moves to the queue's DLQ
 */
public record Route(String queue, String consumer, Set<String> eventTypes, int maxReceiveCount) {

    public static final int DEFAULT_MAX_RECEIVES = 5;

    public Route {
        eventTypes = Set.copyOf(eventTypes);
        if (maxReceiveCount < 1) {
            throw new IllegalArgumentException("maxReceiveCount must be at least 1");
        }
    }

    public String deadLetterQueue() {
        return queue + "-dlq";
    }
}
