package dev.nova.gateway;

import java.util.Map;

/**
 * A user signed up through the gateway, as the app does it (its shipped {@code SignUp} and {@code Profile}
 * operations, so this works on an allowlisting gateway too), whose profile users has made (from identity's event,
 * through the queue).
 */
record Person(String id, String username, String token) {

    private static final String SIGN_UP = ShippedOperations.named("SignUp").body();
    private static final String PROFILE = ShippedOperations.named("Profile").body();

    static Person signUp(GatewayFixture nova, String username, String password) throws InterruptedException {
        Map<String, Object> registered = nova.data(nova.post(null, SIGN_UP, Map.of("input",
                Map.of("email", username + "@example.com", "username", username, "password", password))),
                "register");
        String token = (String) registered.get("accessToken");
        String id = (String) ((Map<?, ?>) registered.get("user")).get("id");
        long deadline = System.currentTimeMillis() + 10_000;
        while (nova.read(nova.post(token, PROFILE, Map.of("username", username))).get("data").toString()
                .equals("{user=null}")) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no profile for " + username + " after 10 s");
            }
            Thread.sleep(50);
        }
        return new Person(id, username, token);
    }
}
