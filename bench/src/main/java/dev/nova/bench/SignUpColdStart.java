package dev.nova.bench;

import dev.nova.gateway.lambda.GatewayFunction;
import dev.nova.identity.adapter.in.lambda.IdentityFunction;
import dev.nova.invocation.FunctionContexts;
import dev.nova.invocation.InProcessDomainInvoker;
import dev.nova.invocation.InvocationCodec;

import java.util.Map;

/**
 * One cold start of the whole path of a first request in one JVM: identity built as its Lambda builds it (database
 * and keys from the environment), the gateway calling it in-process, answering a sign-up (argon2id included). Runs
 * on the deployable gateway and identity jars.
 */
public final class SignUpColdStart {

    private SignUpColdStart() {
    }

    public static void main(String[] args) throws Exception {
        IdentityFunction identity = new IdentityFunction();
        InProcessDomainInvoker invoker = new InProcessDomainInvoker(Map.of("identity", identity),
                identity.context().getBean(InvocationCodec.class));
        GatewayFunction gateway = new GatewayFunction(FunctionContexts.start("gateway",
                Map.of("nova.invoker.mode", "in-process"), invoker));
        // Primed as the gateway's Lambda init primes it; identity's no-argument constructor primed identity.
        gateway.prime();
        ProbeAnswer.answer(gateway, args[0]);
    }
}
