package org.factually.assistant.answering;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When a reader's claim is a claim the articles reviewed (the same claim, not the same topic), and how the verdict
 * is answered. The thresholds were chosen from measurements written down in README.md ("Claim questions").
 */
@ConfigMapping(prefix = "claims")
public interface ClaimConfig {

    /** Cosine similarity (bge-small-en-v1.5, no instruction) between the reader's claim and a reviewed claim. */
    @WithDefault("0.85")
    double minSimilarity();

    /** Share of the reader's claim's content words that the reviewed claim holds. */
    @WithDefault("0.75")
    double minCoverage();

    /** Share of the reviewed claim's content words that the reader's claim holds: a part of a claim is another claim. */
    @WithDefault("0.75")
    double minReverseCoverage();

    /** How many reviewed claims nearest in meaning are compared with the reader's. */
    @WithDefault("5")
    int candidates();

    /** Sentences of the article's reasoning quoted after the verdict. */
    @WithDefault("2")
    int reasoningSentences();
}
