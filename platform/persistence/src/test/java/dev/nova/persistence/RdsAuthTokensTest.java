package dev.nova.persistence;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.rds.RdsUtilities;
import software.amazon.awssdk.services.rds.model.GenerateAuthenticationTokenRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** IAM auth tokens are signed locally for the proxy's host, port and the domain's role. */
class RdsAuthTokensTest {

    private static final String PROXY = "nova.proxy-c0ffee.eu-west-1.rds.amazonaws.com";
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAEXAMPLE", "secret-example"));
    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

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
    void aTokenIsTheOneAwssOwnRdsUtilitiesMakes() {
        Clock now = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);
        RdsAuthTokens tokens = new RdsAuthTokens("jdbc:postgresql://" + PROXY + ":5432/nova", "nova_identity",
                Region.EU_WEST_1, CREDENTIALS, now);
        RdsUtilities rds = RdsUtilities.builder().region(Region.EU_WEST_1).credentialsProvider(CREDENTIALS).build();

        GenerateAuthenticationTokenRequest request = GenerateAuthenticationTokenRequest.builder()
                .hostname(PROXY).port(5432).username("nova_identity").build();
        // RdsUtilities reads the clock twice (the expiry, then the signing time): when a second starts between the
        // two reads its token says 899 s instead of 900. Such a token is asked for again.
        String theirs = rds.generateAuthenticationToken(request);
        for (int i = 0; i < 3 && !query(theirs).get("X-Amz-Expires").equals("900"); i++) {
            theirs = rds.generateAuthenticationToken(request);
        }
        String signedAt = query(theirs).get("X-Amz-Date");
        String ours = new RdsAuthTokens("jdbc:postgresql://" + PROXY + ":5432/nova", "nova_identity",
                Region.EU_WEST_1, CREDENTIALS, Clock.fixed(AMZ_DATE.parse(signedAt, Instant::from), ZoneOffset.UTC))
                .get();

        assertThat(ours).startsWith(PROXY + ":5432/?");
        assertThat(query(ours)).isEqualTo(query(theirs));
        assertThat(query(tokens.get())).containsEntry("X-Amz-Date", "20261122T101530Z");
    }

    private static Map<String, String> query(String token) {
        return Arrays.stream(token.substring(token.indexOf('?') + 1).split("&")).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
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
