package org.factually.assistant.retrieval;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "retrieval")
public interface RetrievalConfig {

    /** bge-small-en-v1.5's instruction for short queries looking for passages; passages are embedded without it. */
    @WithDefault("Represent this sentence for searching relevant passages: ")
    String queryInstruction();

    /** How many nearest neighbours and how many full-text matches are fused. */
    @WithDefault("30")
    int candidates();

    /** The k of reciprocal rank fusion, 1/(k + rank): larger values flatten the advantage of the first ranks. */
    @WithDefault("60")
    int rrfK();

    /** How many fused passages a search returns. */
    @WithDefault("12")
    int results();

    /** How often (seconds) term statistics are re-read, so that articles ingested by another instance count too. */
    @WithDefault("60")
    int statisticsRefreshSeconds();
}
