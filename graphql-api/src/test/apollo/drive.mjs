// Drives Nova's GraphQL API with Apollo Client as an app does; ApolloClientTest runs it against a test gateway.
// Environment: NOVA_URL, NOVA_TOKEN (a signed-in viewer), NOVA_STAR (a username with followers),
// NOVA_FOLLOWERS (how many), NOVA_OTHER (a username the viewer does not follow yet).
import { ApolloClient, HttpLink, InMemoryCache, gql } from "@apollo/client/core/index.js";
import { relayStylePagination } from "@apollo/client/utilities/index.js";
import { createPersistedQueryLink } from "@apollo/client/link/persisted-queries/index.js";
import { createHash, randomUUID } from "node:crypto";
import assert from "node:assert/strict";

const { NOVA_URL, NOVA_TOKEN, NOVA_STAR, NOVA_FOLLOWERS, NOVA_OTHER } = process.env;
const headers = { authorization: `Bearer ${NOVA_TOKEN}` };

// 1. Paging a user's followers with relayStylePagination: every page merges into one cached list.
const client = new ApolloClient({
  link: new HttpLink({ uri: NOVA_URL, headers }),
  cache: new InMemoryCache({ typePolicies: { User: { fields: { followers: relayStylePagination() } } } }),
});
const FOLLOWERS = gql`query Followers($u: String!, $after: String) {
  user(username: $u) { id followers(first: 2, after: $after) {
    edges { cursor node { id username } } pageInfo { hasNextPage endCursor } } } }`;
const watched = client.watchQuery({ query: FOLLOWERS, variables: { u: NOVA_STAR } });
let page = await watched.result();
let pages = 1;
while (page.data.user.followers.pageInfo.hasNextPage) {
  page = await watched.fetchMore({ variables: { after: page.data.user.followers.pageInfo.endCursor } });
  pages++;
}
const merged = client.readQuery({ query: FOLLOWERS, variables: { u: NOVA_STAR } }).user.followers.edges;
const usernames = merged.map((edge) => edge.node.username);
assert.equal(usernames.length, Number(NOVA_FOLLOWERS), `merged ${usernames}`);
assert.equal(new Set(usernames).size, usernames.length, "no follower twice");

// 2. follow answers the relationship by its id and the user with its new count: the cached relationship and
// follower count change without a refetch.
const PROFILE = gql`query Profile($u: String!) {
  user(username: $u) { id followerCount viewerRelationship { id following } }
}`;
const before = (await client.query({ query: PROFILE, variables: { u: NOVA_OTHER } })).data.user;
assert.equal(before.viewerRelationship.following, false);
await client.mutate({
  mutation: gql`mutation Follow($id: ID!) {
    follow(input: { userId: $id }) { relationship { id following } user { id followerCount } }
  }`,
  variables: { id: before.id },
});
const after = client.readQuery({ query: PROFILE, variables: { u: NOVA_OTHER } }).user;
assert.equal(after.viewerRelationship.id, before.viewerRelationship.id);
assert.equal(after.viewerRelationship.following, true, "the cache took the mutation's answer");
assert.equal(after.followerCount, before.followerCount + 1, "and the user's new count");

// 3. Automatic persisted queries: hash only, then hash and query, then hash only again (over GET).
const sent = [];
const recordingFetch = (uri, options) => {
  const url = new URL(uri);
  const body = options.body ? JSON.parse(options.body) : null;
  sent.push({ method: options.method ?? "GET", query: Boolean(body?.query ?? url.searchParams.get("query")) });
  return fetch(uri, options);
};
const persisted = new ApolloClient({
  link: createPersistedQueryLink({
    sha256: (query) => createHash("sha256").update(query).digest("hex"),
    useGETForHashedQueries: true,
  }).concat(new HttpLink({ uri: NOVA_URL, fetch: recordingFetch })),
  cache: new InMemoryCache(),
});
const TYPENAME = gql`query Persisted { __typename }`;
assert.equal((await persisted.query({ query: TYPENAME, fetchPolicy: "network-only" })).data.__typename, "Query");
assert.equal((await persisted.query({ query: TYPENAME, fetchPolicy: "network-only" })).data.__typename, "Query");
assert.deepEqual(sent, [
  { method: "GET", query: false },   // the hash alone: PERSISTED_QUERY_NOT_FOUND
  { method: "POST", query: true },   // the hash with its query
  { method: "GET", query: false },   // the hash alone, now known
]);

// 4. A sign-up retried with its idempotency key (the first answer lost to a timeout, say) makes one account.
const anonymous = new ApolloClient({ link: new HttpLink({ uri: NOVA_URL }), cache: new InMemoryCache() });
const REGISTER = gql`mutation Register($i: RegisterInput!) { register(input: $i) { accessToken user { id } } }`;
const signUp = { email: "apollo.retry@example.com", username: "apolloretry", password: "a twice sent phrase",
  idempotencyKey: randomUUID() };
const firstTry = (await anonymous.mutate({ mutation: REGISTER, variables: { i: signUp } })).data.register;
const retry = (await anonymous.mutate({ mutation: REGISTER, variables: { i: signUp } })).data.register;
assert.equal(retry.user.id, firstTry.user.id, "the retry answers the same account");
assert.ok(retry.accessToken, "signed in");

console.log(JSON.stringify({ pages, followers: usernames.length, relationship: after.viewerRelationship.id,
  persisted: sent.length, retriedSignUp: retry.user.id === firstTry.user.id }));
