package dev.nova.cdk;

import software.amazon.awscdk.App;

/** The CDK app {@code cdk.json} runs: {@code npx cdk synth -c stage=dev}. */
public final class NovaApp {

    private NovaApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        Nova.build(app, Artifacts.fromWorkingDirectory());
        app.synth();
    }
}
