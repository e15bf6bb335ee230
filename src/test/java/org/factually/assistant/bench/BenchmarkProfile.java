package org.factually.assistant.bench;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Benchmarks use their own database, so that thousands of BBC distractor articles never reach the test database. */
public class BenchmarkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", System.getProperty("bench.jdbc-url", "jdbc:postgresql://localhost:5432/factcheck_bench"),
                "corpus.load-at-startup", "false",
                // The benchmark measures the service, not the partner limits (which still run on every request).
                "partner.bootstrap-rate-limit", "1000000",
                "partner.bootstrap-daily-quota", "100000000",
                // Every question embedded, searched and decided: the stages of the full path (scripts/bench-peer.sh measures
                // the service with its decision cache as well).
                "answering.decision-cache.enabled", "false",
                "quarkus.log.category.\"org.factually\".level", "WARN");
    }
}
