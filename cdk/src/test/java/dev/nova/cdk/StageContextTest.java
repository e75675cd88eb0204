package dev.nova.cdk;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StageContextTest {

    @Test
    void theCommittedContextDefinesDevAndProd() {
        Stage dev = stage("dev");
        Stage prod = stage("prod");

        assertThat(dev.database().deletionProtection()).isFalse();
        assertThat(prod.database().deletionProtection()).isTrue();
        assertThat(prod.retainData()).isTrue();
        assertThat(prod.maxAzs()).isGreaterThan(dev.maxAzs());
        assertThat(prod.functions().of("gateway").memoryMb()).isGreaterThanOrEqualTo(
                dev.functions().of("gateway").memoryMb());
        assertThat(dev.functions().of("outbox-sweeper").timeoutSeconds()).isEqualTo(120);
        assertThat(dev.resourceName("api")).isEqualTo("nova-dev-api");
    }

    @Test
    void anUnknownStageNamesTheKnownOnes() {
        assertThatThrownBy(() -> stage("staging"))
                .hasMessageContaining("no stage 'staging'").hasMessageContaining("dev").hasMessageContaining("prod");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMistypedSettingNamesItsPath() {
        Map<String, Object> context = new HashMap<>(Synthesized.committedContext());
        Map<String, Object> stages = new HashMap<>((Map<String, Object>) context.get(StageContext.STAGES_KEY));
        Map<String, Object> dev = new HashMap<>((Map<String, Object>) stages.get("dev"));
        dev.put("maxAzs", "two");
        stages.put("dev", dev);
        context.put(StageContext.STAGES_KEY, stages);

        assertThatThrownBy(() -> StageContext.from(new App(AppProps.builder().context(context).build()).getNode()))
                .hasMessage("nova:stages.dev.maxAzs must be a number");
    }

    private static Stage stage(String name) {
        Map<String, Object> context = new HashMap<>(Synthesized.committedContext());
        context.put(StageContext.STAGE_KEY, name);
        return StageContext.from(new App(AppProps.builder().context(context).build()).getNode());
    }
}
