package org.factually.assistant.answering;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * The cache of decisions by normalised question ({@link DecisionCache}); its size and lifetime are quarkus-cache
 * settings of cache {@code answer-decisions} ({@code quarkus.cache.caffeine."answer-decisions".*}).
 */
@ConfigMapping(prefix = "answering.decision-cache")
public interface DecisionCacheConfig {

    /** Whether repeated questions are answered from the cache; off, every question is embedded, searched and decided. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How long the listener waits for a notification before it checks again that it should still run. Serving
     * never depends on it (each answer checks the generation); it bounds only how late memory is freed and shut-down.
     */
    @WithDefault("PT0.5S")
    Duration listenTimeout();

    /**
     * At most this many repeats are written by one statement of {@link RepeatWriter}; more wait for the next. It
     * bounds the statement's arrays only: in a 16-client burst of one question a statement writes far fewer.
     */
    @WithDefault("64")
    int repeatBatch();

    /** Pause before the listener reconnects after losing its connection (it drops every entry when it does). */
    @WithDefault("PT1S")
    Duration reconnectDelay();
}
