package dev.nova.identity.adapter.out.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DescribeSecretResponse;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The steps of Secrets Manager's rotation protocol for the secret holding identity's signing keys, done as AWS's
 * rotation templates do them, so that Secrets Manager may call any step again after a failure.
 */
public final class SigningKeySecretRotation {

    static final String CURRENT = "AWSCURRENT";
    static final String PENDING = "AWSPENDING";

    private final SecretsManagerClient secrets;
    private final Clock clock;

    public SigningKeySecretRotation(SecretsManagerClient secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * Whether version {@code token} still needs the rotation's steps: not once it is AWSCURRENT (a step called again
     * after the rotation finished). Fails unless the secret rotates and the version is staged AWSPENDING, since any
     * other call is not Secrets Manager rotating this secret.
     */
    public boolean isPending(String secretId, String token) {
        DescribeSecretResponse secret = secrets.describeSecret(request -> request.secretId(secretId));
        if (!Boolean.TRUE.equals(secret.rotationEnabled())) {
            throw new IllegalStateException("secret " + secretId + " is not enabled for rotation");
        }
        List<String> stages = secret.versionIdsToStages().get(token);
        if (stages == null) {
            throw new IllegalStateException("version " + token + " of " + secretId + " has no stage for rotation");
        }
        if (stages.contains(CURRENT)) {
            return false;
        }
        if (!stages.contains(PENDING)) {
            throw new IllegalStateException("version " + token + " of " + secretId + " is not staged " + PENDING);
        }
        return true;
    }

    /** Puts the rotated key set as the pending version, unless an earlier call already did. */
    public void createSecret(String secretId, String token) {
        if (pendingValue(secretId, token).isPresent()) {
            return;
        }
        String current = secrets.getSecretValue(request -> request.secretId(secretId).versionStage(CURRENT))
                .secretString();
        String rotated = SigningKeyRotation.rotate(current, clock);
        secrets.putSecretValue(request -> request.secretId(secretId).clientRequestToken(token).secretString(rotated)
                .versionStages(PENDING));
    }

    /** Checks that identity could sign with the pending key set: it parses, and its signing key signs and verifies. */
    public void testSecret(String secretId, String token) {
        String pending = pendingValue(secretId, token).orElseThrow(() -> new IllegalStateException(
                "version " + token + " of " + secretId + " has no pending value"));
        RSAKey key = JwkSigningKeys.from(() -> pending, clock).current();
        try {
            JWSObject probe = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    new Payload("signing key rotation test"));
            probe.sign(new RSASSASigner(key));
            if (!probe.verify(new RSASSAVerifier(key.toPublicJWK()))) {
                throw new IllegalStateException("signing key " + key.getKeyID() + " does not verify its signature");
            }
        } catch (JOSEException e) {
            throw new IllegalStateException("signing key " + key.getKeyID() + " cannot sign", e);
        }
    }

    /** Makes version {@code token} AWSCURRENT; Secrets Manager labels the version it replaces AWSPREVIOUS. */
    public void finishSecret(String secretId, String token) {
        Map<String, List<String>> versions = secrets.describeSecret(request -> request.secretId(secretId))
                .versionIdsToStages();
        String current = versions.entrySet().stream().filter(version -> version.getValue().contains(CURRENT))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (!token.equals(current)) {
            secrets.updateSecretVersionStage(request -> request.secretId(secretId).versionStage(CURRENT)
                    .moveToVersionId(token).removeFromVersionId(current));
        }
        // Leaves AWSPENDING on no version: one left on a version that is not AWSCURRENT blocks the next rotation.
        secrets.updateSecretVersionStage(request -> request.secretId(secretId).versionStage(PENDING)
                .removeFromVersionId(token));
    }

    private Optional<String> pendingValue(String secretId, String token) {
        try {
            return Optional.ofNullable(secrets.getSecretValue(request -> request.secretId(secretId).versionId(token)
                    .versionStage(PENDING)).secretString());
        } catch (ResourceNotFoundException e) {
            // The version Secrets Manager made when the rotation began has no value until createSecret puts one.
            return Optional.empty();
        }
    }
}
