package dev.nova.testing;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Calls a {@link RequestHandler} the way AWS Lambda's Java runtime does: the event's JSON is read into the
 * handler's input type, and its output written back, by the {@link CustomPojoSerializer} that the runtime finds
 * through the service loader (micronaut-aws-lambda-events-serde's, on every Nova function's classpath). A test that
 * goes through here fails where the deployed function would, on an event or a reply that serde cannot map.
 */
public final class LambdaRuntime {

    private static final CustomPojoSerializer SERIALIZER = ServiceLoader.load(CustomPojoSerializer.class)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no CustomPojoSerializer on the classpath"));

    private LambdaRuntime() {
    }

    /**
     * Feeds {@code event} (JSON) to {@code handler}, read as the handler's input type; answers the reply's JSON.
     * The types come from the handler's class declaration, as the runtime finds them.
     */
    @SuppressWarnings("unchecked")
    public static <I, O> String invoke(RequestHandler<I, O> handler, byte[] event) {
        Type[] types = handlerTypes(handler.getClass());
        I value = SERIALIZER.fromJson(new ByteArrayInputStream(event), types[0]);
        O reply = handler.handleRequest(value, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (reply != null) {
            SERIALIZER.toJson(reply, bytes, types[1]);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The input and output types a handler class declares, from its nearest parameterized handler superclass. */
    private static Type[] handlerTypes(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Type candidate : candidates(c)) {
                if (candidate instanceof ParameterizedType parameterized
                        && parameterized.getRawType() instanceof Class<?> raw
                        && RequestHandler.class.isAssignableFrom(raw)
                        && parameterized.getActualTypeArguments().length == 2) {
                    return parameterized.getActualTypeArguments();
                }
            }
        }
        throw new IllegalArgumentException(type + " declares no RequestHandler input and output types");
    }

    private static List<Type> candidates(Class<?> c) {
        List<Type> types = new ArrayList<>(List.of(c.getGenericInterfaces()));
        types.add(0, c.getGenericSuperclass());
        return types;
    }

    /** An SQS message as Lambda's SQS event source delivers it, with {@code body}. */
    public static SQSEvent.SQSMessage sqsMessage(String messageId, String body) {
        SQSEvent.SQSMessage message = new SQSEvent.SQSMessage();
        message.setMessageId(messageId);
        message.setReceiptHandle("receipt-" + messageId);
        message.setBody(body);
        message.setAttributes(Map.of("ApproximateReceiveCount", "1"));
        message.setMessageAttributes(Map.of());
        return message;
    }

    /** Lambda's SQS event holding {@code messages}. */
    public static SQSEvent sqsEvent(List<SQSEvent.SQSMessage> messages) {
        SQSEvent event = new SQSEvent();
        event.setRecords(messages);
        return event;
    }

    /** Reads {@code event} as the runtime would hand it to a handler of {@code type}. */
    public static <T> T read(byte[] event, Class<T> type) {
        return SERIALIZER.fromJson(new ByteArrayInputStream(event), type);
    }
}
