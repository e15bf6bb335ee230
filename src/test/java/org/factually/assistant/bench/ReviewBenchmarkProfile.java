package org.factually.assistant.bench;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The editor-pages benchmark fills a database with 100,000 answers: never the test database. */
public class ReviewBenchmarkProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", System.getProperty("bench.jdbc-url", "jdbc:postgresql://localhost:5432/factcheck_bench"),
                "quarkus.log.category.\"org.factually\".level", "WARN");
    }
}
