package dev.nova.media.application;

/** Where what the pipeline makes is kept, to be served (through CloudFront in AWS). */
public interface ServedStore {

    void put(String key, byte[] bytes, String contentType);
}
