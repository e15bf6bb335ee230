package org.factually.assistant.retrieval;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.embedding.EmbeddingService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Finds the passages most likely to answer a question. Whether they do is the answering package's decision. */
@ApplicationScoped
public class RetrievalService {

    /**
     * The passages found, best first; the question's content stems with their weights (rarer weighs more);
     * its focus stems, the first content words, where English questions put what they ask about; and the time
     * spent analysing the question's words and searching. Rarity is counted in the question's {@code neighbourhood},
     * the articles of its nearest passages, where the question's subject is common and what sets a passage apart is rare.
     * {@code verbTerms} are the stems of the question's own verb ("Does ICE <b>pay</b> ...", "Who <b>pays</b> ..."),
     * which says what is asked of the things it names; {@code adverbTerms} those of its words WordNet knows only as
     * adverbs ("Who <b>typically</b> pays ..."), which say how or how often it is done.
     */
    public record Retrieval(List<PassageHit> hits, Map<String, Double> termWeights, Set<String> focusTerms,
                            Set<String> synonymTerms, Set<String> verbTerms, Set<String> adverbTerms, Map<String, Set<String>> alternatives,
                            TermStatistics.Neighbourhood neighbourhood, long analysisMicros, long searchMicros) {

        /** Whether these stems hold a question stem or one of its alternatives (the stems of its word's synonyms). */
        public boolean holds(Set<String> stems, String stem) {
            return stems.contains(stem) || alternatives.getOrDefault(stem, Set.of()).stream().anyMatch(stems::contains);
        }
    }

    private final EmbeddingService embeddings;
    private final SynonymChoice synonymChoice;
    private final PassageSearch search;
    private final TermAnalyzer analyzer;
    private final TermStatistics statistics;
    private final RetrievalConfig config;
    private final ObjectMapper json;
    private final Synonyms synonyms;

