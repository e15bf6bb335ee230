package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import org.factually.assistant.articles.PassageKind;
import org.factually.assistant.retrieval.PassageHit;
import org.factually.assistant.retrieval.RetrievalService;
import org.factually.assistant.retrieval.TermAnalyzer;
import org.factually.assistant.retrieval.TermStatistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides whether the retrieved passages answer a question and, if they do, which of their sentences
 * make the answer. Every sentence is taken verbatim from a passage; nothing is written that a passage does not say.
 */
@ApplicationScoped
public class AnswerDecider {

    /** A sentence of a retrieved passage that may stand in the answer. */
    public record Candidate(PassageHit hit, int ordinal, String sentence, double sentenceSimilarity, double sentenceCoverage,
                            double passageCoverage, double coverage, double score) {
    }

    /** The chosen sentences, best first, or none with the reason; {@code scores} is kept for the editors. */
    public record Decision(List<Candidate> sentences, String reason, DecisionScores scores) {
        public boolean answered() {
            return !sentences.isEmpty();
        }
    }

    /**
     * What a question asks of its answering sentence beyond its words: {@code whether} something is so, the meaning of
     * an abbreviation ("What are MOAs?"), to pick out one thing ("Which judge ...?"), which a sentence does by naming
     * something the question does not, a person or a place by name ("Which Worcester city councilor ...?", "Which
     * states ...?"), which a sentence does by naming one the question does not, or what ranks first ("the most ..."),
     * which a sentence does by ranking; {@code counted} is what a "how many" question counts, which a sentence must give a number of
     * ({@link Counts}); {@code namedThing} the thing whose name is asked for, which a sentence that mentions it must
     * name ({@link Mentions#namesTheThing}); {@code questionStems} are the stems of all the question's words,
     * {@code names} those of the names, acronyms and identifiers it uses, which no sentence may leave out, and
     * {@code rareNames} those of its own (not of what the reader told before it) that are rare near it, which the sentence
     * that picks one must hold.
     */
    private record Asks(boolean whether, Optional<String> abbreviation, boolean picksOne, boolean picksPerson, boolean picksPlace,
                        boolean ranking, Optional<String> counted, Optional<String> namedThing, Set<String> questionStems, Set<String> names,
                        Set<String> rareNames) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    // An acronym, a word with digits and letters (an identifier), or a capitalised word that does not start the question.
    private static final Pattern NAME = Pattern.compile(
            "\\b\\p{Lu}{2,}\\b|\\b(?=[\\p{L}()]*\\d)(?=[\\d()]*\\p{L})[\\p{L}\\d()]+|(?<=[\\p{L}\\p{N},;:)]\\s)\\p{Lu}\\p{Ll}+");

    // "Which insurer ...?", "In which county ...?": the question asks to pick out one thing.
    private static final Pattern WHICH = Pattern.compile("(?i)^\\W*(?:(?:in|at|of|for|to|from|by|with)\\s+)?which\\b");
    // "Which states have banned ...?": states, countries and cities have names WordNet knows (Mentions.aPlace).
    private static final Pattern WHICH_PLACE = Pattern.compile("(?i)\\b(?:which|what) (?:states?|countr(?:y|ies)|nations?|cit(?:y|ies))\\b");
    // "What's the name of the database ...?", "What is the detention centre called?": the question asks for a name.
    private static final Pattern NAME_ASKED = Pattern.compile("(?i)\\bthe (?:actual |real |full |official |exact )?name of\\b|^\\W*what\\b.*\\bcalled\\W*$");

    // The end of a sentence inside closing quotation marks: '... "wants."', "... the worst of the worst.'".
    private static final Pattern ENDS_INSIDE_QUOTES = Pattern.compile("[.!?][\"\u201d\u2019']+\\s*$");

    // A number, as the analyzer writes it ("one thousand" and "1,000" are both 1000).
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    // Kept with every answer so that editors see which sentences came close.
    private static final int TOP_CANDIDATES_KEPT = 5;

    private final TermAnalyzer analyzer;
    private final TermStatistics statistics;
    private final PassageTermsCache passageTerms;
    private final AnswerConfig config;
    private final Superlatives superlatives;
    private final Mentions mentions;
    private final Counts counts;

    public AnswerDecider(TermAnalyzer analyzer, TermStatistics statistics, PassageTermsCache passageTerms, AnswerConfig config,
                         Superlatives superlatives, Mentions mentions, Counts counts) {
        this.analyzer = analyzer;
        this.counts = counts;
        this.superlatives = superlatives;
        this.mentions = mentions;
        this.statistics = statistics;
        this.passageTerms = passageTerms;
        this.config = config;
    }

