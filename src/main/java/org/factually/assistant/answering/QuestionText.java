package org.factually.assistant.answering;

import org.factually.assistant.common.ResourceLists;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What of a reader's question is searched for: markup and script are removed, never interpreted, and what readers
 * type in shorthand ("whats", "r", "ppl") is written out from {@code answering/informal-words.txt}.
 */
final class QuestionText {

    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Map<String, String> INFORMAL = ResourceLists.entries("/answering/informal-words.txt").stream()
            .map(entry -> entry.split("\\s+", 2))
            .collect(Collectors.toUnmodifiableMap(entry -> entry[0], entry -> entry[1]));
    // A shorthand stands alone: not inside a word, an abbreviation ("U.S.") or a hyphenated name.
    private static final Pattern SHORTHAND = Pattern.compile("(?<![\\p{L}\\p{N}'\u2019./&-])(?:"
            + INFORMAL.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(QuestionText::spellings).collect(Collectors.joining("|"))
            + ")(?![\\p{L}\\p{N}'\u2019&/-]|\\.\\p{L})");

    private QuestionText() {
    }

    static String clean(String question) {
        String s = SCRIPT.matcher(question).replaceAll(" ");
        s = TAG.matcher(s).replaceAll(" ");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /** The question as it is searched and understood: cleaned, with readers' shorthand written out. */
    static String searchable(String question) {
        return SHORTHAND.matcher(clean(question)).replaceAll(m -> Matcher.quoteReplacement(writtenOut(m.group())));
    }

    /** The form under which two askings of the same question are recognised as one. */
    static String normalize(String question) {
        return NOT_WORD.matcher(clean(question).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String writtenOut(String shorthand) {
        String out = INFORMAL.get(shorthand.toLowerCase(Locale.ROOT));
        return Character.isUpperCase(shorthand.charAt(0)) ? Character.toUpperCase(out.charAt(0)) + out.substring(1) : out;
    }

    /** The shorthand as typed: in lower case, or capitalised at the start of a question unless it is one letter. */
    private static String spellings(String shorthand) {
        String lower = Pattern.quote(shorthand);
        return shorthand.length() == 1 ? lower
                : lower + "|" + Pattern.quote(Character.toUpperCase(shorthand.charAt(0)) + shorthand.substring(1));
    }
}
