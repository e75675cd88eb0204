package dev.nova.invocation;

/**
 * Work a function does during Lambda's init phase so that its first request finds its code paths and clients warm
 * (classes loaded, pools connected, crypto providers initialised), and so that SnapStart's snapshot holds them. A
 * primer reads, computes or connects; it never changes data and never calls another domain.
 */
@FunctionalInterface
public interface Primer {

    void prime();
}
