package dev.nova.local;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

import java.net.URI;

/**
 * What the local runtime serves beside micronaut-graphql's {@code /graphql} and {@code /graphiql}: GraphiQL's four
 * scripts and styles from the WebJars, and {@code /} sending a browser to GraphiQL.
 */
@Controller
@Requires(property = LocalRuntime.LOCAL_PROPERTY, value = "true")
final class GraphiQlController {

    private final GraphiQlAssets assets = new GraphiQlAssets();

    @Get(uri = "/", produces = MediaType.TEXT_PLAIN)
    HttpResponse<?> home() {
        return HttpResponse.redirect(URI.create("/graphiql"));
    }

    @Get(uri = GraphiQlAssets.PATH + "{file}", produces = MediaType.ALL)
    HttpResponse<byte[]> asset(@PathVariable String file) {
        return assets.find(GraphiQlAssets.PATH + file)
                .map(asset -> HttpResponse.ok(asset.body())
                        .contentType(asset.contentType())
                        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=86400"))
                .orElseGet(HttpResponse::notFound);
    }
}
