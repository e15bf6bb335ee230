package org.factually.assistant.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits prose into sentences and keeps their character offsets, so that an answer can quote
 * a sentence verbatim and point back at where it stands. Line breaks always end a sentence.
 */
public final class SentenceSplitter {

    /** A sentence as the half-open range [start, end) of the text it was split from. */
    public record Span(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    private static final Pattern BOUNDARY =
            Pattern.compile("[.!?][\"'\u201d\u2019)]*\\s+(?=[\"'\u201c\u2018(\\[]?[A-Z0-9])|\\n+");

    // Periods after these do not end a sentence ("U.S. Immigration", "Dr. Smith").
    private static final Set<String> ABBREVIATIONS = Set.of(
            "u.s", "u.k", "u.n", "e.g", "i.e", "mr", "mrs", "ms", "dr", "st", "vs", "no", "gov", "sen", "rep",
            "inc", "co", "ltd", "jr", "sr", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
            "a.m", "p.m", "approx", "dept", "est", "fig", "gen", "lt", "col", "sgt", "mt", "ft");

    private SentenceSplitter() {
    }

    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        int start = 0;
        while (m.find()) {
            if (text.charAt(m.start()) == '.' && (isAbbreviation(text, m.start()) || isBrokenDecimal(text, m.start(), m.end()))) {
                continue;
            }
            int end = text.charAt(m.start()) == '\n' ? m.start() : endOfPunctuation(text, m.start());
            add(spans, text, start, end);
            start = m.end();
        }
        add(spans, text, start, text.length());
        return spans;
    }

    /**
     * "$1. 9 billion": a figure whose decimal point a stray space cut off. A sentence seldom starts with a numeral,
     * and quoting "$1." as a figure would misstate it.
     */
    private static boolean isBrokenDecimal(String text, int dot, int next) {
        return dot > 0 && Character.isDigit(text.charAt(dot - 1)) && next < text.length() && Character.isDigit(text.charAt(next))
                && text.charAt(dot + 1) == ' ';
    }

    private static int endOfPunctuation(String text, int from) {
        int i = from + 1;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int i = tokenStart(text, dot);
        String token = text.substring(i, dot);
        if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
            return isInitial(text, i, token.charAt(0));
        }
        return ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT));
    }

    /**
     * A single capital is an initial when it starts the text or follows a capitalised word or another initial
     * ("J. Smith", "George W. Bush", "J. R. R. Tolkien"). After a small word ("vitamin C.", "option b.") or when
     * small itself, the letter ends its sentence: otherwise a run of "x. y. z." would never be split at all.
     */
    private static boolean isInitial(String text, int letter, char c) {
        if (!Character.isUpperCase(c)) {
            return false;
        }
        int end = letter;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return true;
        }
        int start = tokenStart(text, end);
        return Character.isUpperCase(text.charAt(start));
    }

    private static int tokenStart(String text, int end) {
        int i = end;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(') {
            i--;
        }
        return i;
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
