package dev.nova.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * GraphiQL's scripts and styles, served from the WebJars on the runtime's classpath so that the page works with no
 * CDN and no internet. Only the four files the page names are served, under fixed names: nothing else of the
 * classpath is reachable from a browser.
 */
final class GraphiQlAssets {

    /** Where the page finds them. */
    static final String PATH = "/graphiql/assets/";

    record Asset(String contentType, byte[] body) {
    }

    private final Map<String, Asset> assets;

    GraphiQlAssets() {
        this.assets = Map.of(
                "graphiql.min.js", load("graphiql", "graphiql.min.js", "text/javascript; charset=utf-8"),
                "graphiql.min.css", load("graphiql", "graphiql.min.css", "text/css; charset=utf-8"),
                "react.production.min.js", load("react", "umd/react.production.min.js",
                        "text/javascript; charset=utf-8"),
                "react-dom.production.min.js", load("react-dom", "umd/react-dom.production.min.js",
                        "text/javascript; charset=utf-8"));
    }

    /** The asset a request path names, if it names one. */
    Optional<Asset> find(String requestPath) {
        if (!requestPath.startsWith(PATH)) {
            return Optional.empty();
        }
        return Optional.ofNullable(assets.get(requestPath.substring(PATH.length())));
    }

    private static Asset load(String webJar, String file, String contentType) {
        String base = "META-INF/resources/webjars/" + webJar + "/" + version(webJar) + "/";
        return new Asset(contentType, read(base + file));
    }

    /** The WebJar's version, from its own Maven metadata, so that a version bump in the pom is the only change. */
    private static String version(String webJar) {
        Properties properties = new Properties();
        try (InputStream in = open("META-INF/maven/org.webjars.npm/" + webJar + "/pom.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static byte[] read(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = GraphiQlAssets.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("GraphiQL's " + resource + " is not on the classpath");
        }
        return in;
    }
}
