package dev.nova.invocation;

/** Something that answers invocations as bytes in, bytes out: a domain function, in Lambda or in-process. */
@FunctionalInterface
public interface DomainEndpoint {

    byte[] handle(byte[] invocation);
}
