package dev.nova.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * RSA signing keys made once per test JVM (a 2048-bit key takes about 100 ms to make), in the JWK set form that
 * identity reads its keys from.
 */
public final class TestSigningKeys {

    private static final RSAKey PRIMARY = generate("test-key-1");
    private static final RSAKey OTHER = generate("test-key-other");

    private TestSigningKeys() {
    }

    /** The private JWK set identity signs with in tests. */
    public static String privateJwkSet() {
        return new JWKSet(PRIMARY).toString(false);
    }

    /** A key identity does not know: tokens signed with it must be refused. */
    public static RSAKey foreignKey() {
        return OTHER;
    }

    public static RSAKey primaryKey() {
        return PRIMARY;
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
