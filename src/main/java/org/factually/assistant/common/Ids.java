package org.factually.assistant.common;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Ids as they arrive in paths: one behaviour on every route, so that an id no record can have is simply not found. */
public final class Ids {

    // UUID.fromString also takes short forms such as "1-2-3-4-5", which no record ever had.
    private static final Pattern CANONICAL_UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {
    }

    /** The UUID written in its canonical form, or empty for anything else. */
    public static Optional<UUID> uuid(String id) {
        return id != null && CANONICAL_UUID.matcher(id).matches() ? Optional.of(UUID.fromString(id)) : Optional.empty();
    }

    /** The UUID, or a 404 problem with {@code notFound} as its detail. */
    public static UUID uuidOrNotFound(String id, String notFound) {
        return uuid(id).orElseThrow(() -> ProblemException.notFound(notFound));
    }
}
