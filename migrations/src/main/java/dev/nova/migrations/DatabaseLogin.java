package dev.nova.migrations;

import software.amazon.awssdk.protocols.jsoncore.JsonNode;

import java.util.Optional;

/** A database user and its password, as an RDS-style secret holds them: {@code {"username": …, "password": …}}. */
public record DatabaseLogin(String username, String password) {

    /** Reads a secret's JSON; a failure names the secret but never quotes its content. */
    public static DatabaseLogin fromSecret(String secretId, String json) {
        JsonNode secret;
        try {
            secret = JsonNode.parser().parse(json == null ? "" : json);
        } catch (RuntimeException e) {
            // The parser's message quotes the text around the error, which is the secret: drop it.
            throw new IllegalArgumentException("secret " + secretId + " is not JSON");
        }
        return new DatabaseLogin(text(secret, secretId, "username"), text(secret, secretId, "password"));
    }

    private static String text(JsonNode secret, String secretId, String field) {
        Optional<String> value = secret.isObject()
                ? secret.field(field).filter(JsonNode::isString).map(JsonNode::asString)
                : Optional.empty();
        return value.filter(text -> !text.isEmpty()).orElseThrow(() ->
                new IllegalArgumentException("secret " + secretId + " has no " + field + " (a JSON string)"));
    }

    @Override
    public String toString() {
        return "DatabaseLogin[username=" + username + "]";
    }
}
