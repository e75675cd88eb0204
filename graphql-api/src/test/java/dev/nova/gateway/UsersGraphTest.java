package dev.nova.gateway;

import dev.nova.gateway.graphql.GlobalIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Profiles, the follow graph, privacy, blocks and moderation through GraphQL, with the statements they cost. */
@SuppressWarnings("unchecked")
class UsersGraphTest {

    private static final String PASSWORD = "graph passphrase";
    private static final String PROFILE = "query($u: String!) { user(username: $u) { id username followerCount "
            + "followingCount isPrivate viewerRelationship { following followedBy requested blocking } } }";
    private static final String FOLLOW = "mutation($id: ID!) { follow(input: {userId: $id}) "
            + "{ relationship { following requested } } }";

    @RegisterExtension
    static final GatewayFixture nova = new GatewayFixture();

    @Test
    void aSignUpMakesAProfileThatOnlyItsOwnerEdits() throws Exception {
        Person ada = Person.signUp(nova, "adagraph", PASSWORD);
        HttpReply updated = nova.post(ada.token(), "mutation { updateProfile(input: {displayName: \"Ada L.\", "
                + "bio: \"Engines\", website: \"https://ada.example\"}) { user { displayName bio website } } }", null);
        assertThat((Map<String, Object>) nova.data(updated, "updateProfile").get("user"))
                .containsEntry("displayName", "Ada L.")
                .containsEntry("website", "https://ada.example");
        assertThat(nova.code(nova.post(null, "mutation { updateProfile(input: {bio: \"x\"}) { user { bio } } }", null)))
                .isEqualTo("UNAUTHENTICATED");
        assertThat(nova.extensions(nova.post(ada.token(), "mutation { updateProfile(input: {website: "
                + "\"javascript:alert(1)\"}) { user { bio } } }", null))).containsEntry("field", "website");
        Map<String, Object> me = nova.data(nova.post(ada.token(), "{ me { profile { username displayName } "
                + "settings { isPrivate whoCanMessage notifications { likes } } } }", null), "me");
        assertThat(me.toString()).contains("displayName=Ada L.", "isPrivate=false", "whoCanMessage=EVERYONE");
    }

    @Test
    void followingAPublicAccountCountsAtOnceAndIsIdempotent() throws Exception {
        Person fan = Person.signUp(nova, "fangraph", PASSWORD);
        Person star = Person.signUp(nova, "stargraph", PASSWORD);
        String follow = "mutation($id: ID!) { follow(input: {userId: $id, clientMutationId: \"f1\"}) { relationship "
                + "{ following } user { followerCount } ... on RelationshipPayload { viewer { followingCount } } "
                + "clientMutationId } }";
        for (int i = 0; i < 2; i++) {
            // The payload answers what changed: the relationship and both users' counts as they are now.
            assertThat(nova.data(nova.post(fan.token(), follow, Map.of("id", star.id())), "follow"))
                    .isEqualTo(Map.of("relationship", Map.of("following", true), "user", Map.of("followerCount", 1),
                            "viewer", Map.of("followingCount", 1), "clientMutationId", "f1"));
        }
        assertThat(profile(fan.token(), "stargraph")).containsEntry("followerCount", 1);
        assertThat(profile(star.token(), "fangraph")).containsEntry("followingCount", 1);
        assertThat(profile(star.token(), "fangraph").get("viewerRelationship").toString()).contains("followedBy=true");

        assertThat(nova.data(nova.post(fan.token(), "mutation($id: ID!) { unfollow(input: {userId: $id}) "
                + "{ relationship { following } user { followerCount } } }", Map.of("id", star.id())), "unfollow"))
                .isEqualTo(Map.of("relationship", Map.of("following", false), "user", Map.of("followerCount", 0)));
        assertThat(profile(fan.token(), "stargraph")).containsEntry("followerCount", 0);
    }

