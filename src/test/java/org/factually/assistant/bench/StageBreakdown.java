package org.factually.assistant.bench;

import io.micrometer.core.instrument.distribution.CountAtBucket;
import org.factually.assistant.answering.QuestionStages;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * p50/p95 per stage of the questions asked between {@link #start} and {@link #print}, from the service's own
 * stage timers: the difference of their cumulative histograms, interpolated inside the bucket.
 */
final class StageBreakdown {

    private final QuestionStages stages;
    private final Map<QuestionStages.Stage, CountAtBucket[]> before = new EnumMap<>(QuestionStages.Stage.class);

    private StageBreakdown(QuestionStages stages) {
        this.stages = stages;
        for (QuestionStages.Stage stage : QuestionStages.Stage.values()) {
            before.put(stage, stages.timer(stage).takeSnapshot().histogramCounts());
        }
    }

    static StageBreakdown start(QuestionStages stages) {
        return new StageBreakdown(stages);
    }

    void print(String label) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "BENCH %-22s stages p50/p95 ms:", label));
        for (QuestionStages.Stage stage : QuestionStages.Stage.values()) {
            CountAtBucket[] after = stages.timer(stage).takeSnapshot().histogramCounts();
            CountAtBucket[] earlier = before.get(stage);
            double[] counts = new double[after.length];
            for (int i = 0; i < after.length; i++) {
                counts[i] = after[i].count() - earlier[i].count();
            }
            line.append(String.format(Locale.ROOT, " %s %.2f/%.2f", stage.name().toLowerCase(),
                    percentile(after, counts, 0.50), percentile(after, counts, 0.95)));
        }
        System.out.println(line);
    }

    /** Milliseconds below which the share {@code p} of the samples fell; counts are cumulative per bucket. */
    private static double percentile(CountAtBucket[] buckets, double[] cumulative, double p) {
        double total = cumulative[cumulative.length - 1];
        if (total == 0) {
            return 0;
        }
        double wanted = p * total;
        double lower = 0;
        double below = 0;
        for (int i = 0; i < buckets.length; i++) {
            double upper = buckets[i].bucket(TimeUnit.MILLISECONDS);
            if (cumulative[i] >= wanted) {
                double inBucket = cumulative[i] - below;
                return lower + (upper - lower) * (inBucket == 0 ? 1 : (wanted - below) / inBucket);
            }
            lower = upper;
            below = cumulative[i];
        }
        return lower;
    }
}
