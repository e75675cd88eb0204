package dev.nova.events;

import dev.nova.invocation.AwsOverrides;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

import java.time.Duration;

/**
 * The SQS client (from micronaut-aws-sdk-v2's factory) gives up on a call after five seconds: a relay fast path
 * that cannot reach SQS should leave the event to the sweeper rather than hold a request.
 */
@Singleton
public class SqsClientSettings implements BeanCreatedEventListener<SqsClientBuilder> {

    static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(5);

    @Override
    public SqsClientBuilder onCreated(BeanCreatedEvent<SqsClientBuilder> event) {
        return AwsOverrides.add(event.getBean(), override -> override.apiCallTimeout(API_CALL_TIMEOUT));
    }
}
