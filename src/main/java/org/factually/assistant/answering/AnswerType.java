package org.factually.assistant.answering;

import org.factually.assistant.common.SourceMarkers;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of fact a question asks for. A sentence can only answer "how many" if it gives a number, "when" if it
 * gives a date or a time, "who" if it names someone, "where" if it names a place or an institution, "why" if it gives
 * a reason, "how does" if it says by what means or with what effect, "what phrase" if it quotes; otherwise it is near
 * the subject but not an answer.
 */
public enum AnswerType {
    // "What exact percentage ...?", "On what specific date ...?": a word may stand between.
    PERCENTAGE(Pattern.compile("\\b(what|which|by what|how large a|how big a) (?:\\p{L}+ )?(percentage|percent|share|proportion|fraction)\\b"),
            "percentage", "percent", "share", "proportion", "fraction"),
    // "What was the vote count ...?", "What is the number of ...?": a count asked for by name.
    QUANTITY(Pattern.compile("\\b(how (many|much|large|big|often)|(what|which) (number|amount|rate)|by (how much|how many))\\b"
            + "|^what(?:'s|’s|\\s+(?:is|was|are|were))?\\s+the\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:count|tally|total|number)\\b"),
            "number", "amount", "rate", "count", "tally", "total"),
    DURATION(Pattern.compile("\\bhow long\\b|\\b(what|which) (duration|period)\\b"), "long", "duration", "period"),
    TIME(Pattern.compile("^(when\\b|since when\\b)|\\b(what|which) (?:\\p{L}+ )?(year|date|month|day)\\b"), "year", "date", "month", "day"),
    PERSON(Pattern.compile("^(who|whom|whose)\\b")),
    PLACE(Pattern.compile("^(where|from where|to where)\\b|\\b(in|at|to) (what|which) (place|places|city|cities|state|states|country|countries|institution|institutions)\\b"),
            "place", "location"),
    REASON(Pattern.compile("^(why|how come)\\b|\\b(for what|what is the|what are the|what's the) (reason|reasons|motive|motives)\\b"), "reason", "reasons"),
    // "How does X affect Y": a sentence that says what X does to Y covers "affect" without the word.
    MECHANISM(Pattern.compile("^how (do|does|did|can|could|is|are|was|were|will|would|has|have)\\b"), "affect", "impact", "influence", "change", "work"),
    // "What phrase did DHS use ...?": the words someone used, which a sentence gives in quotation marks.
    QUOTATION(Pattern.compile("\\b(what|which) (?:\\p{L}+ )?(phrase|words|slogan|catchphrase|expression|wording|quote)\\b"),
            "phrase", "words", "slogan", "catchphrase", "expression", "wording", "quote"),
    OTHER(null);

