package org.factually.assistant.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** One key's use of the API on one UTC day. */
@Schema(description = "One key's use of the API on one UTC day.")
public record UsageDay(
        long keyId,
        String partner,
        @Schema(description = "UTC day") LocalDate day,
        @Schema(description = "Requests admitted (they count toward the daily quota)") int requests,
        @Schema(description = "Questions asked (POST /api/v1/answers admitted)") int questions,
        @Schema(description = "Questions answered with \"I don't know\"") int unknownAnswers,
        @Schema(description = "unknownAnswers / questions, absent without questions", example = "0.25") Double unknownRate,
        @Schema(description = "Requests refused with 429 for the rate limit") int rateLimited,
        @Schema(description = "Requests refused with 429 for the daily quota") int quotaExceeded) {
}
