package dev.nova.architecture;

import java.util.List;

/** The bounded contexts ARCHITECTURE.md names; a domain's code lives under {@code dev.nova.<domain>}. */
final class NovaPackages {

    static final List<String> DOMAINS =
            List.of("identity", "users", "content", "social", "feed", "media", "messaging", "search");

    static final String[] PLATFORM = {"dev.nova.kernel..", "dev.nova.observability..", "dev.nova.invocation..",
        "dev.nova.persistence..", "dev.nova.standins..", "dev.nova.testing.."};

    private NovaPackages() {
    }

    static String domain(String name) {
        return "dev.nova." + name + "..";
    }

    static String contract(String name) {
        return "dev.nova." + name + ".api..";
    }
}