    // A number written against a letter ("287(g)", "401k", "9/11" aside) names something; it counts nothing.
    // An amount of money ("$40.8m", "£178m") counts, whatever letter follows it.
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])([$£€¥]\\s?)?\\d[\\d,]*(\\.\\d+)?\\s*(%|percent\\b)?(\\s?\\([a-zA-Z]\\)|[a-zA-Z]\\b)?");
    private static final Pattern PERCENT = Pattern.compile("\\d\\s*(%|percent\\b)|\\bpercent\\b|\\bhalf\\b|\\bquarter\\b|\\bthird\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "\\b(hundreds?|thousands?|millions?|billions?|dozens?|percent|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                    + "|twenty|thirty|forty|fifty|half|twice|doubled|tripled|quadrupled)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN = Pattern.compile(
            "\\b(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)[- ](hours?|days?|weeks?|months?|years?|decades?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String CALENDAR_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern CALENDAR_NAME = Pattern.compile(CALENDAR_NAMES);
    // A date, a day of the week, or a time counted from something ("after 23 minutes", "last week").
    private static final Pattern DATE = Pattern.compile(
            "\\b((19|20)\\d\\d|" + CALENDAR_NAMES + "|yesterday|tonight"
                    + "|(last|next|this) (week|weekend|month|year|season|summer|autumn|winter|spring)"
                    + "|(after|within|in) (\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (seconds?|minutes?|hours?|days?|weeks?|months?|years?))\\b");
    // An acronym anywhere, or a capitalised word that does not start the sentence.
    private static final Pattern NAME = Pattern.compile("\\b[A-Z]{2,}\\b|(?<=[\\w,;:)]\\s)[A-Z][a-z]+");

    // Where: a name (of a place, an agency, a court), or a word for a kind of place or institution, that the sentence
    // puts after a preposition of place ("transfer them to ICE-approved detention centers", "arrests at USCIS offices"),
    // a few words on at most: a name the sentence only mentions ("deputies can assist ICE in identifying ...") says
    // who, not where.
    private static final String PLACE_WORD = "(?i:cent(er|re)s?|facilit(y|ies)|jails?|prisons?|courts?|offices?|departments?|agenc(y|ies)"
            + "|databases?|count(y|ies)|cit(y|ies)|states?|countr(y|ies)|towns?|municipalit(y|ies)|jurisdictions?|custody|homes?|schools?"
            + "|hospitals?|universit(y|ies)|institutions?|regions?)";
    private static final Pattern LOCATED = Pattern.compile("\\b(?i:in|at|to|into|from|inside|within|across|throughout|near|outside|onto)"
            + "\\s+(?:[\\w’'-]+\\s+){0,2}?(\\p{Lu}|" + PLACE_WORD + "\\b)");
    // Why: a reason or purpose stated as such.
    private static final Pattern REASON_WORDS = Pattern.compile("\\b(because|since|due to|owing to|as a result|so that|in order to|thereby|therefore"
            + "|reasons?|argue[sd]?|arguing|cit(e|es|ed|ing)|warn(s|ed)?|fears?|concerns?|risks?|benefits?|to (protect|ensure|avoid|prevent|keep|remove|target|speed)"
            + "|lead(s)? to|leading to|result(s|ed)? in|caus(e|es|ed|ing)|driv(e|es|en|ing)|motivat\\w*|justif\\w*|citing|frame[sd]?|framing|emphasi[sz]\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    // How: a means or an effect: through what, by what, under what, and what it changes.
    private static final Pattern MECHANISM_WORDS = Pattern.compile("\\b(through|by|via|under|using|when|allow(s|ed)?|enabl\\w*|permit\\w*|authori[sz]\\w*"
            + "|increas\\w*|decreas\\w*|reduc\\w*|lower\\w*|rais\\w*|undermin\\w*|erod\\w*|chill\\w*|deter\\w*|makes?|making|turns?|lead(s)? to"
            + "|result(s|ed)? in|caus(e|es|ed|ing)|so that|thereby|because)\\b", Pattern.CASE_INSENSITIVE);

    // "When DHS announced it, how did it describe ...?": a clause before the question sets its scene; what is asked
    // comes after the comma.
    private static final Pattern LEADING_CLAUSE = Pattern.compile("^(when|if|after|before|since|once|while|as|now that)\\b[^?]*?,\\s*"
            + "(?=(what|which|who|whom|whose|where|when|why|how|is|are|was|were|do|does|did|can|could|should|will|would|has|have|had)\\b)");

    // "How are North Carolina police handling ICE cooperation?" asks what they are doing, not by what means: any
    // sentence that says what they do answers it, whether or not it names a means or an effect.
    private static final Pattern PROGRESSIVE = Pattern.compile("^how (is|are|was|were)\\b[^?]*?\\b\\p{L}{3,}ing\\b");

    // Words in quotation marks, more than one ("the worst of the worst"): a single quoted word is often a term, not what
    // was said.
    private static final Pattern QUOTED = Pattern.compile("[\"\u201c][^\"\u201c\u201d]*\\s[^\"\u201c\u201d]*[\"\u201d]");

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

    /**
     * Whether the type asks for one particular fact (a number, a date, a name), which must come with the question's
     * rare words; a place, a reason or a means is often given in a sentence that leans on its neighbours for them
     * ("... transfer them to detention centers" after "New Hampshire counties have joined").
     */
    public boolean particularFact() {
        return this != PLACE && this != REASON && this != MECHANISM && this != OTHER;
    }

    /** Whether the type asks for a figure: a number, a share, a length of time or a date, not a person or a quotation. */
    public boolean figure() {
        return particularFact() && this != PERSON && this != QUOTATION;
    }

    public static AnswerType of(String question) {
        String q = LEADING_CLAUSE.matcher(question.toLowerCase(Locale.ROOT).strip()).replaceFirst("");
        for (AnswerType type : values()) {
            if (type.question != null && type.question.matcher(q).find()) {
                return type == MECHANISM && PROGRESSIVE.matcher(q).find() ? OTHER : type;
            }
        }
        return OTHER;
    }

    public boolean satisfiedBy(String text) {
        String sentence = SourceMarkers.spaced(text);
        return switch (this) {
            case PERCENTAGE -> PERCENT.matcher(sentence).find();
            case QUANTITY -> hasQuantity(sentence);
            case DURATION -> SPAN.matcher(sentence).find();
            case TIME -> DATE.matcher(sentence).find();
            case PERSON -> !names(sentence).isEmpty();
            case PLACE -> LOCATED.matcher(sentence).find();
            case REASON -> REASON_WORDS.matcher(sentence).find();
            case MECHANISM -> MECHANISM_WORDS.matcher(sentence).find() || REASON_WORDS.matcher(sentence).find();
            case QUOTATION -> QUOTED.matcher(sentence).find();
            case OTHER -> true;
        };
    }

    /**
     * The names a sentence gives: its acronyms and its capitalised words that do not start it, but for the names of
     * months and days, which say when, not who or which ("late September 2025" picks out no county).
     */
    public static List<String> names(String text) {
        return NAME.matcher(SourceMarkers.spaced(text)).results().map(MatchResult::group)
                .filter(n -> !CALENDAR_NAME.matcher(n).matches()).toList();
    }

    private static boolean hasQuantity(String sentence) {
        Matcher m = NUMBER.matcher(sentence);
        while (m.find()) {
            boolean identifier = m.group(4) != null && m.group(1) == null;
            boolean year = m.group(3) == null && YEAR.matcher(m.group().strip()).matches();
            if (!identifier && !year) {
                return true;
            }
        }
        return NUMBER_WORD.matcher(sentence).find();
    }
}
