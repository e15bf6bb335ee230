package org.factually.assistant.answering;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * Only the reading set's 39 BBC paragraphs, each loaded as an article, in a schema of their own in the test database,
 * so that the other tests keep seeing the site's articles alone.
 */
public class ReadingSetProfile implements QuarkusTestProfile {

    static final String CORPUS = "src/test/resources/questions/reading-set/corpus";
    private static final String SCHEMA = "reading_set";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "corpus.dir", CORPUS,
                // public stays on the search path: the vector type lives there.
                "quarkus.datasource.jdbc.new-connection-sql", "SET search_path TO " + SCHEMA + ", public",
                "quarkus.flyway.schemas", SCHEMA,
                // Start-up on a machine other builds share can wait for its first connection.
                "quarkus.datasource.jdbc.acquisition-timeout", "PT60S");
    }
}
