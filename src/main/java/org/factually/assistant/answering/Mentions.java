package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.retrieval.RetrievalService;
import org.factually.assistant.retrieval.Synonyms;
import org.factually.assistant.retrieval.TermAnalyzer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a sentence mentions that the question does not: a question that asks which one, which person, who or where is
 * answered only by a sentence that says something the question did not already. "Who announced the North Carolina
 * task force arrangements?" is not answered by a sentence naming only North Carolina.
 */
@ApplicationScoped
class Mentions {

    // A run of capitalised words: "Worcester", "New Hampshire".
    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // A word in lower case: a common noun, not a name.
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<![\\p{L}-])\\p{Ll}+");
    // "Which Worcester city councilor ...?", "What is the name of the Grafton County sheriff ...?": the words after
    // "which" or "the name of (the)", among which the kind asked for (TermAnalyzer.leadingNounPhrase).
    private static final Pattern PICKED = Pattern.compile("(?i)\\b(?:which|name of(?: the)?)\\s+((?:[\\p{L}'’-]+\\s+){0,3}[\\p{L}'’-]+)");

    // "What is the name of the national database ...?": the thing whose name is asked for.
    private static final Pattern NAME_OF = Pattern.compile("(?i)\\bname of(?: the| a| an)?\\s+(.+)");
    // A word of a sentence, as written: a name keeps its capital.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Synonyms synonyms;
    private final TermAnalyzer analyzer;

    Mentions(Synonyms synonyms, TermAnalyzer analyzer) {
        this.synonyms = synonyms;
        this.analyzer = analyzer;
    }

    /** The stems of the question's words for anyone at all: "people", "someone", "individuals". */
    Set<String> anyoneStems(String question) {
        return WORD.matcher(question).results().map(MatchResult::group).filter(synonyms::namesAnyone)
                .flatMap(w -> analyzer.stems(w).stream()).collect(Collectors.toSet());
    }

    /**
     * Whether the sentence names something the question does not: "no judge is gonna stop me" names only Morrison,
     * whom "Which judge issued the order against Mark Morrison?" asks about, and no judge.
     */
    boolean aName(String sentence, Set<String> questionStems) {
        return namesNotAsked(sentence, questionStems).findAny().isPresent();
    }

    /**
     * Whether the sentence names something the question does not and that is rare where the question is asked: to pick
     * out one ("Which civil liberties group ...?"), a sentence must name more than the subject every article shares
     * ("ICE").
     */
    boolean aRareName(String sentence, Set<String> questionStems, Predicate<String> rare) {
        return namesNotAsked(sentence, questionStems).anyMatch(n -> analyzer.stems(n).stream().anyMatch(rare));
    }

    /**
     * Whether the sentence says who, other than whom the question names: a name, or a word for a kind of person
     * ("Opponents say only <b>judges</b> ... should be able to order detention"; "... stolen by baggage <b>handlers</b>").
     */
    boolean someone(String sentence, Set<String> questionStems) {
        return aName(sentence, questionStems) || LOWER_CASE_WORD.matcher(sentence).results().map(MatchResult::group)
                .anyMatch(word -> synonyms.isPersonNoun(word) && notAsked(word, questionStems));
    }

    /**
     * Whether the sentence names a place, as a whole run of capitalised words or one of them, that the question does
     * not: "Worcester, Massachusetts, passed a resolution ..." answers "Where did a city in Massachusetts vote ...?",
     * though it puts its place in no phrase of place ("in", "at").
     */
    boolean aPlace(String sentence, Set<String> questionStems) {
        return CAPITALISED_RUN.matcher(sentence).results().map(MatchResult::group)
                .flatMap(run -> Stream.concat(Stream.of(run), run.contains(" ") ? SPACES.splitAsStream(run) : Stream.empty()))
                .anyMatch(name -> synonyms.isPlaceName(name) && notAsked(name, questionStems));
    }

    /**
     * The stems a synonym put in for the kind a question picks from ("Which ACLU <b>branch</b> ...?", "the name of the
     * ICE web <b>portal</b>"): the answer names the one picked, in its own words, not the kind.
     */
    Set<String> putInForTheKindPicked(String question, RetrievalService.Retrieval retrieval) {
        return kindPicked(question).stream()
                .flatMap(w -> synonyms.of(w).stream())
                .flatMap(w -> analyzer.wordStems(w).stream())
                .filter(retrieval.synonymTerms()::contains)
                .collect(Collectors.toSet());
    }

    /**
     * Whether the question picks out a person by a word for a kind of person ("Which Worcester city <b>councilor</b>
     * sponsored ...?"; not "Which concerns did the American Civil Liberties Union raise?").
     */
    boolean asksForAPerson(String question) {
        return kindPicked(question).stream().anyMatch(w -> Character.isLowerCase(w.charAt(0)) && synonyms.isPersonNoun(w));
    }

    /** The stems of the words in lower case of the noun phrase after "which" or "the name of" ("ACLU <b>chapter</b>"). */
    Set<String> kindPickedStems(String question) {
        return kindPicked(question).stream().filter(w -> Character.isLowerCase(w.charAt(0)))
                .flatMap(w -> analyzer.stems(w).stream()).collect(Collectors.toSet());
    }

    /** The words of the noun phrase after "which" or "the name of", as written; none when the question has neither. */
    private List<String> kindPicked(String question) {
        Matcher m = PICKED.matcher(question);
        return m.find() ? analyzer.leadingNounPhrase(m.group(1)) : List.of();
    }

    /**
     * Whether the sentence names a person the question does not: a capitalised name that is no acronym (an agency),
     * no place WordNet knows, and no month or day.
     */
    boolean aPersonsName(String sentence, Set<String> questionStems) {
        return namesNotAsked(sentence, questionStems).anyMatch(n -> !n.equals(n.toUpperCase(Locale.ROOT)) && !synonyms.isPlaceName(n));
    }

    /**
     * The stem of the thing whose name a question asks for ("the name of the national <b>database</b>"), when it is
     * one of the question's weighed words; none for other questions.
     */
    Optional<String> namedThing(String question, Set<String> weighed) {
        Matcher m = NAME_OF.matcher(question);
        return m.find() ? analyzer.headStem(m.group(1)).filter(weighed::contains) : Optional.empty();
    }

    /**
     * Whether a sentence that mentions the thing whose name is asked for names it: a name the question does not use
     * stands within {@code distance} words of it ("the National Crime Information Center database"). A sentence that
     * names the thing by its name alone ("ICE's Law Enforcement Assistance Corner ... provides training") does not
     * mention it and is not held to this; unless it is a person ({@code aPerson}: "the name of the Belknap County
     * sheriff"), whom a name without the role does not pick out: "counties—Grafton, Belknap" names no sheriff; or a
     * thing the articles have a word for ({@code inTheArticles}), which they would use where they name it: "the ACLU of
     * New Hampshire's concerns about ... federal detention" names no detention center.
     */
    boolean namesTheThing(String sentence, String thing, boolean aPerson, boolean inTheArticles, RetrievalService.Retrieval retrieval,
                          Set<String> questionStems, int distance) {
        List<String> words = WORD.matcher(sentence).results().map(MatchResult::group).toList();
        Set<String> names = namesNotAsked(sentence, questionStems).flatMap(n -> SPACES.splitAsStream(n)).collect(Collectors.toSet());
        boolean mentioned = false;
        for (int i = 0; i < words.size(); i++) {
            if (analyzer.wordStems(words.get(i).toLowerCase(Locale.ROOT)).stream().anyMatch(st -> retrieval.holds(Set.of(st), thing))) {
                mentioned = true;
                for (int j = Math.max(0, i - distance); j < Math.min(words.size(), i + distance + 1); j++) {
                    if (names.contains(words.get(j))) {
                        return true;
                    }
                }
            }
        }
        return !mentioned && !aPerson && !inTheArticles;
    }

    private Stream<String> namesNotAsked(String sentence, Set<String> questionStems) {
        return AnswerType.names(sentence).stream().filter(n -> notAsked(n, questionStems));
    }

    private boolean notAsked(String words, Set<String> questionStems) {
        return !questionStems.containsAll(analyzer.stems(words));
    }
}
