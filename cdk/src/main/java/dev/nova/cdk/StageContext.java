package dev.nova.cdk;

import software.constructs.Node;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@link Stage} from the CDK context ({@code cdk.json}, or {@code -c} on the command line). A missing or
 * mistyped setting fails the synth with the setting's path, never a deploy with a default nobody chose.
 */
public final class StageContext {

    public static final String STAGE_KEY = "stage";
    public static final String STAGES_KEY = "nova:stages";

    private StageContext() {
    }

    /** The stage {@code -c stage=...} names (default {@code dev}) from the stages in the context. */
    public static Stage from(Node node) {
        Object chosen = node.tryGetContext(STAGE_KEY);
        String name = chosen == null ? "dev" : chosen.toString();
        Object stages = node.tryGetContext(STAGES_KEY);
        if (!(stages instanceof Map<?, ?> all)) {
            throw new IllegalArgumentException("the CDK context has no '" + STAGES_KEY + "' (see cdk/cdk.json)");
        }
        Object stage = all.get(name);
        if (!(stage instanceof Map<?, ?> settings)) {
            throw new IllegalArgumentException("no stage '" + name + "' under '" + STAGES_KEY + "'; known: "
                    + all.keySet());
        }
        return parse(name, new Settings(STAGES_KEY + "." + name, settings));
    }

    static Stage parse(String name, Settings s) {
        Settings db = s.child("database");
        Settings fn = s.child("functions");
        Settings api = s.child("api");
        Settings id = s.child("identity");
        Map<String, Stage.FunctionSize> sizes = new LinkedHashMap<>();
        Settings overrides = fn.child("byFunction");
        overrides.keys().forEach(function -> sizes.put(function, size(overrides.child(function))));
        return new Stage(name, s.integer("maxAzs"), s.integer("natGateways"),
                new Stage.DatabaseSettings(db.decimal("minCapacity"), db.decimal("maxCapacity"),
                        db.integer("readers"), db.bool("deletionProtection"), db.integer("backupRetentionDays")),
                new Stage.FunctionSizes(size(fn.child("defaults")), sizes),
                new Stage.ApiSettings(api.integer("throttleRate"), api.integer("throttleBurst"),
                        api.strings("corsOrigins"), api.bool("introspection"), api.text("persistedQueries"),
                        api.integer("shedBurst")),
                new Stage.IdentitySettings(id.text("mailFrom"), id.text("mailIdentity"),
                        id.text("sesConfigurationSet"), id.text("linksBaseUrl"), id.text("googleClientIds"),
                        id.text("appleClientIds")),
                s.integer("logRetentionDays"), s.text("alarmEmail"), s.bool("retainData"));
    }

    private static Stage.FunctionSize size(Settings s) {
        return new Stage.FunctionSize(s.integer("memoryMb"), s.integer("timeoutSeconds"));
    }

    /** A JSON object of the context, read with its path for error messages. */
    record Settings(String path, Map<?, ?> values) {

        Settings child(String key) {
            if (values.get(key) instanceof Map<?, ?> map) {
                return new Settings(path + "." + key, map);
            }
            throw missing(key, "an object");
        }

        List<String> keys() {
            return values.keySet().stream().map(Object::toString).toList();
        }

        String text(String key) {
            if (values.get(key) instanceof String text) {
                return text;
            }
            throw missing(key, "a string");
        }

        int integer(String key) {
            return (int) number(key);
        }

        double decimal(String key) {
            return number(key);
        }

        boolean bool(String key) {
            if (values.get(key) instanceof Boolean flag) {
                return flag;
            }
            throw missing(key, "true or false");
        }

        List<String> strings(String key) {
            if (values.get(key) instanceof List<?> list) {
                return list.stream().map(Object::toString).toList();
            }
            throw missing(key, "a list of strings");
        }

        private double number(String key) {
            if (values.get(key) instanceof Number number) {
                return number.doubleValue();
            }
            throw missing(key, "a number");
        }

        private IllegalArgumentException missing(String key, String what) {
            return new IllegalArgumentException(path + "." + key + " must be " + what);
        }
    }
}
