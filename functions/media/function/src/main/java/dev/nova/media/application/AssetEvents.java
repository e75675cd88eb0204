package dev.nova.media.application;

import dev.nova.media.api.AssetView;

import java.time.Instant;
import java.util.UUID;

/** What media tells the rest of Nova, appended in the transaction of the change. */
public interface AssetEvents {

    void uploaded(AssetView asset, Instant at);

    void deleted(AssetView asset, UUID by, String reason, Instant at);

    void ready(AssetView asset, Instant at);

    void failed(AssetView asset, String reason, Instant at);
}
