package dev.nova.testing;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.net.URI;
import java.text.ParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Secrets Manager in memory, over the JSON protocol the SDK speaks: secrets by ARN, each with its versions, their
 * values and their staging labels, and the rules rotation relies on (a label is on one version at most; moving
 * AWSCURRENT puts AWSPREVIOUS on the version it left; a version begun by a rotation has no value until one is put).
 */
public final class TestSecretsManager implements AutoCloseable {

    /** The version a secret is made with. */
    public static final String INITIAL_VERSION = "initial";

    private final Map<String, Secret> secrets = new HashMap<>();
    private final LoopbackHttp http = new LoopbackHttp(this::answer);

    /** A stand-in holding one secret. */
    public static TestSecretsManager with(String arn, String value) {
        TestSecretsManager secretsManager = new TestSecretsManager();
        secretsManager.create(arn, value);
        return secretsManager;
    }

    /** Makes a secret whose AWSCURRENT version holds {@code value}. */
    public synchronized Secret create(String arn, String value) {
        Secret secret = new Secret(arn);
        secret.values.put(INITIAL_VERSION, value);
        secret.labels.put("AWSCURRENT", INITIAL_VERSION);
        secrets.put(arn, secret);
        return secret;
    }

    public synchronized Secret secret(String arn) {
        return Objects.requireNonNull(secrets.get(arn), "no secret " + arn);
    }

    /** How many calls of {@code action} (GetSecretValue, PutSecretValue, ...) it has answered. */
    public long calls(String action) {
        return http.received().stream().filter(request -> ("secretsmanager." + action).equals(request.target()))
                .count();
    }

    public URI endpoint() {
        return http.endpoint();
    }

    private synchronized LoopbackHttp.Answer answer(LoopbackHttp.Request request) {
        Map<String, Object> body = parse(request.body());
        Secret secret = secrets.get(String.valueOf(body.get("SecretId")));
        if (secret == null) {
            return error("ResourceNotFoundException", "no secret " + body.get("SecretId"));
        }
        return switch (String.valueOf(request.target())) {
            case "secretsmanager.DescribeSecret" -> secret.describe();
            case "secretsmanager.GetSecretValue" -> secret.getValue((String) body.get("VersionId"),
                    (String) body.getOrDefault("VersionStage", body.get("VersionId") == null ? "AWSCURRENT" : null));
            case "secretsmanager.PutSecretValue" -> secret.putValue(body);
            case "secretsmanager.UpdateSecretVersionStage" -> secret.updateStage((String) body.get("VersionStage"),
                    (String) body.get("MoveToVersionId"), (String) body.get("RemoveFromVersionId"));
            default -> error("InvalidRequestException", "this stand-in does not answer " + request.target());
        };
    }

    /** One secret's versions and labels. */
    public final class Secret {

        private final String arn;
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, String> labels = new HashMap<>();
        private boolean rotationEnabled = true;

        private Secret(String arn) {
            this.arn = arn;
        }

        /** What RotateSecret does before it calls the rotation function: a version with no value, AWSPENDING. */
        public void beginRotation(String token) {
            synchronized (TestSecretsManager.this) {
                values.put(token, null);
                labels.put("AWSPENDING", token);
            }
        }

        /** Gives a version a value directly, as a faulty rotation might have. */
        public void putValue(String versionId, String value) {
            synchronized (TestSecretsManager.this) {
                values.put(versionId, value);
            }
        }

        /** A new AWSCURRENT version holding {@code value}, as an operator's put-secret-value makes. */
        public void update(String value) {
            synchronized (TestSecretsManager.this) {
                String version = UUID.randomUUID().toString();
                values.put(version, value);
                move("AWSCURRENT", version);
            }
        }

        public String value(String label) {
            synchronized (TestSecretsManager.this) {
                return values.get(labels.get(label));
            }
        }

        public List<String> labelsOf(String versionId) {
            synchronized (TestSecretsManager.this) {
                return labels.entrySet().stream().filter(label -> label.getValue().equals(versionId))
                        .map(Map.Entry::getKey).sorted().toList();
            }
        }

        public void disableRotation() {
            synchronized (TestSecretsManager.this) {
                rotationEnabled = false;
            }
        }

        private LoopbackHttp.Answer describe() {
            Map<String, Object> versions = new LinkedHashMap<>();
            values.keySet().forEach(versionId -> versions.put(versionId, labelsOf(versionId)));
            return ok(Map.of("ARN", arn, "Name", arn, "RotationEnabled", rotationEnabled,
                    "VersionIdsToStages", versions));
        }

        private LoopbackHttp.Answer getValue(String versionId, String label) {
            String version = versionId != null ? versionId : labels.get(label);
            if (version == null || values.get(version) == null
                    || (label != null && !version.equals(labels.get(label)))) {
                return error("ResourceNotFoundException", "no value for version " + versionId + " staged " + label);
            }
            return ok(Map.of("ARN", arn, "Name", arn, "VersionId", version, "SecretString", values.get(version),
                    "VersionStages", labelsOf(version)));
        }

        @SuppressWarnings("unchecked")
        private LoopbackHttp.Answer putValue(Map<String, Object> body) {
            String token = (String) body.get("ClientRequestToken");
            String value = (String) body.get("SecretString");
            String existing = values.get(token);
            if (existing != null && !existing.equals(value)) {
                return error("ResourceExistsException", "version " + token + " already has another value");
            }
            values.put(token, value);
            List<String> stages = (List<String>) body.getOrDefault("VersionStages", List.of("AWSCURRENT"));
            stages.forEach(stage -> move(stage, token));
            return ok(Map.of("ARN", arn, "VersionId", token, "VersionStages", labelsOf(token)));
        }

        private LoopbackHttp.Answer updateStage(String label, String moveTo, String removeFrom) {
            String holder = labels.get(label);
            if (holder != null && !holder.equals(moveTo) && !holder.equals(removeFrom)) {
                return error("InvalidParameterException", label + " is on " + holder
                        + ": say so in RemoveFromVersionId");
            }
            if (removeFrom != null && !removeFrom.equals(holder)) {
                return error("InvalidParameterException", label + " is not on " + removeFrom);
            }
            if (moveTo == null) {
                labels.remove(label);
            } else {
                move(label, moveTo);
            }
            return ok(Map.of("ARN", arn, "Name", arn));
        }

        private void move(String label, String versionId) {
            String previous = labels.put(label, versionId);
            if ("AWSCURRENT".equals(label) && previous != null && !Objects.equals(previous, versionId)) {
                labels.put("AWSPREVIOUS", previous);
            }
        }
    }

    private static LoopbackHttp.Answer ok(Map<String, ?> body) {
        return new LoopbackHttp.Answer(200, "application/x-amz-json-1.1", JSONObjectUtils.toJSONString(body));
    }

    private static LoopbackHttp.Answer error(String type, String message) {
        return new LoopbackHttp.Answer(400, "application/x-amz-json-1.1",
                JSONObjectUtils.toJSONString(Map.of("__type", type, "message", message)));
    }

    private static Map<String, Object> parse(String json) {
        try {
            return new HashMap<>(JSONObjectUtils.parse(json));
        } catch (ParseException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
