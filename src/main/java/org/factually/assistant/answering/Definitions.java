package org.factually.assistant.answering;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "What are MOAs?": a question that asks what an abbreviation is wants what it stands for. Only a sentence that spells
 * it out ("... when a memorandum of agreement is signed") or says what it stands for answers it; a sentence that only
 * uses it ("where MOAs exist") says nothing of what it is.
 */
final class Definitions {

    // "What is an MOA?", "What are MOAs in the 287(g) program?"; not "What is ICE doing?" nor "What is DHS's role?".
    private static final Pattern ASKED = Pattern.compile(
            "^\\W*(?i:what)\\s+(?i:is|are)\\s+(?:(?i:an?|the)\\s+)?(\\p{Lu}{2,})s?(?:\\s+(?i:in|of|under|for|at)\\b[^?]*)?\\?*\\s*$");

    // Words a spelled-out name may have without a letter of its own ("Memoranda of Agreement" is MOA or MA).
    private static final Set<String> JOINING_WORDS = Set.of("of", "and", "for", "the", "on", "in", "to");

    // Fewer letters spell too many phrases by chance ("MA": "many agencies").
    private static final int MIN_SPELLED_LETTERS = 3;

    // A name's words are no short words: "many officers use" does not spell MOU, "memorandum of understanding" does.
    private static final int MIN_SPELLED_WORD_LETTERS = 4;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Definitions() {
    }

    /** The abbreviation the question asks the meaning of, as written without a plural "s"; empty for other questions. */
    static Optional<String> abbreviationAsked(String question) {
        Matcher m = ASKED.matcher(question.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether the sentence spells the abbreviation out, or says what it stands for. */
    static boolean definedIn(String abbreviation, String sentence) {
        if (Pattern.compile("\\b" + abbreviation + "s?\\s+(?i:stands? for|means?|refers? to|is short for)\\b").matcher(sentence).find()) {
            return true;
        }
        if (abbreviation.length() < MIN_SPELLED_LETTERS) {
            return false;
        }
        List<String> words = WORD.matcher(sentence.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
        String letters = abbreviation.toLowerCase(Locale.ROOT);
        for (int start = 0; start < words.size(); start++) {
            if (spellsFrom(words, start, letters)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words from {@code start} have the letters as initials, a joining word taking a letter or none, every
     * other word long enough to be part of a name.
     */
    private static boolean spellsFrom(List<String> words, int start, String letters) {
        int letter = 0;
        for (int i = start; i < words.size() && letter < letters.length(); i++) {
            String w = words.get(i);
            boolean joining = JOINING_WORDS.contains(w);
            if (w.charAt(0) == letters.charAt(letter) && (joining ? letter > 0 : w.length() >= MIN_SPELLED_WORD_LETTERS)) {
                letter++;
            } else if (letter == 0 || !joining) {
                return false;
            }
        }
        return letter == letters.length();
    }
}
