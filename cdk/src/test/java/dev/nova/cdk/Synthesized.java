package dev.nova.cdk;

import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.CloudAssembly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Nova's app synthesized once per stage per test JVM (a synth costs seconds), with the context of the committed
 * {@code cdk.json} and the jars the build made, exactly as {@code npx cdk synth -c stage=...} would.
 */
final class Synthesized {

    private static final Map<String, Synthesized> STAGES = new ConcurrentHashMap<>();

    final Nova nova;
    final CloudAssembly assembly;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    private Synthesized(Nova nova, CloudAssembly assembly) {
        this.nova = nova;
        this.assembly = assembly;
    }

    static Synthesized dev() {
        return stage("dev");
    }

    static Synthesized prod() {
        return stage("prod");
    }

    static Synthesized stage(String name) {
        return STAGES.computeIfAbsent(name, Synthesized::synthesize);
    }

    /** The committed cdk.json's context. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> committedContext() {
        try {
            Map<String, Object> cdkJson = new ObjectMapper().readValue(Files.readString(Path.of("cdk.json")), Map.class);
            return (Map<String, Object>) cdkJson.get("context");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app for the committed dev stage changed by {@code change}, as stage {@code name}. */
    static Synthesized variantOfDev(String name, Consumer<Map<String, Object>> change) {
        return STAGES.computeIfAbsent(name, key -> synthesize(name, contextWithVariantOfDev(name, change)));
    }

    /** The committed context plus stage {@code name}: dev's settings (a deep copy) changed by {@code change}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> contextWithVariantOfDev(String name, Consumer<Map<String, Object>> change) {
        Map<String, Object> context = new HashMap<>(committedContext());
        Map<String, Object> stages = new HashMap<>((Map<String, Object>) context.get(StageContext.STAGES_KEY));
        Map<String, Object> settings = deepCopy((Map<String, Object>) stages.get("dev"));
        change.accept(settings);
        stages.put(name, settings);
        context.put(StageContext.STAGES_KEY, stages);
        context.put(StageContext.STAGE_KEY, name);
        return context;
    }

    private static Synthesized synthesize(String stage) {
        return synthesize(stage, new HashMap<>(committedContext()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> settings) {
        try {
            ObjectMapper json = new ObjectMapper();
            return json.readValue(json.writeValueAsString(settings), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Synthesized synthesize(String stage, Map<String, Object> context) {
        context.put(StageContext.STAGE_KEY, stage);
        try {
            Path out = Files.createTempDirectory(Path.of("target"), "cdk-" + stage + "-");
            App app = new App(AppProps.builder().context(context).outdir(out.toString()).build());
            Nova nova = Nova.build(app, new Artifacts(Path.of("..").toAbsolutePath().normalize()));
            return new Synthesized(nova, app.synth());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Template template(Stack stack) {
        return templates.computeIfAbsent(stack.getStackName(),
                name -> Template.fromJSON(templateJson(stack)));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> templateJson(Stack stack) {
        return (Map<String, Object>) assembly.getStackByName(stack.getStackName()).getTemplate();
    }
}
