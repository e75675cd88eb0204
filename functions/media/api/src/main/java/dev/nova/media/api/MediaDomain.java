package dev.nova.media.api;

import dev.nova.invocation.DomainDescriptor;

/** media as the rest of Nova knows it: assets, their uploads and, as the pipeline lands, their renditions. */
public final class MediaDomain {

    public static final DomainDescriptor DESCRIPTOR = DomainDescriptor.of(MediaApi.DOMAIN,
            "functions/media/function/target/nova-media.jar",
            "dev.nova.media.adapter.in.lambda.MediaFunction",
            MediaEvents.ALL);

    private MediaDomain() {
    }
}
