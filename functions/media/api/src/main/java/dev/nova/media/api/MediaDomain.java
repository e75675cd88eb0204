package dev.nova.media.api;

import dev.nova.invocation.DomainDescriptor;

import java.util.Set;

/** media as the rest of Nova knows it: assets, their uploads and, as the pipeline lands, their renditions. */
public final class MediaDomain {

    /** The queue of media's own {@code MediaUploaded}: the pipeline's work. */
    public static final String PIPELINE_QUEUE = "media-pipeline";

    public static final DomainDescriptor DESCRIPTOR = DomainDescriptor.of(MediaApi.DOMAIN,
                    "functions/media/function/target/nova-media.jar",
                    "dev.nova.media.adapter.in.lambda.MediaFunction",
                    MediaEvents.ALL)
            .consuming("dev.nova.media.adapter.in.lambda.MediaPipelineFunction",
                    new DomainDescriptor.Subscription(PIPELINE_QUEUE, Set.of(MediaEvents.MEDIA_UPLOADED)));

    private MediaDomain() {
    }
}
