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
            if (text.charAt(m.start()) == '.' && isAbbreviation(text, m.start())) {
                continue;
            }
            int end = text.charAt(m.start()) == '\n' ? m.start() : endOfPunctuation(text, m.start());
            add(spans, text, start, end);
            start = m.end();
        }
        add(spans, text, start, text.length());
        return spans;
    }

    private static int endOfPunctuation(String text, int from) {
        int i = from + 1;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAbbreviation(String text, int dot) {
        int i = dot;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && text.charAt(i - 1) != '(') {
            i--;
        }
        String token = text.substring(i, dot).toLowerCase(Locale.ROOT);
        return token.length() == 1 && Character.isLetter(token.charAt(0)) || ABBREVIATIONS.contains(token);
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
