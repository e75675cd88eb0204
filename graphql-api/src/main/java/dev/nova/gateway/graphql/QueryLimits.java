package dev.nova.gateway.graphql;

/**
 * What one GraphQL document may ask for. A mobile app's deepest screen (a post, its comments, their authors'
 * profiles) needs a depth of about 8 and a few dozen fields; these limits leave room for that and refuse the rest
 * before any domain is called.
 *
 * @param maxDepth      nesting of selections
 * @param maxIntrospectionDepth nesting of a document that selects only {@code __schema}, {@code __type} and
 *                      {@code __typename}: the standard introspection query nests to about 15
 * @param maxCost       the operation's {@link QueryCost}: fields selected, a list's selection counted once per item
 *                      its {@code first} asks for
 * @param maxAliases    aliased fields
 * @param maxTokens     lexical tokens of the document
 */
public record QueryLimits(int maxDepth, int maxIntrospectionDepth, long maxCost, int maxAliases,
                          int maxTokens) {

    public static final QueryLimits DEFAULTS = new QueryLimits(12, 20, 5_000, 20, 4000);
}
