package org.factually.assistant.retrieval;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A read replica configured for the passage search. It is the test database itself, reached through the second
 * datasource: what these tests check is which datasource a search goes to, and when.
 */
public class ReadReplicaProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.replica.jdbc.url", "${quarkus.datasource.jdbc.url}");
    }
}
