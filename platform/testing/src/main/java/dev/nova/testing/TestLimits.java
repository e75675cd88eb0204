package dev.nova.testing;

import java.util.Map;

/**
 * Write limits in tests: every test client is one loopback address and a handful of users making hundreds of
 * writes, so the shared fixtures raise every limit a thousandfold. A test of the limits themselves passes
 * {@code nova.rate-limits.scale = 1}.
 */
public final class TestLimits {

    public static final String SCALE = "nova.rate-limits.scale";
    public static final Map<String, Object> RAISED = Map.of(SCALE, 1000);

    private TestLimits() {
    }
}
