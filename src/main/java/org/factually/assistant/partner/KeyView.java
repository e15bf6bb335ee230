package org.factually.assistant.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A key as admins see it in lists: never the key itself, only its first characters. */
@Schema(name = "ApiKey", description = "A partner's API key as listed to admins; the key itself is shown only once, at creation.")
public record KeyView(
        @Schema(description = "Key id, used to revoke it", example = "7") long id,
        @Schema(description = "The partner newsroom the key belongs to", example = "Daily Ledger") String partner,
        @Schema(description = "The key's first characters", example = "fk_Q3x9aZ") String prefix,
        @Schema(description = "Requests allowed in any sliding window of partner.rate-window (one minute by default)", example = "60") int rateLimit,
        @Schema(description = "Requests allowed per UTC day", example = "10000") int dailyQuota,
        Instant createdAt,
        @Schema(description = "When the key was revoked; absent while it is valid") Instant revokedAt) {
}
