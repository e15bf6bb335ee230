package org.factually.assistant.retrieval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "retrieval")
public interface RetrievalConfig {

    /** How many nearest neighbours and how many full-text matches are fused. */
    @WithDefault("30")
    int candidates();

    /**
     * pgvector's {@code hnsw.ef_search} for the nearest-passage probe: how many graph candidates the HNSW scan keeps.
     * pgvector's default, 40, missed every passage of the site's ICE article among the 30 nearest to "What did
     * Worcester, Massachusetts decide about 287(g)?" with the 600 PolitiFact checks loaded (2,294 passages), where an
     * exact scan finds two; 100 returns the exact scan's 30 (README, "Claim questions").
     */
    @WithDefault("100")
    int hnswEfSearch();

    /** The k of reciprocal rank fusion, 1/(k + rank): larger values flatten the advantage of the first ranks. */
    @WithDefault("60")
    int rrfK();

    /**
     * How many fused passages a search returns. 50 rather than 30: once other subjects' articles share the corpus, a
     * passage near the question in one branch only can fall below the passages of both (README, "Claim questions").
     */
    @WithDefault("50")
    int results();

    /**
     * English questions put what they ask about first ("What is the <b>salary</b> of...", "Which <b>Texas</b> counties...").
     * The first this-many content words of a question (its focus) weigh {@link #focusBoost()} times more.
     */
    @WithDefault("2")
    int focusTerms();

    /** Extra weight of the focus words (0 = none, 1 = double). */
    @WithDefault("1.0")
    double focusBoost();

    /** How often (seconds) term statistics are re-read, so that articles ingested by another instance count too. */
    @WithDefault("60")
    int statisticsRefreshSeconds();

    /** How many of a word's WordNet senses (commonest first) give synonyms; rarer senses drift from what the reader meant. */
    @WithDefault("2")
    int synonymSenses();

    /**
     * Share of a word's weight that its synonym carries when the synonym stands for it: a synonym widens matching,
     * it weighs less than the reader's own word. (See README, "Questions in readers' own words", for the measurement.)
     */
    @WithDefault("0.5")
    double synonymWeight();

    /**
     * How many levels of WordNet's more specific verbs ("reimburse" is a way to repay, which is a way to pay) a
     * question's verb takes as ways of saying it: a sentence on "funding or reimbursement" says what "Does ICE pay"
     * asks. 0 = none. (See README, "Questions in readers' own words", for the measurement.)
     */
    @WithDefault("2")
    int verbKindsDepth();

    /**
     * How many of a reader's word's synonyms that the articles use (commonest sense first) compete to stand for it, each
     * put in the word's place and the question embedded again; the one whose question stays closest to the reader's wins.
     * 1 takes the commonest without embedding. Grid 1 / 2 / 3 / 4 / 6 / 10 over every calibration set (README, "tenth
     * pass"): from 4 on, "Who foots the bill ...?" reads "bill" as a charge (WordNet's fourth sense used nearby), not a
     * measure, and three wrong answers and one refusal become right; 6 and 10 change nothing more.
     */
    @WithDefault("4")
    int synonymChoices();

    /** Longest phrase (in words) looked up in WordNet as one entry, e.g. "take part" → participate. */
    @WithDefault("3")
    int synonymPhraseWords();

}
