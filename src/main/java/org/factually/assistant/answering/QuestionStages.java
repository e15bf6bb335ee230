package org.factually.assistant.answering;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a question's time goes: one Micrometer timer per stage ({@code assistant.question.stage{stage}} at
 * /q/metrics), with a histogram fine enough for stages of a few microseconds. The benchmark reads p50/p95 per
 * stage from these same timers.
 */
@ApplicationScoped
public class QuestionStages {

    /** The stages of a question, in the order it passes them. */
    public enum Stage {
        /** the partner key check and rate limit */
        ADMISSION,
        /** validation, the generation read and the decision cache */
        CACHE,
        /** the question's embedding */
        EMBEDDING,
        /** the newsroom's published answer for the question, if any */
        LOOKUP,
        /** hybrid retrieval of passages */
        SEARCH,
        /** whether the passages answer, and which sentences */
        DECISION,
        /** the answer text with its citations, and the rejected-draft check */
        COMPOSITION,
        /** the answer's row (and the key's usage counter) written */
        RECORDING,
        /** the reply written as JSON */
        SERIALISATION
    }

    // Stages range from a few microseconds (decision) to tens of milliseconds (search under load).
    private static final Duration SHORTEST = Duration.ofNanos(5_000);
    private static final Duration LONGEST = Duration.ofSeconds(5);

    private final Map<Stage, Timer> timers = new EnumMap<>(Stage.class);

    public QuestionStages(MeterRegistry registry) {
        for (Stage stage : Stage.values()) {
            timers.put(stage, Timer.builder("assistant.question.stage")
                    .description("Time a question spends in one stage of its answer")
                    .tag("stage", stage.name().toLowerCase())
                    .publishPercentileHistogram()
                    .minimumExpectedValue(SHORTEST)
                    .maximumExpectedValue(LONGEST)
                    .register(registry));
        }
    }

    /** Records the time since {@code startedNanos} for the stage and returns now, where the next stage starts. */
    public long since(Stage stage, long startedNanos) {
        long now = System.nanoTime();
        timers.get(stage).record(Duration.ofNanos(now - startedNanos));
        return now;
    }

    public Timer timer(Stage stage) {
        return timers.get(stage);
    }
}
