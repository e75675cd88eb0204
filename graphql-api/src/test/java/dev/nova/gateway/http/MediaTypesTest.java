package dev.nova.gateway.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaTypesTest {

    @Test
    void prefersTheGraphQlResponseTypeWhenAccepted() {
        assertThat(MediaTypes.negotiate("application/json, application/graphql-response+json"))
                .contains(MediaTypes.GRAPHQL_RESPONSE);
        assertThat(MediaTypes.negotiate("application/graphql-response+json;charset=utf-8"))
                .contains(MediaTypes.GRAPHQL_RESPONSE);
    }

    @Test
    void fallsBackToJsonForLegacyAndWildcardClients() {
        assertThat(MediaTypes.negotiate(null)).contains(MediaTypes.JSON);
        assertThat(MediaTypes.negotiate("*/*")).contains(MediaTypes.JSON);
        assertThat(MediaTypes.negotiate("application/json")).contains(MediaTypes.JSON);
    }

    @Test
    void honoursRefusalsAndRefusesWhatItCannotSpeak() {
        assertThat(MediaTypes.negotiate("application/graphql-response+json;q=0, application/json"))
                .contains(MediaTypes.JSON);
        assertThat(MediaTypes.negotiate("text/html")).isEmpty();
    }

    @Test
    void acceptsJsonBodiesInUtf8Only() {
        assertThat(MediaTypes.isJsonBody("application/json")).isTrue();
        assertThat(MediaTypes.isJsonBody("Application/JSON; charset=UTF-8")).isTrue();
        assertThat(MediaTypes.isJsonBody("application/json; charset=latin1")).isFalse();
        assertThat(MediaTypes.isJsonBody("application/graphql")).isFalse();
        assertThat(MediaTypes.isJsonBody(null)).isFalse();
    }
}
