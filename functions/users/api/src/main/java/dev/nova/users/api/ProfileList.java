package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record ProfileList(List<ProfileView> profiles) {

    public ProfileList {
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
    }
}