    public Decision decide(Question question, RetrievalService.Retrieval retrieval) {
        List<PassageHit> hits = retrieval.hits();
        AnswerType type = question.type();
        // Rarity among the articles nearest the question, not the whole corpus (see RetrievalService.Retrieval).
        TermStatistics.Neighbourhood around = retrieval.neighbourhood();
        Map<String, Double> weights = retrieval.termWeights();
        double topSimilarity = hits.stream().mapToDouble(PassageHit::similarity).max().orElse(0);
        DecisionScores scores = new DecisionScores(type.name(), List.copyOf(weights.keySet()), List.copyOf(retrieval.focusTerms()),
                round(topSimilarity), null, null, null, null, null);

        if (weights.isEmpty()) {
            return unknown("the question has no words to look up", scores);
        }
        Set<String> typeStems = new HashSet<>();
        type.typeWords().forEach(w -> typeStems.addAll(analyzer.stems(w)));
        String asked = question.searchable();
        Set<String> askedStems = Set.copyOf(analyzer.stems(asked));
        boolean picks = type == AnswerType.OTHER;
        boolean picksOne = picks && (WHICH.matcher(asked).find() || NAME_ASKED.matcher(asked).find());
        // Asked which one, a word for the kind picked that no article uses ("Which ACLU chapter ...?") is a word for the
        // kind of answer, as "phrase" is: the answer names the one picked ("ACLU of New Hampshire") in its own words. A
        // kind the articles do use ("Which detention center ...?") must be found with the name, as any word must.
        if (picksOne) {
            mentions.kindPickedStems(asked).stream().filter(st -> statistics.documentFrequency(st) == 0).forEach(typeStems::add);
        }
        List<String> unseen = weights.keySet().stream().filter(s -> statistics.documentFrequency(s) == 0).toList();
        if (!unseen.isEmpty()) {
            scores = new DecisionScores(scores.answerType(), scores.terms(), scores.focus(), scores.topSimilarity(), unseen, null, null, null, null);
            // A word for the kind of answer ("What phrase did DHS use ...?") names no thing the articles must use.
            List<String> unseenFocus = unseen.stream().filter(retrieval.focusTerms()::contains).filter(st -> !typeStems.contains(st))
                    .toList();
            if (!unseenFocus.isEmpty()) {
                return unknown("what the question asks about is in no article: " + String.join(", ", unseenFocus), scores);
            }
        }
        if (topSimilarity < config.minSimilarity()) {
            return unknown("no passage is close enough to the question", scores);
        }

        // "people", "someone": a word for anyone at all says nothing of whom, which the articles say their own way
        // ("immigrants", "residents"); it weighs as the question's other words do, but no passage need repeat it.
        Set<String> anyone = mentions.anyoneStems(asked);
        Set<String> rare = weights.keySet().stream()
                .filter(stem -> !typeStems.contains(stem) && !anyone.contains(stem) && around.documentFrequency(stem) > 0
                        && around.idf(stem) >= config.rareTermIdf())
                .collect(Collectors.toSet());
        // What the question names ("Texas", "287(g)") is what it is about: the answer's article must name all of it.
        // So must a name the reader gave in telling of their situation ("I live in Texas. Which counties ...?").
        Set<String> names = names(asked, weights.keySet(), retrieval.synonymTerms());
        names.addAll(names(question.context(), analyzer.contentWords(question.context(), 0).stream()
                .flatMap(w -> w.stems().stream()).collect(Collectors.toSet()), Set.of()));
        List<PassageHit> naming = hits.stream().filter(h -> names.stream().allMatch(n -> statistics.articleUses(h.articleId(), n))).toList();
        if (naming.isEmpty()) {
            return unknown("no article names all that the question names: " + String.join(", ", names), scores);
        }
        // What the question asks about must stand in the passage, in the reader's word, the synonym put in for it or
        // another of its synonyms. Words put in for the reader's (synonyms) widen matching; a sentence need not repeat them.
        // Asked which one, the answer names it in its own words ("ACLU of New Hampshire" for "Which ACLU branch ...?"):
        // a word put in for the reader's word for the kind picked need not stand in the passage. The name must.
        Set<String> kindPutIn = picksOne ? mentions.putInForTheKindPicked(asked, retrieval) : Set.of();
        Set<String> rareFocus = rare.stream().filter(retrieval.focusTerms()::contains).filter(stem -> !kindPutIn.contains(stem))
                .collect(Collectors.toSet());
        Set<String> rareOwn = rare.stream().filter(stem -> !retrieval.synonymTerms().contains(stem)).collect(Collectors.toSet());
        // A rare focus word must stand in the passage; a number, date or name must come with every rare word it is about,
        // in the sentence or in what it leans on. A word also stands where one of its synonyms does ("surpassed" for
        // "passed").
        // The fact must come with the things the question names; the question's own verb may be said in other words
        // ("accounts for the 641% increase" answers what advocates "point to").
        Set<String> requiredInSentence = new HashSet<>(type.particularFact() ? rareOwn : Set.of());
        requiredInSentence.removeAll(retrieval.verbTerms());
        // So may how often it is done: "typically" asks no more of the fact than the question's verb does.
        requiredInSentence.removeAll(retrieval.adverbTerms());
        // A number the question gives ("grow by 641 percent", "in 2024") is what it asks about, whatever its kind.
        weights.keySet().stream().filter(stem -> DIGITS.matcher(stem).matches()).forEach(requiredInSentence::add);
        Asks asks = new Asks(Attribution.asksWhether(asked), Definitions.abbreviationAsked(asked), picksOne,
                picks && mentions.asksForAPerson(asked),
                picks && WHICH_PLACE.matcher(asked).find(),
                superlatives.asked(asked), type == AnswerType.QUANTITY ? counts.counted(asked, retrieval) : Optional.empty(),
                picks ? mentions.namedThing(asked, weights.keySet()) : Optional.empty(), namedIn(askedStems, asked), names,
                // The one picked is picked among what the rare names of the question name: "which detention center did
                // the ACLU complain about" is not answered by a sentence on New Hampshire counties, without the ACLU.
                names.stream().filter(n -> askedStems.contains(n) && around.idf(n) >= config.rareTermIdf()).collect(Collectors.toSet()));
        List<Candidate> candidates = candidates(naming, retrieval, type, typeStems, rareFocus, requiredInSentence, asks);
        if (candidates.isEmpty()) {
            return unknown("no sentence gives the kind of fact asked for (" + type.name().toLowerCase() + ")", scores);
        }
        // What someone says is their claim, not a finding: asked whether something is so, the answer starts from a
        // sentence that is no report of what someone says (reports may follow it, whole, with their speaker) --
        // unless the question asks what someone says ("Do critics argue …?").
        Candidate best = asks.whether() && !Attribution.reports(asked)
                ? candidates.stream().filter(c -> !Attribution.reports(c.sentence())).findFirst().orElse(null)
                : candidates.get(0);
        if (best == null) {
            return unknown("the closest sentences only report what someone says", scores);
        }
        scores = new DecisionScores(scores.answerType(), scores.terms(), scores.focus(), scores.topSimilarity(), scores.unseenTerms(),
                candidates.stream().limit(TOP_CANDIDATES_KEPT).map(AnswerDecider::describe).toList(),
                round(best.coverage()), round(best.score()), null);
        if (best.coverage() < config.minCoverage()
                && (best.coverage() < config.closeSentenceCoverage() || best.sentenceSimilarity() < config.closeSentenceSimilarity())) {
            return unknown("the closest sentences cover too little of the question", scores);
        }
        // Another passage being close says nothing of this one: the answer's own passage must be on the question's subject.
        // Rare words weigh most, so a passage can cover them and still be about something else: "the deadline to file
        // my taxes" is not answered by a candidate's filing deadline, whatever "deadline" and "file" weigh.
        Set<String> bestPassage = passageTerms.get(best.hit()).stems();
        long held = weights.keySet().stream().filter(stem -> retrieval.holds(bestPassage, stem) || typeStems.contains(stem)).count();
        if (held < config.minWordShare() * weights.size()) {
            return unknown("the closest sentence's passage holds too few of the question's words", scores);
        }
        if (best.hit().similarity() < config.minAnswerPassageSimilarity()) {
            return unknown("the closest sentence's passage is not close enough to the question", scores);
        }

        List<Candidate> following = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(best.sentence()));
        for (Candidate c : candidates) {
            if (following.size() + 1 == config.maxSentences()) {
                break;
            }
            boolean strongEnough = c.score() >= best.score() * config.followingSentenceRatio()
                    && c.coverage() >= config.minCoverage() && c.hit().similarity() >= config.minSimilarity();
            if (strongEnough && seen.add(c.sentence())) {
                following.add(c);
            }
        }
        return new Decision(inReadingOrder(best, following), "answered", scores.because("answered"));
    }

    /**
     * The answering sentence first; the others after it, passage by passage (the best one's passage first, then in
     * the order the passages were found), each passage's sentences in the article's order.
     */
    private static List<Candidate> inReadingOrder(Candidate best, List<Candidate> following) {
        List<Long> passageOrder = new ArrayList<>(List.of(best.hit().passageId()));
        following.forEach(c -> {
            if (!passageOrder.contains(c.hit().passageId())) {
                passageOrder.add(c.hit().passageId());
            }
        });
        List<Candidate> ordered = new ArrayList<>(following);
        ordered.sort(Comparator.<Candidate>comparingInt(c -> passageOrder.indexOf(c.hit().passageId())).thenComparingInt(Candidate::ordinal));
        ordered.add(0, best);
        // A sentence that ends inside quotation marks ('... surface ICE "wants."') shows no sentence break to a
        // reader's eye or a checker's splitter: what follows reads as part of it. The answer ends there unless the next
        // sentence is from the same passage, where the two are read together in one quote.
        for (int i = 0; i + 1 < ordered.size(); i++) {
            if (ENDS_INSIDE_QUOTES.matcher(ordered.get(i).sentence()).find() && ordered.get(i + 1).hit().passageId() != ordered.get(i).hit().passageId()) {
                return List.copyOf(ordered.subList(0, i + 1));
            }
        }
        return List.copyOf(ordered);
    }

    private List<Candidate> candidates(List<PassageHit> hits, RetrievalService.Retrieval retrieval, AnswerType type,
                                       Set<String> answerTypeStems, Set<String> requiredInPassage, Set<String> requiredInSentence,
                                       Asks asks) {
        Map<String, Double> weights = retrieval.termWeights();
        Optional<String> defined = asks.abbreviation();
        // Asked what an abbreviation is, a sentence that spells it out says it, in other words.
        Set<String> definedStems = defined.map(a -> Set.copyOf(analyzer.stems(a))).orElse(Set.of());
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        boolean namedThingInArticles = asks.namedThing().filter(t -> statistics.documentFrequency(t) > 0 && !answerTypeStems.contains(t)).isPresent();
        List<Candidate> out = new ArrayList<>();
        for (PassageHit hit : hits.subList(0, Math.min(hits.size(), config.candidatePassages()))) {
            if (hit.kind() == PassageKind.TITLE) {
                continue;
            }
            PassageTerms terms = passageTerms.get(hit);
            Set<String> passageStems = new HashSet<>(terms.stems());
            if (defined.isPresent() && terms.sentences().stream().anyMatch(s -> Definitions.definedIn(defined.get(), s.text()))) {
                passageStems.addAll(definedStems);
            }
            // Asked how something is done ("How do I renew my license?"), the doing is what is asked: the passage must
            // say it, in the reader's verb or a synonym of it. A sentence on licenses that renews nothing answers nothing.
            if (type == AnswerType.MECHANISM && !retrieval.verbTerms().stream().allMatch(stem -> retrieval.holds(passageStems, stem))) {
                continue;
            }
            // Asked whether something is so, the sentence that says so often puts the question's subject in the article's
            // other words ("without a separate ICE presence" for "Do ICE agents have to be there?"): the article must name it.
            if (!requiredInPassage.stream().allMatch(stem -> retrieval.holds(passageStems, stem)
                    || asks.whether() && statistics.articleUses(hit.articleId(), stem))) {
                continue;
            }
            passageStems.addAll(answerTypeStems);
            double passageCoverage = coverage(retrieval, passageStems, total);
            for (PassageTerms.Sentence s : terms.sentences()) {
                Set<String> leaned = terms.leanedOn(s);
                if (s.text().endsWith("?") || s.words() < config.minSentenceWords() || !gives(type, s.text(), asks)
                        || !holdsEnough(retrieval, leaned, requiredInSentence, type, asks.names())
                        || defined.isPresent() && !Definitions.definedIn(defined.get(), s.text())
                        || asks.picksOne() && !mentions.aRareName(s.text(), asks.questionStems(), st -> retrieval.neighbourhood().idf(st) >= config.rareTermIdf())
                        || asks.picksOne() && !asks.rareNames().stream().allMatch(n -> retrieval.holds(leaned, n))
                        || asks.picksPlace() && !mentions.aPlace(s.text(), asks.questionStems())
                        || asks.picksPerson() && !mentions.aPersonsName(s.text(), asks.questionStems())
                        || asks.ranking() && !superlatives.ranks(s.text())
                        || asks.counted().isPresent() && !counts.countsIn(s.inOrder(), asks.counted().get(), retrieval, config.factDistance())
                        || asks.namedThing().isPresent() && !mentions.namesTheThing(s.text(), asks.namedThing().get(), asks.picksPerson(),
                        namedThingInArticles, retrieval, asks.questionStems(), config.factDistance())) {
                    continue;
                }
                Set<String> stems = new HashSet<>(s.stems());
                stems.addAll(answerTypeStems);
                stems.addAll(definedStems);
                double sentenceCoverage = coverage(retrieval, stems, total);
                double coverage = config.sentenceCoverageWeight() * sentenceCoverage + (1 - config.sentenceCoverageWeight()) * passageCoverage;
                double sentenceSimilarity = hit.sentences().get(s.ordinal()).similarity();
                double score = config.similarityWeight() * hit.similarity() + config.sentenceSimilarityWeight() * sentenceSimilarity
                        + (1 - config.similarityWeight() - config.sentenceSimilarityWeight()) * coverage;
                out.add(new Candidate(hit, s.ordinal(), s.text(), sentenceSimilarity, sentenceCoverage, passageCoverage, coverage, score));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    /**
     * Whether the sentence gives the kind of fact asked for: "who" is answered by someone the question does not name
     * already, "where" also by naming a place it does not.
     */
    private boolean gives(AnswerType type, String sentence, Asks asks) {
        return switch (type) {
            case PERSON -> mentions.someone(sentence, asks.questionStems());
            case PLACE -> type.satisfiedBy(sentence) || mentions.aPlace(sentence, asks.questionStems());
            default -> type.satisfiedBy(sentence);
        };
    }

    /**
     * The stems of the question's words, with the long forms of the articles' abbreviations it uses: a sentence that
     * spells out "U.S. Immigration and Customs Enforcement (ICE)" names nothing a question about ICE does not.
     */
    private Set<String> namedIn(Set<String> askedStems, String asked) {
        Set<String> out = new HashSet<>(askedStems);
        Set<String> written = WORD.matcher(asked).results().map(MatchResult::group).collect(Collectors.toSet());
        statistics.abbreviations().forEach((longForm, abbreviation) -> {
            if (written.contains(abbreviation)) {
                out.addAll(analyzer.stems(longForm));
            }
        });
        return Set.copyOf(out);
    }

    /**
     * The stems of the names, acronyms (also in lower case) and identifiers a question uses, among its weighted words and
     * not put in for it.
     */
    private Set<String> names(String asked, Set<String> terms, Set<String> synonyms) {
        Set<String> out = new LinkedHashSet<>();
        NAME.matcher(asked).results().forEach(m -> analyzer.stems(m.group()).stream()
                .filter(st -> terms.contains(st) && !synonyms.contains(st)).forEach(out::add));
        // Typed in lower case, an acronym the articles use is still a name: "did the aclu complain".
        WORD.matcher(asked).results().map(MatchResult::group)
                .filter(w -> !analyzer.isQuestionStopword(w.toLowerCase(Locale.ROOT)) && statistics.isAcronym(w))
                .forEach(w -> analyzer.stems(w).stream().filter(st -> terms.contains(st) && !synonyms.contains(st)).forEach(out::add));
        return out;
    }

    /**
     * Whether the stems hold every required word; for a figure asked with {@code answering.words-to-spare-one} rare
     * words or more, all but one that is no focus word and no name.
     */
    private boolean holdsEnough(RetrievalService.Retrieval retrieval, Set<String> stems, Set<String> required, AnswerType type, Set<String> names) {
        List<String> missing = required.stream().filter(stem -> !retrieval.holds(stems, stem)).limit(2).toList();
        return missing.isEmpty() || type.figure() && required.size() >= config.wordsToSpareOne() && missing.size() == 1
                && !retrieval.focusTerms().contains(missing.get(0)) && !names.contains(missing.get(0));
    }

    private double coverage(RetrievalService.Retrieval retrieval, Set<String> stems, double total) {
        double covered = 0;
        for (Map.Entry<String, Double> e : retrieval.termWeights().entrySet()) {
            if (stems.contains(e.getKey())) {
                covered += e.getValue();
            } else if (retrieval.verbTerms().contains(e.getKey()) && retrieval.holds(stems, e.getKey())) {
                covered += e.getValue() * config.synonymCoverage();
            }
        }
        return covered / total;
    }

    private static DecisionScores.CandidateScore describe(Candidate c) {
        return new DecisionScores.CandidateScore(c.hit().passageId(), c.sentence(), round(c.sentenceCoverage()),
                round(c.passageCoverage()), round(c.hit().similarity()), round(c.coverage()), round(c.score()), round(c.sentenceSimilarity()));
    }

    private static Decision unknown(String reason, DecisionScores scores) {
        return new Decision(List.of(), reason, scores.because(reason));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
