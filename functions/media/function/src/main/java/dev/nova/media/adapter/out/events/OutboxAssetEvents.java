package dev.nova.media.adapter.out.events;

import dev.nova.events.DomainEvent;
import dev.nova.events.Outbox;
import dev.nova.media.api.AssetView;
import dev.nova.media.api.MediaDeleted;
import dev.nova.media.api.MediaEvents;
import dev.nova.media.api.MediaFailed;
import dev.nova.media.api.MediaReady;
import dev.nova.media.api.MediaUploaded;
import dev.nova.media.application.AssetEvents;

import java.time.Instant;
import java.util.UUID;

/** media's events, appended to its outbox; the aggregate is the asset, so one asset's events stay in order. */
public final class OutboxAssetEvents implements AssetEvents {

    private final Outbox outbox;

    public OutboxAssetEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void uploaded(AssetView asset, Instant at) {
        outbox.append(new DomainEvent(MediaEvents.MEDIA_UPLOADED, MediaEvents.AGGREGATE, asset.id().toString(),
                new MediaUploaded(asset.id(), asset.ownerId(), asset.kind(), asset.contentType(), asset.byteSize(),
                        at)));
    }

    @Override
    public void ready(AssetView asset, Instant at) {
        outbox.append(new DomainEvent(MediaEvents.MEDIA_READY, MediaEvents.AGGREGATE, asset.id().toString(),
                new MediaReady(asset.id(), asset.ownerId(), asset.kind(), asset.contentType(), asset.width(),
                        asset.height(), asset.orientation(), asset.blurhash(), asset.variants(), at)));
    }

    @Override
    public void failed(AssetView asset, String reason, Instant at) {
        outbox.append(new DomainEvent(MediaEvents.MEDIA_FAILED, MediaEvents.AGGREGATE, asset.id().toString(),
                new MediaFailed(asset.id(), asset.ownerId(), reason, at)));
    }

    @Override
    public void deleted(AssetView asset, UUID by, String reason, Instant at) {
        outbox.append(new DomainEvent(MediaEvents.MEDIA_DELETED, MediaEvents.AGGREGATE, asset.id().toString(),
                new MediaDeleted(asset.id(), asset.ownerId(), by, reason, at)));
    }
}
