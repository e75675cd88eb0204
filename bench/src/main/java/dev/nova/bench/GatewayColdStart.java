package dev.nova.bench;

import dev.nova.gateway.lambda.GatewayFunction;

/**
 * One cold start of the gateway function alone, built as Lambda builds it (no-argument constructor), answering
 * a query that needs no domain. Runs on the deployable gateway jar.
 */
public final class GatewayColdStart {

    private GatewayColdStart() {
    }

    public static void main(String[] args) throws Exception {
        ProbeAnswer.answer(new GatewayFunction(), args[0]);
    }
}
