package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Ten one-time recovery codes, shown this once. */
@Serdeable
public record RecoveryCodes(List<String> codes) {

    public RecoveryCodes {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    @Override
    public String toString() {
        return "RecoveryCodes[(redacted)]";
    }
}
