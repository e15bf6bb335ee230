package org.factually.assistant.retrieval;

import org.factually.assistant.common.SourceMarkers;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes what readers and articles spell differently one way, before words are cut and stemmed, so that the
 * question and the passages meet: every dash is a hyphen; numbers are digits without separators ("one thousand",
 * "1,000" and "1k" are all "1000", "twenty twenty-five" is 2025); "%" and "per cent" are "percent"; a letter/digit
 * identifier is one word whatever its spelling ("Section 287(g)", "287 (g)", "287-g" and "287g" are all "287g").
 * Applied to questions and passages alike.
 */
final class TextNormalizer {

    private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2212]");
    private static final Pattern THOUSANDS = Pattern.compile("(?<![\\d.])(\\d{1,3})((?:,\\d{3})+)(?![\\d])");
    // "641%", "641 %", "641 per cent": the word the tokenizer keeps, as readers write it ("641 percent").
    private static final Pattern PERCENT = Pattern.compile("(?i)(?<=\\d)\\s*%|\\s*\\bper\\s+cent\\b");
    private static final Pattern KILO = Pattern.compile("(?i)(?<![\\w.])(\\d+(?:\\.\\d+)?)k\\b");
    // "Section 287(g)", "§ 287(g)": the word before the identifier is part of its name, not a separate word.
    private static final Pattern SECTION = Pattern.compile("(?i)(?:\\bsection|\\bsec\\.|§)\\s*(?=\\d+\\s*(?:\\(\\s*[a-z]\\s*\\)|-?[a-z]\\b))");
    // "mid-September", "mid-2025": the month or the year is what a date is matched by; "mid" alone says nothing.
    private static final Pattern MID = Pattern.compile("(?i)\\bmid[-\\s]+(?=(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b|\\d{4}\\b)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?i)\\b(\\d+)\\s*(?:\\(\\s*([a-z])\\s*\\)|-?([a-z])\\b)");
    private static final Map<String, Long> UNITS = Map.ofEntries(
            Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
            Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
            Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
            Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
            Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
            Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L));
    private static final Map<String, Long> MULTIPLIERS = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
    private static final String UNIT = "(?:" + String.join("|", UNITS.keySet()) + ")";
    private static final String MULTIPLIER = "(?:hundred|thousand|million|billion)";
    // A run of number words: "one thousand", "a thousand", "twenty-five", "three hundred and forty". "One" alone is
    // usually a pronoun ("one of the counties") and stays a word.
    private static final Pattern NUMBER_WORDS = Pattern.compile("(?i)\\b(?:(?:a|" + UNIT + ")[\\s-]+" + MULTIPLIER + "|(?!one\\b)" + UNIT + ")"
            + "(?:(?:[\\s-]+|\\s+and\\s+)(?:" + UNIT + "|" + MULTIPLIER + "))*\\b");

    private TextNormalizer() {
    }

    static String normalize(String text) {
        // "three types" is not in a sentence that cites source 3.
        String t = SourceMarkers.spaced(text);
        t = DASHES.matcher(t).replaceAll("-");
        t = MID.matcher(t).replaceAll("");
        t = THOUSANDS.matcher(t).replaceAll(m -> m.group(1) + m.group(2).replace(",", ""));
        t = KILO.matcher(t).replaceAll(m -> kilo(m.group(1)));
        t = PERCENT.matcher(t).replaceAll(" percent");
        t = NUMBER_WORDS.matcher(t).replaceAll(m -> Long.toString(value(m.group().toLowerCase(Locale.ROOT).split("[\\s-]+"), 0)));
        t = SECTION.matcher(t).replaceAll("");
        return IDENTIFIER.matcher(t).replaceAll(m -> m.group(1) + (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT));
    }

    private static String kilo(String number) {
        return new java.math.BigDecimal(number).multiply(java.math.BigDecimal.valueOf(1000)).stripTrailingZeros().toPlainString();
    }

    /** The number the words from {@code from} on write. */
    private static long value(String[] words, int from) {
        long total = 0, group = 0;
        for (int i = from; i < words.length; i++) {
            String w = words[i];
            if (UNITS.containsKey(w)) {
                long unit = UNITS.get(w);
                // "twenty twenty-five", "nineteen ninety-six": no number adds a word to a teen or a tens word to a
                // tens; read as a year is, by hundreds.
                boolean adds = group % 100 == 0 || group % 10 == 0 && group % 100 >= 20 && unit < 10;
                if (total == 0 && group < 100 && !adds) {
                    return group * 100 + value(words, i);
                }
                group += unit;
            } else if (w.equals("hundred")) {
                group = Math.max(group, 1) * 100;
            } else if (MULTIPLIERS.containsKey(w)) {
                total += Math.max(group, 1) * MULTIPLIERS.get(w);
                group = 0;
            }
        }
        return total + group;
    }
}
