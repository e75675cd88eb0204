package dev.nova.invocation;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.lambda.LambdaClientBuilder;

/**
 * The Lambda client that the domain invoker calls through (from micronaut-aws-sdk-v2's factory) does not retry:
 * {@link DomainCallPolicy} retries, with its own budget, timeouts and circuit breaker, only what is safe to retry.
 */
@Singleton
public class LambdaClientSettings implements BeanCreatedEventListener<LambdaClientBuilder> {

    @Override
    public LambdaClientBuilder onCreated(BeanCreatedEvent<LambdaClientBuilder> event) {
        RetryStrategy none = AwsRetryStrategy.doNotRetry();
        return AwsOverrides.add(event.getBean(), override -> override.retryStrategy(none));
    }
}
