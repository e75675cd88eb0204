package dev.nova.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * One SQS message as Lambda's SQS event source delivers it; read with compile-time serde.
 *
 * @param attributes        system attributes, among them {@code ApproximateReceiveCount}
 * @param messageAttributes the sender's attributes (event type, correlation id)
 */
@Serdeable
public record SqsRecord(String messageId,
                        @Nullable String receiptHandle,
                        @Nullable String body,
                        @Nullable Map<String, String> attributes,
                        @Nullable Map<String, MessageAttribute> messageAttributes) {

    /** A message attribute's value. */
    @Serdeable
    public record MessageAttribute(@Nullable String stringValue, @Nullable String dataType) {
    }

    /** A batch of messages: Lambda's SQS event. */
    @Serdeable
    public record Batch(@JsonProperty("Records") List<SqsRecord> records) {
    }
}
