package org.factually.assistant.answering;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of fact a question asks for. A sentence can only answer "how many" if it gives a number,
 * "when" if it gives a date, "who" if it names someone; otherwise it is near the subject but not an answer.
 */
public enum AnswerType {
    PERCENTAGE(Pattern.compile("\\b(what|which|by what|how large a|how big a) (percentage|percent|share|proportion|fraction)\\b"),
            "percentage", "percent", "share", "proportion", "fraction"),
    QUANTITY(Pattern.compile("\\b(how (many|much|large|big|often)|(what|which) (number|amount|rate)|by (how much|how many))\\b"),
            "number", "amount", "rate"),
    DURATION(Pattern.compile("\\bhow long\\b|\\b(what|which) (duration|period)\\b"), "long", "duration", "period"),
    TIME(Pattern.compile("^(when\\b|since when\\b)|\\b(what|which) (year|date|month|day)\\b"), "year", "date", "month", "day"),
    PERSON(Pattern.compile("^(who|whom|whose)\\b")),
    OTHER(null);

    // A number directly followed by a bracketed letter is a statute's section ("287(g)", "501(c)"), not a quantity.
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d[\\d,]*(\\.\\d+)?\\s*(%|percent\\b)?(\\([a-z]\\))?");
    private static final Pattern PERCENT = Pattern.compile("\\d\\s*(%|percent\\b)|\\bpercent\\b|\\bhalf\\b|\\bquarter\\b|\\bthird\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "\\b(hundreds?|thousands?|millions?|billions?|dozens?|percent|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                    + "|twenty|thirty|forty|fifty|half|twice|doubled|tripled|quadrupled)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN = Pattern.compile(
            "\\b(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)[- ](hours?|days?|weeks?|months?|years?|decades?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile(
            "\\b((19|20)\\d\\d|January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    // An acronym anywhere, or a capitalised word that does not start the sentence.
    private static final Pattern NAME = Pattern.compile("\\b[A-Z]{2,}\\b|(?<=[\\w,;:)]\\s)[A-Z][a-z]+");

    // The articles' own source markers ("[3]") are not numbers of anything.
    private static final Pattern SOURCE_MARKER = Pattern.compile("\\[\\d+\\]");

    private final Pattern question;
    private final Set<String> typeWords;

    AnswerType(Pattern question, String... typeWords) {
        this.question = question;
        this.typeWords = Set.of(typeWords);
    }

    /**
     * Words that name the kind of answer ("percentage" in "by what percentage"): a sentence that gives
     * that kind of fact covers them without using the word.
     */
    public Set<String> typeWords() {
        return typeWords;
    }

    public static AnswerType of(String question) {
        String q = question.toLowerCase(Locale.ROOT).strip();
        for (AnswerType type : values()) {
            if (type.question != null && type.question.matcher(q).find()) {
                return type;
            }
        }
        return OTHER;
    }

    public boolean satisfiedBy(String text) {
        String sentence = SOURCE_MARKER.matcher(text).replaceAll(" ");
        return switch (this) {
            case PERCENTAGE -> PERCENT.matcher(sentence).find();
            case QUANTITY -> hasQuantity(sentence);
            case DURATION -> SPAN.matcher(sentence).find();
            case TIME -> DATE.matcher(sentence).find();
            case PERSON -> NAME.matcher(sentence).find();
            case OTHER -> true;
        };
    }

    private static boolean hasQuantity(String sentence) {
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            boolean section = m.group(3) != null;
            boolean year = m.group(2) == null && YEAR.matcher(m.group().strip()).matches();
            if (!section && !year) {
                return true;
            }
        }
        return NUMBER_WORD.matcher(sentence).find();
    }
}
