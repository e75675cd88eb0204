package dev.nova.invocation;

import dev.nova.kernel.RateLimiter;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.lambda.LambdaClient;

import java.util.List;

/**
 * The invocation beans functions need: the codec; a domain's dispatcher once it binds operations; and, for the
 * functions that call domains (the gateway, the schedulers), the Lambda invoker, unless the local runtime registered
 * an in-process one ({@code nova.invoker.mode=in-process}).
 */
@Factory
public class InvocationFactory {

    @Singleton
    InvocationCodec invocationCodec(JsonMapper json) {
        return new InvocationCodec(json);
    }

    @Bean(preDestroy = "close")
    @Singleton
    @Requires(property = "nova.invoker.mode", value = "lambda", defaultValue = "lambda")
    LambdaDomainInvoker lambdaDomainInvoker(LambdaClient lambda, InvocationCodec codec,
                                            List<DomainCallSettings> domains) {
        return LambdaDomainInvoker.create(lambda, codec, domains);
    }

    @Singleton
    @Requires(beans = DomainOperations.class)
    DomainDispatcher domainDispatcher(DomainOperations operations, InvocationCodec codec, RateLimiter limiter) {
        return new DomainDispatcher(operations, codec, limiter);
    }
}
