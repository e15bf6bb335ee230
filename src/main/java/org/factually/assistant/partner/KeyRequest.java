package org.factually.assistant.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin gives to create a key; limits left out take the configured defaults. */
@Schema(description = "A key to create for a partner; omitted limits take the service's defaults.")
public record KeyRequest(
        @NotBlank(message = "must be a non-empty string") @Size(max = 200) @Schema(example = "Daily Ledger") String partner,
        @Positive @Schema(description = "Requests per rate window", example = "60") Integer rateLimit,
        @Positive @Schema(description = "Requests per UTC day", example = "10000") Integer dailyQuota) {
}
