package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

@Serdeable
public record RelationshipList(List<RelationshipView> relationships) {

    public RelationshipList {
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
    }
}
