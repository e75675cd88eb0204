package dev.nova.events;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Lambda's partial batch response: the messages to deliver again; the others are deleted. */
@Serdeable
public record BatchResponse(List<ItemFailure> batchItemFailures) {

    public static BatchResponse failing(List<String> messageIds) {
        return new BatchResponse(messageIds.stream().map(ItemFailure::new).toList());
    }

    /** One message to deliver again. */
    @Serdeable
    public record ItemFailure(String itemIdentifier) {
    }
}
