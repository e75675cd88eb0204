package dev.nova.cdk;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Construct ids from Nova's kebab-case names: {@code users-identity-events} becomes {@code UsersIdentityEvents}. */
final class Names {

    private Names() {
    }

    static String pascal(String kebab) {
        return Arrays.stream(kebab.split("-"))
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining());
    }

    static String kebab(String pascal) {
        return pascal.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
