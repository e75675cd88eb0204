package dev.nova.migrations;

import dev.nova.persistence.SchemaProvisioning;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the custom resource asks for, read from its {@code ResourceProperties} (CloudFormation passes every value as
 * a string): where the database is, whose secrets log in to it, and which domains to provision and migrate.
 * {@code Version} only changes when the migrations do, so that CloudFormation calls Update.
 */
public record MigrationRequest(String host, int port, String database, String sslMode, String adminSecretArn,
                               List<String> domains, Map<String, String> domainSecretArns, String version) {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,252}");
    private static final Pattern DATABASE = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Pattern SECRET_ID = Pattern.compile("\\S{1,2048}");
    private static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    public MigrationRequest {
        check("Host", host, HOST.matcher(host).matches(), "a host name");
        check("Port", port, port > 0 && port < 65536, "a TCP port");
        check("Database", database, DATABASE.matcher(database).matches(), "a lower-case database name");
        check("SslMode", sslMode, SSL_MODES.contains(sslMode), "one of " + SSL_MODES);
        check("AdminSecretArn", adminSecretArn, SECRET_ID.matcher(adminSecretArn).matches(), "a secret ARN");
        check("Domains", domains, !domains.isEmpty() && Set.copyOf(domains).size() == domains.size(),
                "a comma-separated list of distinct domains");
        for (String domain : domains) {
            check("Domains", domains, isDomainName(domain), "a comma-separated list of domain names");
            check("DomainSecretArns", domainSecretArns, domainSecretArns.containsKey(domain),
                    "domain=arn pairs with a secret for domain " + domain);
        }
        check("DomainSecretArns", domainSecretArns, domains.containsAll(domainSecretArns.keySet())
                && domainSecretArns.values().stream().allMatch(arn -> SECRET_ID.matcher(arn).matches()),
                "domain=arn pairs for the listed domains only");
        domains = List.copyOf(domains);
        domainSecretArns = Map.copyOf(domainSecretArns);
        check("Version", version, !version.isBlank(), "a version");
    }

    /** Reads the properties; a missing or invalid one fails naming it. */
    public static MigrationRequest from(Map<String, Object> properties) {
        return new MigrationRequest(required(properties, "Host"), port(required(properties, "Port")),
                required(properties, "Database"), optional(properties, "SslMode", "verify-full"),
                required(properties, "AdminSecretArn"), list(required(properties, "Domains")),
                pairs(required(properties, "DomainSecretArns")), required(properties, "Version"));
    }

    /**
     * The database's URL. TLS modes that verify the server (the default, {@code verify-full}) check its certificate
     * against the RDS root certificates the function carries.
     */
    public String jdbcUrl() {
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + database + "?sslmode=" + sslMode;
        if (!sslMode.startsWith("verify-")) {
            return url;
        }
        return url + "&sslrootcert=" + URLEncoder.encode(RdsRootCertificates.file().toString(), StandardCharsets.UTF_8);
    }

    private static boolean isDomainName(String domain) {
        try {
            SchemaProvisioning.roleOf(domain);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).toList();
    }

    private static Map<String, String> pairs(String commaSeparated) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : list(commaSeparated)) {
            int equals = pair.indexOf('=');
            check("DomainSecretArns", commaSeparated, equals > 0, "comma-separated domain=arn pairs");
            pairs.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return pairs;
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid("Port", value, "a TCP port");
        }
    }

    private static String required(Map<String, Object> properties, String name) {
        Object value = properties == null ? null : properties.get(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("ResourceProperties." + name + " is missing");
        }
        return value.toString();
    }

    private static String optional(Map<String, Object> properties, String name, String fallback) {
        Object value = properties == null ? null : properties.get(name);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }

    private static void check(String name, Object value, boolean valid, String expected) {
        if (!valid) {
            throw invalid(name, value, expected);
        }
    }

    private static IllegalArgumentException invalid(String name, Object value, String expected) {
        return new IllegalArgumentException("ResourceProperties." + name + " must be " + expected + ", not " + value);
    }
}
