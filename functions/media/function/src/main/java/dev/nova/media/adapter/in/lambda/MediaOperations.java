package dev.nova.media.adapter.in.lambda;

import dev.nova.events.OutboxOperations;
import dev.nova.invocation.DomainOperations;
import dev.nova.kernel.RateLimit;
import dev.nova.media.api.MediaApi;
import dev.nova.media.application.MediaQueries;
import dev.nova.media.application.Uploads;

import java.time.Duration;

/** Binds each media operation to the use case that serves it. */
public final class MediaOperations {

    /** Uploads one owner may start in a day (beside the bytes a day that {@link Uploads} counts). */
    public static final RateLimit UPLOADS = RateLimit.perUser("media.uploads", 200, Duration.ofDays(1));
    /** Completions, aborts and deletions: far more than an app makes, far fewer than a script would. */
    public static final RateLimit CHANGES = RateLimit.perUser("media.changes", 600, Duration.ofHours(1));

    private MediaOperations() {
    }

    public static DomainOperations bind(Uploads uploads, MediaQueries queries, OutboxOperations outbox) {
        return outbox.addTo(new DomainOperations(MediaApi.DOMAIN)
                        .on(MediaApi.CREATE_UPLOAD, uploads::create)
                        .on(MediaApi.UPLOAD_PART_URLS, uploads::partUrls)
                        .on(MediaApi.COMPLETE_UPLOAD, uploads::complete)
                        .on(MediaApi.ABORT_UPLOAD, uploads::abort)
                        .on(MediaApi.DELETE_MEDIA, uploads::delete)
                        .on(MediaApi.MY_MEDIA, queries::mine)
                        .on(MediaApi.MEDIA_BY_IDS, queries::byIds))
                .limit(MediaApi.CREATE_UPLOAD, UPLOADS)
                .limit(MediaApi.UPLOAD_PART_URLS, CHANGES)
                .limit(MediaApi.COMPLETE_UPLOAD, CHANGES)
                .limit(MediaApi.ABORT_UPLOAD, CHANGES)
                .limit(MediaApi.DELETE_MEDIA, CHANGES);
    }
}
