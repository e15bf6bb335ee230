package org.factually.assistant.common;

/** Checks of free text that arrives from outside. */
public final class Texts {

    private Texts() {
    }

    /** The text stripped, or null when it is absent or blank: optional fields treat both alike. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** PostgreSQL refuses NUL, and no other control character but line breaks and tabs belongs in a text. */
    public static boolean hasControlCharacters(String s) {
        return s.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }
}
