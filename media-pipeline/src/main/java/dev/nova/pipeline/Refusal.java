package dev.nova.pipeline;

/** Bytes the pipeline will not take, with the reason an app can show; the asset becomes FAILED with it. */
public final class Refusal extends RuntimeException {

    public Refusal(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
