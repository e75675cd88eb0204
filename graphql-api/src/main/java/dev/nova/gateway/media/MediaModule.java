package dev.nova.gateway.media;

import dev.nova.gateway.graphql.Connections;
import dev.nova.gateway.graphql.DomainFields;
import dev.nova.gateway.graphql.GlobalIds;
import dev.nova.gateway.graphql.GraphQlModule;
import dev.nova.gateway.graphql.Nodes;
import dev.nova.gateway.graphql.RequestScope;
import dev.nova.media.api.AssetIdsRequest;
import dev.nova.media.api.AssetView;
import dev.nova.media.api.MediaApi;
import dev.nova.media.api.MultipartPlan;
import dev.nova.media.api.UploadTarget;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The media part of the API: uploads straight to storage, and the owner's library. */
public final class MediaModule implements GraphQlModule {

    private static final String TYPE = "MediaAsset";
    private static final DataLoaderOptions BATCHES = DataLoaderOptions.newOptions()
            .setMaxBatchSize(AssetIdsRequest.MAX_IDS);

    private final DomainFields fields;

    public MediaModule(DomainFields fields) {
        this.fields = fields;
    }

    @Override
    public String schemaResource() {
        return "schema/media.graphqls";
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry, RequestScope scope) {
        MediaLoaders.ASSETS.register(registry, ids -> fields.invoke(scope.caller(), MediaApi.MEDIA_BY_IDS,
                new AssetIdsRequest(ids)).thenApply(found -> {
                    Map<UUID, AssetView> byId = found.assets().stream()
                            .collect(Collectors.toMap(AssetView::id, Function.identity()));
                    return ids.stream().map(byId::get).toList();
                }), BATCHES);
    }

    @Override
    public void nodes(Nodes nodes) {
        nodes.type(TYPE, AssetView.class, (env, asset) -> asset.id(),
                (env, id) -> MediaLoaders.ASSETS.load(env, id.uuid("id")));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("myMedia", fields.connection(MediaApi.MY_MEDIA)));
        Connections.wire(wiring, "MediaAssetConnection");
        wiring.type("Mutation", type -> type
                .dataFetcher("createUpload", fields.bind(MediaApi.CREATE_UPLOAD)
                        .answer(ticket -> new Created(ticket.asset(), ticket.upload(), ticket.multipart())))
                .dataFetcher("uploadPartUrls", fields.bind(MediaApi.UPLOAD_PART_URLS))
                .dataFetcher("completeUpload", fields.bind(MediaApi.COMPLETE_UPLOAD).payload("mediaAsset"))
                .dataFetcher("abortUpload", fields.bind(MediaApi.ABORT_UPLOAD)
                        .answer(asset -> Map.of("abortedMediaAssetId", GlobalIds.of(TYPE, asset.id()))))
                .dataFetcher("deleteMedia", fields.bind(MediaApi.DELETE_MEDIA)
                        .answer(asset -> Map.of("deletedMediaAssetId", GlobalIds.of(TYPE, asset.id())))));
        wiring.type("UploadRequest", type -> type
                .dataFetcher("headers", env -> pairs(env.<UploadTarget>getSource().headers()))
                .dataFetcher("fields", env -> pairs(env.<UploadTarget>getSource().fields())));
    }

    /** {@code createUpload}'s payload. */
    private record Created(AssetView mediaAsset, UploadTarget upload, MultipartPlan multipart) {
    }

    /** A header or a form field. */
    private record Pair(String name, String value) {
    }

    private static List<Pair> pairs(Map<String, String> values) {
        return values.entrySet().stream().map(entry -> new Pair(entry.getKey(), entry.getValue())).toList();
    }
}
