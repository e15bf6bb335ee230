package org.factually.assistant.common;

import java.util.regex.Pattern;

/** The articles' own source markers ("... partners [3] [4]."): they cite, they number nothing a reader asks about. */
public final class SourceMarkers {

    private static final Pattern MARKER = Pattern.compile("\\[\\d+\\]");

    private SourceMarkers() {
    }

    /** The text with each marker a space, so that the words either side stay apart. */
    public static String spaced(String text) {
        return MARKER.matcher(text).replaceAll(" ");
    }
}
