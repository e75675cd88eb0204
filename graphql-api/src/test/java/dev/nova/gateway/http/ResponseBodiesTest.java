package dev.nova.gateway.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Error messages speak of JSON, never of the Java classes a value became. */
class ResponseBodiesTest {

    @Test
    void javaClassesInCoercionMessagesBecomeJsonKinds() {
        assertThat(ResponseBodies.withJsonKinds("Variable 'u' has an invalid value: Expected a String input, but it "
                + "was a 'ArrayList'")).endsWith("but it was a list");
        assertThat(ResponseBodies.withJsonKinds("but it was a 'LinkedHashMap'")).isEqualTo("but it was an object");
        assertThat(ResponseBodies.withJsonKinds("but it was a 'Integer' and a 'BigDecimal'"))
                .isEqualTo("but it was a number and a number");
        assertThat(ResponseBodies.withJsonKinds("Expected a value of type 'Audience'"))
                .as("GraphQL type names stay").isEqualTo("Expected a value of type 'Audience'");
        assertThat(ResponseBodies.withJsonKinds("is not a 'ReportCategory'")).isEqualTo("is not a 'ReportCategory'");
    }
}
