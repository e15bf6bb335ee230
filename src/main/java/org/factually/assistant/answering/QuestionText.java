package org.factually.assistant.answering;

import java.util.Locale;
import java.util.regex.Pattern;

/** What of a reader's question is searched for: markup and script are removed, never interpreted. */
final class QuestionText {

    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private QuestionText() {
    }

    static String clean(String question) {
        String s = SCRIPT.matcher(question).replaceAll(" ");
        s = TAG.matcher(s).replaceAll(" ");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /** The form under which two askings of the same question are recognised as one. */
    static String normalize(String question) {
        return NOT_WORD.matcher(clean(question).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
