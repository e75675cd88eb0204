package dev.nova.media.application;

import dev.nova.kernel.Caller;
import dev.nova.kernel.Cursor;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import dev.nova.media.api.AssetIdsRequest;
import dev.nova.media.api.AssetList;
import dev.nova.media.api.AssetView;

import java.util.List;
import java.util.UUID;

/** The owner's library and batched reads of their assets; another owner's assets are never answered. */
public final class MediaQueries {

    private final Assets assets;

    public MediaQueries(Assets assets) {
        this.assets = assets;
    }

    public Page<AssetView> mine(Caller caller, PageRequest request) {
        UUID owner = caller.requireUser();
        Cursor after = request.cursor();
        List<AssetView> rows = assets.page(owner, after == null ? null : after.instantKey(0),
                after == null ? null : after.uuidKey(1), request.first() + 1);
        return Page.fromOverfetched(rows, request,
                asset -> Cursor.of(asset.createdAt().toString(), asset.id().toString()));
    }

    public AssetList byIds(Caller caller, AssetIdsRequest request) {
        UUID owner = caller.requireUser();
        return new AssetList(request.ids().isEmpty() ? List.of() : assets.byIds(owner, request.ids()));
    }
}
