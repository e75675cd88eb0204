package dev.nova.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.util.List;

/** The bounded contexts ARCHITECTURE.md names; a domain's code lives under {@code dev.nova.<domain>}. */
final class NovaPackages {

    static final List<String> DOMAINS =
            List.of("identity", "users", "content", "social", "feed", "media", "messaging", "search");

    static final String[] PLATFORM = {"dev.nova.kernel..", "dev.nova.observability..", "dev.nova.invocation..",
        "dev.nova.persistence..", "dev.nova.events..", "dev.nova.standins..", "dev.nova.testing.."};

    private static JavaClasses imported;

    private NovaPackages() {
    }

    /** Nova's production classes, imported once per test JVM. */
    static synchronized JavaClasses productionClasses() {
        if (imported == null) {
            imported = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("dev.nova");
        }
        return imported;
    }

    static String domain(String name) {
        return "dev.nova." + name + "..";
    }

    static String contract(String name) {
        return "dev.nova." + name + ".api..";
    }
}
