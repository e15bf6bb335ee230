package org.factually.assistant.answering;

import org.factually.assistant.retrieval.TermAnalyzer;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a claim that make it that claim and no other: its numbers, the names it holds, its content words.
 * Apostrophes are dropped first, so "Raimondo's" and "Raimondos" (as readers type it) are one word.
 */
record ClaimWords(Set<String> numbers, Set<String> names, Set<String> stems, Set<String> words) {

    private static final Pattern APOSTROPHE = Pattern.compile("['\u2019`]");
    // Fact-checkers write a paraphrased claim as "Says …"; the word is theirs, not the claim's.
    private static final Pattern SAYS = Pattern.compile("^(?:Says|Said)\\s+(?:that\\s+)?");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:\\.[\\p{L}\\p{N}]+)*\\.?");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.\\-]*");
    // Spelled-out numbers change a claim as digits do ("Sixty people died" / "Seventy people died").
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"),
            Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("thirteen", "13"), Map.entry("fourteen", "14"),
            Map.entry("fifteen", "15"), Map.entry("sixteen", "16"), Map.entry("seventeen", "17"), Map.entry("eighteen", "18"),
            Map.entry("nineteen", "19"), Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("forty", "40"),
            Map.entry("fifty", "50"), Map.entry("sixty", "60"), Map.entry("seventy", "70"), Map.entry("eighty", "80"),
            Map.entry("ninety", "90"), Map.entry("hundred", "100"), Map.entry("thousand", "1000"), Map.entry("million", "million"),
            Map.entry("billion", "billion"), Map.entry("trillion", "trillion"), Map.entry("half", "half"), Map.entry("twice", "2"),
            Map.entry("double", "2"), Map.entry("triple", "3"));
    // Capitalised only because they start a sentence or are the reader's own voice; they name nobody.
    private static final Set<String> NOT_NAMES = Set.of("i", "a", "an", "the", "we", "our", "it", "this", "that", "these", "those",
            "he", "she", "they", "my", "in", "on", "and", "but", "so", "if", "there", "here", "says", "said", "under", "since",
            "when", "while", "during", "after", "before", "for", "from", "about", "as", "at", "by", "with", "of", "to", "all",
            "every", "most", "more", "less", "no", "not", "only", "some", "many", "nearly", "almost", "over", "his", "her",
            "their", "its", "you", "your", "us", "what", "even", "just", "now", "today", "according", "because", "both",
            "each", "few", "half", "last", "next", "new", "one", "two", "three", "four", "five", "ten");

    static ClaimWords of(String text, TermAnalyzer analyzer) {
        String plain = SAYS.matcher(APOSTROPHE.matcher(text).replaceAll("")).replaceFirst("");
        Set<String> numbers = new HashSet<>();
        Matcher n = NUMBER.matcher(plain);
        while (n.find()) {
            numbers.add(normalNumber(n.group()));
        }
        Set<String> words = new LinkedHashSet<>();
        Matcher w = WORD.matcher(plain);
        while (w.find()) {
            String key = key(w.group());
            words.add(key);
            String spelled = NUMBER_WORDS.get(key);
            if (spelled != null) {
                numbers.add(spelled);
            }
        }
        // The first word is capitalised because it starts the claim; it is a name ("Texas is second…") unless it is a common word.
        Set<String> names = namesIn(plain);
        Set<String> stems = new LinkedHashSet<>();
        for (TermAnalyzer.Word cw : analyzer.contentWords(plain, 0)) {
            stems.addAll(cw.stems());
        }
        return new ClaimWords(Set.copyOf(numbers), Set.copyOf(names), Set.copyOf(stems), Set.copyOf(words));
    }

    /** The capitalised words of a text that name someone or something: "Donald Trump", "Ohio", "U.S.". */
    static Set<String> namesIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher w = WORD.matcher(APOSTROPHE.matcher(text).replaceAll(""));
        while (w.find()) {
            String word = w.group();
            String key = key(word);
            if (CAPITALISED.matcher(word).matches() && !NOT_NAMES.contains(key)) {
                names.add(key);
            }
        }
        return names;
    }

    /** "U.S." and "us." and "US" are one key; case never matters. */
    private static String key(String word) {
        return word.replace(".", "").toLowerCase(Locale.ROOT);
    }

    /** "17,000" and "17000" are one number, "3.50" and "3.5" too. */
    private static String normalNumber(String digits) {
        String n = digits.replace(",", "");
        if (n.contains(".")) {
            n = n.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return n;
    }

    /** Share of these content words that the other text holds too. */
    double coveredBy(ClaimWords other) {
        if (stems.isEmpty()) {
            return 0;
        }
        return stems.stream().filter(other.stems::contains).count() / (double) stems.size();
    }

    /** Whether every number here is a number of the other claim: one number changed makes another claim. */
    boolean numbersWithin(ClaimWords other) {
        return other.numbers.containsAll(numbers);
    }
}
