package org.factually.assistant.answering;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the retrieved passages count as an answer, and how long an answer may be. */
@ConfigMapping(prefix = "answering")
public interface AnswerConfig {

    /** Longest question accepted, in characters. */
    @WithDefault("1000")
    int maxQuestionLength();

    /** Cosine similarity the best passage must reach for the question to be on a subject the articles treat. */
    @WithDefault("0.60")
    double minSimilarity();

    /**
     * Cosine similarity the passage of the answering sentence must itself reach: another passage being close says
     * nothing of this one. Chosen with Calibration (README, "Questions in readers' own words", sixth pass).
     */
    @WithDefault("0.55")
    double minAnswerPassageSimilarity();

    /**
     * Share of the question's meaning (its content words, weighted by rarity) that the chosen sentences and
     * their section headings must contain. Below it the passages are about something near, not about the question.
     * Chosen with Calibration at 0.50, 0.45, 0.40 and 0.35 on 985 site questions, four more sets and the reading set
     * (README, "Questions in readers' own words", twelfth pass): 0.40 is at least as good as 0.50 on every set; 0.35
     * loses on the reading set.
     */
    @WithDefault("0.40")
    double minCoverage();

    /**
     * Share of the weight of a question's verb that a sentence covers with one of the verb's WordNet synonyms instead
     * of the verb itself: less than the reader's own word. Chosen with Calibration at 0, 0.5, 0.75 and 1 (README):
     * our paraphrases 0.809 / 0.851 / 0.872 / 0.872, the held-out paraphrases, dev and reading set the same at all four.
     */
    @WithDefault("0.75")
    double synonymCoverage();

    /**
     * A sentence that says what the question asks in other words: the coverage it needs when its own embedding is at
     * least {@link #closeSentenceSimilarity()} from the question's, instead of {@link #minCoverage()}. Chosen with
     * Calibration at 0.40, 0.35, 0.30 and 0.25 on every site set, our probes, held-out-6 and the reading set (README,
     * "Questions in readers' own words", seventh pass): 0.25 answered 5 more right and 1 more wrong of 202 site
     * questions; 0.35 and 0.30 only the wrong one more.
     */
    @WithDefault("0.25")
    double closeSentenceCoverage();

    /** See {@link #closeSentenceCoverage()}; 1 turns it off. */
    @WithDefault("0.70")
    double closeSentenceSimilarity();

    /**
     * How much of a sentence's coverage comes from the sentence itself (with its heading); the rest comes from
     * its whole passage, since a sentence often leans on the one before it.
     */
    @WithDefault("0.7")
    double sentenceCoverageWeight();

    /**
     * Inverse document frequency from which a word counts as rare. A rare focus word of the question (see
     * retrieval.focus-terms) must stand in the passage the answer is taken from, and when the question asks for a
     * number, a date, a duration or a name, every rare word of it must stand in the sentence that gives that fact.
     * Commoner words (the corpus's own subject words) need not.
     */
    @WithDefault("2.0")
    double rareTermIdf();

    /** A further sentence joins the answer only when it scores at least this share of the best sentence's score. */
    @WithDefault("0.85")
    double followingSentenceRatio();

    /**
     * Weight of the passage's cosine similarity in a sentence's score; {@link #sentenceSimilarityWeight()} is the
     * sentence's own, and the rest is its coverage of the question. Both chosen with Calibration over 0.20–0.40 once
     * {@link #minCoverage()} was 0.40 (README, twelfth pass): 0.30 and 0.30 were best on the tuned site sets (0.752
     * against 0.747 at 0.25 and 0.25) and on the held-out sets (0.663 against 0.654), the reading set the same.
     */
    @WithDefault("0.30")
    double similarityWeight();

    /**
     * Weight of the sentence's own cosine similarity to the question in its score: it tells the sentence that answers
     * from its neighbours, and sees meaning that shares no word with the question.
     */
    @WithDefault("0.30")
    double sentenceSimilarityWeight();

    /** Most sentences in an answer. */
    @WithDefault("3")
    int maxSentences();

    /** Shortest sentence (in words) that may stand in an answer; shorter ones say too little on their own. */
    @WithDefault("6")
    int minSentenceWords();

    /**
     * How many of the best passages sentences are drawn from (all that retrieval.results returns): with 600 claim checks
     * beside the site's 80 passages, a passage that answers a question on the site's subject was measured fused as low
     * as rank 35 (README, "Claim questions").
     */
    @WithDefault("50")
    int candidatePassages();

    /**
     * Share of the question's weighed words, counted one by one rather than by weight, that the answering sentence's
     * passage must hold (in the reader's word or a synonym). Grid 0.40 / 0.45 / 0.50 / 0.55 over every set: 0.40 refuses
     * one wrong answer on the site corpus and two with both corpora and costs no right one; 0.45 and 0.50 trade one more
     * right answer for one more wrong one; 0.55 refuses seven more right ones (README, "eighth pass").
     */
    @WithDefault("0.40")
    double minWordShare();

    /**
     * How far, in words, the number a "how many" question asks for may stand from the thing counted ("more than 1,000
     * formal partnerships", "hundreds of thousands of immigration arrest warrants"), and the name a "what is the name of"
     * question asks for from the thing named: measured in the README, "eighth pass".
     */
    @WithDefault("4")
    int factDistance();

    /**
     * How many rare words of their own a question for a figure (a number, a share, a length of time, a date) must
     * give before the sentence with the figure may say one of them in other words, when that one is no focus word and
     * no name: readers add their own ("since Trump started prioritising", "the long-term study"). Who-questions get no
     * such leeway: the role they name ("the sheriff who signed") is what picks the person out. Grid 3 / 4 / off over
     * every set (README, "ninth pass"): 3 answers three more site questions than 4 but also answers two reading-set
     * questions whose one changed word was what they asked ("is expected to draw", "will stand down").
     */
    @WithDefault("4")
    int wordsToSpareOne();

    /** How many passages keep their sentence splits and stems in memory between questions. */
    @WithDefault("20000")
    int passageCacheSize();

    /** How many articles are suggested with an "I don't know" reply. */
    @WithDefault("3")
    int suggestedArticles();
}
