package org.factually.assistant.answering;

import org.factually.assistant.common.ResourceLists;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    // A word, a full stop or "!" and the start of the next sentence: a statement ends there unless the word is an
    // abbreviation.
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(\\S+)[.!]\\s+(?=\\p{Lu})");
    // What ends a statement: a word in lower case ("... joining 287(g) now."), a longer name ("I live in Worcester."), an
    // acronym ("... signed on with ICE."), a number or a bracket. Not initials ("U.S.", "N.C.", "e.g.").
    private static final Pattern ENDS_A_STATEMENT = Pattern.compile("\\p{Ll}[\\p{Ll}'\u2019-]*\\p{Ll}|\\p{Lu}\\p{Ll}{4,}|\\p{Lu}{2,}|.*[\\p{N})\\]\"'\u2019\u201d]");
    // A question word next: where a question starts after what the reader tells.
    private static final String QUESTION_WORD_NEXT = "(?=(?i:what|what's|which|who|whom|whose"
            + "|where|when|why|how|is|are|was|were|do|does|did|can|could|should|will|would|has|have|had)\\b)";
    // A colon, a semicolon or a dash between spaces before a question word: "For my essay: what year ...?", "my sister
    // lives in Concord - which ACLU branch ...?".
    private static final Pattern QUESTION_AFTER_MARK = Pattern.compile("(?:[:;]|\\s[-\u2013\u2014])\\s+" + QUESTION_WORD_NEXT);
    // A condition before the question, up to its comma: "If a county signs up to help ICE, what kinds of expenses ...?".
    private static final Pattern CONDITION_FIRST = Pattern.compile("^(?i:if|once)\\s[^,?]+,\\s+" + QUESTION_WORD_NEXT);
    // Titles before a name, which end no statement, also typed in lower case ("Rep. Smith", "did sen. Warren say ...").
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "rep", "reps", "sen", "sens", "gov", "lt", "gen", "col",
            "capt", "sgt", "rev", "hon", "pres", "jr", "sr", "st", "vs");

    /** A reader's text as what they ask and what they told before asking (empty when the question is all there is). */
    record Parts(String question, String context) {

        /** Both, as the reader wrote them: what the embedding reads, and where a quoted claim may hold a full stop. */
        String whole() {
            return context.isEmpty() ? question : context + " " + question;
        }
    }

    private QuestionText() {
    }

    static String clean(String question) {
        String s = SCRIPT.matcher(question).replaceAll(" ");
        s = TAG.matcher(s).replaceAll(" ");
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /**
     * The question as it is searched and understood: cleaned, with readers' shorthand written out, without what the
     * reader tells of themselves before asking ({@link #parts}).
     */
    static String searchable(String question) {
        return parts(question).question();
    }

    /**
     * The question and what a reader tells of themselves before asking ("My town is talking about joining 287(g). Who
     * pays for the training?"), both cleaned and with shorthand written out. What the reader tells helps find the
     * articles; what the answer is held to is the question itself.
     */
    static Parts parts(String question) {
        String text = SHORTHAND.matcher(clean(question)).replaceAll(m -> Matcher.quoteReplacement(writtenOut(m.group())));
        return askingStart(text).map(start -> new Parts(text.substring(start), text.substring(0, start).strip()))
                .orElse(new Parts(text, ""));
    }

    /** Where the question starts after statements before it, if there are any and the text ends by asking. */
    private static Optional<Integer> askingStart(String text) {
        if (!text.endsWith("?")) {
            return Optional.empty();
        }
        Integer start = null;
        Matcher breaks = SENTENCE_BREAK.matcher(text);
        while (breaks.find()) {
            String word = breaks.group(1);
            if (ENDS_A_STATEMENT.matcher(word).matches() && !TITLES.contains(word.toLowerCase(Locale.ROOT))) {
                start = breaks.end();
            }
        }
        Matcher marks = QUESTION_AFTER_MARK.matcher(text);
        while (marks.find()) {
            if (start == null || marks.end() > start) {
                start = marks.end();
            }
        }
        Matcher condition = CONDITION_FIRST.matcher(text);
        if (start == null && condition.find()) {
            start = condition.end();
        }
        return Optional.ofNullable(start);
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
