package dev.nova.local;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two accounts through the main command: follow, a private account's request and approval, a block, with both
 * counts right at each step. Profiles come from identity's events, through the runtime's own queue.
 */
class LocalSocialFlowTest {

    private static final String COUNTS = "query($u: String!) { user(username: $u) { followerCount followingCount } }";

    private final LocalClient client = new LocalClient();

    @Test
    void followRequestApproveAndBlockKeepTheCountsRight(@TempDir Path dataDir) throws Exception {
        try (LocalRuntime nova = LocalRuntime.start(new LocalOptions(0, dataDir))) {
            Account ann = signUp(nova, "ann_local");
            Account bob = signUp(nova, "bob_local");

            graphql(nova, ann.token, "mutation($id: ID!) { follow(input: {userId: $id}) "
                    + "{ relationship { following } } }", bob.idVariable());
            assertThat(counts(nova, bob.token, "bob_local")).isEqualTo("1 0");
            assertThat(counts(nova, bob.token, "ann_local")).isEqualTo("0 1");

            graphql(nova, ann.token, "mutation { updateSettings(input: {isPrivate: true}) { settings { isPrivate } } }", "{}");
            String requested = graphql(nova, bob.token, "mutation($id: ID!) { follow(input: {userId: $id}) "
                    + "{ relationship { following requested } } }", ann.idVariable());
            assertThat(requested).contains("\"following\":false", "\"requested\":true");
            assertThat(counts(nova, bob.token, "ann_local")).isEqualTo("0 1");

            graphql(nova, ann.token, "mutation($id: ID!) { approveFollowRequest(input: {userId: $id}) "
                    + "{ relationship { followedBy } } }",
                    bob.idVariable());
            assertThat(counts(nova, bob.token, "ann_local")).isEqualTo("1 1");
            assertThat(counts(nova, bob.token, "bob_local")).isEqualTo("1 1");

            String blocked = graphql(nova, bob.token, "mutation($id: ID!) { block(input: {userId: $id}) "
                    + "{ relationship { blocking following followedBy } } }", ann.idVariable());
            assertThat(blocked).contains("\"blocking\":true", "\"following\":false", "\"followedBy\":false");
            assertThat(counts(nova, bob.token, "bob_local")).isEqualTo("0 0");
            assertThat(graphql(nova, ann.token, COUNTS, "{\"u\": \"bob_local\"}"))
                    .isEqualTo("{\"data\":{\"user\":null}}");
        }
    }

    private Account signUp(LocalRuntime nova, String username) throws Exception {
        String answer = graphql(nova, null, "mutation($i: RegisterInput!) { register(input: $i) { accessToken "
                + "user { id } } }", "{\"i\": {\"email\": \"" + username + "@example.com\", \"username\": \""
                + username + "\", \"password\": \"local social passphrase\"}}");
        Account account = new Account(field(answer, "id"), field(answer, "accessToken"));
        long deadline = System.currentTimeMillis() + 10_000;
        while (graphql(nova, account.token, COUNTS, "{\"u\": \"" + username + "\"}").contains("\"user\":null")) {
            assertThat(System.currentTimeMillis()).as("profile of " + username).isLessThan(deadline);
            Thread.sleep(50);
        }
        return account;
    }

    /** "followers following" of a user, as {@code viewer} sees them. */
    private String counts(LocalRuntime nova, String viewer, String username) throws Exception {
        String answer = graphql(nova, viewer, COUNTS, "{\"u\": \"" + username + "\"}");
        return field(answer, "followerCount") + " " + field(answer, "followingCount");
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"?([^\",}]+)").matcher(json);
        assertThat(value.find()).as(json).isTrue();
        return value.group(1);
    }

    private String graphql(LocalRuntime nova, String token, String query, String variables) throws Exception {
        return client.graphql(nova, token, query, variables);
    }

    private record Account(String id, String token) {
        String idVariable() {
            return "{\"id\": \"" + id + "\"}";
        }
    }
}