    @Test
    void aPrivateAccountTurnsFollowsIntoRequestsAndShowsItsListsToFollowersOnly() throws Exception {
        Person owner = Person.signUp(nova, "privgraph", PASSWORD);
        Person friend = Person.signUp(nova, "friendgraph", PASSWORD);
        Person stranger = Person.signUp(nova, "strangergraph", PASSWORD);
        nova.post(owner.token(), "mutation { updateSettings(input: {isPrivate: true}) { settings { isPrivate } "
                + "user { isPrivate } } }", null);

        assertThat(relationship(nova.post(friend.token(), FOLLOW, Map.of("id", owner.id())), "follow"))
                .containsEntry("following", false).containsEntry("requested", true);
        assertThat(relationship(nova.post(stranger.token(), FOLLOW, Map.of("id", owner.id())), "follow"))
                .containsEntry("requested", true);
        Map<String, Object> requests = nova.data(nova.post(owner.token(), "{ followRequests { nodes { username } } }",
                null), "followRequests");
        assertThat(requests.toString()).contains("friendgraph", "strangergraph");
        assertThat(nova.code(nova.post(friend.token(), "mutation($id: ID!) { approveFollowRequest(input: {userId: $id}) "
                + "{ relationship { followedBy } } }", Map.of("id", stranger.id())))).as("no one approves requests made to others")
                .isEqualTo("NOT_FOUND");

        assertThat(nova.data(nova.post(owner.token(), "mutation($id: ID!) { approveFollowRequest(input: "
                + "{userId: $id}) { relationship { followedBy } user { followingCount } viewer { followerCount } } }",
                Map.of("id", friend.id())), "approveFollowRequest")).isEqualTo(Map.of("relationship",
                Map.of("followedBy", true), "user", Map.of("followingCount", 1), "viewer", Map.of("followerCount", 1)));
        assertThat(relationship(nova.post(stranger.token(), "mutation($id: ID!) { cancelFollowRequest(input: "
                + "{userId: $id}) { relationship { requested } } }", Map.of("id", owner.id())), "cancelFollowRequest"))
                .containsEntry("requested", false);

        String lists = "query($u: String!) { user(username: $u) { followers { nodes { username } } } }";
        assertThat(nova.post(friend.token(), lists, Map.of("u", "privgraph")).bodyText()).contains("friendgraph");
        assertThat(nova.code(nova.post(stranger.token(), lists, Map.of("u", "privgraph")))).isEqualTo("FORBIDDEN");
        assertThat(nova.code(nova.post(null, lists, Map.of("u", "privgraph")))).isEqualTo("FORBIDDEN");
        // A hidden list is a null field beside the rest of the user, never a null user.
        String userAndLists = "query($u: String!) { user(username: $u) { username followerCount "
                + "followers { totalCount } following { totalCount } } }";
        HttpReply hidden = nova.post(stranger.token(), userAndLists, Map.of("u", "privgraph"));
        Map<String, Object> body = nova.read(hidden);
        assertThat((Map<String, Object>) ((Map<String, Object>) body.get("data")).get("user"))
                .containsEntry("username", "privgraph").containsEntry("followerCount", 1)
                .containsEntry("followers", null).containsEntry("following", null);
        assertThat(body.get("errors").toString()).contains("FORBIDDEN", "path=[user, followers]",
                "path=[user, following]");
        assertThat(profile(owner.token(), "privgraph")).containsEntry("followerCount", 1);
        assertThat(nova.post(owner.token(), "{ followRequests { nodes { username } } }", null).bodyText())
                .doesNotContain("strangergraph");
    }

    @Test
    void aBlockEndsFollowsBothWaysAndTheBlockerDisappearsForTheBlocked() throws Exception {
        Person blocker = Person.signUp(nova, "blockergraph", PASSWORD);
        Person pest = Person.signUp(nova, "pestgraph", PASSWORD);
        nova.post(blocker.token(), FOLLOW, Map.of("id", pest.id()));
        nova.post(pest.token(), FOLLOW, Map.of("id", blocker.id()));

        Map<String, Object> blocked = relationship(nova.post(blocker.token(), "mutation($id: ID!) { block(input: "
                + "{userId: $id}) { relationship { blocking following followedBy } } }", Map.of("id", pest.id())),
                "block");

        assertThat(blocked).containsEntry("blocking", true).containsEntry("following", false)
                .containsEntry("followedBy", false);
        assertThat(nova.read(nova.post(pest.token(), PROFILE, Map.of("u", "blockergraph"))).get("data").toString())
                .isEqualTo("{user=null}");
        assertThat(nova.code(nova.post(pest.token(), FOLLOW, Map.of("id", blocker.id())))).isEqualTo("NOT_FOUND");
        assertThat(profile(blocker.token(), "blockergraph")).containsEntry("followerCount", 0)
                .containsEntry("followingCount", 0);
    }

