package dev.nova.identity.application;

import dev.nova.identity.domain.Session;

/** The sessions identity keeps. */
public interface Sessions {

    void start(Session session);
}
