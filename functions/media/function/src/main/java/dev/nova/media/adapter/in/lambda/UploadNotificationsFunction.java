package dev.nova.media.adapter.in.lambda;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.nova.invocation.FunctionContexts;
import dev.nova.media.api.MediaApi;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;

import java.util.List;

/**
 * media's SQS entry for the uploads bucket's notifications ({@code ObjectCreated} under {@code uploads/}):
 * {@code dev.nova.media.adapter.in.lambda.UploadNotificationsFunction::handleRequest}, with partial batch responses.
 */
public final class UploadNotificationsFunction extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {

    private final UploadNotifications notifications;

    public UploadNotificationsFunction() {
        super();
        this.notifications = applicationContext.getBean(UploadNotifications.class);
    }

    public UploadNotificationsFunction(ApplicationContext context) {
        super(context);
        this.notifications = context.getBean(UploadNotifications.class);
    }

    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return FunctionContexts.lambda(MediaApi.DOMAIN);
    }

    @Override
    public SQSBatchResponse execute(SQSEvent event) {
        List<SQSEvent.SQSMessage> messages = event == null || event.getRecords() == null ? List.of()
                : event.getRecords();
        return new SQSBatchResponse(notifications.consume(messages).stream()
                .map(SQSBatchResponse.BatchItemFailure::new).toList());
    }
}
