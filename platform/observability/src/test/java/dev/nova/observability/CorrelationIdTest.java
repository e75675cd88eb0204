package dev.nova.observability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdTest {

    @Test
    void keepsAWellFormedHeaderAndReplacesAnythingThatCouldForgeALogLine() {
        assertThat(CorrelationId.sanitized("req-1.2:3_x")).isEqualTo("req-1.2:3_x");
        assertThat(CorrelationId.sanitized("a\nfake log line")).hasSize(36);
        assertThat(CorrelationId.sanitized("x".repeat(129))).hasSize(36);
        assertThat(CorrelationId.sanitized(null)).hasSize(36);
    }

    @Test
    void aScopePutsTheIdInTheLogContextAndRestoresThePreviousOne() {
        try (CorrelationId.Scope outer = CorrelationId.open("outer")) {
            try (CorrelationId.Scope inner = CorrelationId.open("inner")) {
                assertThat(CorrelationId.current()).isEqualTo("inner");
            }
            assertThat(CorrelationId.current()).isEqualTo("outer");
        }
        assertThat(CorrelationId.current()).isNull();
    }
}
