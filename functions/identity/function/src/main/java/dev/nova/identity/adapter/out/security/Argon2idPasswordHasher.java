package dev.nova.identity.adapter.out.security;

import dev.nova.identity.application.PasswordHasher;
import dev.nova.identity.domain.Password;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * argon2id as OWASP recommends (19 MiB, t=2, p=1), stored in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so that a hash keeps the parameters it was made with and
 * the defaults can rise later without breaking old accounts.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final String decoyHash;

    public Argon2idPasswordHasher() {
        byte[] decoy = new byte[24];
        random.nextBytes(decoy);
        this.decoyHash = hash(Password.forNewAccount(B64.encodeToString(decoy)));
    }

    @Override
    public String hash(Password password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    @Override
    public boolean matches(Password password, String storedHash) {
        PhcHash stored = PhcHash.parse(storedHash);
        byte[] candidate = derive(password, stored.salt(), stored.memoryKib(), stored.iterations(),
                stored.parallelism(), stored.hash().length);
        return MessageDigest.isEqual(candidate, stored.hash());
    }

    @Override
    public boolean matchNothing(Password password) {
        matches(password, decoyHash);
        return false;
    }

    private static byte[] derive(Password password, byte[] salt, int memoryKib, int iterations, int parallelism,
                                 int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(password.reveal().getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    /** The parts of a PHC-format argon2id string. */
    record PhcHash(int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash) {

        static PhcHash parse(String phc) {
            String[] parts = phc.split("\\$");
            if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
                throw new IllegalStateException("stored password hash is not argon2id v19");
            }
            int memory = 0;
            int iterations = 0;
            int parallelism = 0;
            for (String parameter : parts[3].split(",")) {
                String[] pair = parameter.split("=", 2);
                int value = Integer.parseInt(pair[1]);
                switch (pair[0]) {
                    case "m" -> memory = value;
                    case "t" -> iterations = value;
                    case "p" -> parallelism = value;
                    default -> throw new IllegalStateException("unknown argon2 parameter " + pair[0]);
                }
            }
            return new PhcHash(memory, iterations, parallelism, B64_DECODER.decode(parts[4]),
                    B64_DECODER.decode(parts[5]));
        }
    }
}
