package dev.nova.cdk;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sam/template.yaml} as data. CloudFormation's short tags ({@code !Ref}, {@code !Sub}, ...) read as the
 * value they wrap: {@code !Sub "${QueuePrefix}users-identity-events"} is that string.
 */
record SamTemplate(Path directory, Map<String, Object> root) {

    /** One {@code AWS::Serverless::Function}. */
    record Function(String name, Path jar, String handler, Map<String, Object> events) {

        String handlerClass() {
            return handler.substring(0, handler.indexOf("::"));
        }

        String handlerMethod() {
            return handler.substring(handler.indexOf("::") + 2);
        }

        List<String> eventTypes() {
            return events.values().stream().map(event -> (String) SamTemplate.map(event).get("Type")).toList();
        }
    }

    static SamTemplate read(Path directory) {
        try {
            Yaml yaml = new Yaml(new TagTolerantConstructor());
            return new SamTemplate(directory, yaml.load(Files.readString(directory.resolve("template.yaml"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> resources() {
        return map(root.get("Resources"));
    }

    List<Function> functions() {
        return resources().entrySet().stream()
                .filter(entry -> "AWS::Serverless::Function".equals(map(entry.getValue()).get("Type")))
                .map(entry -> {
                    Map<String, Object> properties = map(map(entry.getValue()).get("Properties"));
                    Object events = properties.get("Events");
                    return new Function(entry.getKey(),
                            directory.resolve((String) properties.get("CodeUri")).normalize(),
                            (String) properties.get("Handler"), events == null ? Map.of() : map(events));
                }).toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    /** Reads any unknown tag as the plain scalar, sequence or mapping under it. */
    private static final class TagTolerantConstructor extends SafeConstructor {

        TagTolerantConstructor() {
            super(new LoaderOptions());
            yamlConstructors.put(null, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    if (node instanceof ScalarNode scalar) {
                        return constructScalar(scalar);
                    }
                    if (node instanceof SequenceNode sequence) {
                        return constructSequence(sequence);
                    }
                    return new LinkedHashMap<>(constructMapping((MappingNode) node));
                }
            });
        }
    }
}
