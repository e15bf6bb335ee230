package org.factually.assistant.review;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The review queue, the publication of reviewed answers, and the content-gaps report. */
@ConfigMapping(prefix = "review")
public interface ReviewConfig {

    /**
     * Cosine similarity of two questions' embeddings from which they count as the same question, so that the
     * reviewed answer of one is served for the other. High: a near question may ask for a different fact.
     */
    @WithDefault("0.95")
    double sameQuestionSimilarity();

    /** Answers per page of the review queue. */
    @WithDefault("50")
    int pageSize();

    /** Longest corrected answer an editor may publish, in characters. */
    @WithDefault("4000")
    int maxAnswerLength();

    /** Longest reason for a rejection, in characters. */
    @WithDefault("1000")
    int maxReasonLength();

    /** Longest text search in the queue, in characters. */
    @WithDefault("200")
    int maxSearchLength();

    /** How many of the most recent unanswered or disliked questions the content-gaps report groups. */
    @WithDefault("2000")
    int gapsWindow();

    /** Cosine similarity of a question to a topic's first question from which it joins that topic. */
    @WithDefault("0.85")
    double gapsTopicSimilarity();

    /** How many example questions a topic shows. */
    @WithDefault("5")
    int gapsExamples();
}
