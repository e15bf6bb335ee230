package org.factually.assistant.answering;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The site's articles and 600 PolitiFact claim checks loaded together, in a schema of their own in the test database,
 * so that the other tests keep seeing the site's articles alone. corpus.dir takes both folders, comma-separated.
 */
public class ClaimCorpusProfile implements QuarkusTestProfile {

    static final String SCHEMA = "claims_eval";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "corpus.dir", "../shared/corpus/factually,../shared/datasets/politifact-claims/corpus",
                // public stays on the search path: the vector type lives there.
                "quarkus.datasource.jdbc.new-connection-sql", "SET search_path TO " + SCHEMA + ", public",
                "quarkus.flyway.schemas", SCHEMA,
                // 600 articles are embedded at start-up on a machine other builds share.
                "quarkus.datasource.jdbc.acquisition-timeout", "PT60S");
    }
}
