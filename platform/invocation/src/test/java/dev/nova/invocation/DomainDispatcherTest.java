package dev.nova.invocation;

import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.Page;
import dev.nova.kernel.RateLimit;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The dispatcher and the in-process invoker: JSON both ways, typed errors for everything that can go wrong. */
class DomainDispatcherTest {

    private final InvocationCodec codec = new InvocationCodec(ObjectMapper.getDefault());
    private final DomainDispatcher dispatcher = new DomainDispatcher(new DomainOperations("echo")
            .on(Echo.SAY, (caller, in) -> new Echo(in.text()))
            .on(Echo.SHOUT, (caller, in) -> {
                throw new IllegalStateException("secret internals: db password is hunter2");
            })
            .on(Echo.WHISPER, (caller, in) -> {
                // what Micronaut Data throws when the pool cannot reach the database
                throw new IllegalStateException("Error executing SQL", new SQLTransientConnectionException(
                        "nova-users - Connection is not available", "08001"));
            }), codec);
    private final InProcessDomainInvoker invoker = new InProcessDomainInvoker(Map.of("echo", dispatcher), codec);

    @Test
    void roundTripsThroughJson() {
        assertThat(invoker.invoke(Echo.SAY, caller(), new Echo("hi")).join()).isEqualTo(new Echo("hi"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmptyPageSurvivesTheRoundTrip() {
        Argument<Page<Echo>> pageOfEcho = (Argument<Page<Echo>>) (Argument<?>) Argument.of(Page.class, Echo.class);
        Operation<Echo, Page<Echo>> list = Operation.query("echo", "list", Echo.class, pageOfEcho);
        DomainDispatcher pages = new DomainDispatcher(new DomainOperations("echo")
                .on(list, (caller, in) -> Page.empty()), codec);
        InProcessDomainInvoker invoker = new InProcessDomainInvoker(Map.of("echo", pages), codec);

        Page<Echo> page = invoker.invoke(list, caller(), new Echo("x")).join();

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void anInputTheRequestRecordRefusesIsBadUserInputNamingTheField() {
        DomainException error = reply("{\"operation\":\"echo.say\",\"caller\":{},\"payload\":{\"text\":\" \"}}");

        assertThat(error.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
        assertThat(error.field()).isEqualTo("text");
    }

    @Test
    void malformedInvocationsAndUnknownOperationsAreTypedErrors() {
        assertThat(reply("[]").code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
        assertThat(reply("{\"operation\":\"echo.say\"}").code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
        assertThat(reply("{\"operation\":\"echo.say\",\"caller\":{},\"payload\":{\"text\":{\"nested\":true}}}").code())
                .isEqualTo(ErrorCode.BAD_USER_INPUT);
        assertThat(reply("{\"operation\":\"echo.fly\",\"caller\":{},\"payload\":{}}").code())
                .isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void anUnexpectedFailureIsInternalAndHidesItsMessage() {
        Throwable thrown = catchThrowable(() -> invoker.invoke(Echo.SHOUT, caller(), new Echo("x")).join());

        assertThat(thrown).isInstanceOf(CompletionException.class);
        DomainException error = (DomainException) thrown.getCause();
        assertThat(error.code()).isEqualTo(ErrorCode.INTERNAL);
        assertThat(error.getMessage()).isEqualTo("internal error");
    }

    @Test
    void anUnreachableDatabaseIsUnavailableAndHidesItsMessage() {
        Throwable thrown = catchThrowable(() -> invoker.invoke(Echo.WHISPER, caller(), new Echo("x")).join());

        DomainException error = (DomainException) thrown.getCause();
        assertThat(error.code()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(error.getMessage()).isEqualTo("the database is unavailable, try again shortly");
    }

    @Test
    void aLimitedOperationTakesFromTheCallersBucketBeforeItRunsAndNovaItselfIsNotLimited() {
        List<String> taken = new ArrayList<>();
        RateLimit perUser = RateLimit.perUser("echo.says", 1, Duration.ofMinutes(1));
        DomainDispatcher limited = new DomainDispatcher(new DomainOperations("echo")
                .on(Echo.SAY, (caller, in) -> in)
                .limit(Echo.SAY, perUser), codec, (bucket, limit) -> {
                    taken.add(bucket);
                    if (taken.size() > 1) {
                        throw DomainException.rateLimited("slow down", Duration.ofSeconds(9));
                    }
                });
        InProcessDomainInvoker calls = new InProcessDomainInvoker(Map.of("echo", limited), codec);
        UUID ada = UUID.randomUUID();
        Caller signedIn = Caller.user(ada, UUID.randomUUID(), "c", Set.of(), ClientInfo.UNKNOWN);

        assertThat(calls.invoke(Echo.SAY, signedIn, new Echo("one")).join()).isEqualTo(new Echo("one"));
        Throwable second = catchThrowable(() -> calls.invoke(Echo.SAY, signedIn, new Echo("two")).join());
        calls.invoke(Echo.SAY, Caller.system("sweeper"), new Echo("three")).join();

        assertThat(((DomainException) second.getCause()).code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(((DomainException) second.getCause()).retryAfterSeconds()).hasValue(9L);
        assertThat(taken).containsExactly("echo.says:" + ada, "echo.says:" + ada);
        assertThatThrownBy(() -> new DomainOperations("echo").limit(Echo.SAY, perUser))
                .as("only a bound operation can be limited").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textTheDatabaseCannotStoreIsTheCallersBadInput() {
        assertThat(DomainException.unexpected(new IllegalStateException("Error executing SQL UPDATE",
                new java.sql.SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"))).code())
                .isEqualTo(ErrorCode.BAD_USER_INPUT);
        assertThat(DomainException.unexpected(new IllegalStateException("no SQL under it")).code())
                .isEqualTo(ErrorCode.INTERNAL);
    }

    @Test
    void anOperationCanBeBoundOnlyOnceAndOnlyByItsDomain() {
        DomainOperations operations = new DomainOperations("echo").on(Echo.SAY, (c, in) -> in);

        assertThatThrownBy(() -> operations.on(Echo.SAY, (c, in) -> in)).hasMessageContaining("twice");
        assertThatThrownBy(() -> new DomainOperations("other").on(Echo.SAY, (c, in) -> in))
                .hasMessageContaining("not an operation of other");
    }

    @Test
    void aDomainThatIsNotRunningIsUnavailable() {
        InProcessDomainInvoker empty = new InProcessDomainInvoker(Map.of(), codec);

        Throwable thrown = catchThrowable(() -> empty.invoke(Echo.SAY, caller(), new Echo("x")).join());

        assertThat(((DomainException) thrown.getCause()).code()).isEqualTo(ErrorCode.UNAVAILABLE);
    }

    private DomainException reply(String invocation) {
        byte[] reply = dispatcher.handle(invocation.getBytes(StandardCharsets.UTF_8));
        Throwable thrown = catchThrowable(() -> codec.decodeReply(reply, Echo.SAY.reply()));
        assertThat(thrown).isInstanceOf(DomainException.class);
        return (DomainException) thrown;
    }

    private static Caller caller() {
        return Caller.anonymous("corr", ClientInfo.UNKNOWN);
    }
}