    public RetrievalService(EmbeddingService embeddings, PassageSearch search, TermAnalyzer analyzer,
                            TermStatistics statistics, RetrievalConfig config, ObjectMapper json, Synonyms synonyms,
                            SynonymChoice synonymChoice) {
        this.embeddings = embeddings;
        this.synonymChoice = synonymChoice;
        this.search = search;
        this.analyzer = analyzer;
        this.statistics = statistics;
        this.config = config;
        this.json = json;
        this.synonyms = synonyms;
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    // "Who pays for ...": the word after a leading "who" that is no form of "be", "have" or "do" is the verb.
    private static final Pattern WHO_DOES = Pattern.compile("(?i)^\\s*who\\s+(?!(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|should|may|might|must)\\b)(\\p{L}+)");
    // Every word capitalised: a name, which a synonym would turn into something else ("New Hampshire" → "N.H.").
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\S*(\\W+\\p{Lu}\\S*)+");
    // Capitalised words, possibly joined by "of", "and"...: a name that may be spelled out ("Department of Homeland Security").
    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}\\p{L}*(?:\\s+(?:(?:of|and|for|the|on|in|to)\\s+)?\\p{Lu}\\p{L}*)+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    // "Does ICE pay ...": the auxiliary of a question asked with "do", whose verb follows the subject.
    private static final Set<String> DO_SUPPORT = Set.of("do", "does", "did");
    // A possessive and the words after it: "Worcester's police chief enforcing".
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)\\b\\p{L}+['\u2019]s\\s+((?:\\p{L}+\\s+){0,2}\\p{L}+)");
    // Words that start a noun phrase: the word after them belongs to the subject, it is not the verb.
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my");
    // A preposition before a word in -ing makes that word a verb's gerund ("for honoring", "to working with").
    private static final Set<String> PREPOSITIONS = Set.of("for", "to", "of", "about", "by", "from", "without", "after", "before", "on", "in", "at", "with");

    /**
     * The question in the articles' words where its own are not theirs: a long form the articles abbreviate becomes
     * the abbreviation; a WordNet phrase ("take part", "say no") becomes a one-word synonym the articles use
     * ("participate", "refuse"). A name ("New Hampshire") stays as written, and a phrase that is one content word with
     * a particle ("pays for") keeps that word, which says enough, with the synonym added after the reader's words,
     * unless the phrase means something else than its word ("turn down" → decline).
     * The words put in are returned in {@code replacements}, to weigh less than the reader's own; those put in for a
     * phrasal verb ("turn down" → refuse) also in {@code verbsPutIn}: they say what is done, not what it is done to.
     */
    String inArticleWords(String question, TermStatistics.Neighbourhood around, Set<String> replacements, Set<String> verbsPutIn) {
        String q = question;
        for (Map.Entry<String, String> a : statistics.abbreviations().entrySet()) {
            q = Pattern.compile("(?i)\\b" + Pattern.quote(a.getKey()) + "\\b").matcher(q).replaceAll(Matcher.quoteReplacement(a.getValue()));
        }
        q = CAPITALISED_RUN.matcher(q).replaceAll(m -> Matcher.quoteReplacement(asAcronyms(m.group())));
        List<String> tokens = words(q);
        List<String> added = new ArrayList<>();
        for (int n = config.synonymPhraseWords(); n >= 2; n--) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                String phrase = String.join(" ", tokens.subList(i, i + n));
                List<TermAnalyzer.Word> words = analyzer.contentWords(phrase, 0);
                // "police work": the reader's own words meet the articles' already; only a phrase they do not use
                // ("say no", "take part"), or a verb that is no kind of its first word ("turn down"), is read as one entry.
                boolean phrasalVerb = synonyms.isPhrasalVerb(phrase);
                if (!phrasalVerb && !words.isEmpty() && words.stream().allMatch(w -> w.stems().stream().allMatch(st -> around.documentFrequency(st) > 0))) {
                    continue;
                }
                Optional<String> seen = synonyms.of(phrase).stream().filter(w -> usedNearby(w, around)).findFirst();
                Matcher asWritten = Pattern.compile("(?i)\\b" + String.join("\\W+", tokens.subList(i, i + n)) + "\\b").matcher(q);
                if (seen.isEmpty() || !asWritten.find() || NAME.matcher(asWritten.group()).matches()) {
                    continue;
                }
                replacements.add(seen.get());
                if (phrasalVerb) {
                    verbsPutIn.add(seen.get());
                }
                if (words.size() == 1 && !phrasalVerb) {
                    added.add(seen.get());
                } else {
                    q = asWritten.replaceAll(seen.get());
                }
            }
        }
        return added.isEmpty() ? q : q + " " + String.join(" ", added);
    }

    /**
     * A run of capitalised words with the longest names in it that the articles only abbreviate replaced by their
     * acronym ("What did the American Civil Liberties Union say" → ACLU); the rest as written.
     */
    private String asAcronyms(String run) {
        List<String> words = List.of(SPACES.split(run));
        for (int length = words.size(); length >= 2; length--) {
            for (int start = 0; start + length <= words.size(); start++) {
                Optional<String> acronym = statistics.acronymOf(words.subList(start, start + length));
                if (acronym.isPresent()) {
                    List<String> out = new ArrayList<>(words.subList(0, start));
                    out.add(acronym.get());
                    String rest = asAcronyms(String.join(" ", words.subList(start + length, words.size())));
                    if (!rest.isEmpty()) {
                        out.add(rest);
                    }
                    return String.join(" ", out);
                }
            }
        }
        return run;
    }

    /**
     * The question's words that say something of what it asks about: those WordNet knows as no noun, and the verb
     * of "Who pays ...", "Who covers ...", which is no thing whatever else the word can be.
     */
    private Set<String> describingWords(String question) {
        Set<String> out = new HashSet<>();
        words(question).stream().filter(synonyms::describes).forEach(out::add);
        whoDoes(question).ifPresent(out::add);
        return out;
    }

    /**
     * The words the question's syntax shows to be verbs, whatever else WordNet knows them as: its main verbs
     * ({@link #mainVerbs}), a participle after "is", "was"... ("is looking for"), a word in -ing after a preposition
     * ("for honoring ICE detainers").
     */
    private Set<String> verbs(List<String> t, Set<String> mainVerbs) {
        Set<String> out = new HashSet<>(mainVerbs);
        for (int i = 1; i < t.size(); i++) {
            String word = t.get(i);
            String before = t.get(i - 1);
            if ((TermAnalyzer.participle(before, word) || PREPOSITIONS.contains(before) && word.endsWith("ing")) && synonyms.isVerb(word)) {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * The verb of the question itself: of "Who pays ...", and the base-form verb after the subject of "do" ("Does ICE
     * pay ...", "When did Worcester vote ..."), where a word after "the" or before a word that can only be a noun
     * ("the warrant database") belongs to the subject.
     */
    private Set<String> mainVerbs(String question, List<String> t) {
        Set<String> out = new HashSet<>();
        whoDoes(question).ifPresent(out::add);
        for (int i = 0; i < t.size(); i++) {
            if (DO_SUPPORT.contains(t.get(i))) {
                for (int j = i + 2; j < t.size(); j++) {
                    boolean ofTheSubject = DETERMINERS.contains(t.get(j - 1)) || afterAFigure(t, j) && synonyms.isNoun(t.get(j))
                            || j + 1 < t.size() && !analyzer.isQuestionStopword(t.get(j + 1)) && synonyms.isOnlyNoun(t.get(j + 1));
                    if (synonyms.isBaseVerb(t.get(j)) && !ofTheSubject) {
                        out.add(t.get(j));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** Whether the word follows a number or an identifier: a noun there is the subject's ("the 287(g) network pass"). */
    private static boolean afterAFigure(List<String> t, int j) {
        boolean identifierLetter = t.get(j - 1).length() == 1 && j >= 2 && hasDigit(t.get(j - 2));
        return hasDigit(t.get(j - 1)) || identifierLetter;
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    /**
     * The verb of "Who pays ...", past any adverb before it ("Who usually pays ..."), lower case; none when "who" is
     * followed by a form of "be", "have" or "do".
     */
    private Optional<String> whoDoes(String question) {
        Matcher who = WHO_DOES.matcher(question);
        if (!who.find()) {
            return Optional.empty();
        }
        List<String> after = words(question.substring(who.start(1)));
        return after.stream().dropWhile(synonyms::isOnlyAdverb).findFirst();
    }

    /** The words of the noun phrases after a possessive ("Worcester's <b>police chief</b> enforcing"), lower case. */
    private Set<String> possessed(String question) {
        Set<String> out = new HashSet<>();
        Matcher m = POSSESSIVE.matcher(question);
        while (m.find()) {
            analyzer.leadingNounPhrase(m.group(1)).forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    private static String capitalised(String words) {
        return SPACES.splitAsStream(words).map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining(" "));
    }

    private static List<String> words(String text) {
        return WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(MatchResult::group).toList();
    }

    /**
     * The words no article near the question uses that are mostly adjectives, each with the noun right after it that
     * they use ("solid" → data, "main" → arguments).
     */
    private Map<String, String> describedNouns(List<String> questionWords, TermStatistics.Neighbourhood around) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i + 1 < questionWords.size(); i++) {
            String word = questionWords.get(i);
            String next = questionWords.get(i + 1);
            if (!analyzer.isQuestionStopword(next) && unusedNearby(word, around) && synonyms.isMostlyAdjective(word)
                    && synonyms.isNoun(next) && analyzer.wordStems(next).stream().allMatch(st -> around.documentFrequency(st) > 0)) {
                out.put(word, next);
            }
        }
        return out;
    }

    private boolean unusedNearby(String word, TermStatistics.Neighbourhood around) {
        return analyzer.wordStems(word).stream().allMatch(st -> around.documentFrequency(st) == 0);
    }

    /** A word's synonyms as the question uses it: a verb's from its verb senses only. */
    private List<String> synonymsOf(String word, Set<String> verbs) {
        return verbs.contains(word) ? synonyms.ofVerb(word) : synonyms.of(word);
    }

    /**
     * The stems of a reader's word's one-word synonyms that the question's neighbourhood uses, other than its own: a
     * sentence that says "surpassed" says what "passed" asks; for a verb, also the ways to do it ("reimbursement"
     * says what "pay" asks).
     */
    private Set<String> alternativesOf(String word, List<String> own, TermStatistics.Neighbourhood around, Set<String> verbs) {
        Set<String> out = new HashSet<>();
        synonymsOf(word, verbs).stream().filter(w -> usedNearby(w, around)).forEach(w -> out.addAll(analyzer.wordStems(w)));
        if (verbs.contains(word)) {
            synonyms.kindsOfVerb(word).stream().filter(w -> usedNearby(w, around)).forEach(w -> out.addAll(analyzer.wordStems(w)));
        }
        // A word made from the reader's by a suffix says it: "deputized officers" are deputies, "prioritized" a priority.
        if (!verbs.contains(word)) {
            synonyms.derivedForms(word).stream().filter(w -> usedNearby(w, around)).flatMap(w -> analyzer.wordStems(w).stream())
                    .filter(st -> own.stream().anyMatch(o -> sameRoot(st, o))).forEach(out::add);
        }
        own.forEach(out::remove);
        return out;
    }

    /** Whether two stems differ only from the shorter one's last letter on ("deput", "deputi"). */
    private static boolean sameRoot(String one, String other) {
        int shorter = Math.min(one.length(), other.length());
        return shorter > 1 && one.regionMatches(0, other, 0, shorter - 1);
    }

    /**
     * A synonym all of whose stems stand in some passage of the question's neighbourhood: one word, or the name of a
     * place ("NH" → New Hampshire), whose words say nothing apart.
     */
    private boolean usedNearby(String synonym, TermStatistics.Neighbourhood around) {
        if (synonym.contains(" ") && !synonyms.isPlaceName(capitalised(synonym))) {
            return false;
        }
        List<String> stems = analyzer.wordStems(synonym);
        // Most of a verb's hundreds of ways of doing are in no article at all: one look-up each rules them out.
        return !stems.isEmpty() && stems.stream().allMatch(st -> statistics.documentFrequency(st) > 0 && around.documentFrequency(st) > 0);
    }

    /** The {@code limit} best passages for a text, embedded here: the partners' passage search, on the primary. */
    public List<PassageHit> search(String text, int limit) {
        return retrieve(text, text, embeddings.embedQuestion(text), limit, OptionalLong.empty()).hits();
    }

    /**
     * Retrieval for a question the caller has already embedded ({@code embeddedText}, the question with what the
     * reader told before it), consistent with the answer generation the question was read at (so that it may run on a
     * read replica that has replayed it).
     */
    public Retrieval retrieve(String question, String embeddedText, float[] questionVector, long generation) {
        return retrieve(question, embeddedText, questionVector, config.results(), OptionalLong.of(generation));
    }

    private Retrieval retrieve(String question, String embeddedText, float[] vector, int limit, OptionalLong generation) {
        long t0 = System.nanoTime();
        // Statistics over the whole corpus would make this subject's own words rare once articles on other subjects join it.
        PassageSearch.Nearest nearest = search.nearest(vector, config.candidates(), generation);
        TermStatistics.Neighbourhood around = statistics.around(nearest.articleIds());
        Set<String> focus = new LinkedHashSet<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        Set<String> replacements = new HashSet<>();
        Set<String> synonymStems = new LinkedHashSet<>();
        Map<String, Set<String>> alternatives = new HashMap<>();
        Set<String> verbStems = new HashSet<>();
        Set<String> adverbStems = new HashSet<>();
        Set<String> verbsPutIn = new HashSet<>();
        String inTheirWords = inArticleWords(question, around, replacements, verbsPutIn);
        List<String> questionWords = words(question);
        Set<String> mainVerbs = mainVerbs(question, questionWords);
        Set<String> verbs = verbs(questionWords, mainVerbs);
        Set<String> describing = describingWords(question);
        Map<String, String> described = describedNouns(questionWords, around);
        Set<String> describedAsked = new HashSet<>();
        Set<String> possessed = possessed(question);
        SynonymChoice.InQuestion inQuestion = synonymChoice.in(question, embeddedText, vector);
        for (TermAnalyzer.Word asked : analyzer.contentWords(inTheirWords, config.focusTerms())) {
            // What a question asks about is a thing: a verb or an adjective among its first words ("Who pays for ...",
            // "Why are immigrants reluctant ...") is no focus word, and weighs as the question's other words do; so is
            // a word used as a verb that no article near the question uses ("When did Worcester vote ..."): it is how
            // the reader puts it. A verb the articles use keeps its place ("Why do sheriffs support ...").
            boolean unseenVerb = verbs.contains(asked.text()) && asked.stems().stream().allMatch(st -> around.documentFrequency(st) == 0);
            TermAnalyzer.Word word = asked.focus() && (describing.contains(asked.text()) || unseenVerb || verbsPutIn.contains(asked.text()))
                    ? new TermAnalyzer.Word(asked.text(), asked.stems(), false) : asked;
            // What someone or something has is what is asked about, however far into the question it comes ("How is
            // Worcester's police <b>chief</b> enforcing ...?"); a word the articles do not use stays the reader's way
            // of putting it, for a synonym to stand for.
            boolean ownedThing = possessed.contains(asked.text()) && !describing.contains(asked.text()) && !verbs.contains(asked.text())
                    && asked.stems().stream().anyMatch(st -> around.documentFrequency(st) > 0);
            if (ownedThing && !word.focus()) {
                word = new TermAnalyzer.Word(word.text(), word.stems(), true);
            }
            // "Is there any solid data ...?" asks about data: a word that is mostly an adjective, which no article near the
            // question uses, says something of the noun after it, and that noun is what is asked about.
            if (describedAsked.contains(asked.text())) {
                word = new TermAnalyzer.Word(word.text(), word.stems(), true);
            }
            if (word.focus() && described.containsKey(asked.text())) {
                word = new TermAnalyzer.Word(word.text(), word.stems(), false);
                describedAsked.add(described.get(asked.text()));
            }
            // A word no article near the question uses stands for a synonym that they do use ("cops" → officer): of its
            // commonest few, the one that keeps the question's meaning ("foots the bill" → charge, not measure); with
            // none, it stays, and stays unseen: synonyms widen matching, they never invent coverage.
            if (word.stems().stream().allMatch(st -> around.documentFrequency(st) == 0)) {
                Optional<String> seen = inQuestion.closest(asked.text(), synonymsOf(word.text(), verbs).stream()
                        .filter(w -> usedNearby(w, around)).limit(config.synonymChoices()).toList());
                if (seen.isPresent()) {
                    word = new TermAnalyzer.Word(seen.get(), analyzer.stems(seen.get()), word.focus());
                    replacements.add(seen.get());
                }
            }
            // A word's weight is shared by its stems, so that a hyphenated word counts as one word, not two.
            boolean synonym = replacements.contains(word.text());
            double share = (word.focus() ? 1 + config.focusBoost() : 1) / word.stems().size() * (synonym ? config.synonymWeight() : 1);
            if (synonym) {
                synonymStems.addAll(word.stems());
            }
            if (mainVerbs.contains(asked.text())) {
                verbStems.addAll(word.stems());
            }
            if (synonyms.isOnlyAdverb(asked.text())) {
                adverbStems.addAll(word.stems());
            }
            Set<String> others = alternativesOf(asked.text(), word.stems(), around, verbs);
            for (String stem : word.stems()) {
                if (!others.isEmpty()) {
                    alternatives.computeIfAbsent(stem, k -> new HashSet<>()).addAll(others);
                }
                weights.merge(stem, around.idf(stem) * share, Math::max);
                if (word.focus()) {
                    focus.add(stem);
                }
            }
        }
        long t1 = System.nanoTime();
        List<PassageHit> hits = search.search(vector, nearest, toJson(weights), config.candidates(), config.rrfK(), limit);
        long t2 = System.nanoTime();
        return new Retrieval(hits, Collections.unmodifiableMap(weights), Collections.unmodifiableSet(focus),
                Collections.unmodifiableSet(synonymStems), Collections.unmodifiableSet(verbStems), Collections.unmodifiableSet(adverbStems), Collections.unmodifiableMap(alternatives), around, (t1 - t0) / 1000, (t2 - t1) / 1000);
    }

    private String toJson(Map<String, Double> weights) {
        try {
            return json.writeValueAsString(weights);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings to numbers is always JSON", e);
        }
    }
}
