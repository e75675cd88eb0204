package dev.nova.users.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A change of profile: null leaves a field as it is, an empty string clears it (so empty strings must cross the
 * wire: this record is written with every field).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ProfileUpdate(String displayName, String bio, String website) {
}
