package org.factually.assistant.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A new key with its value: the only time the value is ever shown. */
@Schema(description = "A newly created key. `key` is shown this once and cannot be retrieved later.")
public record CreatedKey(
        long id,
        String partner,
        @Schema(description = "The key to send as X-API-Key", example = "fk_Q3x9aZbV2yQm7rT1uKpL0sWn8eHdJcFgA5iXoY4vB6M") String key,
        String prefix,
        int rateLimit,
        int dailyQuota,
        Instant createdAt) {
}
