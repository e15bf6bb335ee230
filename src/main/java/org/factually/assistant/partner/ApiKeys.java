package org.factually.assistant.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** How keys are made and recognised: 256 random bits behind a readable prefix, stored as their SHA-256. */
final class ApiKeys {

    /** Marks a string as a Factually key, so that one pasted in the wrong place is recognised. */
    static final String PREFIX = "fk_";
    // A key this random needs no slow hash: guessing one is hopeless, and a plain digest keeps lookup one index probe.
    private static final int RANDOM_BYTES = 32;
    // Enough to tell keys apart in a list, far too little to help guess one.
    private static final int SHOWN_CHARS = PREFIX.length() + 6;
    // A short hand-made bootstrap key shows less, so that its list entry never gives it away.
    private static final int SHOWN_SHARE_DIVISOR = 3;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String shownPart(String key) {
        return key.substring(0, Math.min(key.length() / SHOWN_SHARE_DIVISOR, SHOWN_CHARS));
    }
}
