package dev.nova.media.adapter.in.lambda;

import dev.nova.events.EventConsumerFunction;
import dev.nova.media.api.MediaApi;
import io.micronaut.context.ApplicationContext;

/**
 * media's SQS entry for its pipeline queue ({@code media-pipeline}, fed {@code MediaUploaded}):
 * {@code dev.nova.media.adapter.in.lambda.MediaPipelineFunction::handleRequest}, with partial batch responses.
 */
public final class MediaPipelineFunction extends EventConsumerFunction {

    public MediaPipelineFunction() {
        super();
    }

    public MediaPipelineFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected String environment() {
        return MediaApi.DOMAIN;
    }
}
