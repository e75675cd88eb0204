package dev.nova.cdk;

import java.util.List;
import java.util.Map;

/**
 * One deployment stage (dev, prod), read from the CDK context: {@code cdk.json} holds every stage under
 * {@code nova:stages}, and {@code -c stage=prod} picks one. No account, region or secret appears here: the account
 * and region come from the CLI's credentials, secrets are made and rotated in AWS.
 *
 * @param name            the stage's name; it prefixes every resource name ({@code nova-<name>-...})
 * @param maxAzs          availability zones the VPC and database span
 * @param natGateways     NAT gateways for the one function that may need the internet (identity, for Google and
 *                        Apple sign-in); 0 keeps the VPC without any route out
 * @param database        the database's size and safety settings
 * @param functions       memory and timeout per function, by function name, with a default
 * @param api             throttling, CORS and introspection of the HTTP API
 * @param identity        identity's mail and sign-in settings
 * @param logRetentionDays how long function and access logs are kept
 * @param alarmEmail      where alarms are mailed; empty for none (subscribe the topic otherwise)
 * @param retainData      whether the database and logs survive the stack's deletion
 */
public record Stage(String name,
                    int maxAzs,
                    int natGateways,
                    DatabaseSettings database,
                    FunctionSizes functions,
                    ApiSettings api,
                    IdentitySettings identity,
                    int logRetentionDays,
                    String alarmEmail,
                    boolean retainData) {

    public Stage {
        if (!name.matches("[a-z][a-z0-9]{1,11}")) {
            throw new IllegalArgumentException("a stage name is 2-12 lowercase letters or digits: " + name);
        }
        if (maxAzs < 2) {
            throw new IllegalArgumentException("stage " + name + ": maxAzs must be at least 2 (RDS needs two zones)");
        }
        if (natGateways < 0 || natGateways > maxAzs) {
            throw new IllegalArgumentException("stage " + name + ": natGateways must be between 0 and maxAzs");
        }
    }

    /** {@code nova-<stage>-<what>}: the name of a resource of this stage. */
    public String resourceName(String what) {
        return "nova-" + name + "-" + what;
    }

    /** Aurora Serverless v2 capacity (ACUs), readers and protections. */
    public record DatabaseSettings(double minCapacity, double maxCapacity, int readers, boolean deletionProtection,
                                   int backupRetentionDays) {
    }

    /** Memory (MB) and timeout (seconds) of one function. */
    public record FunctionSize(int memoryMb, int timeoutSeconds) {
    }

    /** Sizes by function name ({@code gateway}, {@code identity}, {@code users-events}, ...), else the default. */
    public record FunctionSizes(FunctionSize defaults, Map<String, FunctionSize> byFunction) {

        public FunctionSize of(String function) {
            return byFunction.getOrDefault(function, defaults);
        }
    }

    /**
     * The HTTP API's steady rate and burst (requests per second), the app origins allowed by CORS, whether the
     * GraphQL schema may be introspected (tools in dev; off in production), which queries the gateway runs
     * ({@code automatic}: any; {@code allowlist}: only the operations the apps ship), and the burst of requests one
     * client address may make before the gateway sheds it (per instance, refilled over 10 s).
     */
    public record ApiSettings(int throttleRate, int throttleBurst, List<String> corsOrigins, boolean introspection,
                              String persistedQueries, int shedBurst) {

        public ApiSettings {
            if (!persistedQueries.equals("automatic") && !persistedQueries.equals("allowlist")) {
                throw new IllegalArgumentException("api.persistedQueries is automatic or allowlist, not "
                        + persistedQueries);
            }
        }
    }

    /** What identity needs from its stage: the SES sender and the links in its mail, provider client ids. */
    public record IdentitySettings(String mailFrom, String mailIdentity, String sesConfigurationSet,
                                   String linksBaseUrl, String googleClientIds, String appleClientIds) {
    }
}
