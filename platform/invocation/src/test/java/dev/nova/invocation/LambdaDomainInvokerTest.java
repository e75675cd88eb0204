package dev.nova.invocation;

import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.lambda.LambdaClient;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The Lambda adapter against a loopback Invoke endpoint serving a real dispatcher: retries, timeouts, breaker. */
class LambdaDomainInvokerTest {

    private static final String FUNCTION = "arn:aws:lambda:eu-west-1:123456789012:function:nova-echo:live";

    private final AtomicInteger served = new AtomicInteger();
    private final InvocationCodec codec = new InvocationCodec(ObjectMapper.getDefault());
    private LocalLambdaEndpoint lambda;
    private ApplicationContext clients;
    private LambdaDomainInvoker invoker;

    @BeforeEach
    void start() throws Exception {
        DomainDispatcher echo = new DomainDispatcher(new DomainOperations("echo")
                .on(Echo.SAY, (caller, in) -> count(new Echo(in.text() + " from " + caller.correlationId())))
                .on(Echo.SHOUT, (caller, in) -> {
                    if (in.text().equals("taken")) {
                        throw DomainException.conflict("text", "already said");
                    }
                    return count(new Echo(in.text().toUpperCase()));
                }), codec);
        lambda = new LocalLambdaEndpoint(echo);
        clients = ApplicationContext.run(AwsStandIns.endpoint("lambda", lambda.endpoint()));
        DomainCallSettings settings = new DomainCallSettings("echo", FUNCTION, Duration.ofMillis(700), 3,
                Duration.ofMillis(10), 4, 4, 50f, Duration.ofSeconds(30));
        invoker = new LambdaDomainInvoker(clients.getBean(LambdaClient.class), codec, List.of(settings),
                Executors.newFixedThreadPool(4), Executors.newSingleThreadScheduledExecutor());
    }

    @AfterEach
    void stop() {
        invoker.close();
        clients.close();
        lambda.close();
    }

    @Test
    void invokesTheConfiguredFunctionAndCarriesTheCaller() {
        Echo reply = invoker.invoke(Echo.SAY, caller(), new Echo("hello")).join();

        assertThat(reply.text()).isEqualTo("hello from corr-1");
        assertThat(lambda.invokedFunctions).containsExactly(FUNCTION);
    }

    @Test
    void aDomainErrorPassesThroughUntouchedAndIsNotRetried() {
        DomainException error = failure(() -> invoker.invoke(Echo.SHOUT, caller(), new Echo("taken")).join());

        assertThat(error.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(error.field()).isEqualTo("text");
        assertThat(lambda.invokedFunctions).hasSize(1);
    }

    @Test
    void throttlingIsRetriedEvenForCommandsBecauseTheFunctionDidNotRun() {
        lambda.failNext(LocalLambdaEndpoint.Fault.THROTTLE, 2);

        Echo reply = invoker.invoke(Echo.SHOUT, caller(), new Echo("again")).join();

        assertThat(reply.text()).isEqualTo("AGAIN");
        assertThat(lambda.invokedFunctions).hasSize(3);
        assertThat(served).hasValue(1);
    }

    @Test
    void aCrashedFunctionIsRetriedForQueriesOnly() {
        lambda.failNext(LocalLambdaEndpoint.Fault.CRASH, 1);
        assertThat(invoker.invoke(Echo.SAY, caller(), new Echo("retry me")).join().text()).startsWith("retry me");

        lambda.failNext(LocalLambdaEndpoint.Fault.CRASH, 1);
        DomainException command = failure(() -> invoker.invoke(Echo.SHOUT, caller(), new Echo("once")).join());

        assertThat(command.code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(lambda.invokedFunctions).hasSize(3);
    }

    @Test
    void aSlowFunctionTimesOutAsUnavailable() {
        lambda.failNext(LocalLambdaEndpoint.Fault.SLOW, 1);

        DomainException error = failure(() -> invoker.invoke(Echo.SHOUT, caller(), new Echo("slow")).join());

        assertThat(error.code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(error.getMessage()).doesNotContain("Exception");
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAndThenFailsFastWithoutCallingLambda() {
        lambda.failNext(LocalLambdaEndpoint.Fault.CRASH, 4);
        for (int i = 0; i < 4; i++) {
            failure(() -> invoker.invoke(Echo.SHOUT, caller(), new Echo("x")).join());
        }
        int callsBefore = lambda.invokedFunctions.size();

        DomainException error = failure(() -> invoker.invoke(Echo.SAY, caller(), new Echo("x")).join());

        assertThat(error.code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(lambda.invokedFunctions).hasSize(callsBefore);
    }

    @Test
    void anUnconfiguredDomainIsUnavailable() {
        Operation<Echo, Echo> elsewhere = Operation.query("nowhere", "say", Echo.class, Echo.class);

        assertThat(failure(() -> invoker.invoke(elsewhere, caller(), new Echo("x")).join()).code())
                .isEqualTo(ErrorCode.UNAVAILABLE);
    }

    private Echo count(Echo echo) {
        served.incrementAndGet();
        return echo;
    }

    private static Caller caller() {
        return Caller.anonymous("corr-1", ClientInfo.UNKNOWN);
    }

    private static DomainException failure(Runnable call) {
        Throwable thrown = catchThrowable(call::run);
        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(DomainException.class);
        return (DomainException) thrown.getCause();
    }
}