    @Test
    void onlyModeratorsReadAndResolveReports() throws Exception {
        Person reporter = Person.signUp(nova, "reportergraph", PASSWORD);
        Person troll = Person.signUp(nova, "trollgraph", PASSWORD);
        Person moderator = Person.signUp(nova, "modgraph", PASSWORD);
        Map<String, Object> report = (Map<String, Object>) nova.data(nova.post(reporter.token(), "mutation($id: ID!) "
                + "{ reportUser(input: {userId: $id, category: HARASSMENT, comment: \"mean replies\"}) "
                + "{ report { id status target { username } } } }", Map.of("id", troll.id())), "reportUser")
                .get("report");
        assertThat(report).containsEntry("status", "OPEN");
        assertThat(nova.code(nova.post(reporter.token(), "{ moderationQueue { nodes { id } } }", null)))
                .isEqualTo("FORBIDDEN");

        String moderatorToken = grantModerator(moderator);
        assertThat(nova.post(moderatorToken, "{ moderationQueue { nodes { id category reporter { username } } } }",
                null).bodyText()).contains((String) report.get("id"), "reportergraph");
        String resolve = "mutation($id: ID!) { resolveReport(input: {reportId: $id, action: WARN, note: \"warned\"}) "
                + "{ report { status action resolvedBy { username } } } }";
        assertThat(nova.code(nova.post(reporter.token(), resolve, Map.of("id", report.get("id")))))
                .isEqualTo("FORBIDDEN");
        assertThat(nova.data(nova.post(moderatorToken, resolve, Map.of("id", report.get("id"))), "resolveReport")
                .toString()).contains("status=RESOLVED", "action=WARN", "username=modgraph");
    }

