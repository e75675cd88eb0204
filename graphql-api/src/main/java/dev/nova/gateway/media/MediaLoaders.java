package dev.nova.gateway.media;

import dev.nova.gateway.graphql.Loader;
import dev.nova.media.api.AssetView;

import java.util.UUID;

/**
 * The media domain's batched lookups, for every module: each batch (at most 100 ids) is one media call and one
 * SQL statement; an asset the caller may not see answers null.
 */
public final class MediaLoaders {

    /** Assets by id, as the request's caller may see them (today: their own). */
    public static final Loader<UUID, AssetView> ASSETS = Loader.named("media.assets");

    private MediaLoaders() {
    }
}
