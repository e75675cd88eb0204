package dev.nova.migrations;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.nio.charset.StandardCharsets.UTF_8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The custom resource's properties are checked before anything is read or touched. */
class MigrationRequestTest {

    private static final Pattern RDS_ROOT = Pattern.compile("CN=Amazon RDS (\\S+) Root CA (RSA2048|RSA4096|ECC384) G1");

    @Test
    void readsThePropertiesCloudFormationPassesAsStrings() {
        MigrationRequest request = MigrationRequest.from(properties());

        assertThat(request.domains()).containsExactly("identity", "users");
        assertThat(request.domainSecretArns()).containsEntry("users", "arn:users");
        assertThat(request.jdbcUrl()).startsWith("jdbc:postgresql://db.example:5432/nova?sslmode=verify-full"
                + "&sslrootcert=");
    }

    @Test
    void theServerIsVerifiedAgainstTheRdsRootCertificatesTheFunctionCarries() throws Exception {
        String url = MigrationRequest.from(properties()).jdbcUrl();
        Path roots = Path.of(URLDecoder.decode(url.substring(url.indexOf("&sslrootcert=") + 13), UTF_8));

        Collection<? extends Certificate> certificates;
        try (InputStream pem = Files.newInputStream(roots)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(pem);
        }
        Map<String, Set<String>> kindsByRegion = new TreeMap<>();
        for (Certificate certificate : certificates) {
            X509Certificate root = (X509Certificate) certificate;
            root.checkValidity();
            root.verify(root.getPublicKey());
            assertThat(root.getBasicConstraints()).as("a CA").isGreaterThanOrEqualTo(0);
            Matcher name = RDS_ROOT.matcher(root.getSubjectX500Principal().getName());
            assertThat(name.find()).as(root.getSubjectX500Principal().getName()).isTrue();
            kindsByRegion.computeIfAbsent(name.group(1), region -> new TreeSet<>()).add(name.group(2));
        }
        assertThat(kindsByRegion).containsKeys("us-east-1", "eu-west-1", "ap-southeast-2", "sa-east-1")
                .allSatisfy((region, kinds) -> assertThat(kinds).containsExactly("ECC384", "RSA2048", "RSA4096"));
    }

    @Test
    void sslModeCanBeRelaxedForALoopbackDatabase() {
        Map<String, Object> properties = properties();
        properties.put("SslMode", "disable");

        assertThat(MigrationRequest.from(properties).jdbcUrl()).endsWith("?sslmode=disable");
    }

    @Test
    void eachMissingPropertyIsNamed() {
        for (String name : List.of("Host", "Port", "Database", "AdminSecretArn", "Domains", "DomainSecretArns",
                "Version")) {
            Map<String, Object> properties = properties();
            properties.remove(name);

            assertThatThrownBy(() -> MigrationRequest.from(properties)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("ResourceProperties." + name + " is missing");
        }
    }

    @Test
    void invalidValuesAreNamedWithWhatWasExpected() {
        assertInvalid("Host", "db.example/evil?x=", "ResourceProperties.Host must be a host name");
        assertInvalid("Port", "five", "ResourceProperties.Port must be a TCP port");
        assertInvalid("Port", "70000", "ResourceProperties.Port must be a TCP port");
        assertInvalid("Database", "nova; DROP", "ResourceProperties.Database must be a lower-case database name");
        assertInvalid("SslMode", "sometimes", "ResourceProperties.SslMode must be one of");
        assertInvalid("Domains", "identity,Users", "ResourceProperties.Domains must be a comma-separated list of "
                + "domain names");
        assertInvalid("Domains", "users,users", "ResourceProperties.Domains must be a comma-separated list of "
                + "distinct domains");
        assertInvalid("DomainSecretArns", "identity=arn:identity",
                "ResourceProperties.DomainSecretArns must be domain=arn pairs with a secret for domain users");
        assertInvalid("DomainSecretArns", "identity=arn:identity,users=arn:users,media=arn:media",
                "ResourceProperties.DomainSecretArns must be domain=arn pairs for the listed domains only");
        assertInvalid("DomainSecretArns", "arn:identity", "ResourceProperties.DomainSecretArns must be "
                + "comma-separated domain=arn pairs");
    }

    private static void assertInvalid(String name, String value, String message) {
        Map<String, Object> properties = properties();
        properties.put(name, value);

        assertThatThrownBy(() -> MigrationRequest.from(properties)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    private static Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("ServiceToken", "arn:aws:lambda:eu-west-1:123456789012:function:provider");
        properties.put("Host", "db.example");
        properties.put("Port", "5432");
        properties.put("Database", "nova");
        properties.put("AdminSecretArn", "arn:admin");
        properties.put("Domains", "identity, users");
        properties.put("DomainSecretArns", "identity=arn:identity, users=arn:users");
        properties.put("Version", "1");
        return properties;
    }
}
