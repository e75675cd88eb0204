package dev.nova.identity.adapter.out.security;

import dev.nova.identity.domain.Password;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Argon2idPasswordHasherTest {

    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();

    @Test
    void hashesWithOwaspParametersInPhcFormatAndASaltPerHash() {
        String first = hasher.hash(Password.forNewAccount("correct horse"));
        String second = hasher.hash(Password.forNewAccount("correct horse"));

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(second);
        assertThat(hasher.matches(Password.offered("correct horse"), first)).isTrue();
        assertThat(hasher.matches(Password.offered("correct horsf"), first)).isFalse();
    }

    @Test
    void verifiesHashesMadeWithOtherParametersFromTheStoredString() {
        String stored = hasher.hash(Password.forNewAccount("passphrase one"));
        Argon2idPasswordHasher.PhcHash parsed = Argon2idPasswordHasher.PhcHash.parse(stored);

        assertThat(parsed.memoryKib()).isEqualTo(19 * 1024);
        assertThat(parsed.iterations()).isEqualTo(2);
        assertThat(parsed.parallelism()).isEqualTo(1);
        assertThat(parsed.salt()).hasSize(16);
        assertThat(parsed.hash()).hasSize(32);
    }

    @Test
    void theDecoyCheckDoesRealWork() {
        long started = System.nanoTime();
        hasher.matchNothing(Password.offered("anything at all"));
        long decoy = System.nanoTime() - started;

        assertThat(decoy).as("argon2id at 19 MiB cannot finish in under a millisecond").isGreaterThan(1_000_000);
    }
}
