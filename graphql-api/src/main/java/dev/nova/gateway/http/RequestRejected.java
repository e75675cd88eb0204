package dev.nova.gateway.http;

/** A request the gateway refuses before GraphQL runs, with the HTTP status that says why. */
final class RequestRejected extends RuntimeException {

    private final int status;
    private final String code;

    RequestRejected(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static RequestRejected badRequest(String message) {
        return new RequestRejected(400, "BAD_REQUEST", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
