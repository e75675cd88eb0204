package dev.nova.persistence;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** IAM auth tokens are signed locally for the proxy's host, port and the domain's role. */
class RdsAuthTokensTest {

    private static final String PROXY = "nova.proxy-c0ffee.eu-west-1.rds.amazonaws.com";
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAEXAMPLE", "secret-example"));

    @Test
    void aTokenIsAPresignedConnectRequestForTheProxyAndTheRole() {
        RdsAuthTokens tokens = new RdsAuthTokens("jdbc:postgresql://" + PROXY + ":5432/nova?sslmode=require",
                "nova_identity", Region.EU_WEST_1, CREDENTIALS);

        String token = tokens.get();

        assertThat(token).startsWith(PROXY + ":5432/?")
                .contains("Action=connect", "DBUser=nova_identity", "X-Amz-Signature=", "X-Amz-Expires=900",
                        "X-Amz-Credential=AKIAEXAMPLE%2F", "%2Feu-west-1%2Frds-db%2Faws4_request")
                .doesNotContain("secret-example");
    }

    @Test
    void theDefaultPortIsPostgresPort() {
        String token = new RdsAuthTokens("jdbc:postgresql://" + PROXY + "/nova", "nova_users", Region.EU_WEST_1,
                CREDENTIALS).get();

        assertThat(token).startsWith(PROXY + ":5432/?").contains("DBUser=nova_users");
    }

    @Test
    void describesItselfWithoutAToken() {
        RdsAuthTokens tokens = new RdsAuthTokens("jdbc:postgresql://" + PROXY + ":5432/nova", "nova_users",
                Region.EU_WEST_1, CREDENTIALS);

        assertThat(tokens).hasToString("RdsAuthTokens[nova_users@" + PROXY + ":5432]");
    }

    @Test
    void refusesAUrlWithSeveralHostsOrNoneAtAll() {
        assertThatThrownBy(() -> new RdsAuthTokens("jdbc:postgresql://a:5432,b:5432/nova", "nova_users",
                Region.EU_WEST_1, CREDENTIALS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one host");
        assertThatThrownBy(() -> new RdsAuthTokens("jdbc:mysql://a:3306/nova", "nova_users", Region.EU_WEST_1,
                CREDENTIALS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a PostgreSQL JDBC URL");
    }
}
