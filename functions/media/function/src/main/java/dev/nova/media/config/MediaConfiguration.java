package dev.nova.media.config;

import dev.nova.events.DomainEvents;
import dev.nova.events.EventConsumer;
import dev.nova.events.EventHandlers;
import dev.nova.events.OutboxOperations;
import dev.nova.invocation.DomainOperations;
import dev.nova.invocation.Primer;
import dev.nova.media.adapter.in.lambda.MediaOperations;
import dev.nova.media.adapter.in.lambda.UploadNotifications;
import dev.nova.media.adapter.out.events.OutboxAssetEvents;
import dev.nova.media.adapter.out.persistence.AssetRepository;
import dev.nova.media.adapter.out.persistence.JdbcAssets;
import dev.nova.media.adapter.out.storage.PostPolicySigner;
import dev.nova.media.adapter.out.storage.S3ServedStore;
import dev.nova.media.adapter.out.storage.S3UploadStore;
import dev.nova.media.api.MediaApi;
import dev.nova.media.api.MediaEvents;
import dev.nova.media.api.MediaUploaded;
import dev.nova.media.application.MediaQueries;
import dev.nova.media.application.Processing;
import dev.nova.media.application.Uploads;
import dev.nova.persistence.Transactions;
import io.micronaut.aws.sdk.v2.service.s3.S3ConfigurationProperties;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

/** Wires the media domain: the only class of the domain that knows the framework. */
@Factory
@Requires(env = "media")
public class MediaConfiguration {

    @Singleton
    JdbcAssets assets(AssetRepository repository) {
        return new JdbcAssets(repository);
    }

    /**
     * The presigner, on the credentials, region, endpoint and S3 settings the library's {@code S3Client} is made
     * with (micronaut-aws-sdk-v2 makes clients, not presigners), so a signed URL names the host the client uses.
     */
    @Bean(preDestroy = "close")
    @Singleton
    S3Presigner presigner(AwsCredentialsProviderChain credentials, AwsRegionProviderChain region,
                          S3ConfigurationProperties s3,
                          @Nullable @Property(name = "aws.services.s3.endpoint-override") String endpoint) {
        S3Presigner.Builder builder = S3Presigner.builder().credentialsProvider(credentials)
                .region(region.getRegion()).serviceConfiguration(s3.getBuilder().build());
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    @Singleton
    S3UploadStore uploadStore(S3Client s3, S3Presigner presigner, AwsCredentialsProviderChain credentials,
                              AwsRegionProviderChain region, Clock clock,
                              @Property(name = "nova.media.uploads-bucket") String bucket) {
        return new S3UploadStore(s3, presigner, new PostPolicySigner(credentials, region.getRegion(), clock), bucket);
    }

    @Singleton
    S3ServedStore servedStore(S3Client s3, @Property(name = "nova.media.media-bucket") String bucket) {
        return new S3ServedStore(s3, bucket);
    }

    /** The pipeline's consumer of media's own {@code MediaUploaded}. */
    @Singleton
    EventConsumer pipeline(JdbcAssets assets, S3UploadStore originals, S3ServedStore served,
                           Transactions transactions, DomainEvents events, JsonMapper json, Clock clock) {
        Processing processing = new Processing(assets, originals, served, new OutboxAssetEvents(events.outbox()),
                transactions, clock);
        EventHandlers handlers = new EventHandlers().on(MediaEvents.MEDIA_UPLOADED, MediaUploaded.class,
                (event, payload) -> processing.uploaded(payload));
        return new EventConsumer(MediaApi.DOMAIN, handlers, transactions, json, clock);
    }

    @Singleton
    Uploads uploads(JdbcAssets assets, S3UploadStore store, Transactions transactions, DomainEvents events,
                    Clock clock) {
        return new Uploads(assets, store, new OutboxAssetEvents(events.outbox()), transactions, clock);
    }

    @Singleton
    DomainOperations mediaOperations(Uploads uploads, JdbcAssets assets, DomainEvents events) {
        return MediaOperations.bind(uploads, new MediaQueries(assets), new OutboxOperations(MediaApi.DOMAIN, events));
    }

    /** S3's notifications of created uploads: the second way an upload completes. */
    @Singleton
    UploadNotifications uploadNotifications(Uploads uploads, JsonMapper json) {
        return new UploadNotifications(uploads, json);
    }

    /** Warms the asset read that most requests start with: a lookup of an id no asset has. */
    @Singleton
    Primer mediaPrimer(JdbcAssets assets) {
        return () -> assets.byId(new UUID(0, 0));
    }
}
