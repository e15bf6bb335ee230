package org.factually.assistant.partner;

import java.time.Instant;

/**
 * The limiter's word on one request: whether the key is admitted, and the numbers partners see in
 * {@code RateLimit-*} headers. Fields other than {@code verdict} are null for an unknown key.
 */
public record Admission(Verdict verdict, Long keyId, String partner, Integer limit, Integer remaining, Instant retryAt,
                        Integer dailyQuota, Integer quotaRemaining) {

    public enum Verdict {
        ADMITTED, UNKNOWN, REVOKED, RATE_LIMITED, QUOTA_EXCEEDED;

        static Verdict of(String sql) {
            return switch (sql) {
                case "admitted" -> ADMITTED;
                case "unknown" -> UNKNOWN;
                case "revoked" -> REVOKED;
                case "rate-limited" -> RATE_LIMITED;
                case "quota-exceeded" -> QUOTA_EXCEEDED;
                default -> throw new IllegalStateException("api_key_admit answered " + sql);
            };
        }
    }

    public boolean admitted() {
        return verdict == Verdict.ADMITTED;
    }
}
