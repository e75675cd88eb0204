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
    void aMistypedSettingNamesItsPath() {
        Map<String, Object> context = Synthesized.contextWithVariantOfDev("typo",
                settings -> settings.put("maxAzs", "two"));

        assertThatThrownBy(() -> StageContext.from(new App(AppProps.builder().context(context).build()).getNode()))
                .hasMessage("nova:stages.typo.maxAzs must be a number");
    }

    private static Stage stage(String name) {
        Map<String, Object> context = new HashMap<>(Synthesized.committedContext());
        context.put(StageContext.STAGE_KEY, name);
        return StageContext.from(new App(AppProps.builder().context(context).build()).getNode());
    }
}
