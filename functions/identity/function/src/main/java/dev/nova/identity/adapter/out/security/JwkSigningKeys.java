package dev.nova.identity.adapter.out.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.nova.identity.api.JsonWebKey;
import dev.nova.identity.api.JsonWebKeySet;
import dev.nova.identity.application.SigningKeys;

import java.text.ParseException;
import java.util.List;

/**
 * identity's RSA signing keys, read from a private JWK set whose first key is the newest: new tokens are signed
 * with it, while the older keys stay published so that tokens they signed verify until they expire.
 */
public final class JwkSigningKeys implements SigningKeys {

    private final List<RSAKey> keys;
    private final JsonWebKeySet published;

    private JwkSigningKeys(List<RSAKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("identity has no signing key");
        }
        this.keys = List.copyOf(keys);
        this.published = new JsonWebKeySet(keys.stream().map(JwkSigningKeys::publicHalf).toList());
    }

    /** Reads a JWK set of RSA private keys, each with a {@code kid}. */
    public static JwkSigningKeys parse(String privateJwkSet) {
        try {
            List<JWK> parsed = JWKSet.parse(privateJwkSet).getKeys();
            List<RSAKey> keys = parsed.stream().map(JwkSigningKeys::signingKey).toList();
            return new JwkSigningKeys(keys);
        } catch (ParseException e) {
            throw new IllegalStateException("identity's signing keys are not a valid JWK set", e);
        }
    }

    /** The key new tokens are signed with. */
    public RSAKey current() {
        return keys.get(0);
    }

    @Override
    public JsonWebKeySet publicKeys() {
        return published;
    }

    private static RSAKey signingKey(JWK jwk) {
        if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate() || rsa.getKeyID() == null) {
            throw new IllegalStateException("each signing key must be an RSA private key with a kid");
        }
        return rsa;
    }

    private static JsonWebKey publicHalf(RSAKey key) {
        RSAKey pub = key.toPublicJWK();
        return new JsonWebKey("RSA", pub.getKeyID(), "sig", JWSAlgorithm.RS256.getName(),
                pub.getModulus().toString(), pub.getPublicExponent().toString());
    }
}
