package org.childjourney.child;

import java.time.Instant;

/** A child known to the council; {@code id} is the local authority child id (the census LAchildID). */
public record Child(String id, ChildIdentity identity, Instant createdAt) {
}