    @Test
    void everyObjectHasAGlobalIdThatNodeRefetchesInOneBatch() throws Exception {
        Person ann = Person.signUp(nova, "nodeann", PASSWORD);
        Person bob = Person.signUp(nova, "nodebob", PASSWORD);
        Person cy = Person.signUp(nova, "nodecy", PASSWORD);
        Map<String, Object> followed = relationship(nova.post(ann.token(), "mutation($id: ID!) { follow(input: "
                + "{userId: $id}) { relationship { id userId following user { id username } } } }",
                Map.of("id", bob.id())), "follow");
        Map<?, ?> bobUser = (Map<?, ?>) followed.get("user");
        String bobId = (String) bobUser.get("id");
        String cyId = (String) ((Map<?, ?>) nova.data(nova.post(ann.token(), PROFILE, Map.of("u", "nodecy")), "user"))
                .get("id");

        assertThat(followed.get("userId")).isEqualTo(bobId);
        assertThat(bobId).isNotEqualTo(bob.id()).as("the User and the Account of one person are two objects");
        String fetch = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id "
                + "... on User { username } ... on Relationship { following } } }";
        long calls = nova.usersCalls();
        HttpReply many = nova.post(ann.token(), fetch, Map.of("ids", List.of(bobId, cyId, followed.get("id"))));
        assertThat(nova.usersCalls() - calls).as("one profiles batch and one relationships batch").isEqualTo(2);
        assertThat(many.bodyText()).contains("\"username\":\"nodebob\"", "\"username\":\"nodecy\"",
                "{\"__typename\":\"Relationship\",\"id\":\"" + followed.get("id") + "\",\"following\":true}");

        // Another viewer's relationship and another person's account are not yours to refetch; a made-up id is
        // the caller's mistake.
        assertThat(nova.post(cy.token(), "query($id: ID!) { node(id: $id) { id } }", Map.of("id", followed.get("id")))
                .bodyText()).isEqualTo("{\"data\":{\"node\":null}}");
        assertThat(nova.post(cy.token(), "query($id: ID!) { node(id: $id) { id } }", Map.of("id", ann.id()))
                .bodyText()).isEqualTo("{\"data\":{\"node\":null}}");
        assertThat(nova.post(ann.token(), "query($id: ID!) { node(id: $id) { ... on Account { username } } }",
                Map.of("id", ann.id())).bodyText()).contains("\"username\":\"nodeann\"");
        assertThat(nova.extensions(nova.post(ann.token(), "{ node(id: \"not-ours\") { id } }", null)))
                .containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "id");
        assertThat(nova.extensions(nova.post(ann.token(), FOLLOW, Map.of("id", followed.get("id"))))).containsEntry("field", "userId");
    }

    @Test
    void followersPageAsARelayConnection() throws Exception {
        Person star = Person.signUp(nova, "relaystar", PASSWORD);
        for (int i = 0; i < 5; i++) {
            nova.post(Person.signUp(nova, "relayfan" + i, PASSWORD).token(), FOLLOW, Map.of("id", star.id()));
        }
        String page = "query($u: String!, $after: String) { user(username: $u) { followers(first: 2, after: $after) "
                + "{ totalCount edges { cursor node { username } } nodes { username } "
                + "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }";

        List<String> seen = new ArrayList<>();
        List<Map<String, Object>> pageInfos = new ArrayList<>();
        String after = null;
        do {
            HashMap<String, Object> variables = new HashMap<>(Map.of("u", "relaystar"));
            variables.put("after", after);
            Map<String, Object> followers = (Map<String, Object>) nova.data(nova.post(star.token(), page, variables),
                    "user").get("followers");
            assertThat(followers).containsEntry("totalCount", 5);
            List<Map<String, Object>> edges = (List<Map<String, Object>>) followers.get("edges");
            Map<String, Object> info = (Map<String, Object>) followers.get("pageInfo");
            assertThat(info.get("startCursor")).isEqualTo(edges.get(0).get("cursor"));
            assertThat(info.get("endCursor")).isEqualTo(edges.get(edges.size() - 1).get("cursor"));
            assertThat(followers.get("nodes")).isEqualTo(edges.stream().map(edge -> edge.get("node")).toList());
            edges.forEach(edge -> seen.add((String) ((Map<?, ?>) edge.get("node")).get("username")));
            pageInfos.add(info);
            after = (String) info.get("endCursor");
        } while (Boolean.TRUE.equals(pageInfos.get(pageInfos.size() - 1).get("hasNextPage")));

        assertThat(seen).containsExactly("relayfan4", "relayfan3", "relayfan2", "relayfan1", "relayfan0");
        assertThat(pageInfos).extracting(info -> info.get("hasPreviousPage")).containsExactly(false, true, true);
        // Paging on from a cursor in the middle answers the rest after it, whichever edge it came from.
        Map<String, Object> fromSecond = (Map<String, Object>) nova.data(nova.post(star.token(), page, Map.of("u",
                "relaystar", "after", pageInfos.get(0).get("startCursor"))), "user").get("followers");
        assertThat(fromSecond.get("nodes").toString()).contains("relayfan3", "relayfan2").doesNotContain("relayfan4");
    }

    @Test
    void aPageOfFiftyFollowersCostsTheStatementsOfAPageOfFive() throws Exception {
        Person celebrity = Person.signUp(nova, "celebgraph", PASSWORD);
        Person viewer = Person.signUp(nova, "viewergraph", PASSWORD);
        for (int i = 0; i < 50; i++) {
            Person follower = Person.signUp(nova, "follower" + i + "graph", PASSWORD);
            nova.post(follower.token(), FOLLOW, Map.of("id", celebrity.id()));
            if (i % 2 == 0) {
                nova.post(viewer.token(), FOLLOW, Map.of("id", follower.id()));
            }
        }
        String page = "query($u: String!, $n: Int!) { user(username: $u) { followers(first: $n) { nodes { username "
                + "displayName followerCount viewerRelationship { following followedBy } } } } }";

        long five = statements(() -> nova.post(viewer.token(), page, Map.of("u", "celebgraph", "n", 5)));
        long fifty = statements(() -> {
            HttpReply reply = nova.post(viewer.token(), page, Map.of("u", "celebgraph", "n", 50));
            assertThat(reply.bodyText()).doesNotContain("errors").contains("follower0graph", "follower49graph");
        });

        assertThat(fifty).isEqualTo(five);
        // The profile by username, the owner's visibility to the viewer, the page joined to its profiles, and one
        // relationships batch for all 50 viewerRelationship fields: one statement each.
        assertThat(fifty).isEqualTo(4);

        // A list inside the list: each follower's own first 10 followers is one users call and one visibility and
        // one page statement for all of them, whether the outer page has 5 or 50.
        String nested = "query($u: String!, $n: Int!) { user(username: $u) { followers(first: $n) { edges { node { "
                + "username followers(first: 10) { totalCount nodes { username viewerRelationship { following } } } "
                + "} } } } }";
        long[] fiveNested = costOf(() -> nova.post(viewer.token(), nested, Map.of("u", "celebgraph", "n", 5)));
        long[] fiftyNested = costOf(() -> {
            HttpReply reply = nova.post(viewer.token(), nested, Map.of("u", "celebgraph", "n", 50));
            assertThat(reply.bodyText()).doesNotContain("errors").contains("\"username\":\"viewergraph\"");
        });
        assertThat(fiftyNested).isEqualTo(fiveNested);
        // calls: the profile, the outer pages, the inner pages (the inner nodes are the viewer, whose own
        // relationship needs no call); statements: the profile, then a visibility and a page statement per level
        assertThat(fiftyNested).containsExactly(3, 5);
    }

    @Test
    void aDeletedAccountLeavesEveryoneElsesListsAndCounts() throws Exception {
        Person leaving = Person.signUp(nova, "leavinggraph", PASSWORD);
        Person staying = Person.signUp(nova, "stayinggraph", PASSWORD);
        nova.post(leaving.token(), FOLLOW, Map.of("id", staying.id()));
        nova.post(staying.token(), FOLLOW, Map.of("id", leaving.id()));
        assertThat(profile(staying.token(), "stayinggraph")).containsEntry("followerCount", 1);

        assertThat(nova.post(leaving.token(), "mutation($p: String) { deleteAccount(input: {password: $p}) "
                + "{ deletedAccountId } }", Map.of("p", PASSWORD)).bodyText()).contains(leaving.id());

        long deadline = System.currentTimeMillis() + 10_000;
        while (!profile(staying.token(), "stayinggraph").get("followerCount").equals(0)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(profile(staying.token(), "stayinggraph")).containsEntry("followerCount", 0)
                .containsEntry("followingCount", 0);
        assertThat(nova.read(nova.post(staying.token(), PROFILE, Map.of("u", "leavinggraph"))).get("data").toString())
                .isEqualTo("{user=null}");
        assertThat(nova.post(staying.token(), "query($u: String!) { user(username: $u) { followers { nodes { username }"
                + " } } }", Map.of("u", "stayinggraph")).bodyText()).doesNotContain("leavinggraph");
    }

    /** The users calls and the users statements {@code request} costs. */
    private static long[] costOf(Runnable request) {
        long calls = nova.usersCalls();
        long statements = nova.usersStatements();
        request.run();
        return new long[] {nova.usersCalls() - calls, nova.usersStatements() - statements};
    }

    private static long statements(Runnable request) {
        long before = nova.usersStatements();
        request.run();
        return nova.usersStatements() - before;
    }

    /** The relationship a relationship change answered. */
    private static Map<String, Object> relationship(HttpReply reply, String mutation) {
        return (Map<String, Object>) nova.data(reply, mutation).get("relationship");
    }

    private static Map<String, Object> profile(String token, String username) {
        return nova.data(nova.post(token, PROFILE, Map.of("u", username)), "user");
    }

    /** Grants the moderator role the way an operator does (SQL on identity), then signs in again for the token. */
    private static String grantModerator(Person person) throws Exception {
        try (Connection db = DriverManager.getConnection(nova.identityDatabase.url(),
                nova.identityDatabase.username(), nova.identityDatabase.password());
             PreparedStatement grant = db.prepareStatement(
                     "UPDATE accounts SET roles = array_append(roles, 'moderator') WHERE id = ?::uuid")) {
            grant.setString(1, GlobalIds.decode(person.id(), "id").key());
            assertThat(grant.executeUpdate()).isEqualTo(1);
        }
        return (String) nova.data(nova.post(null, "mutation($i: LoginInput!) { login(input: $i) { accessToken } }",
                Map.of("i", Map.of("identifier", person.username(), "password", PASSWORD))), "login").get("accessToken");
    }
}
