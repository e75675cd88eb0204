package dev.nova.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords attackers try first: the most common ones of 8 characters or more from a ranked public list
 * ({@code identity/common-passwords.txt}, 17,950 entries), compared without regard to case. Loaded once, on first
 * use, into a set (about 2 MB of heap).
 */
final class CommonPasswords {

    private static final String RESOURCE = "/identity/common-passwords.txt";

    private CommonPasswords() {
    }

    static boolean contains(String password) {
        return Holder.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return Holder.PASSWORDS.size();
    }

    private static final class Holder {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            Set<String> passwords = new HashSet<>(32_768);
            try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the build");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        passwords.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(passwords);
        }
    }
}
