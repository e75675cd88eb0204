package dev.nova.media.adapter.out.persistence;

import dev.nova.media.api.AssetView;
import dev.nova.media.application.Assets;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Assets in {@code media.assets}, through {@link AssetRepository}. */
public final class JdbcAssets implements Assets {

    private final AssetRepository assets;

    public JdbcAssets(AssetRepository assets) {
        this.assets = assets;
    }

    @Override
    public Optional<AssetView> insertPending(UUID id, UUID owner, String kind, String contentType, long byteSize,
                                             String sha256, String multipartUploadId, Instant at) {
        return assets.insertPending(id, owner, kind, contentType, byteSize, sha256, multipartUploadId, at) == 1
                ? assets.findLive(id).map(AssetRow::view) : Optional.empty();
    }

    @Override
    public Optional<String> multipartUploadId(UUID id) {
        return assets.findMultipartUploadId(id);
    }

    @Override
    public Optional<AssetView> liveByHash(UUID owner, String sha256) {
        return assets.findLiveByHash(owner, sha256).map(AssetRow::view);
    }

    @Override
    public Optional<AssetView> byId(UUID id) {
        return assets.findLive(id).map(AssetRow::view);
    }

    @Override
    public Optional<AssetView> fromPending(UUID id, String status, String failureReason, Instant at) {
        // Micronaut Data reads UPDATE ... RETURNING as a scalar, so the row is read back on the same connection.
        return assets.updateFromPending(id, status, failureReason, at) == 1 ? assets.findLive(id).map(AssetRow::view)
                : Optional.empty();
    }

    @Override
    public Optional<AssetView> softDelete(UUID id, UUID by, String reason, Instant at) {
        return assets.softDelete(id, by, reason, at) == 1 ? assets.findAny(id).map(AssetRow::view) : Optional.empty();
    }

    @Override
    public long bytesCreatedSince(UUID owner, Instant since) {
        return assets.sumBytesSince(owner, since);
    }

    @Override
    public List<AssetView> page(UUID owner, Instant afterAt, UUID afterId, int limit) {
        return assets.findPage(owner, afterAt, afterId, limit).stream().map(AssetRow::view).toList();
    }

    @Override
    public List<AssetView> byIds(UUID owner, List<UUID> ids) {
        return assets.findOwned(owner, ids).stream().map(AssetRow::view).toList();
    }
}
