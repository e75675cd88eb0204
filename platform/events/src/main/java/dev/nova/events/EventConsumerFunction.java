package dev.nova.events;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The Lambda entry of a domain's event consumer: an SQS batch in, the partial batch response out (the function's
 * event source mapping must enable {@code ReportBatchItemFailures}).
 */
public abstract class EventConsumerFunction implements RequestStreamHandler {

    private final EventConsumer consumer;
    private final JsonMapper json;

    protected EventConsumerFunction(EventConsumer consumer, JsonMapper json) {
        this.consumer = consumer;
        this.json = json;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        SqsRecord.Batch batch = json.readValue(input.readAllBytes(), SqsRecord.Batch.class);
        List<String> failed = consumer.consume(batch.records() == null ? List.of() : batch.records());
        output.write(json.writeValueAsBytes(BatchResponse.failing(failed)));
    }
}
