package dev.nova.invocation;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/** The invocation beans every function needs: the codec, and a domain's dispatcher once it binds operations. */
@Factory
public class InvocationFactory {

    @Singleton
    InvocationCodec invocationCodec(JsonMapper json) {
        return new InvocationCodec(json);
    }

    @Singleton
    @Requires(beans = DomainOperations.class)
    DomainDispatcher domainDispatcher(DomainOperations operations, InvocationCodec codec) {
        return new DomainDispatcher(operations, codec);
    }
}
