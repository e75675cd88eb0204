package dev.nova.cdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the synthesized templates the way IAM would for one question: may this role call this action on this
 * resource? It gathers every Allow statement of the policies attached to the role (in whichever stack they are),
 * follows cross-stack imports to the exported value, and matches actions (with wildcards) and resources (by the
 * logical ids they reference, or {@code *}).
 */
final class IamGrants {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Synthesized app;
    private final Map<String, String> exports;

    IamGrants(Synthesized app) {
        this.app = app;
        this.exports = exports(app);
    }

    /** Whether {@code roleOwner}'s role is allowed {@code action} on {@code target} (a function or alias). */
    boolean allows(NovaFunction roleOwner, String action, IConstruct... targets) {
        Stack roleStack = Stack.of(roleOwner.function());
        String roleId = logicalId(roleOwner.function().getRole());
        List<String> targetIds = new ArrayList<>();
        for (IConstruct target : targets) {
            targetIds.add(logicalId(target));
        }
        for (Stack stack : NagChecksTest.stacks(app.nova)) {
            for (Map<String, Object> statement : statementsOf(stack, roleStack, roleId)) {
                if ("Allow".equals(statement.get("Effect")) && matchesAction(statement.get("Action"), action)
                        && matchesResource(resolve(statement.get("Resource")), targetIds)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every resource-based Lambda permission, as JSON with imports resolved. */
    List<String> lambdaPermissions() {
        List<String> permissions = new ArrayList<>();
        for (Stack stack : NagChecksTest.stacks(app.nova)) {
            resources(stack).values().stream().map(IamGrants::map)
                    .filter(resource -> "AWS::Lambda::Permission".equals(resource.get("Type")))
                    .forEach(resource -> permissions.add(resolve(resource.get("Properties"))));
        }
        return permissions;
    }

    static String logicalId(IConstruct construct) {
        IConstruct element = construct instanceof CfnElement ? construct : construct.getNode().getDefaultChild();
        return Stack.of(construct).resolve(((CfnElement) element).getLogicalId()).toString();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> statementsOf(Stack stack, Stack roleStack, String roleId) {
        List<Map<String, Object>> statements = new ArrayList<>();
        for (Object value : resources(stack).values()) {
            Map<String, Object> resource = map(value);
            if (!"AWS::IAM::Policy".equals(resource.get("Type"))) {
                continue;
            }
            Map<String, Object> properties = map(resource.get("Properties"));
            String roles = resolve(properties.get("Roles"));
            boolean attached = stack == roleStack ? roles.contains("{\"Ref\":\"" + roleId + "\"}")
                    : roles.contains("\"" + roleId + "\"");
            if (attached) {
                Object document = map(properties.get("PolicyDocument")).get("Statement");
                ((List<Object>) document).forEach(statement -> statements.add(map(statement)));
            }
        }
        return statements;
    }

    /** The JSON of {@code value}, with each Fn::ImportValue replaced by what the exporting stack exports. */
    private String resolve(Object value) {
        String json = write(value);
        for (Map.Entry<String, String> export : exports.entrySet()) {
            json = json.replace(export.getKey(), export.getValue());
        }
        return json;
    }

    /** Every stack's exports, as the JSON of the {@code Fn::ImportValue} that reads one and the JSON of its value. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> exports(Synthesized app) {
        Map<String, String> exports = new LinkedHashMap<>();
        for (Stack exporter : NagChecksTest.stacks(app.nova)) {
            Map<String, Object> outputs = (Map<String, Object>) app.templateJson(exporter).get("Outputs");
            if (outputs == null) {
                continue;
            }
            for (Object output : outputs.values()) {
                Map<String, Object> export = (Map<String, Object>) map(output).get("Export");
                if (export != null) {
                    exports.put(write(Map.of("Fn::ImportValue", export.get("Name"))), write(map(output).get("Value")));
                }
            }
        }
        return exports;
    }

    private static boolean matchesAction(Object actions, String action) {
        List<?> all = actions instanceof List<?> list ? list : List.of(actions);
        return all.stream().map(Object::toString).anyMatch(granted -> granted.equals(action) || granted.equals("*")
                || granted.endsWith(":*") && action.startsWith(granted.substring(0, granted.length() - 1)));
    }

    private static boolean matchesResource(String resources, List<String> targetIds) {
        return resources.equals("\"*\"") || resources.contains("\"*\"")
                || targetIds.stream().anyMatch(id -> resources.contains("\"" + id + "\""));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resources(Stack stack) {
        return (Map<String, Object>) app.templateJson(stack).get("Resources");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
