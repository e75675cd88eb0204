package dev.nova.gateway.graphql;

import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoaderRegistry;

/**
 * One domain's part of the GraphQL API: its schema file and the fetchers and data loaders that serve it.
 */
public interface GraphQlModule {

    /** The classpath resource of its SDL, for example {@code schema/identity.graphqls}. */
    String schemaResource();

    void wire(RuntimeWiring.Builder wiring);

    /** Declares this module's Node types: their ids, and how {@code node(id:)} refetches them. */
    default void nodes(Nodes nodes) {
    }

    /** Registers this module's loaders in a request's registry; loaders are never shared between requests. */
    default void registerLoaders(DataLoaderRegistry registry, RequestScope scope) {
    }
}
