package dev.nova.identity.config;

import io.micronaut.aws.sdk.v2.service.AWSServiceConfiguration;
import io.micronaut.aws.sdk.v2.service.AwsClientFactory;
import io.micronaut.aws.ua.UserAgentProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.providers.AwsRegionProviderChain;
import software.amazon.awssdk.services.sesv2.SesV2AsyncClient;
import software.amazon.awssdk.services.sesv2.SesV2AsyncClientBuilder;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;

/**
 * The SES API v2 client, made the way micronaut-aws-sdk-v2 makes the clients it ships a factory for (it has one
 * for the v1 {@code SesClient} only): the library's {@link AwsClientFactory}, HTTP client, credential and region
 * chains, user agent and {@code aws.services.ses.*} configuration (endpoint override).
 */
@Factory
@Requires(env = "identity")
public class SesV2ClientFactory
        extends AwsClientFactory<SesV2ClientBuilder, SesV2AsyncClientBuilder, SesV2Client, SesV2AsyncClient> {

    protected SesV2ClientFactory(AwsCredentialsProviderChain credentialsProvider,
                                 AwsRegionProviderChain regionProvider,
                                 @Nullable UserAgentProvider userAgentProvider,
                                 @Nullable @Named(SesV2Client.SERVICE_NAME) AWSServiceConfiguration configuration) {
        super(credentialsProvider, regionProvider, userAgentProvider, configuration);
    }

    @Override
    protected SesV2ClientBuilder createSyncBuilder() {
        return SesV2Client.builder();
    }

    @Override
    protected SesV2AsyncClientBuilder createAsyncBuilder() {
        return SesV2AsyncClient.builder();
    }

    @Override
    @Singleton
    public SesV2ClientBuilder syncBuilder(SdkHttpClient httpClient) {
        return super.syncBuilder(httpClient);
    }

    @Override
    @Bean(preDestroy = "close")
    @Singleton
    public SesV2Client syncClient(SesV2ClientBuilder builder) {
        return super.syncClient(builder);
    }
}
