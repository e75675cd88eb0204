package dev.nova.gateway.graphql;

import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses text that no domain can store before any domain is called: a NUL character in any argument, whether it
 * came in a variable or a literal, at any depth of an input object or list, is {@code BAD_USER_INPUT} on that
 * argument (PostgreSQL's text cannot hold NUL, and no name, caption or message needs it). It runs in the cost
 * analysis' pass over the operation ({@link QueryCost}), so the operation is traversed once.
 */
final class TextInput {

    private TextInput() {
    }

    /** {@code BAD_USER_INPUT} when an argument of {@code field} holds a NUL. */
    static void refuseUnstorableText(QueryVisitorFieldEnvironment field) {
        field.getArguments().forEach((name, value) -> {
            if (holdsNul(value)) {
                throw new UnstorableText(field.getField().getName(), name);
            }
        });
    }

    private static boolean holdsNul(Object value) {
        if (value instanceof CharSequence text) {
            return text.chars().anyMatch(c -> c == 0);
        }
        if (value instanceof Map<?, ?> object) {
            return object.values().stream().anyMatch(TextInput::holdsNul);
        }
        if (value instanceof Collection<?> list) {
            return list.stream().anyMatch(TextInput::holdsNul);
        }
        return false;
    }

    /** A NUL in an argument: the client's input, so {@code BAD_USER_INPUT} with the argument as the field. */
    static final class UnstorableText extends AbortExecutionException {

        private final String argument;

        UnstorableText(String field, String argument) {
            super("the argument " + argument + " of " + field + " holds a NUL character, which Nova does not accept");
            this.argument = argument;
        }

        @Override
        public Map<String, Object> getExtensions() {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", "BAD_USER_INPUT");
            extensions.put("field", argument);
            return extensions;
        }
    }
}
