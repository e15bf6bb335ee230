package org.factually.assistant.answering;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/** How fast questions are answered, and how many are answered or not (Prometheus at /q/metrics). */
@ApplicationScoped
public class AnswerMetrics {

    private final Timer latency;
    private final Counter answered;
    private final Counter unknown;

    public AnswerMetrics(MeterRegistry registry) {
        this.latency = Timer.builder("assistant.question.latency")
                .description("Time from a question to its recorded answer")
                .publishPercentileHistogram()
                .register(registry);
        this.answered = counter(registry, AnswerReply.ANSWERED);
        this.unknown = counter(registry, AnswerReply.UNKNOWN);
    }

    void record(String status, Duration took) {
        latency.record(took);
        (AnswerReply.ANSWERED.equals(status) ? answered : unknown).increment();
    }

    private static Counter counter(MeterRegistry registry, String status) {
        return Counter.builder("assistant.answers").description("Questions answered, by status").tag("status", status).register(registry);
    }
}
